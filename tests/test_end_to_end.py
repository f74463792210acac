"""The whole asset graph on the bundled sample, held to the seed article's gold set.

The build is the real one (Dagster CLI -> polars -> DuckDB -> dbt), into temporary folders.
"""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from tests.conftest import SHARED_DIR

SEED_ARTICLE = "tna-2020-09-29-us-iraq-embassy-meeting"
SECOND_AIRPORT_REPORT = "wire-2020-09-29-baghdad-airport-rocket"
GOLD_PATH = SHARED_DIR / "gold" / "seed_article.gold.yaml"

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gold() -> dict:
    assert GOLD_PATH.exists(), f"gold set missing at {GOLD_PATH} (set SITREP_SHARED_DIR)"
    return yaml.safe_load(GOLD_PATH.read_text())


def _contacts(warehouse, article_id: str) -> list[tuple]:
    """(contact_type, contact_date, initiator name, sorted participant names) per contact."""
    rows = warehouse.execute(
        """
        select c.contact_id, c.contact_type, c.contact_date, initiator.name,
               list_sort(list(participant.name)) as participants
        from marts.fct_diplomatic_contacts c
        join marts.bridge_contact_participants b using (contact_id)
        join marts.dim_actors participant on participant.actor_id = b.actor_id
        left join marts.dim_actors initiator on initiator.actor_id = c.initiator_actor_id
        where c.article_id = ?
        group by all
        """,
        [article_id],
    ).fetchall()
    return [row[1:] for row in rows]


def test_the_published_warehouse_has_every_mart(warehouse):
    tables = {row[0] for row in warehouse.execute(
        "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    assert {"fct_incident_reports", "fct_incidents", "dim_actors", "fct_diplomatic_contacts",
            "bridge_contact_participants"} <= tables


def test_every_sample_article_is_loaded_with_its_input_id(warehouse):
    ids = {row[0] for row in warehouse.execute("select article_id from raw.articles").fetchall()}
    assert SEED_ARTICLE in ids and SECOND_AIRPORT_REPORT in ids
    assert "wire-2021-03-14-kabul-bombing" in ids  # from the .jsonl file
    assert len(ids) == 8  # 3 .txt articles + 5 lines of wire-reports-2021.jsonl


def test_gold_contacts_with_a_day_are_found(warehouse, gold):
    found = _contacts(warehouse, SEED_ARTICLE)
    for contact in gold["contacts"]:
        if contact["date"] is None or contact["type"] not in {"meeting", "phone_call"}:
            continue
        expected_date = contact["date"]
        matches = [
            row for row in found
            if row[0] == contact["type"] and row[1] == expected_date
            and set(contact["participants"]) <= set(row[3])
        ]
        assert matches, f"missing {contact['type']} on {expected_date} with {contact['participants']}: {found}"
        if contact.get("initiator"):
            assert any(row[2] == contact["initiator"] for row in matches), matches


def test_pompeo_made_two_separate_calls(warehouse):
    calls = [row for row in _contacts(warehouse, SEED_ARTICLE) if row[0] == "phone_call"]
    assert len(calls) == 2
    assert {tuple(row[3]) for row in calls} == {
        ("Barham Salih", "Mike Pompeo"), ("Mike Pompeo", "Mustafa Al-Kadhimi")}


def test_the_airport_rocket_strike(warehouse):
    rows = warehouse.execute(
        """
        select occurred_on, date_granularity, city, country_code, killed_min, status
        from marts.fct_incident_reports
        where article_id = ? and incident_type = 'rocket_mortar_missile' and occurred_on = date '2020-09-28'
        """,
        [SEED_ARTICLE],
    ).fetchall()
    assert rows == [(date(2020, 9, 28), "day", "Baghdad", "IRQ", 3, "occurred")]


def test_the_ied_attacks_on_us_convoys(warehouse):
    rows = warehouse.execute(
        """
        select occurred_on, country_code, status, target
        from marts.fct_incident_reports where article_id = ? and incident_type = 'ied'
        """,
        [SEED_ARTICLE],
    ).fetchall()
    assert rows, "no IED incident"
    assert all(r[1] == "IRQ" and r[2] == "occurred" for r in rows), rows
    assert any(r[0] in (date(2020, 9, 27), date(2020, 9, 28)) for r in rows), rows
    assert any("convoy" in (r[3] or "").lower() for r in rows), rows


def test_the_planned_benghazi_scale_operation_is_not_an_attack_that_happened(warehouse):
    """The sentence warns of a planned operation; the only attack that happened in it is Benghazi 2012."""
    rows = warehouse.execute(
        """
        select incident_type, status, year(occurred_on), country_code from marts.fct_incident_reports
        where article_id = ? and evidence ilike '%planning an operation%'
        """,
        [SEED_ARTICLE],
    ).fetchall()
    assert any(status in ("planned", "threatened") for _, status, _, _ in rows), rows
    occurred = [row for row in rows if row[1] == "occurred"]
    assert all(year == 2012 and country == "LBY" for _, _, year, country in occurred), occurred


def test_gold_people_are_single_actors_with_their_country(warehouse, gold):
    for actor in gold["actors"]:
        if actor["kind"] != "person":
            continue
        rows = warehouse.execute(
            "select name, country_code, actor_kind from marts.dim_actors where name = ?", [actor["name"]]
        ).fetchall()
        assert rows == [(actor["name"], actor["country"], "person")], (actor["name"], rows)
    kadhimi = warehouse.execute(
        "select count(*) from marts.dim_actors where name ilike '%kadhimi%'").fetchone()[0]
    assert kadhimi == 1


def test_armed_groups_and_countries(warehouse):
    kinds = dict(warehouse.execute(
        "select name, actor_kind from marts.dim_actors where name in ('Kataeb Hezbollah', 'Iraq', 'Iran')"
    ).fetchall())
    assert kinds == {"Kataeb Hezbollah": "armed_group", "Iraq": "country", "Iran": "country"}


def test_social_networks_and_media_are_not_actors(warehouse):
    names = {row[0].lower() for row in warehouse.execute("select name from marts.dim_actors").fetchall()}
    assert not names & {"facebook", "twitter", "instagram", "afp", "al-arabiya", "al-arabiya tv"}


def test_every_report_keeps_its_evidence(warehouse):
    missing = warehouse.execute(
        """
        select count(*) from marts.fct_incident_reports r
        join raw.articles a using (article_id)
        where r.evidence is null or strpos(a.text, r.evidence) = 0
        """
    ).fetchone()[0]
    assert missing == 0


def test_two_reports_of_the_airport_strike_are_one_incident(warehouse):
    rows = warehouse.execute(
        """
        select i.report_count, i.killed_min, i.killed_max
        from marts.fct_incidents i
        where i.incident_type = 'rocket_mortar_missile' and i.occurred_on = date '2020-09-28'
          and i.city = 'Baghdad' and i.status = 'occurred' and i.report_count > 1
        """
    ).fetchall()
    assert rows == [(2, 3, 4)]
