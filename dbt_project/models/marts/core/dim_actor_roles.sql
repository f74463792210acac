{{ config(materialized='view') }}  {#- a projection of the incremental intermediate table -#}

-- Role history: every role title an actor was given, with when it was first and last seen.
with

roles as (
    select * from {{ ref('int_actor_roles_aggregated') }}
),

final as (
    select
        actor_role_id,
        actor_id,
        role_title,
        first_seen_on,
        last_seen_on,
        mention_count
    from roles
)

select * from final
