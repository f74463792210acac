-- Reports grouped into one contact event share its type and date.
select
    contact_event_id,
    count(distinct contact_type) as types,
    count(distinct contact_date) as dates
from {{ ref('fct_diplomatic_contacts') }}
group by contact_event_id
having count(distinct contact_type) > 1 or count(distinct contact_date) > 1
