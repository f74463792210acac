{#-
    One row per real-world incident: the reports merged by int_incident_reports_matched, summarised.
    fct_incidents shows it without the bookkeeping columns.
    Incremental: all reports of an incident lie in one match partition, so a build re-summarises, whole,
    the partitions the matching model re-matched since this table's newest `matched_at`, and deletes
    the partitions the matching model no longer has. The result is the full rebuild's.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='match_partition',
    on_schema_change='fail',
    post_hook="{{ remove_partitions_missing_from(ref('int_incident_reports_matched')) }}",
) }}

with

matched_reports as (
    select * from {{ ref('int_incident_reports_matched') }}
),

reports as (
    select * from matched_reports
    {%- if is_incremental() %}
    where match_partition in (
        select match_partition from matched_reports where matched_at > {{ newest_stamp('matched_at') }}
    )
    {%- endif %}
),

-- The most frequent type and day among the reports; ties go to the earliest report.
type_votes as (
    select
        incident_id,
        incident_type
    from reports
    group by incident_id, incident_type
    qualify row_number() over (partition by incident_id order by count(*) desc, min(report_rank)) = 1
),

date_votes as (
    select
        incident_id,
        occurred_on
    from reports
    where occurred_on is not null
    group by incident_id, occurred_on
    qualify row_number() over (partition by incident_id order by count(*) desc, occurred_on) = 1
),

-- The strongest attribution (claimed > stated > accused > suspected > unknown); ties: earliest report.
attributions as (
    select
        incident_id,
        perpetrator_name,
        perpetrator_actor_id,
        perpetrator_status
    from reports
    qualify row_number() over (
        partition by incident_id order by perpetrator_strength desc, report_rank
    ) = 1
),

summarised as (
    select
        incident_id,
        -- Place and status come from the earliest report that gives them.
        arg_min(status, report_rank) as status,
        max(occurred_until) as occurred_until,
        arg_min(date_granularity, report_rank) as date_granularity,
        arg_min(place, report_rank) filter (where place is not null) as place,
        arg_min(city, report_rank) filter (where city is not null) as city,
        arg_min(country_code, report_rank) filter (where country_code is not null) as country_code,
        arg_min(latitude, report_rank) filter (where latitude is not null) as latitude,
        arg_min(longitude, report_rank) filter (where longitude is not null) as longitude,
        arg_min(target, report_rank) filter (where target is not null) as target,
        max(attack_count) as attack_count,
        -- The range of figures across sources: lowest minimum, highest maximum (or minimum).
        min(killed_min) as killed_min,
        max(coalesce(killed_max, killed_min)) as killed_max,
        min(wounded_min) as wounded_min,
        max(coalesce(wounded_max, wounded_min)) as wounded_max,
        count(*) as report_count,
        any_value(match_partition) as match_partition,
        max(matched_at) as matched_at,
        count(distinct article_id) as article_count,
        min(published_at) as first_reported_at,
        max(published_at) as last_reported_at
    from reports
    group by incident_id
),

final as (
    select
        summarised.incident_id,
        type_votes.incident_type,
        summarised.status,
        date_votes.occurred_on,
        summarised.occurred_until,
        summarised.date_granularity,
        summarised.place,
        summarised.city,
        summarised.country_code,
        summarised.latitude,
        summarised.longitude,
        summarised.attack_count,
        summarised.killed_min,
        summarised.killed_max,
        summarised.wounded_min,
        summarised.wounded_max,
        attributions.perpetrator_name,
        attributions.perpetrator_actor_id,
        coalesce(attributions.perpetrator_status, 'unknown') as perpetrator_status,
        summarised.target,
        summarised.report_count,
        summarised.article_count,
        summarised.first_reported_at,
        summarised.last_reported_at,
        summarised.match_partition,
        summarised.matched_at
    from summarised
    inner join type_votes on summarised.incident_id = type_votes.incident_id
    left join date_votes on summarised.incident_id = date_votes.incident_id
    inner join attributions on summarised.incident_id = attributions.incident_id
)

select * from final
