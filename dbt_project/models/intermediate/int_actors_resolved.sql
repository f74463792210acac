{#-
    One row per actor_key: the attributes most mentions agree on, the latest role, aliases and counts.
    dim_actors shows it without the bookkeeping columns.

    Incremental (delete+insert on actor_key): a build re-resolves, whole, every actor mentioned by a
    changed article (loaded after the newest last_load_id held here, or published in the vars window),
    and every actor whose mention count moved without such a mention: those lost mentions to a replaced
    article version, whose old rows are gone from raw. Actors left with no mention are deleted by the
    post-hook. Each actor depends on its own mentions only, so this equals a full rebuild.
-#}
-- depends_on: {{ ref('stg_raw__articles') }}, {{ ref('stg_raw__actor_mentions') }}  (incremental builds, post-hook)
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='actor_key',
    on_schema_change='fail',
    post_hook="{{ remove_actors_without_mentions() }}",
) }}

with

all_mentions as (
    select * from {{ ref('int_actor_mentions_dated') }}
),

{% if is_incremental() %}
{{- require_stored_columns(['last_load_id', 'resolved_at', 'named_at']) }}
changed_articles as (
    select article_id
    from {{ ref('stg_raw__articles') }}
    where {{ changed_article_condition('select coalesce(max(last_load_id), -1) from ' ~ this) }}
),

current_counts as (
    select actor_key, count(*) as mention_count
    from {{ ref('stg_raw__actor_mentions') }}
    group by actor_key
),

touched_actors as (
    select actor_key from all_mentions where article_id in (select article_id from changed_articles)
    union
    select stored.actor_key
    from {{ this }} as stored
    left join current_counts on stored.actor_key = current_counts.actor_key
    where current_counts.mention_count is distinct from stored.mention_count
),

mentions as materialized (
    select 
        actor_key, actor_name, actor_kind, country_code, sector, role_title, mention_text,
        article_id, sentence_index, char_start, published_at, article_load_id
    from all_mentions
    where actor_key in (select actor_key from touched_actors)
),
{% else %}
mentions as materialized (
    select 
        actor_key, actor_name, actor_kind, country_code, sector, role_title, mention_text,
        article_id, sentence_index, char_start, published_at, article_load_id
    from all_mentions
),
{% endif %}

canonical_names as (
    {{ most_frequent('mentions', 'actor_key', 'actor_name') }}
),

kinds as (
    {{ most_frequent('mentions', 'actor_key', 'actor_kind') }}
),

countries as (
    {{ most_frequent('mentions', 'actor_key', 'country_code') }}
),

sectors as (
    {{ most_frequent('mentions', 'actor_key', 'sector') }}
),

-- "Latest" by the article's publication date (undated articles last); within an article, the later
-- sentence, then the later mention, wins.
latest_roles as (
    select
        actor_key,
        arg_max(
            role_title,
            (published_at is not null, coalesce(published_at, date '0001-01-01'), article_id, sentence_index, char_start)
        ) as role_title
    from mentions
    where nullif(trim(role_title), '') is not null
    group by actor_key
),

counts as (
    select
        actor_key,
        md5(actor_key) as actor_id,
        coalesce(
            list_sort(list(distinct trim(mention_text)) filter (where nullif(trim(mention_text), '') is not null)),
            []::varchar[]
        ) as aliases,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        min(published_at) as first_seen_on,
        max(published_at) as last_seen_on,
        max(article_load_id) as last_load_id
    from mentions
    group by actor_key
),

resolved as (
    select
        counts.actor_id,
        counts.actor_key,
        -- An actor the extractor never named falls back to its key, so name is never null.
        coalesce(canonical_names.actor_name, counts.actor_key) as name,
        kinds.actor_kind,
        countries.country_code,
        sectors.sector,
        latest_roles.role_title,
        counts.aliases,
        counts.mention_count,
        counts.article_count,
        counts.first_seen_on,
        counts.last_seen_on,
        counts.last_load_id,
        {{ build_stamp() }} as resolved_at
    from counts
    left join canonical_names on counts.actor_key = canonical_names.actor_key
    left join kinds on counts.actor_key = kinds.actor_key
    left join countries on counts.actor_key = countries.actor_key
    left join sectors on counts.actor_key = sectors.actor_key
    left join latest_roles on counts.actor_key = latest_roles.actor_key
),

-- named_at moves only when the name does: contacts re-list their participants' names after it.
stamped as (
    select
        resolved.*,
        {%- if is_incremental() %}
        case
            when stored.name is not distinct from resolved.name then stored.named_at
            else resolved.resolved_at
        end as named_at
        {%- else %}
        resolved.resolved_at as named_at
        {%- endif %}
    from resolved
    {%- if is_incremental() %}
    left join {{ this }} as stored on resolved.actor_key = stored.actor_key
    {%- endif %}
)

select * from stamped
