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


@pytest.mark.parametrize(("text", "city", "country"), [
    # towns the gazetteer held under another spelling, or too small to read without a place noun
    ("A car bomb killed five soldiers at a base in Bulo Burde on Wednesday.", "Buulobarde", "SOM"),
    ("A suicide bomber killed six people at a rally in Taunsa Sharif, Punjab, on Friday.", "Taunsa", "PAK"),
    ("MAGAS — Gunmen fired on a police car on Saturday, wounding two officers.", "Magas", "RUS"),
    ("A bomb went off outside a bank in Chalandri, north of Athens, on Monday, wounding a guard.",
     "Khalándrion", "GRC"),
    ("Gunmen shot dead a policeman at his post in Solo, Central Java, on Thursday.", "Surakarta", "IDN"),
    ("Two men threw acid at a shopkeeper in Stone Town on Wednesday, police said.", "Zanzibar", "TZA"),
])
def test_towns_added_to_the_gazetteer(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a dateline serves its sentence's incident though an excluded word ("bomb squad") stands nearer to it
    ("DAVAO CITY — A member of the army bomb squad was hurt on Friday when a grenade went off as he "
     "examined it outside a church, officials said.", "Davao", "PHL"),
    # look-alike: a dateline with an ordinary sentence is read as before
    ("DAVAO CITY — A grenade went off outside a church on Friday, wounding four people.", "Davao",
     "PHL"),
])
def test_a_dateline_serves_past_an_excluded_word(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a district of a country's region, the country told by its direction, is no namesake region elsewhere (Daman, India)
    ("A suicide car bomber struck a convoy in the Daman district of southern Afghanistan's Kandahar province on "
     "Sunday, wounding four soldiers.", None, "AFG"),
    # ... and so is a territory of one: Beni (a Bolivian department) in Congo's North Kivu
    ("Rebels hacked nine farmers to death in the Beni territory of Congo's North Kivu province on Sunday.", None, "COD"),
    # look-alike: told by the country's own possessive, the district stays that country's
    ("A bomb killed two soldiers in Mon district of India's Nagaland state on Friday.", None, "IND"),
])
def test_a_district_of_a_country_told_by_its_direction(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a common word that names a small town abroad is read as one only where the text says it is a place
    ("Fighters of the Alliance for the Liberation of the South clashed with clan militias in the north of the "
     "Somali capital, leaving 11 dead.", "Mogadishu", "SOM"),
    ("A bomb killed a candidate of the ruling People's Alliance at a rally in the Sri Lankan town of Batticaloa.",
     "Batticaloa", "LKA"),
    # look-alike: told as a place, the town stands
    ("A gunman killed two people at a store in Alliance, Ohio, on Monday.", "Alliance", "USA"),
])
def test_names_of_towns(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
