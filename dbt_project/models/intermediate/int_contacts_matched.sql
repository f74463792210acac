{#-
    Cross-article contact matching. Reports of a contact are the same real-world contact when they have
    the same status (a planned contact never merges with one that occurred), the same contact_type, the same day (day granularity only) and the same set of at least two
    participants (actor keys). That is an equivalence, so a group key does the clustering; each
    report gets as contact_event_id the contact_id of the earliest report with its key.
    A contact with an imprecise date or fewer than two known participants stays on its own.
    Incremental: a build re-matches, whole, each match key that holds a contact of an article loaded
    since the last build (new or replaced, old version included) and keeps the others, so the result
    is the full rebuild's. report_rank orders contacts within what a build re-matches.
-#}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='match_partition',
    on_schema_change='fail',
    post_hook="{{ remove_replaced_article_rows() }}",
) }}

with

contacts as (
    select * from {{ ref('stg_raw__contact_mentions') }}
),

participants as (
    select * from {{ ref('stg_raw__contact_participants') }}
),

articles as (
    select * from {{ ref('stg_raw__articles') }}
),

participant_sets as (
    select
        article_id,
        contact_index,
        list_sort(list_distinct(list(actor_key))) as participant_keys
    from participants
    group by article_id, contact_index
),

keyed as (
    select
        md5(contacts.article_id || ':' || contacts.contact_index) as contact_id,
        contacts.*,
        articles.published_at,
        articles.source,
        articles.load_id as article_load_id,
        coalesce(participant_sets.participant_keys, []::varchar[]) as participant_keys,
        case
            when
                contacts.date_granularity = 'day'
                and contacts.status is not null
                and contacts.contact_date is not null
                and contacts.contact_type is not null
                and len(participant_sets.participant_keys) >= 2
                then md5(
                    contacts.status || '|' || contacts.contact_type || '|' || strftime(contacts.contact_date, '%Y-%m-%d') || '|'
                    || array_to_string(participant_sets.participant_keys, '|')
                )
        end as contact_match_key
    from contacts
    left join articles on contacts.article_id = articles.article_id
    left join participant_sets
        on contacts.article_id = participant_sets.article_id
        and contacts.contact_index = participant_sets.contact_index
),

partitioned as (
    select
        *,
        -- Contacts with different match keys never match; an unmatchable contact is alone.
        coalesce(contact_match_key, 'contact:' || contact_id) as match_partition
    from keyed
),

{{ scope_to_changed_partitions('partitioned', 'articles') }}

ranked as (
    select
        *,
        row_number() over (order by published_at nulls last, article_id, contact_index) as report_rank
    from scoped
),

matched as (
    select
        *,
        case
            when contact_match_key is null then contact_id
            else first_value(contact_id) over (partition by contact_match_key order by report_rank)
        end as contact_event_id,
        -- When this build re-matched the contact: downstream models pick up the rows stamped after theirs.
        {{ build_stamp() }} as matched_at
    from ranked
)

select * from matched
