{{ config(materialized='view') }}  {#- a projection of the incremental matching table -#}

-- Which reports (and articles) each real-world incident was merged from.
with

reports as (
    select * from {{ ref('int_incident_reports_matched') }}
),

final as (
    select
        incident_id,
        incident_report_id,
        article_id
    from reports
)

select * from final
