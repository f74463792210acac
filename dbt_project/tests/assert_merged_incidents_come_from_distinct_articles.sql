-- Reports merged into one incident come from different articles and agree on the type family.
with

reports as (
    select * from {{ ref('int_incident_reports_matched') }}
)

select
    incident_id,
    count(*) as report_count,
    count(distinct article_id) as article_count,
    count(distinct match_family) as family_count
from reports
group by incident_id
having count(*) <> count(distinct article_id) or count(distinct match_family) > 1
