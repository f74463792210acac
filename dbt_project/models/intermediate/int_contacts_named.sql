{#-
    One row per diplomatic contact as one article reports it, with its contact event and the names of its
    participants. fct_diplomatic_contacts shows it without the bookkeeping columns.
    Incremental (delete+insert on contact_id): a build re-derives the contacts int_contacts_matched
    re-matched since the newest matched_at held here (which covers every contact of a changed article),
    and the contacts with a participant whose name changed since the newest names_at held here. The
    post-hook deletes the contacts of replaced article versions. The result is the full rebuild's.
-#}
-- depends_on: {{ ref('stg_raw__articles') }}  (read by the post-hook)
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='contact_id',
    on_schema_change='fail',
    post_hook="{{ remove_replaced_article_rows() }}",
) }}

with

matched_contacts as (
    select * from {{ ref('int_contacts_matched') }}
),

participants as (
    select * from {{ ref('stg_raw__contact_participants') }}
),

actors as (
    select * from {{ ref('int_actors_resolved') }}
),

contacts as (
    select * from matched_contacts
    {%- if is_incremental() %}
    where
        matched_at > {{ newest_stamp('matched_at') }}
        or exists (
            select 1
            from participants
            inner join actors on participants.actor_key = actors.actor_key
            where
                actors.named_at > {{ newest_stamp('names_at') }}
                and participants.article_id = matched_contacts.article_id
                and participants.contact_index = matched_contacts.contact_index
        )
    {%- endif %}
),

participant_names as (
    select
        participants.article_id,
        participants.contact_index,
        list_sort(list_distinct(list(coalesce(actors.name, participants.actor_key)))) as participant_names,
        max(actors.named_at) as names_at
    from participants
    left join actors on participants.actor_key = actors.actor_key
    where exists (
        select 1 from contacts
        where contacts.article_id = participants.article_id and contacts.contact_index = participants.contact_index
    )
    group by participants.article_id, participants.contact_index
),

final as (
    select
        contacts.contact_id,
        contacts.contact_event_id,
        contacts.article_id,
        contacts.contact_type,
        contacts.status,
        contacts.contact_date,
        contacts.date_granularity,
        contacts.date_text,
        case
            when contacts.initiator_actor_key is not null then md5(contacts.initiator_actor_key)
        end as initiator_actor_id,
        contacts.place,
        contacts.topic,
        coalesce(participant_names.participant_names, []::varchar[]) as participant_names,
        contacts.evidence,
        contacts.sentence_index,
        contacts.char_start,
        contacts.char_end,
        contacts.published_at,
        contacts.source,
        contacts.article_load_id,
        contacts.matched_at,
        participant_names.names_at
    from contacts
    left join participant_names
        on contacts.article_id = participant_names.article_id
        and contacts.contact_index = participant_names.contact_index
)

select * from final
