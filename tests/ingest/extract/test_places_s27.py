"""Places on summaries written for session 27 in the way of telling that recurs across the tuning sets: a dateline
town the body places the event away from, by a district or province of several words, a department, a part of the
country, or a spot told from the capital (the dateline only says where the report was filed: no town). Look-alikes
keep the dateline's town or the body's own. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(2024, 3, 5)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a district of several words, or passed through
    (("MANILA — Four soldiers were killed on Monday when a bomb exploded under their truck in the San Jose district "
      "of Sultan Kudarat province, the army said."), None, "PHL"),
    ("PATTANI — Three rangers were wounded when a bomb went off as their truck passed through Sai Buri district.",
     None, "THA"),
    # a department
    ("LIMA — Gunmen killed two police officers on a mountain road in Ayacucho department, police said.", None, "PER"),
    # a part of the country
    (("NIAMEY — Seven soldiers were killed when their patrol hit a mine in a forest reserve in the east of the "
      "country."), None, "NER"),
    # a spot told from the capital
    ("RIYADH — A gunman shot and wounded two guards at a checkpoint on a road west of the capital.", None, "SAU"),
])
def test_dateline_town_placed_away(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # look-alikes: the dateline's own town named in the body, or a body town told from the capital
    ("KABUL — A bomb killed three people in the Shash Darak district of Kabul on Monday.", "Kabul", "AFG"),
    ("NAIROBI — A grenade attack on a bar killed two people in Nairobi's Eastleigh district, police said.", "Nairobi", "KEN"),
    ("ALGIERS — Gunmen killed four soldiers near their post in Tipaza, west of the capital, on Sunday.", "Tipaza", "DZA"),
    # no place told away: the dateline stays the last guess
    ("LIMA — Gunmen killed two police officers outside a bank on Monday, police said.", "Lima", "PER"),
])
def test_dateline_look_alikes(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
