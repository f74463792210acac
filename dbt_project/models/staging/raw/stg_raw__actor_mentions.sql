with

source as (
    select * from {{ source('raw', 'actor_mentions') }}
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end,
        cast(mention_text as varchar) as mention_text,
        cast(actor_key as varchar) as actor_key,
        cast(actor_name as varchar) as actor_name,
        cast(actor_kind as varchar) as actor_kind,
        cast(country_code as varchar) as country_code,
        cast(sector as varchar) as sector,
        cast(role_title as varchar) as role_title,
        cast(evidence as varchar) as evidence
    from source
)

select * from renamed
