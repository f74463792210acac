"""Places, session 31b: a common English word that is also a town's name ("Time", "Young") is no town unless the
text says it is a place; a name after "the" before its farm's word names the farm, not a town. Names, places and
numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(1978, 4, 9)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Time bombs exploded at two banks in the capital, killing three clerks.", None, None),
    ("Young armed men shot dead a shopkeeper in a market on Tuesday.", None, None),
    ("Time bombs exploded in Bergen, killing two porters.", "Bergen", "NOR"),
    # look-alike: the text says it is a place
    ("A bomb exploded in the Norwegian town of Time, killing a farmer.", "Time", "NOR"),
])
def test_a_common_word_is_no_town_unless_told_a_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Guerrillas raided the Altena farm and killed a farmer's wife.", None, None),
    ("Rebels attacked the Kent and Dollar farms, killing two farm workers.", None, None),
    # look-alike: "a" town's farm is in that town
    ("Bandits attacked a Nakuru farm, killing two herders.", "Nakuru", "KEN"),
])
def test_a_farms_name_is_no_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
