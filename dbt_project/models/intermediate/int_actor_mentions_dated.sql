-- Actor mentions with the article's publication date, the clock for first/last seen and "latest" role.
with

mentions as (
    select * from {{ ref('stg_raw__actor_mentions') }}
),

articles as (
    select * from {{ ref('stg_raw__articles') }}
),

dated as (
    select
        mentions.*,
        md5(mentions.actor_key) as actor_id,
        articles.published_at,
        articles.load_id as article_load_id
    from mentions
    left join articles on mentions.article_id = articles.article_id
)

select * from dated
