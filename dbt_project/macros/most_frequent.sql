{#-
    One row per `key` with the value of `column` seen most often in `relation` (a CTE name).
    Ties go to the longest value, then alphabetical order, so reruns pick the same value.
    Null and blank values do not vote.
-#}
{% macro most_frequent(relation, key, column) -%}
    select
        {{ key }},
        {{ column }}
    from (
        select
            {{ key }},
            {{ column }},
            count(*) as votes
        from {{ relation }}
        where nullif(trim({{ column }}), '') is not null
        group by {{ key }}, {{ column }}
    )
    qualify row_number() over (
        partition by {{ key }}
        order by votes desc, length({{ column }}) desc, {{ column }}
    ) = 1
{%- endmacro %}

