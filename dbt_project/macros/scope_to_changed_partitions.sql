{#- CTEs `scoped` (and, incrementally, `changed_articles`, `changed_partitions`) for the matching models.
    A full build matches every row of `partitioned`. An incremental build re-matches only the match
    partitions holding a row of a changed article (loaded since the last build, or published in the
    partition window of the vars: see changed_article_condition), counting both where the article's
    rows are now and where its previous version's rows were; other partitions keep their stored result.
    Rows can only match within a partition, so this equals a full rebuild. Ends with a comma. -#}
{% macro scope_to_changed_partitions(partitioned, articles) %}
{%- do published_window() %}  {#- checks the vars on full builds too #}
{% if is_incremental() %}
{{- require_stored_columns(['match_partition', 'article_load_id', 'matched_at']) }}
changed_articles as (
    select article_id
    from {{ articles }}
    where {{ changed_article_condition('select coalesce(max(article_load_id), -1) from ' ~ this) }}
),

changed_partitions as (
    select match_partition from {{ partitioned }} where article_id in (select article_id from changed_articles)
    union
    select match_partition from {{ this }} where article_id in (select article_id from changed_articles)
),

scoped as (
    select * from {{ partitioned }}
    where match_partition in (select match_partition from changed_partitions)
),
{% else %}
scoped as (
    select * from {{ partitioned }}
),
{% endif %}
{% endmacro %}
