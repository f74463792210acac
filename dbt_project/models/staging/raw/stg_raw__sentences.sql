with

source as (
    select * from {{ source('raw', 'sentences') }}
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(paragraph_index as integer) as paragraph_index,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end,
        cast(sentence_text as varchar) as sentence_text
    from source
)

select * from renamed
