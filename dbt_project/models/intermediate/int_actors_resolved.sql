{{ config(materialized='table') }}  {#- read by several marts: match once, not once per mart -#}

-- One row per actor_key: the attributes most mentions agree on, the latest role, aliases and counts.
with

mentions as (
    select * from {{ ref('int_actor_mentions_dated') }}
),

canonical_names as (
    {{ most_frequent('mentions', 'actor_key', 'actor_name') }}
),

kinds as (
    {{ most_frequent('mentions', 'actor_key', 'actor_kind') }}
),

countries as (
    {{ most_frequent('mentions', 'actor_key', 'country_code') }}
),

sectors as (
    {{ most_frequent('mentions', 'actor_key', 'sector') }}
),

-- "Latest" by the article's publication date; within an article, the later sentence wins.
latest_roles as (
    select
        actor_key,
        role_title
    from mentions
    where nullif(trim(role_title), '') is not null
    qualify row_number() over (
        partition by actor_key
        order by published_at desc nulls last, article_id desc, sentence_index desc
    ) = 1
),

counts as (
    select
        actor_key,
        any_value(actor_id) as actor_id,
        list_sort(list_distinct(list(nullif(trim(mention_text), '')))) as aliases,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        min(published_at) as first_seen_on,
        max(published_at) as last_seen_on
    from mentions
    group by actor_key
),

resolved as (
    select
        counts.actor_id,
        counts.actor_key,
        -- An actor the extractor never named falls back to its key, so name is never null.
        coalesce(canonical_names.actor_name, counts.actor_key) as name,
        kinds.actor_kind,
        countries.country_code,
        sectors.sector,
        latest_roles.role_title,
        counts.aliases,
        counts.mention_count,
        counts.article_count,
        counts.first_seen_on,
        counts.last_seen_on
    from counts
    left join canonical_names on counts.actor_key = canonical_names.actor_key
    left join kinds on counts.actor_key = kinds.actor_key
    left join countries on counts.actor_key = countries.actor_key
    left join sectors on counts.actor_key = sectors.actor_key
    left join latest_roles on counts.actor_key = latest_roles.actor_key
)

select * from resolved
