"""Places on summaries written for session 29 in the way of telling of the early 1980s: a district "in the south of" a
town is in that town (where "south of" it is outside); a country's name before an embassy or a named force written
with capitals ("the U.S. Embassy", "the U.S. Marine barracks") says whose, not where; a country's name that opens a
body's name ("the Palestine Liberation Organization") is no place. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(1983, 6, 5)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Iraqi jets bombed housing estates in the south of Tehran on Tuesday, killing 14 people.", "Tehran", "IRN"),
    ("A car bomb kills nine people at a market in the east of Kabul.", "Kabul", "AFG"),
    # look-alike: outside the town, its country only
    ("A car bomb kills nine people at a market south of Kabul.", None, "AFG"),
])
def test_part_of_a_town_by_its_direction(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("AMMAN — A bomb wrecked the front of the U.S. Embassy here on Tuesday, killing four guards.", "Amman", "JOR"),
    ("NAIROBI — Gunmen opened fire at the U.S. Marine barracks here on Friday, killing two sentries.", "Nairobi", "KEN"),
    ("ACCRA — A suicide driver blew up a truck at a British paratroop building here on Sunday, killing 12 soldiers.",
     "Accra", "GHA"),
])
def test_owner_written_with_capitals_is_no_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    (("A car bomb kills 30 people in the Sabra quarter of West Beirut near offices of the Palestine Liberation "
      "Organization."), "Beirut", "LBN"),
    (("BRISTOL, England — Three members of the Irish Republican Army were killed on Monday when their bomb went off "
      "early in a flat."), "Bristol", "GBR"),
])
def test_country_opening_a_body_name_is_no_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
