-- One row per diplomatic contact as one article reports it, with the real-world contact event it belongs to.
with

contacts as (
    select * from {{ ref('int_contacts_matched') }}
),

participants as (
    select * from {{ ref('stg_raw__contact_participants') }}
),

actors as (
    select * from {{ ref('int_actors_resolved') }}
),

participant_names as (
    select
        participants.article_id,
        participants.contact_index,
        list_sort(list_distinct(list(coalesce(actors.name, participants.actor_key)))) as participant_names
    from participants
    left join actors on participants.actor_key = actors.actor_key
    group by participants.article_id, participants.contact_index
),

final as (
    select
        contacts.contact_id,
        contacts.contact_event_id,
        contacts.article_id,
        contacts.contact_type,
        contacts.contact_date,
        contacts.date_granularity,
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
        contacts.source
    from contacts
    left join participant_names
        on contacts.article_id = participant_names.article_id
        and contacts.contact_index = participant_names.contact_index
)

select * from final
