-- Incident mentions with their stable id, the article's date and source, and the lookups the
-- cross-article matching needs (type family, attribution strength, the load that brought the article).
with

incidents as (
    select * from {{ ref('stg_raw__incident_mentions') }}
),

articles as (
    select * from {{ ref('stg_raw__articles') }}
),

incident_types as (
    select * from {{ ref('vocab_incident_types') }}
),

perpetrator_statuses as (
    select * from {{ ref('vocab_perpetrator_statuses') }}
),

enriched as (
    select
        md5(incidents.article_id || ':' || incidents.incident_index) as incident_report_id,
        incidents.article_id,
        incidents.incident_index,
        incidents.sentence_index,
        incidents.char_start,
        incidents.char_end,
        incidents.incident_type,
        incidents.rule_incident_type,
        -- A type missing from the vocabulary only matches itself.
        coalesce(incident_types.match_family, incidents.incident_type) as match_family,
        incidents.status,
        incidents.occurred_on,
        incidents.occurred_until,
        incidents.date_granularity,
        incidents.date_text,
        incidents.place,
        incidents.city,
        incidents.country_code,
        incidents.latitude,
        incidents.longitude,
        coalesce(incidents.attack_count, 1) as attack_count,
        incidents.killed_min,
        incidents.killed_max,
        incidents.wounded_min,
        incidents.wounded_max,
        incidents.perpetrator_name,
        incidents.perpetrator_actor_key,
        case
            when incidents.perpetrator_actor_key is not null then md5(incidents.perpetrator_actor_key)
        end as perpetrator_actor_id,
        incidents.perpetrator_status,
        coalesce(perpetrator_statuses.strength, 0) as perpetrator_strength,
        incidents.target,
        incidents.evidence,
        articles.published_at,
        articles.source,
        -- Which load brought the article: incremental models pick up the reports of newer loads.
        articles.load_id as article_load_id
    from incidents
    left join articles on incidents.article_id = articles.article_id
    left join incident_types on incidents.incident_type = incident_types.incident_type
    left join perpetrator_statuses on incidents.perpetrator_status = perpetrator_statuses.perpetrator_status
)

select * from enriched
