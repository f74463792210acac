{#- CTEs `updatable_actors` and `recounted_actors` for the incremental actor models, from three relations of
    (actor_key, mention_count): what the model holds, what the changed articles mention, what raw holds now.
    An actor named by a changed article whose stored count plus its changed mentions is its current count
    lost no mention: it is updatable from the changed mentions alone. Any other actor whose count moved (new,
    or lost mentions to a replaced article version) is recounted from all its mentions. Ends with a comma. -#}
{% macro split_changed_actors(stored_counts, changed_counts, current_counts) %}
updatable_actors as (
    select {{ changed_counts }}.actor_key
    from {{ changed_counts }}
    inner join {{ stored_counts }} on {{ changed_counts }}.actor_key = {{ stored_counts }}.actor_key
    inner join {{ current_counts }} on {{ changed_counts }}.actor_key = {{ current_counts }}.actor_key
    where {{ stored_counts }}.mention_count + {{ changed_counts }}.mention_count = {{ current_counts }}.mention_count
),

recounted_actors as (
    select actor_key from {{ changed_counts }}
    union
    select coalesce({{ stored_counts }}.actor_key, {{ current_counts }}.actor_key)
    from {{ stored_counts }}
    full outer join {{ current_counts }} on {{ stored_counts }}.actor_key = {{ current_counts }}.actor_key
    where {{ stored_counts }}.mention_count is distinct from {{ current_counts }}.mention_count
    except
    select actor_key from updatable_actors
),
{% endmacro %}
