{{ config(materialized='view') }}  {#- a projection: int_incidents_summarised is the incremental table -#}

-- One row per real-world incident: the reports merged by int_incident_reports_matched, summarised.
with

incidents as (
    select * from {{ ref('int_incidents_summarised') }}
),

final as (
    select
        incident_id,
        incident_type,
        status,
        occurred_on,
        occurred_until,
        date_granularity,
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
        report_count,
        article_count,
        first_reported_at,
        last_reported_at
    from incidents
)

select * from final
