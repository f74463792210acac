-- Inputs the pipeline rejected, for analysts checking what did not make it into the marts.
with

quarantine as (
    select * from {{ ref('stg_ops__quarantine') }}
),

final as (
    select
        source_file,
        line_number,
        reason,
        quarantined_at
    from quarantine
)

select * from final
