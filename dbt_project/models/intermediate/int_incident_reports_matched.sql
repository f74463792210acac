{#-
    Cross-article incident matching. Two reports are the same real-world incident when all hold:
      - both occurred (planned and threatened attacks are never merged) and both are dated to the day;
      - they come from different articles (within an article the extractor already split incidents);
      - same type family (vocab_incident_types.match_family) and the same number of attacks;
      - same city (case-insensitive; countries must not disagree), or, when neither names a city,
        the same country, the exact same type and the same day;
      - their dates (or spans) lie within a day of each other; spans longer than
        var('incident_match_max_span_days', 7) days are too vague and never matched;
      - coordinates, when both have them, lie within 25 km (about 0.25 degrees);
      - perpetrators do not disagree: different actor keys, or different names when a key is missing.
    Clustering is anchored, not transitive: a report with no earlier matching report is an anchor and
    names its incident; a later report joins the earliest anchor it matches (one report per article),
    so every report of an incident matches the incident's first report directly. A report that matches only non-anchors
    (A~B and B~C but not A~C) stays an incident of its own: chains through busy cities never snowball
    into one incident spanning weeks, and the cost is linear in the candidate pairs.

    Incremental: reports only ever match within one match_partition (same place, type family and
    number of attacks), so the incident of every report is decided by its partition alone. A build
    re-matches, whole, each partition that holds a report of an article loaded since the last build
    (new or replaced, old version included) and keeps every other partition as it was: the result is
    the full rebuild's. report_rank orders reports within what a build re-matches; only its order is
    meaningful, and all reports of an incident are ranked together.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='match_partition',
    on_schema_change='fail',
    post_hook="{{ remove_replaced_article_rows() }}",
) }}
-- depends_on: {{ ref('stg_raw__articles') }}  (read only by incremental builds and the post-hook)

with

enriched as (
    select
        *,
        -- the conditions a report must meet to be compared with others at all
        status = 'occurred'
        and date_granularity = 'day'
        and occurred_on is not null
        -- A long span ("since March") is too vague to match on.
        and coalesce(occurred_until, occurred_on) - occurred_on <= {{ var('incident_match_max_span_days', 7) }}
        and (nullif(trim(city), '') is not null or country_code is not null)
        and match_family is not null as is_mergeable,
        -- Reports naming a city are compared by city; the rest only with reports of the same country
        -- that name no city either.
        case
            when nullif(trim(city), '') is not null then 'city:' || lower(trim(city))
            else 'country:' || country_code
        end as place_key
    from {{ ref('int_incident_reports_enriched') }}
),

partitioned as (
    select
        *,
        -- Reports in different partitions never match; a report that matches nothing is its own partition.
        case
            when is_mergeable then 'match:' || place_key || '|' || match_family || '|' || coalesce(attack_count, 1)
            else 'report:' || incident_report_id
        end as match_partition
    from enriched
),

{{ scope_to_changed_partitions('partitioned', ref('stg_raw__articles')) }}

reports as (
    select
        *,
        -- Earliest report first; the earliest report of a merged incident lends it its id.
        row_number() over (order by published_at nulls last, article_id, incident_index) as report_rank
    from scoped
),

mergeable_reports as (
    select
        incident_report_id,
        article_id,
        report_rank,
        incident_type,
        match_family,
        attack_count,
        occurred_on,
        country_code,
        latitude,
        longitude,
        perpetrator_actor_key,
        perpetrator_name,
        coalesce(occurred_until, occurred_on) as occurred_through,
        place_key
    from reports
    where is_mergeable
),

-- Every day a report covers. Joining one report's days, widened by a day either side, to another's
-- days finds pairs whose dates lie within a day of each other, with an equality join that stays fast
-- when one city has thousands of reports.
report_days as (
    select
        mergeable_reports.*,
        unnest(generate_series(occurred_on, occurred_through, interval 1 day))::date as covered_day
    from mergeable_reports
),

report_window_days as (
    select
        mergeable_reports.*,
        unnest(generate_series(occurred_on - 1, occurred_through + 1, interval 1 day))::date as window_day
    from mergeable_reports
),

candidate_pairs as (
    select
        earlier.incident_report_id as report_a_id,
        later.incident_report_id as report_b_id
    from report_window_days as earlier
    inner join report_days as later
        on earlier.place_key = later.place_key
        and earlier.match_family = later.match_family
        and earlier.attack_count = later.attack_count
        and earlier.window_day = later.covered_day
        -- Spans overlap on several days: keep only the first shared day, so each pair appears once.
        and later.covered_day = greatest(earlier.occurred_on - 1, later.occurred_on)
    where
        earlier.report_rank < later.report_rank
        and earlier.article_id <> later.article_id
        -- a city shared across two countries is two cities
        and (earlier.country_code is null or later.country_code is null or earlier.country_code = later.country_code)
        -- without a city, only the exact same type on the same day
        and (
            earlier.place_key like 'city:%'
            or (earlier.incident_type = later.incident_type and earlier.occurred_on = later.occurred_on)
        )
        and not (
            earlier.latitude is not null and later.latitude is not null
            and earlier.longitude is not null and later.longitude is not null
            and (abs(earlier.latitude - later.latitude) > 0.25 or abs(earlier.longitude - later.longitude) > 0.25)
        )
        and not coalesce(
            earlier.perpetrator_actor_key <> later.perpetrator_actor_key,
            lower(trim(earlier.perpetrator_name)) <> lower(trim(later.perpetrator_name)),
            false
        )
),

-- Anchors: mergeable reports that match no earlier report.
anchors as (
    select incident_report_id
    from mergeable_reports
    where incident_report_id not in (select report_b_id from candidate_pairs)
),

earliest_anchor_matches as (
    select
        candidate_pairs.report_b_id as incident_report_id,
        arg_min(candidate_pairs.report_a_id, anchor_reports.report_rank) as incident_id
    from candidate_pairs
    inner join mergeable_reports as anchor_reports on candidate_pairs.report_a_id = anchor_reports.incident_report_id
    inner join anchors on anchor_reports.incident_report_id = anchors.incident_report_id
    group by candidate_pairs.report_b_id
),

-- An article reports an incident once: when two reports of one article match the same anchor, the
-- earlier joins it and the other stays an incident of its own (the extractor kept them apart).
incident_anchors as (
    select earliest_anchor_matches.incident_report_id, earliest_anchor_matches.incident_id
    from earliest_anchor_matches
    inner join mergeable_reports using (incident_report_id)
    qualify row_number() over (
        partition by earliest_anchor_matches.incident_id, mergeable_reports.article_id
        order by mergeable_reports.report_rank
    ) = 1
),

matched as (
    select
        reports.* exclude (is_mergeable, place_key),
        -- A report linked to no other is an incident of its own.
        coalesce(incident_anchors.incident_id, reports.incident_report_id) as incident_id,
        -- When this build re-matched the report: downstream models re-summarise the partitions it touched.
        {{ build_stamp() }} as matched_at
    from reports
    left join incident_anchors on reports.incident_report_id = incident_anchors.incident_report_id
)

select * from matched
