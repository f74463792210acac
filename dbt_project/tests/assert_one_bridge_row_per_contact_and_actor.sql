-- Each actor appears once per contact in bridge_contact_participants.
select
    contact_id,
    actor_id,
    count(*) as rows_for_pair
from {{ ref('bridge_contact_participants') }}
group by contact_id, actor_id
having count(*) > 1
