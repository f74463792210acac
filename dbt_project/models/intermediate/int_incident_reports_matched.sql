{#-
    Cross-article incident matching. Two reports are the same real-world incident when all hold:
      - both occurred (planned and threatened attacks are never merged) and both are dated to the day;
      - they come from different articles (within an article the extractor already split incidents);
      - same type family (vocab_incident_types.match_family) and the same number of attacks;
      - same city (case-insensitive; countries must not disagree), or, when neither names a city,
        the same country, the exact same type and the same day;
      - their dates (or spans) lie within a day of each other;
      - coordinates, when both have them, lie within 25 km (about 0.25 degrees);
      - perpetrators do not disagree: different actor keys, or different names when a key is missing.
    Edges are clustered into connected components (a recursive CTE), and each report gets as
    incident_id the incident_report_id of the earliest report of its component.
    Limits: components are transitive, so a chain of reports a day apart can span more than a day.
-#}
with recursive

reports as (
    select * from {{ ref('int_incident_reports_enriched') }}
),

mergeable_reports as (
    select * from reports
    where
        status = 'occurred'
        and date_granularity = 'day'
        and occurred_on is not null
),

candidate_edges as (
    select
        earlier.incident_report_id as report_a_id,
        later.incident_report_id as report_b_id
    from mergeable_reports as earlier
    inner join mergeable_reports as later
        on earlier.report_rank < later.report_rank
        and earlier.article_id <> later.article_id
        and earlier.match_family = later.match_family
        and earlier.attack_count = later.attack_count
        -- date windows overlap, with a day of tolerance either side
        and earlier.occurred_on <= coalesce(later.occurred_until, later.occurred_on) + 1
        and later.occurred_on <= coalesce(earlier.occurred_until, earlier.occurred_on) + 1
    where
        (
            (
                lower(trim(earlier.city)) = lower(trim(later.city))
                and (
                    earlier.country_code is null
                    or later.country_code is null
                    or earlier.country_code = later.country_code
                )
            )
            or (
                earlier.city is null
                and later.city is null
                and earlier.country_code = later.country_code
                and earlier.incident_type = later.incident_type
                and earlier.occurred_on = later.occurred_on
            )
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

undirected_edges as (
    select report_a_id as from_report_id, report_b_id as to_report_id from candidate_edges
    union all
    select report_b_id as from_report_id, report_a_id as to_report_id from candidate_edges
),

-- Every report reaches itself and, through the edges, the rest of its component.
-- UNION (not UNION ALL) drops pairs already found, so the recursion stops.
reachable (report_id, reached_report_id) as (
    select
        incident_report_id as report_id,
        incident_report_id as reached_report_id
    from reports
    union
    select
        reachable.report_id,
        undirected_edges.to_report_id as reached_report_id
    from reachable
    inner join undirected_edges on reachable.reached_report_id = undirected_edges.from_report_id
),

incident_anchors as (
    select
        reachable.report_id as incident_report_id,
        arg_min(reachable.reached_report_id, reached.report_rank) as incident_id
    from reachable
    inner join reports as reached on reachable.reached_report_id = reached.incident_report_id
    group by reachable.report_id
),

matched as (
    select
        reports.*,
        incident_anchors.incident_id
    from reports
    inner join incident_anchors on reports.incident_report_id = incident_anchors.incident_report_id
)

select * from matched
