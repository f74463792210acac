"""Places, session 37. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(2012, 6, 12)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a part of the capital told by its direction is the capital, after its dateline or by its nationality
    ("KABUL — A gunman opened fire on a police patrol in the west of the capital on Friday, killing two officers.",
     "Kabul", "AFG"),
    ("NAIROBI — Gunmen shot dead a shopkeeper late on Monday in the east of the Kenyan capital, police said.",
     "Nairobi", "KEN"),
    ("Clashes between two clans left nine people dead in the south of the Somali capital on Tuesday.",
     "Mogadishu", "SOM"),
    # look-alikes: a spot told from the capital lies outside it
    ("KABUL — A roadside bomb killed three soldiers on a highway west of the capital on Friday.", None, "AFG"),
    ("Gunmen killed six farmers in a village south of the Afghan capital on Monday.", None, "AFG"),
])
def test_a_part_of_the_capital_told_by_its_direction(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town the body tells as a town wins over a dateline of another country
    ("NAIROBI — Militants stormed a police station in the Somali town of Beledweyne on Sunday, killing four officers.",
     "Beledweyne", "SOM"),
    ("DAKAR — Gunmen raided the jail of the Malian town of Banamba overnight, killing a guard.", "Banamba", "MLI"),
    # look-alike: a name the body does not tell as a town stays behind its dateline (no namesake abroad)
    ("HAT YAI, Thailand — A bomb went off outside a Carrefour supermarket on Sunday, killing a guard.",
     "Hat Yai", "THA"),
])
def test_a_town_told_as_a_town_wins_over_a_foreign_dateline(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text