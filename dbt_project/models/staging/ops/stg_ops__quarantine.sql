with

source as (
    select * from {{ source('ops', 'quarantine') }}
),

renamed as (
    select
        cast(source_file as varchar) as source_file,
        cast(line_number as bigint) as line_number,
        cast(reason as varchar) as reason,
        cast(quarantined_at as timestamptz) as quarantined_at
    from source
)

select * from renamed
