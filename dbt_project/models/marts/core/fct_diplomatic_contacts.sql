{{ config(materialized='view') }}  {#- a projection: int_contacts_named is the incremental table -#}

-- One row per diplomatic contact as one article reports it, with the real-world contact event it belongs to.
with

contacts as (
    select * from {{ ref('int_contacts_named') }}
),

final as (
    select
        contact_id,
        contact_event_id,
        article_id,
        contact_type,
        status,
        contact_date,
        date_granularity,
        date_text,
        initiator_actor_id,
        place,
        topic,
        participant_names,
        evidence,
        sentence_index,
        char_start,
        char_end,
        published_at,
        source
    from contacts
)

select * from final
