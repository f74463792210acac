"""The marts built from the hand-written sample rows (see sample_warehouse.py) say what the rows say."""

from __future__ import annotations

import hashlib

from tests.dbt.sample_warehouse import (
    ACTOR_MENTIONS,
    ARAJI,
    INCIDENT_MENTIONS,
    KABUL,
    KADHIMI,
    MILITIAS,
    NEW_ARAB,
    POMPEO,
    TALIBAN,
    TUELLER,
    WIRE,
)


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def rows(con, sql: str, *params) -> list[dict]:
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def test_two_reports_of_the_airport_strike_make_one_incident(marts):
    incidents = rows(
        marts,
        """
        select * from marts.fct_incidents
        where city = 'Baghdad' and status = 'occurred' and occurred_on = date '2020-09-28'
    """,
    )
    assert len(incidents) == 1
    strike = incidents[0]
    assert strike["report_count"] == 2
    assert strike["article_count"] == 2
    assert (strike["killed_min"], strike["killed_max"]) == (3, 4)
    assert (strike["wounded_min"], strike["wounded_max"]) == (2, 2)
    assert str(strike["first_reported_at"]) == "2020-09-29"
    assert str(strike["last_reported_at"]) == "2020-09-30"
    # Named after the earliest report: The New Arab's, published a day before the wire's.
    assert strike["incident_id"] == md5(f"{NEW_ARAB}:0")
    assert strike["place"] == "Baghdad Airport"


def test_every_report_is_in_exactly_one_incident(marts):
    assert marts.execute("select count(*) from marts.fct_incident_reports").fetchone()[0] == len(
        INCIDENT_MENTIONS
    )
    bridged = rows(
        marts,
        """
        select incident_report_id, count(*) as n from marts.bridge_incident_reports group by all
    """,
    )
    assert len(bridged) == len(INCIDENT_MENTIONS)
    assert all(row["n"] == 1 for row in bridged)
    wire_report = rows(
        marts, "select * from marts.fct_incident_reports where incident_report_id = ?", md5(f"{WIRE}:0")
    )
    assert wire_report[0]["incident_id"] == md5(f"{NEW_ARAB}:0")


def test_planned_attacks_are_never_merged_into_the_strike(marts):
    planned = rows(marts, "select * from marts.fct_incidents where status = 'planned' order by incident_id")
    # One planned in each article; the wire's is in Baghdad on the strike's day and still stays apart.
    assert len(planned) == 2
    assert all(row["report_count"] == 1 for row in planned)
    assert (
        marts.execute("select count(*) from marts.fct_incidents").fetchone()[0] == len(INCIDENT_MENTIONS) - 1
    )


def test_strongest_attribution_wins(marts):
    kabul = rows(marts, "select * from marts.fct_incidents where city = 'Kabul'")[0]
    assert kabul["perpetrator_status"] == "claimed"
    assert kabul["perpetrator_actor_id"] == md5(TALIBAN)
    assert kabul["killed_min"] is None


def test_dim_actors_has_one_row_per_actor_key_with_aliases(marts):
    actors = rows(marts, "select * from marts.dim_actors")
    assert len(actors) == len({mention["actor_key"] for mention in ACTOR_MENTIONS})
    kadhimi = next(actor for actor in actors if actor["actor_key"] == KADHIMI)
    assert kadhimi["actor_id"] == md5(KADHIMI)
    assert kadhimi["name"] == "Mustafa Al-Kadhimi"  # two mentions of three give this spelling
    assert kadhimi["aliases"] == ["Al-Kadhimi", "Kadhimi", "Mustafa al-Kadhimi"]
    assert (kadhimi["mention_count"], kadhimi["article_count"]) == (3, 2)
    assert (kadhimi["actor_kind"], kadhimi["country_code"], kadhimi["sector"]) == ("person", "IRQ", "GOV")
    assert (str(kadhimi["first_seen_on"]), str(kadhimi["last_seen_on"])) == ("2020-09-29", "2020-09-30")
    militias = next(actor for actor in actors if actor["actor_key"] == MILITIAS)
    assert militias["aliases"] == ["Iran-backed militias", "pro-Iran militias"]


def test_role_history_keeps_each_role_with_first_and_last_seen(marts):
    kadhimi_roles = rows(marts, "select * from marts.dim_actor_roles where actor_id = ?", md5(KADHIMI))
    # "Prime Minister" and "prime minister" are one role.
    assert len(kadhimi_roles) == 1
    assert kadhimi_roles[0]["mention_count"] == 2
    assert (str(kadhimi_roles[0]["first_seen_on"]), str(kadhimi_roles[0]["last_seen_on"])) == (
        "2020-09-29",
        "2020-09-30",
    )
    tueller_roles = rows(
        marts, "select role_title from marts.dim_actor_roles where actor_id = ? order by 1", md5(TUELLER)
    )
    assert [row["role_title"] for row in tueller_roles] == ["Ambassador", "US ambassador to Iraq"]
    tueller = rows(marts, "select role_title from marts.dim_actors where actor_key = ?", TUELLER)[0]
    assert tueller["role_title"] == "Ambassador"  # the latest article's


def test_the_meeting_reported_twice_is_one_contact_event(marts):
    meetings = rows(
        marts,
        "select * from marts.fct_diplomatic_contacts where contact_type = 'meeting' and status = 'occurred'",
    )
    assert len(meetings) == 2
    assert {row["contact_event_id"] for row in meetings} == {md5(f"{NEW_ARAB}:0")}
    assert all(row["participant_names"] == ["Matthew Tueller", "Qasim Al-Araji"] for row in meetings)
    call = rows(marts, "select * from marts.fct_diplomatic_contacts where contact_type = 'phone_call'")[0]
    assert call["initiator_actor_id"] == md5(POMPEO)
    assert call["contact_event_id"] == call["contact_id"] == md5(f"{NEW_ARAB}:1")


def test_a_planned_meeting_is_never_merged_with_the_one_that_occurred(marts):
    planned = rows(marts, "select * from marts.fct_diplomatic_contacts where status = 'planned'")
    assert len(planned) == 1
    assert planned[0]["article_id"] == KABUL
    # Same officials, type and day as the meeting two outlets report, but its own contact event.
    assert planned[0]["contact_event_id"] == planned[0]["contact_id"] == md5(f"{KABUL}:0")
    assert planned[0]["participant_names"] == ["Matthew Tueller", "Qasim Al-Araji"]
    statuses = rows(marts, "select distinct status from marts.fct_diplomatic_contacts order by 1")
    assert [row["status"] for row in statuses] == ["occurred", "planned"]


def test_a_participant_listed_twice_keeps_its_strongest_role(marts):
    pompeo = rows(marts, "select * from marts.bridge_contact_participants where actor_id = ?", md5(POMPEO))
    assert [row["participant_role"] for row in pompeo] == ["initiator"]


def test_actor_dyads_count_events_once_per_pair_and_month(marts):
    def dyad(first_key: str, second_key: str) -> dict:
        a, b = sorted([md5(first_key), md5(second_key)])
        found = rows(
            marts, "select * from marts.fct_actor_dyads where actor_a_id = ? and actor_b_id = ?", a, b
        )
        assert len(found) == 1, (first_key, second_key)
        return found[0]

    # The meeting is reported by two articles but is one contact; the planned one of the same month
    # does not count.
    meeting = dyad(TUELLER, ARAJI)
    assert (str(meeting["month"]), meeting["contact_count"], meeting["attack_count"]) == ("2020-09-01", 1, 0)
    taliban = dyad(TALIBAN, "country:AFG")
    assert (str(taliban["month"]), taliban["attack_count"], taliban["contact_count"]) == ("2021-03-01", 1, 0)
    # The militias are accused of three incidents in Iraq (embassy rockets, two planned attacks).
    militias = dyad(MILITIAS, "country:IRQ")
    assert militias["accusation_count"] == 3
    assert militias["attack_count"] == 0


def test_quarantine_is_exposed_to_analysts(marts):
    quarantined = rows(marts, "select * from marts.ops_quarantine")
    assert [(row["source_file"], row["line_number"], row["reason"]) for row in quarantined] == [
        ("wire.jsonl", 3, "invalid JSON"),
    ]
