{#- date_text and rule_incident_type came later; rows loaded before them have none. -#}
{%- set raw_columns = adapter.get_columns_in_relation(source('raw', 'incident_mentions'))
    | map(attribute='name') | map('lower') | list if execute else [] -%}
{%- set has_date_text = 'date_text' in raw_columns -%}
{%- set has_rule_type = 'rule_incident_type' in raw_columns -%}

with

source as (
    select * from {{ source('raw', 'incident_mentions') }}
),

renamed as (
    select
        cast(article_id as varchar) as article_id,
        cast(incident_index as integer) as incident_index,
        cast(sentence_index as integer) as sentence_index,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end,
        cast(incident_type as varchar) as incident_type,
        {%- if has_rule_type %}
        -- rows loaded before the column was added hold null there
        cast(coalesce(rule_incident_type, incident_type) as varchar) as rule_incident_type,
        {%- else %}
        cast(incident_type as varchar) as rule_incident_type,
        {%- endif %}
        cast(status as varchar) as status,
        cast(occurred_on as date) as occurred_on,
        cast(occurred_until as date) as occurred_until,
        cast(date_granularity as varchar) as date_granularity,
        {%- if has_date_text %}
        cast(date_text as varchar) as date_text,
        {%- else %}
        cast(null as varchar) as date_text,
        {%- endif %}
        cast(place as varchar) as place,
        cast(city as varchar) as city,
        cast(country_code as varchar) as country_code,
        cast(latitude as double) as latitude,
        cast(longitude as double) as longitude,
        cast(attack_count as integer) as attack_count,
        cast(killed_min as integer) as killed_min,
        cast(killed_max as integer) as killed_max,
        cast(wounded_min as integer) as wounded_min,
        cast(wounded_max as integer) as wounded_max,
        cast(perpetrator_name as varchar) as perpetrator_name,
        cast(perpetrator_actor_key as varchar) as perpetrator_actor_key,
        cast(perpetrator_status as varchar) as perpetrator_status,
        cast(target as varchar) as target,
        cast(evidence as varchar) as evidence
    from source
)

select * from renamed
