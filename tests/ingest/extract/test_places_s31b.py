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


@pytest.mark.parametrize(("text", "city", "country"), [
    (("HALDEN — Two car bombs exploded on Tuesday outside the regional headquarters of the United States Army, "
      "killing two American soldiers."), "Halden", "NOR"),
    (("GRAZ — The exiled leader of the Democratic Party of Iraq and an aide were shot dead on Friday in a flat where "
      "they had met envoys."), "Graz", "AUT"),
    ("BLANTYRE - A parcel bomb killed an official of the Zambia African People's Union at his office on Monday.",
     "Blantyre", "MWI"),
    # look-alike: a country the body places the event in still beats the dateline's
    ("NAIROBI - Gunmen killed four traders in a market in the north of Sudan on Sunday.", None, "SDN"),
])
def test_a_country_inside_a_bodys_name_is_no_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A bomb hidden in a cafe near Seville, popular with American servicemen, killed 11 people on Friday night.",
     "Sevilla", "ESP"),
    # look-alike: with no nationality the Spanish city is read as ever
    ("A bomb exploded in a bar in Seville, killing 11 people.", "Sevilla", "ESP"),
])
def test_servicemen_named_by_nationality_are_visitors(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
