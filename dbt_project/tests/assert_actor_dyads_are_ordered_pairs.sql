-- Dyads are unordered pairs stored once: actor_a_id < actor_b_id, and at least one count is positive.
select *
from {{ ref('fct_actor_dyads') }}
where
    actor_a_id >= actor_b_id
    or (contact_count = 0 and accusation_count = 0 and attack_count = 0)
