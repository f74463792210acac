with

source as (
    select * from {{ source('raw', 'contact_mentions') }}
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(contact_index as integer) as contact_index,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end,
        cast(contact_type as varchar) as contact_type,
        cast(contact_date as date) as contact_date,
        cast(date_granularity as varchar) as date_granularity,
        cast(initiator_actor_key as varchar) as initiator_actor_key,
        cast(place as varchar) as place,
        cast(topic as varchar) as topic,
        cast(evidence as varchar) as evidence
    from source
)

select * from renamed
