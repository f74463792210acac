{#-
    One row per actor and role title (case-insensitive), with when it was first and last seen.
    dim_actor_roles shows it without the bookkeeping columns (spelling_votes, last_load_id, resolved_at).

    Incremental (delete+insert on actor_key), the same way as int_actors_resolved but over the mentions
    that give a role: an actor named with a role by a changed article (loaded after the newest
    last_load_id here, or published in the vars window) whose stored role mentions plus the changed ones
    are its current role mentions lost none, so its stored roles are merged with the changed mentions;
    any other actor whose role mentions moved is aggregated again from all of them. The post-hook deletes
    the roles of actors left with no role mention. Counts, dates and spelling votes add up, so this
    equals the full rebuild.
-#}
-- depends_on: {{ ref('stg_raw__articles') }}, {{ ref('stg_raw__actor_mentions') }}  (incremental builds, post-hook)
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='actor_key',
    on_schema_change='fail',
    post_hook="{{ remove_roles_without_mentions() }}",
) }}

with

titled_mentions as (
    select
        actor_key,
        lower(trim(role_title)) as role_key,
        trim(role_title) as role_title,
        published_at,
        article_id,
        article_load_id
    from {{ ref('int_actor_mentions_dated') }}
    where nullif(trim(role_title), '') is not null
),

{% if is_incremental() %}
{{- require_stored_columns(['spelling_votes', 'last_load_id']) }}
stored_roles as (
    select * from {{ this }}
),

changed_articles as (
    select article_id
    from {{ ref('stg_raw__articles') }}
    where {{ changed_article_condition('select coalesce(max(last_load_id), -1) from ' ~ this) }}
),

changed_mentions as materialized (
    select * from titled_mentions
    where article_id in (select article_id from changed_articles)
),

current_counts as (
    select actor_key, count(*) as mention_count
    from {{ ref('stg_raw__actor_mentions') }}
    where nullif(trim(role_title), '') is not null
    group by actor_key
),

stored_counts as (
    select actor_key, sum(mention_count) as mention_count
    from stored_roles
    group by actor_key
),

changed_counts as (
    select actor_key, count(*) as mention_count
    from changed_mentions
    group by actor_key
),

{{ split_changed_actors('stored_counts', 'changed_counts', 'current_counts') }}

mentions as (
    select * from titled_mentions
    where actor_key in (select actor_key from recounted_actors)
    union all
    select * from changed_mentions
    where actor_key in (select actor_key from updatable_actors)
),

-- The stored roles of updatable actors, as partial aggregates to merge with their changed mentions.
carried_roles as (
    select
        actor_key,
        lower(spelling.role_title) as role_key,
        spelling.role_title,
        spelling.votes,
        first_seen_on,
        last_seen_on,
        last_load_id
    from (
        select actor_key, first_seen_on, last_seen_on, last_load_id, unnest(spelling_votes) as spelling
        from stored_roles
        where actor_key in (select actor_key from updatable_actors)
    )
),
{% else %}
mentions as (
    select * from titled_mentions
),
{% endif %}

-- Partial aggregates per actor, role and spelling: "Prime Minister" and "prime minister" are one role.
spelled as (
    select
        actor_key,
        role_key,
        role_title,
        count(*) as votes,
        min(published_at) as first_seen_on,
        max(published_at) as last_seen_on,
        max(article_load_id) as last_load_id
    from mentions
    group by actor_key, role_key, role_title
    {%- if is_incremental() %}
    union all
    select * from carried_roles
    {%- endif %}
),

spellings as (
    select
        actor_key,
        role_key,
        role_title,
        sum(votes)::bigint as votes,
        min(first_seen_on) as first_seen_on,
        max(last_seen_on) as last_seen_on,
        max(last_load_id) as last_load_id
    from spelled
    group by actor_key, role_key, role_title
),

roles as (
    select
        md5(actor_key || ':' || role_key) as actor_role_id,
        md5(actor_key) as actor_id,
        actor_key,
        -- The spelling used most; ties go to alphabetical order.
        arg_min(role_title, (-votes, role_title)) as role_title,
        min(first_seen_on) as first_seen_on,
        max(last_seen_on) as last_seen_on,
        sum(votes)::bigint as mention_count,
        list({'role_title': role_title, 'votes': votes} order by role_title) as spelling_votes,
        max(last_load_id) as last_load_id,
        role_key
    from spellings
    group by actor_key, role_key
)

select * exclude (role_key) from roles
