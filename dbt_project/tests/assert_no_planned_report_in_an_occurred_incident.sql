{#- Reads several models; shown in Dagster as a check on fct_incidents. -#}
{{ config(meta={'dagster': {'ref': {'name': 'fct_incidents'}}}) }}

-- A planned or threatened attack must never be counted in an incident that occurred (nor the reverse).
select
    incidents.incident_id,
    incidents.status as incident_status,
    reports.incident_report_id,
    reports.status as report_status
from {{ ref('fct_incidents') }} as incidents
inner join {{ ref('fct_incident_reports') }} as reports on incidents.incident_id = reports.incident_id
where incidents.status <> reports.status
