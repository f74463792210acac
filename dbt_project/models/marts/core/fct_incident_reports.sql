{{ config(materialized='view') }}  {#- a projection of the incremental matching table -#}

-- One row per incident as one article reports it, with the real-world incident it was merged into.
with

reports as (
    select * from {{ ref('int_incident_reports_matched') }}
),

final as (
    select
        incident_report_id,
        incident_id,
        article_id,
        incident_type,
        rule_incident_type,
        status,
        occurred_on,
        occurred_until,
        date_granularity,
        date_text,
        place,
        city,
        country_code,
        latitude,
        longitude,
        attack_count,
        killed_min,
        killed_max,
        wounded_min,
        wounded_max,
        perpetrator_name,
        perpetrator_actor_id,
        perpetrator_status,
        target,
        evidence,
        sentence_index,
        char_start,
        char_end,
        published_at,
        source
    from reports
)

select * from final
