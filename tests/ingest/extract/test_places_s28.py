"""Places on summaries written for session 28 in the way of telling that recurs in the tuning sets about the 1980s and
1990s: a town or an event in a zone one state holds inside another ("in Israel's security zone in southern Lebanon")
is in the country the zone lies in, not the holder's. Look-alikes keep a possessive that names the country the place
lies in. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(1995, 3, 5)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a village the gazetteer lacks, in the holder's zone
    (("A roadside bomb wounds three soldiers near the village of Kfar Tebnit in Israel's security zone in southern "
      "Lebanon."), "Kfar Tebnit", "LBN"),
    (("Two Israeli soldiers are killed when a charge goes off near the village of Beit Lif in Israel's self-declared "
      "security zone in south Lebanon."), "Beit Lif", "LBN"),
    # no town: the zone's country
    ("A bomb wounds four soldiers in Israel's self-declared security zone in southern Lebanon.", None, "LBN"),
])
def test_zone_held_in_another_country(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # look-alikes: a possessive that names where the place lies
    ("A car bomb kills two people near the village of Beit Hanun in Israel's south.", "Beit Hanun", "ISR"),
    ("Gunmen kill four police officers in Matta in Pakistan's Swat valley.", "Matta", "PAK"),
    # ... and a village in the zone's own country, named without a holder
    ("A roadside bomb wounds three soldiers near the village of Kfar Tebnit in southern Lebanon.", "Kfar Tebnit", "LBN"),
])
def test_possessive_of_the_place_kept(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
