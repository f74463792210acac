"""The seed article and the sample folder, read through the real landing -> segment -> extract path."""

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from ingest.extract import extract, load_reference
from ingest.landing import read_landing
from ingest.segment import split_sentences

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample"
SEED = "tna-2020-09-29-us-iraq-embassy-meeting"
WIRE = "wire-2020-09-29-baghdad-airport-rocket"


@pytest.fixture(scope="module")
def sample():
    articles = read_landing(SAMPLE).articles
    sentences = split_sentences(articles)
    return articles, extract(articles, sentences, load_reference())


def _participants(extraction, article_id, contact_index):
    p = extraction.contact_participants
    return set(p.filter((pl.col("article_id") == article_id) & (pl.col("contact_index") == contact_index))["actor_key"])


def test_tueller_meets_al_araji_on_monday(sample):
    _, ex = sample
    meetings = ex.contact_mentions.filter(
        (pl.col("article_id") == SEED) & (pl.col("contact_type") == "meeting"))
    keys = [_participants(ex, SEED, i) for i in meetings["contact_index"]]
    match = [i for i, k in enumerate(keys) if {"person:matthew tueller", "person:qasim al-araji"} <= k]
    assert match, keys
    assert meetings["contact_date"][match[0]] == dt.date(2020, 9, 28)
    assert meetings["date_granularity"][match[0]] == "day"


def test_pompeo_phones_salih_and_al_kadhimi_separately_on_sunday(sample):
    _, ex = sample
    calls = ex.contact_mentions.filter((pl.col("article_id") == SEED) & (pl.col("contact_type") == "phone_call"))
    counterparts = []
    for row in calls.iter_rows(named=True):
        assert row["initiator_actor_key"] == "person:mike pompeo"
        assert row["contact_date"] == dt.date(2020, 9, 27)
        counterparts.append(_participants(ex, SEED, row["contact_index"]) - {"person:mike pompeo"})
    assert sorted(map(sorted, counterparts)) == [["person:barham salih"], ["person:mustafa al-kadhimi"]]


def test_airport_rocket_strike(sample):
    _, ex = sample
    strikes = ex.incident_mentions.filter(
        (pl.col("article_id") == SEED) & (pl.col("incident_type") == "rocket_mortar_missile")
        & (pl.col("occurred_on") == dt.date(2020, 9, 28)))
    assert strikes.height == 1
    row = strikes.row(0, named=True)
    assert (row["status"], row["killed_min"], row["city"], row["country_code"]) == ("occurred", 3, "Baghdad", "IRQ")
    assert row["date_granularity"] == "day"
    assert "Baghdad Airport" in row["place"]
    assert row["latitude"] == pytest.approx(33.3, abs=0.2)


def test_convoy_ieds_three_attacks_over_two_days(sample):
    _, ex = sample
    ieds = ex.incident_mentions.filter((pl.col("article_id") == SEED) & (pl.col("incident_type") == "ied"))
    assert ieds.height == 1
    row = ieds.row(0, named=True)
    assert row["attack_count"] == 3
    assert (row["occurred_on"], row["occurred_until"]) == (dt.date(2020, 9, 27), dt.date(2020, 9, 28))
    assert row["country_code"] == "IRQ" and row["status"] == "occurred"
    assert row["perpetrator_status"] == "unknown"


def test_planned_benghazi_scale_operation_is_not_an_attack_but_2012_is_background(sample):
    _, ex = sample
    seed = ex.incident_mentions.filter(pl.col("article_id") == SEED)
    sentence = seed.filter(pl.col("evidence").str.contains("planning an operation"))
    assert set(sentence["status"]) == {"planned", "occurred"}
    occurred = sentence.filter(pl.col("status") == "occurred").row(0, named=True)
    # the only occurred incident in that sentence is the 2012 consulate attack
    assert occurred["occurred_on"] == dt.date(2012, 1, 1) and occurred["date_granularity"] == "year"
    assert (occurred["country_code"], occurred["city"], occurred["killed_min"]) == ("LBY", "Benghazi", 4)
    # the militias are the subject of the plan, not of the 2012 attack
    assert occurred["perpetrator_name"] is None and occurred["perpetrator_status"] == "unknown"
    planned = sentence.filter(pl.col("status") == "planned").row(0, named=True)
    assert planned["killed_min"] is None
    assert planned["perpetrator_actor_key"] == "armed_group:pro-iran militias"


def test_background_airstrike_keeps_its_own_month(sample):
    _, ex = sample
    row = ex.incident_mentions.filter((pl.col("article_id") == SEED) & (pl.col("incident_type") == "airstrike")).row(
        0, named=True)
    assert (row["occurred_on"], row["date_granularity"], row["killed_min"]) == (dt.date(2019, 12, 1), "month", 24)
    assassination = ex.incident_mentions.filter(
        (pl.col("article_id") == SEED) & (pl.col("incident_type") == "assassination")).row(0, named=True)
    assert assassination["occurred_on"] == dt.date(2020, 1, 1)


def test_seed_actors_and_countries(sample):
    _, ex = sample
    actors = ex.actor_mentions.filter(pl.col("article_id") == SEED)
    country = dict(actors.select("actor_key", "country_code").unique().drop_nulls().iter_rows())
    assert country["person:mustafa al-kadhimi"] == "IRQ"
    assert country["person:matthew tueller"] == "USA"
    assert country["person:qasem soleimani"] == "IRN"
    assert country["person:barham salih"] == "IRQ"
    assert country["person:qasim al-araji"] == "IRQ"
    kinds = dict(actors.select("actor_key", "actor_kind").unique().iter_rows())
    assert kinds["armed_group:kataeb hezbollah"] == "armed_group"
    assert kinds["organization:IRQ:parliament"] == "organization"
    # one actor for Mustafa Al-Kadhimi, one for the generic pro-Iran militias
    assert actors.filter(pl.col("actor_name").str.contains("(?i)kadhimi"))["actor_key"].n_unique() == 1
    militias = actors.filter(pl.col("mention_text").str.contains("(?i)militias"))
    assert set(militias["actor_key"]) == {"armed_group:pro-iran militias"}
    # where they operate, not their sponsor
    assert set(militias["country_code"]) == {"IRQ"} and set(militias["actor_kind"]) == {"armed_group"}


def test_seed_person_aliases_are_names_without_titles(sample):
    _, ex = sample
    people = ex.actor_mentions.filter((pl.col("article_id") == SEED) & (pl.col("actor_kind") == "person"))
    aliases = people.group_by("actor_key").agg(pl.col("mention_text").unique().sort())
    aliases = dict(aliases.iter_rows())
    assert aliases["person:mustafa al-kadhimi"] == ["Mustafa Al-Kadhimi"]
    assert aliases["person:matthew tueller"] == ["Matthew Tueller", "Tueller"]
    assert set(people.filter(pl.col("actor_key") == "person:matthew tueller")["role_title"]) == {"US ambassador to Iraq"}


def test_seed_background_and_planned_incidents_keep_their_own_date_and_place(sample):
    _, ex = sample
    seed = ex.incident_mentions.filter(pl.col("article_id") == SEED)
    airstrike = seed.filter(pl.col("incident_type") == "airstrike").row(0, named=True)
    # "the Iran-backed Kataeb Hezbollah group" names a sponsor, not a place; the text gives none
    assert (airstrike["occurred_on"], airstrike["country_code"]) == (dt.date(2019, 12, 1), None)
    planned = seed.filter(pl.col("status") == "planned").row(0, named=True)
    assert (planned["occurred_on"], planned["date_granularity"]) == (None, "unknown")
    assert planned["country_code"] in {"IRQ", None}
    # the embassy's owner is not where the rockets fell
    rockets = seed.filter(pl.col("incident_type") == "rocket_mortar_missile")
    assert set(rockets["country_code"]) == {"IRQ"}


def test_no_media_or_social_network_actors(sample):
    _, ex = sample
    names = " ".join(ex.actor_mentions["mention_text"].to_list() + ex.actor_mentions["actor_name"].to_list())
    for outlet in ("Facebook", "Twitter", "Instagram", "AFP", "Al-Arabiya", "New Arab"):
        assert outlet not in names


def test_second_airport_report(sample):
    _, ex = sample
    rows = ex.incident_mentions.filter(
        (pl.col("article_id") == WIRE) & (pl.col("incident_type") == "rocket_mortar_missile")
        & (pl.col("occurred_on") == dt.date(2020, 9, 28)))
    assert rows.height == 1
    row = rows.row(0, named=True)
    assert (row["city"], row["country_code"], row["killed_min"], row["wounded_min"]) == ("Baghdad", "IRQ", 4, 2)
    assert row["perpetrator_status"] == "unknown"


def test_evidence_offsets_point_into_the_article(sample):
    articles, ex = sample
    texts = dict(articles.select("article_id", "text").iter_rows())
    for row in ex.actor_mentions.iter_rows(named=True):
        span = texts[row["article_id"]][row["char_start"]:row["char_end"]]
        assert span.replace("\n", " ") == row["mention_text"].replace("\n", " ")
        assert span in texts[row["article_id"]] and row["evidence"]
    for frame in (ex.incident_mentions, ex.contact_mentions):
        for row in frame.iter_rows(named=True):
            assert texts[row["article_id"]][row["char_start"]:row["char_end"]] in row["evidence"]


def test_participants_are_actors_of_the_same_article(sample):
    _, ex = sample
    known = ex.actor_mentions.select("article_id", "actor_key").unique()
    missing = ex.contact_participants.join(known, on=["article_id", "actor_key"], how="anti")
    assert missing.is_empty(), missing
