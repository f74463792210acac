{{ config(materialized='view') }}  {#- a projection of the incremental intermediate table -#}

-- Who took part in each reported contact, and in which role.
with

participants as (
    select * from {{ ref('int_contact_participants_deduplicated') }}
),

final as (
    select
        contact_id,
        actor_id,
        participant_role
    from participants
)

select * from final
