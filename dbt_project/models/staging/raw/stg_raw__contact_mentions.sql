{#- status came with the extraction of planned contacts; rows loaded before it have none and count as
    occurred (the extraction read every contact as having happened then). -#}
{%- set has_status = execute and 'status' in (
    adapter.get_columns_in_relation(source('raw', 'contact_mentions')) | map(attribute='name') | map('lower') | list
) -%}

{#- date_text came later; rows loaded before it have none. -#}
{%- set has_date_text = execute and 'date_text' in (
    adapter.get_columns_in_relation(source('raw', 'contact_mentions')) | map(attribute='name') | map('lower') | list
) -%}

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
        {%- if has_status %}
        coalesce(cast(status as varchar), 'occurred') as status,
        {%- else %}
        'occurred' as status,
        {%- endif %}
        cast(contact_date as date) as contact_date,
        cast(date_granularity as varchar) as date_granularity,
        {%- if has_date_text %}
        cast(date_text as varchar) as date_text,
        {%- else %}
        cast(null as varchar) as date_text,
        {%- endif %}
        cast(initiator_actor_key as varchar) as initiator_actor_key,
        cast(place as varchar) as place,
        cast(topic as varchar) as topic,
        cast(evidence as varchar) as evidence
    from source
)

select * from renamed
