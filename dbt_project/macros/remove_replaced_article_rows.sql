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
                this ~ " was built before the incremental bookkeeping it needs (missing " ~ missing | join(', ')
                ~ "): rebuild it once with `dbt build --full-refresh` (or `make full-refresh`)."
            ) }}
        {%- endif -%}
    {%- endif -%}
{% endmacro %}

{#-
    Post-hook of the incremental models keyed on an upstream model's match partitions: delete the
    partitions the upstream no longer has (all their reports went with a replaced article version).
    A delete+insert only replaces partitions that still have rows, so it cannot see these.
-#}
{% macro remove_partitions_missing_from(upstream) %}
    {%- if is_incremental() %}
    delete from {{ this }} as stored
    where not exists (
        select 1 from {{ upstream }} as current_rows where current_rows.match_partition = stored.match_partition
    )
    {%- endif %}
{% endmacro %}

{#- Post-hook of int_actors_resolved: an actor whose last mention went with a replaced article version. -#}
{% macro remove_actors_without_mentions() %}
    {%- if is_incremental() %}
    delete from {{ this }} as stored
    where not exists (
        select 1 from {{ ref('stg_raw__actor_mentions') }} as mentions where mentions.actor_key = stored.actor_key
    )
    {%- endif %}
{% endmacro %}

{#- Post-hook of int_actor_roles_aggregated: the roles of an actor no mention gives a role any more. -#}
{% macro remove_roles_without_mentions() %}
    {%- if is_incremental() %}
    delete from {{ this }} as stored
    where not exists (
        select 1 from {{ ref('stg_raw__actor_mentions') }} as mentions
        where mentions.actor_key = stored.actor_key and nullif(trim(mentions.role_title), '') is not null
    )
    {%- endif %}
{% endmacro %}
