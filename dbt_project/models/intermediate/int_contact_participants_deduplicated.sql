-- Who took part in each reported contact, and in which role.
with

participants as (
    select * from {{ ref('stg_raw__contact_participants') }}
),

roles as (
    select * from {{ ref('vocab_participant_roles') }}
),

-- An actor listed twice in one contact keeps its strongest role (initiator > counterpart > participant).
deduplicated as (
    select
        md5(participants.article_id || ':' || participants.contact_index) as contact_id,
        md5(participants.actor_key) as actor_id,
        participants.participant_role
    from participants
    left join roles on participants.participant_role = roles.participant_role
    qualify row_number() over (
        partition by participants.article_id, participants.contact_index, participants.actor_key
        order by roles.strength desc nulls last, participants.participant_role
    ) = 1
),

final as (
    select
        contact_id,
        actor_id,
        participant_role
    from deduplicated
)

select * from final
