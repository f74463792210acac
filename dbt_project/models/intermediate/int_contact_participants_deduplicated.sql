{#-
    Who took part in each reported contact, and in which role; bridge_contact_participants shows it
    without the bookkeeping columns. An actor listed twice in one contact keeps its strongest role
    (initiator > counterpart > participant).
    Incremental (delete+insert on article_id): a build re-derives the participants of changed articles
    (loaded after the newest article_load_id held here, or published in the vars window); the post-hook
    deletes those of replaced article versions.
-#}
-- depends_on: {{ ref('stg_raw__articles') }}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='article_id',
    on_schema_change='fail',
    post_hook="{{ remove_replaced_article_rows() }}",
) }}

with

participants as (
    select * from {{ ref('stg_raw__contact_participants') }}
),

articles as (
    select * from {{ ref('stg_raw__articles') }}
),

roles as (
    select * from {{ ref('vocab_participant_roles') }}
),

changed_articles as (
    select article_id, load_id
    from articles
    {%- if is_incremental() %}
    where {{ changed_article_condition('select coalesce(max(article_load_id), -1) from ' ~ this) }}
    {%- endif %}
),

deduplicated as (
    select
        md5(participants.article_id || ':' || participants.contact_index) as contact_id,
        md5(participants.actor_key) as actor_id,
        participants.participant_role,
        participants.article_id,
        participants.contact_index,
        participants.actor_key,
        changed_articles.load_id as article_load_id
    from participants
    inner join changed_articles on participants.article_id = changed_articles.article_id
    left join roles on participants.participant_role = roles.participant_role
    qualify row_number() over (
        partition by participants.article_id, participants.contact_index, participants.actor_key
        order by roles.strength desc nulls last, participants.participant_role
    ) = 1
)

select * from deduplicated
