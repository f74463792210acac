{#- Reads several models; shown in Dagster as a check on fct_incident_reports. -#}
{{ config(meta={'dagster': {'ref': {'name': 'fct_incident_reports'}}}) }}

-- The vocab_* seeds are the documented vocabularies: every coded value in the marts must be listed
-- there (the accepted_values tests in the ymls hold the same lists; this keeps the two in step).
with

coded_values as (
    select 'incident_type' as vocabulary, incident_type as value from {{ ref('fct_incident_reports') }}
    union all
    select 'status', status from {{ ref('fct_incident_reports') }}
    union all
    select 'date_granularity', date_granularity from {{ ref('fct_incident_reports') }}
    union all
    select 'perpetrator_status', perpetrator_status from {{ ref('fct_incident_reports') }}
    union all
    select 'contact_type', contact_type from {{ ref('fct_diplomatic_contacts') }}
    union all
    select 'contact_status', status from {{ ref('fct_diplomatic_contacts') }}
    union all
    select 'date_granularity', date_granularity from {{ ref('fct_diplomatic_contacts') }}
    union all
    select 'actor_kind', actor_kind from {{ ref('dim_actors') }}
    union all
    select 'participant_role', participant_role from {{ ref('bridge_contact_participants') }}
),

vocabularies as (
    select 'incident_type' as vocabulary, incident_type as value from {{ ref('vocab_incident_types') }}
    union all
    select 'status', status from {{ ref('vocab_incident_statuses') }}
    union all
    select 'date_granularity', date_granularity from {{ ref('vocab_date_granularities') }}
    union all
    select 'perpetrator_status', perpetrator_status from {{ ref('vocab_perpetrator_statuses') }}
    union all
    select 'contact_type', contact_type from {{ ref('vocab_contact_types') }}
    union all
    select 'contact_status', status from {{ ref('vocab_contact_statuses') }}
    union all
    select 'actor_kind', actor_kind from {{ ref('vocab_actor_kinds') }}
    union all
    select 'participant_role', participant_role from {{ ref('vocab_participant_roles') }}
)

select distinct
    coded_values.vocabulary,
    coded_values.value
from coded_values
left join vocabularies
    on coded_values.vocabulary = vocabularies.vocabulary
    and coded_values.value = vocabularies.value
where coded_values.value is not null and vocabularies.value is null
