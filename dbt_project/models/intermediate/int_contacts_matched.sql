{#-
    Cross-article contact matching. Reports of a contact are the same real-world contact when they have
    the same contact_type, the same day (day granularity only) and the same set of at least two
    participants (actor keys). That is an equivalence, so a group key does the clustering; each
    report gets as contact_event_id the contact_id of the earliest report with its key.
    A contact with an imprecise date or fewer than two known participants stays on its own.
-#}
{{ config(materialized='table') }}  {#- read by several marts: match once, not once per mart -#}

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
        coalesce(participant_sets.participant_keys, []::varchar[]) as participant_keys,
        case
            when
                contacts.date_granularity = 'day'
                and contacts.contact_date is not null
                and contacts.contact_type is not null
                and len(participant_sets.participant_keys) >= 2
                then md5(
                    contacts.contact_type || '|' || strftime(contacts.contact_date, '%Y-%m-%d') || '|'
                    || array_to_string(participant_sets.participant_keys, '|')
                )
        end as contact_match_key,
        row_number() over (
            order by articles.published_at nulls last, contacts.article_id, contacts.contact_index
        ) as report_rank
    from contacts
    left join articles on contacts.article_id = articles.article_id
    left join participant_sets
        on contacts.article_id = participant_sets.article_id
        and contacts.contact_index = participant_sets.contact_index
),

matched as (
    select
        *,
        case
            when contact_match_key is null then contact_id
            else first_value(contact_id) over (partition by contact_match_key order by report_rank)
        end as contact_event_id
    from keyed
)

select * from matched
