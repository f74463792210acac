with

source as (
    select * from {{ source('raw', 'contact_participants') }}
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(contact_index as integer) as contact_index,
        cast(actor_key as varchar) as actor_key,
        cast(participant_role as varchar) as participant_role
    from source
)

select * from renamed
