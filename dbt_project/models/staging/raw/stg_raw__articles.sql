with

source as (
    select * from {{ source('raw', 'articles') }}
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(source_file as varchar) as source_file,
        cast(line_number as bigint) as line_number,
        cast(title as varchar) as title,
        cast(text as varchar) as article_text,
        cast(published_at as date) as published_at,
        cast(published_at_status as varchar) as published_at_status,
        cast(source as varchar) as source,
        cast(url as varchar) as url,
        cast(content_hash as varchar) as content_hash,
        cast(text_bytes as bigint) as text_bytes
    from source
)

select * from renamed
