{#-
    Post-hook of the incremental models keyed on articles: delete the rows of an article's earlier
    version once the article has been loaded again. The model re-inserts the new version's rows; this
    removes what the new version no longer has (a mention it dropped, or all of them), which a
    delete+insert on the model's unique_key cannot see. Rows of the current version carry the
    article's current load_id, so they stay.
-#}
{% macro remove_replaced_article_rows() %}
    delete from {{ this }} as stored
    where exists (
        select 1
        from {{ ref('stg_raw__articles') }} as articles
        where articles.article_id = stored.article_id and articles.load_id <> stored.article_load_id
    )
{% endmacro %}

{#-
    Incremental builds rely on bookkeeping columns; a table built before they existed cannot be
    updated in place. Fail with the remedy rather than with a binder error halfway through the SQL.
-#}
{% macro require_stored_columns(column_names) %}
    {%- if execute and is_incremental() -%}
        {%- set stored = adapter.get_columns_in_relation(this) | map(attribute='name') | map('lower') | list -%}
        {%- set missing = column_names | reject('in', stored) | list -%}
        {%- if missing -%}
            {{ exceptions.raise_compiler_error(
                this ~ " was built before incremental matching (missing " ~ missing | join(', ')
                ~ "): rebuild it once with `dbt build --full-refresh` (or `make full-refresh`)."
            ) }}
        {%- endif -%}
    {%- endif -%}
{% endmacro %}
