{#-
    One row per actor_key: the attributes most mentions agree on, the latest role, aliases and counts.
    dim_actors shows it without the bookkeeping columns (attribute_votes, latest_role, last_load_id and
    the build stamps), which hold what an incremental build needs to update an actor without re-reading
    all its mentions.

    Incremental (delete+insert on actor_key). The changed articles are those loaded after the newest
    last_load_id held here, or published in the vars window. For each actor:
      - named by a changed article, and its stored mention count plus the changed articles' mentions of
        it is its current count: it lost no mention, so the stored summary (vote counts, aliases, counts,
        dates, latest role) is merged with the changed articles' mentions alone;
      - any other actor whose count moved (a new actor, or one that lost mentions to a replaced article
        version, whose old rows are gone from raw) is summarised again from all its mentions;
      - the rest keep their stored row. The post-hook deletes actors left with no mention.
    Counts, minima, maxima and vote counts add up, so both paths give the full rebuild's row.
-#}
-- depends_on: {{ ref('stg_raw__articles') }}, {{ ref('stg_raw__actor_mentions') }}  (incremental builds, post-hook)
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='actor_key',
    on_schema_change='fail',
    post_hook="{{ remove_actors_without_mentions() }}",
) }}

{%- set mention_columns %}
        actor_key, actor_name, actor_kind, country_code, sector, role_title, mention_text,
        article_id, sentence_index, char_start, published_at, article_load_id
{%- endset %}

with

all_mentions as (
    select * from {{ ref('int_actor_mentions_dated') }}
),

{% if is_incremental() %}
{{- require_stored_columns(['last_load_id', 'resolved_at', 'named_at', 'attribute_votes', 'latest_role']) }}
stored_actors as (
    select * from {{ this }}
),

changed_articles as (
    select article_id
    from {{ ref('stg_raw__articles') }}
    where {{ changed_article_condition('select coalesce(max(last_load_id), -1) from ' ~ this) }}
),

changed_mentions as materialized (
    select {{ mention_columns }}
    from all_mentions
    where article_id in (select article_id from changed_articles)
),

current_counts as (
    select actor_key, count(*) as mention_count
    from {{ ref('stg_raw__actor_mentions') }}
    group by actor_key
),

changed_counts as (
    select actor_key, count(*) as mention_count
    from changed_mentions
    group by actor_key
),

stored_counts as (
    select actor_key, mention_count from stored_actors
),

{{ split_changed_actors('stored_counts', 'changed_counts', 'current_counts') }}

-- The mentions to summarise: all of a recounted actor's, only the changed ones of an updatable actor.
mentions as materialized (
    select {{ mention_columns }}
    from all_mentions
    where actor_key in (select actor_key from recounted_actors)
    union all
    select * from changed_mentions
    where actor_key in (select actor_key from updatable_actors)
),

-- What the stored rows of updatable actors add to the summaries of their changed mentions.
carried_actors as (
    select * from stored_actors
    where actor_key in (select actor_key from updatable_actors)
),

carried_votes as (
    select
        actor_key,
        vote.attribute,
        vote.value,
        vote.votes
    from (select actor_key, unnest(attribute_votes) as vote from carried_actors)
),
{% else %}
mentions as materialized (
    select {{ mention_columns }}
    from all_mentions
),
{% endif %}

-- Votes for each attribute's value; null and blank values do not vote.
mention_votes as (
    select
        actor_key,
        attribute,
        value,
        count(*) as votes
    from (
        unpivot (select actor_key, actor_name, actor_kind, country_code, sector from mentions)
        on actor_name, actor_kind, country_code, sector
        into name attribute value value
    )
    where nullif(trim(value), '') is not null
    group by actor_key, attribute, value
),

votes as (
    select
        actor_key,
        attribute,
        value,
        sum(votes)::bigint as votes
    from (
        select * from mention_votes
        {%- if is_incremental() %}
        union all
        select * from carried_votes
        {%- endif %}
    )
    group by actor_key, attribute, value
),

-- The value most mentions give; ties go to the longest value, then alphabetical order.
winning_values as (
    select
        actor_key,
        max(value) filter (where attribute = 'actor_name') as actor_name,
        max(value) filter (where attribute = 'actor_kind') as actor_kind,
        max(value) filter (where attribute = 'country_code') as country_code,
        max(value) filter (where attribute = 'sector') as sector
    from (
        select actor_key, attribute, value
        from votes
        qualify row_number() over (
            partition by actor_key, attribute
            order by votes desc, length(value) desc, value
        ) = 1
    )
    group by actor_key
),

vote_lists as (
    select
        actor_key,
        list({'attribute': attribute, 'value': value, 'votes': votes} order by attribute, value) as attribute_votes
    from votes
    group by actor_key
),

mention_summaries as (
    select
        actor_key,
        list(distinct trim(mention_text)) filter (where nullif(trim(mention_text), '') is not null) as aliases,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        min(published_at) as first_seen_on,
        max(published_at) as last_seen_on,
        max(article_load_id) as last_load_id,
        -- "Latest" by the article's publication date (undated articles last); within an article, the
        -- later sentence, then the later mention, wins.
        max({
            'is_dated': published_at is not null,
            'published_at': coalesce(published_at, date '0001-01-01'),
            'article_id': article_id,
            'sentence_index': sentence_index,
            'char_start': char_start,
            'role_title': role_title
        }) filter (where nullif(trim(role_title), '') is not null) as latest_role
    from mentions
    group by actor_key
),

summaries as (
    {%- if is_incremental() %}
    -- An updatable actor's changed mentions come from articles that never mentioned it before, so
    -- counts add up and its article count grows by theirs.
    select
        mention_summaries.actor_key,
        list_distinct(coalesce(carried_actors.aliases, []::varchar[]) || coalesce(mention_summaries.aliases, []::varchar[])) as aliases,
        mention_summaries.mention_count + coalesce(carried_actors.mention_count, 0) as mention_count,
        mention_summaries.article_count + coalesce(carried_actors.article_count, 0) as article_count,
        least(mention_summaries.first_seen_on, carried_actors.first_seen_on) as first_seen_on,
        greatest(mention_summaries.last_seen_on, carried_actors.last_seen_on) as last_seen_on,
        greatest(mention_summaries.last_load_id, carried_actors.last_load_id) as last_load_id,
        greatest(mention_summaries.latest_role, carried_actors.latest_role) as latest_role
    from mention_summaries
    left join carried_actors on mention_summaries.actor_key = carried_actors.actor_key
    {%- else %}
    select * from mention_summaries
    {%- endif %}
),

resolved as (
    select
        md5(summaries.actor_key) as actor_id,
        summaries.actor_key,
        -- An actor the extractor never named falls back to its key, so name is never null.
        coalesce(winning_values.actor_name, summaries.actor_key) as name,
        winning_values.actor_kind,
        winning_values.country_code,
        winning_values.sector,
        summaries.latest_role.role_title as role_title,
        list_sort(coalesce(summaries.aliases, []::varchar[])) as aliases,
        summaries.mention_count,
        summaries.article_count,
        summaries.first_seen_on,
        summaries.last_seen_on,
        summaries.last_load_id,
        vote_lists.attribute_votes,
        summaries.latest_role,
        {{ build_stamp() }} as resolved_at
    from summaries
    left join winning_values on summaries.actor_key = winning_values.actor_key
    left join vote_lists on summaries.actor_key = vote_lists.actor_key
),

-- named_at moves only when the name does: contacts re-list their participants' names after it.
stamped as (
    select
        resolved.*,
        {%- if is_incremental() %}
        case
            when stored_actors.name is not distinct from resolved.name then stored_actors.named_at
            else resolved.resolved_at
        end as named_at
        {%- else %}
        resolved.resolved_at as named_at
        {%- endif %}
    from resolved
    {%- if is_incremental() %}
    left join stored_actors on resolved.actor_key = stored_actors.actor_key
    {%- endif %}
)

select * from stamped
