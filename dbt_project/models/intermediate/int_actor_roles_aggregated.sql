{#-
    One row per actor and role title (case-insensitive), with when it was first and last seen.
    dim_actor_roles shows it without the bookkeeping column.
    Incremental (delete+insert on actor_key): a build re-aggregates, whole, the roles of every actor
    int_actors_resolved re-resolved since the newest resolved_at held here (an actor's roles depend on its
    own mentions only). The post-hook deletes roles whose actor was re-resolved without them or is gone.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='actor_key',
    on_schema_change='fail',
    post_hook="{{ remove_roles_of_re_resolved_actors() }}",
) }}

with

actors as (
    select * from {{ ref('int_actors_resolved') }}
),

mentions as (
    select * from {{ ref('int_actor_mentions_dated') }}
    {%- if is_incremental() %}
    where actor_key in (
        select actor_key from actors where resolved_at > {{ newest_stamp('resolved_at') }}
    )
    {%- endif %}
),

titled as (
    select
        *,
        lower(trim(role_title)) as role_key
    from mentions
    where nullif(trim(role_title), '') is not null
),

-- "Prime Minister" and "prime minister" are one role; show the spelling used most.
spellings as (
    select
        actor_key,
        role_key,
        trim(role_title) as role_title
    from titled
    group by actor_key, role_key, trim(role_title)
    qualify row_number() over (
        partition by actor_key, role_key
        order by count(*) desc, trim(role_title)
    ) = 1
),

aggregated as (
    select
        titled.actor_key,
        titled.role_key,
        any_value(titled.actor_id) as actor_id,
        count(*) as mention_count,
        min(titled.published_at) as first_seen_on,
        max(titled.published_at) as last_seen_on
    from titled
    group by titled.actor_key, titled.role_key
),

roles as (
    select
        md5(aggregated.actor_key || ':' || aggregated.role_key) as actor_role_id,
        aggregated.actor_id,
        aggregated.actor_key,
        spellings.role_title,
        aggregated.first_seen_on,
        aggregated.last_seen_on,
        aggregated.mention_count,
        actors.resolved_at
    from aggregated
    inner join spellings
        on aggregated.actor_key = spellings.actor_key
        and aggregated.role_key = spellings.role_key
    inner join actors on aggregated.actor_key = actors.actor_key
)

select * from roles
