{#- Reads several models; shown in Dagster as a check on fct_incidents. -#}
{{ config(meta={'dagster': {'ref': {'name': 'fct_incidents'}}}) }}

-- A report or incident whose lowest toll exceeds its highest is a parsing or merging error.
select 'fct_incident_reports' as model, incident_report_id as row_id, killed_min, killed_max, wounded_min, wounded_max
from {{ ref('fct_incident_reports') }}
where killed_min > killed_max or wounded_min > wounded_max
union all
select 'fct_incidents' as model, incident_id as row_id, killed_min, killed_max, wounded_min, wounded_max
from {{ ref('fct_incidents') }}
where killed_min > killed_max or wounded_min > wounded_max
