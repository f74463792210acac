{{ config(materialized='view') }}  {#- a projection of the incremental intermediate table -#}

-- One row per canonical actor across all articles.
with

actors as (
    select * from {{ ref('int_actors_resolved') }}
),

final as (
    select
        actor_id,
        actor_key,
        name,
        actor_kind,
        country_code,
        sector,
        role_title,
        aliases,
        mention_count,
        article_count,
        first_seen_on,
        last_seen_on
    from actors
)

select * from final
