{#- load_id is stamped by the loader (orchestration/warehouse.py load_batch), one number per load, rising.
    A warehouse loaded before it existed has no such column: its articles count as load 0. -#}
{%- set has_load_id = execute and 'load_id' in (
    adapter.get_columns_in_relation(source('raw', 'articles')) | map(attribute='name') | map('lower') | list
) -%}

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
        cast(text_bytes as bigint) as text_bytes,
        {%- if has_load_id %}
        coalesce(cast(load_id as bigint), 0) as load_id
        {%- else %}
        cast(0 as bigint) as load_id
        {%- endif %}
    from source
)

select * from renamed
