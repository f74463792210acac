{#-
    The condition (on an article relation with load_id and published_at) that marks an article as
    changed for an incremental model: loaded after the newest load the model holds (`load_id_above`, a
    scalar SQL expression), or published inside the partition window of the vars
    `published_from` / `published_to` (half-open [from, to), dates as YYYY-MM-DD). Without the vars only
    the load_id rule applies. Re-deriving an unchanged article gives the same rows, so a window only
    costs time, never correctness.
-#}
{% macro changed_article_condition(load_id_above, alias=none) %}
    {%- set prefix = (alias ~ '.') if alias else '' -%}
    {%- set window = published_window() -%}
    ({{ prefix }}load_id > ({{ load_id_above }})
    {%- if window %}
        or ({{ prefix }}published_at >= date '{{ window[0] }}' and {{ prefix }}published_at < date '{{ window[1] }}')
    {%- endif -%})
{% endmacro %}

{#- [published_from, published_to) from the vars, checked; none when neither is given. -#}
{% macro published_window() %}
    {%- set published_from = var('published_from', none) -%}
    {%- set published_to = var('published_to', none) -%}
    {%- if published_from is none and published_to is none -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set pattern = '^\\d{4}-\\d{2}-\\d{2}$' -%}
    {%- if published_from is none or published_to is none
        or not modules.re.match(pattern, published_from | string)
        or not modules.re.match(pattern, published_to | string) -%}
        {{ exceptions.raise_compiler_error(
            "vars published_from and published_to go together, as YYYY-MM-DD dates (got "
            ~ published_from ~ ", " ~ published_to ~ ")"
        ) }}
    {%- endif -%}
    {{ return([published_from | string, published_to | string]) }}
{% endmacro %}

{#- The build's timestamp, stamped on the rows an incremental model (re)writes: models downstream pick up
    the rows stamped after the newest stamp they hold. Same value for every model of one dbt invocation. -#}
{% macro build_stamp() -%}
    cast('{{ run_started_at.isoformat() }}' as timestamptz)
{%- endmacro %}

{#- The newest stamp of `column` in this model's table (the epoch when empty). -#}
{% macro newest_stamp(column='upstream_stamp') -%}
    (select coalesce(max({{ column }}), '1970-01-01'::timestamptz) from {{ this }})
{%- endmacro %}
