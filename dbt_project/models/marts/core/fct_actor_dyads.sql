{#-
    Counts per unordered actor pair and month, for analysis:
      - contact_count: real-world contacts (contact events) that occurred, with both actors among the
        participants (a planned contact is not counted);
      - accusation_count: incidents where one actor is accused of being the perpetrator of an incident
        in the other actor's country (the extraction records who is accused, not who accuses, so the
        country where it happened stands in for the other side);
      - attack_count: attacks (summing attack_count) of occurred incidents claimed by or plainly
        attributed to one actor, in the other actor's country.
    The month is the contact date or incident date, else the article's publication month.
    Only actors in dim_actors count: a country that is never mentioned has no row there.
-#}
with

contacts as (
    select * from {{ ref('fct_diplomatic_contacts') }}
),

contact_participants as (
    select * from {{ ref('bridge_contact_participants') }}
),

incident_reports as (
    select * from {{ ref('fct_incident_reports') }}
),

incidents as (
    select * from {{ ref('fct_incidents') }}
),

actors as (
    select * from {{ ref('dim_actors') }}
),

-- The earliest report of each contact event stands for it (all its reports share the participants).
contact_events as (
    select
        contact_id,
        contact_event_id,
        date_trunc('month', coalesce(contact_date, published_at))::date as month
    from contacts
    where contact_id = contact_event_id and status = 'occurred'
),

contact_pairs as (
    select
        first_side.actor_id as actor_x_id,
        second_side.actor_id as actor_y_id,
        contact_events.month,
        'contact' as relation,
        contact_events.contact_event_id as event_id,
        1 as weight
    from contact_events
    inner join contact_participants as first_side on contact_events.contact_id = first_side.contact_id
    inner join contact_participants as second_side
        on contact_events.contact_id = second_side.contact_id
        and first_side.actor_id < second_side.actor_id
),

country_actors as (
    select
        actor_id,
        country_code
    from actors
    where actor_key = 'country:' || country_code
),

accusation_pairs as (
    select
        incident_reports.perpetrator_actor_id as actor_x_id,
        country_actors.actor_id as actor_y_id,
        date_trunc('month', coalesce(incident_reports.occurred_on, incident_reports.published_at))::date as month,
        'accusation' as relation,
        incident_reports.incident_id as event_id,
        1 as weight
    from incident_reports
    inner join country_actors on incident_reports.country_code = country_actors.country_code
    where
        incident_reports.perpetrator_status = 'accused'
        and incident_reports.perpetrator_actor_id is not null
),

attack_pairs as (
    select
        incidents.perpetrator_actor_id as actor_x_id,
        country_actors.actor_id as actor_y_id,
        date_trunc('month', coalesce(incidents.occurred_on, incidents.first_reported_at))::date as month,
        'attack' as relation,
        incidents.incident_id as event_id,
        incidents.attack_count as weight
    from incidents
    inner join country_actors on incidents.country_code = country_actors.country_code
    where
        incidents.status = 'occurred'
        and incidents.perpetrator_status in ('claimed', 'stated')
        and incidents.perpetrator_actor_id is not null
),

relations as (
    select * from contact_pairs
    union all
    select * from accusation_pairs
    union all
    select * from attack_pairs
),

-- Both sides must be known actors, distinct, with a month; each event counts once per pair.
ordered_relations as (
    select distinct
        least(relations.actor_x_id, relations.actor_y_id) as actor_a_id,
        greatest(relations.actor_x_id, relations.actor_y_id) as actor_b_id,
        relations.month,
        relations.relation,
        relations.event_id,
        relations.weight
    from relations
    inner join actors as actor_x on relations.actor_x_id = actor_x.actor_id
    inner join actors as actor_y on relations.actor_y_id = actor_y.actor_id
    where relations.actor_x_id <> relations.actor_y_id and relations.month is not null
),

final as (
    select
        md5(actor_a_id || ':' || actor_b_id || ':' || strftime(month, '%Y-%m')) as actor_dyad_month_id,
        actor_a_id,
        actor_b_id,
        month,
        count(*) filter (where relation = 'contact') as contact_count,
        count(*) filter (where relation = 'accusation') as accusation_count,
        coalesce(sum(weight) filter (where relation = 'attack'), 0)::bigint as attack_count
    from ordered_relations
    group by actor_a_id, actor_b_id, month
)

select * from final
