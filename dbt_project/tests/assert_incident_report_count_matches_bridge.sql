{#- Reads several models; shown in Dagster as a check on fct_incidents. -#}
{{ config(meta={'dagster': {'ref': {'name': 'fct_incidents'}}}) }}

-- fct_incidents.report_count is the number of reports the bridge links to the incident.
with

bridge_counts as (
    select incident_id, count(*) as bridged_reports
    from {{ ref('bridge_incident_reports') }}
    group by incident_id
)

select
    incidents.incident_id,
    incidents.report_count,
    bridge_counts.bridged_reports
from {{ ref('fct_incidents') }} as incidents
left join bridge_counts on incidents.incident_id = bridge_counts.incident_id
where incidents.report_count is distinct from bridge_counts.bridged_reports
