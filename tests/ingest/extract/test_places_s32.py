"""Places, session 32: the former English names of large towns ("Saigon", "Leopoldville", "Peking") are the towns; a
town told as what another lies above is a reference point; a flight named by a town is no place; a state's name that
is a town's other name is the state ("in Bihar" is no Bihar Sharif); a capital beats a small namesake in a country the
article names; former names of countries ("Portuguese Guinea") and the Cypriot communities name today's country; a
region the article names picks its country's namesake town; a name apposed to an office is a person's; a capital where
a government speaks is only the source; commandos named by nationality are doers. Names, places and numbers are made
up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(1966, 5, 14)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A grenade thrown into a Saigon cafe killed three American soldiers.", "Ho Chi Minh City", "VNM"),
    ("Rebels shelled the airport at Stanleyville, killing four Belgian mechanics.", "Kisangani", "COD"),
    ("A bomb exploded outside a cinema in Peking, wounding 11 people.", "Beijing", "CHN"),
    ("Police fired on strikers in Dacca, killing six.", "Dhaka", "BGD"),
    ("A car bomb destroyed an office of a Palestinian group in Shtoura, killing eight people.", "Chtaura", "LBN"),
    # look-alike: the town's name today is read as ever
    ("A grenade thrown into a cafe in Ho Chi Minh City killed three people.", "Ho Chi Minh City", "VNM"),
])
def test_former_names_of_large_towns(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Gunmen shot dead four teachers at a school in El Biar, on the heights above Algiers.", "El Biar", "DZA"),
    ("A bomb exploded at a villa in Clamart, overlooking Paris, killing a guard.", "Clamart", "FRA"),
    # look-alike: with no such word, the town nearer the deed is taken
    ("Gunmen shot dead four teachers at a school in Algiers.", "Algiers", "DZA"),
])
def test_a_town_another_lies_above_is_a_reference_point(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A rocket hit a hall where travellers were waiting for a Tashkent flight at Kabul airport, killing six.",
     "Kabul", "AFG"),
    # look-alike: a flight's town alone still gives the place
    ("A bomb exploded in the departure hall of Kabul airport, killing six travellers.", "Kabul", "AFG"),
])
def test_a_flights_town_is_no_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A bomb exploded at a ceremony at Samastipur railway station in Bihar, killing three people.", "Samastipur", "IND"),
    ("Police fired on a crowd in Bihar, killing four protesters.", None, "IND"),
    # look-alike: a town named like its state, or the state's name with "City", is the town
    ("A bomb exploded on a bus in Mexico City, killing two passengers.", "Mexico City", "MEX"),
    ("A Japanese minister was shot dead while speaking in the western city of Nara.", "Nara-shi", "JPN"),
])
def test_a_states_name_is_no_other_name_of_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A ship exploded in Havana harbour, killing 40 dockers; the government accused the United States.", "Havana", "CUB"),
    # look-alike: a namesake told with its region is that town
    ("A bomb exploded in a bar in Havana, Illinois, killing two; the United States blamed radicals.", "Havana", "USA"),
])
def test_a_capital_beats_a_small_namesake_of_a_named_country(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    ("Guerrillas attacked an army post at Bafata in the east of Portuguese Guinea, killing four soldiers.", "GNB"),
    ("Rebels ambushed a convoy in Portuguese East Africa, killing six soldiers.", "MOZ"),
    ("Greek Cypriot fighters stormed the Turkish Cypriot village of Kalo Chorio, killing 12 people.", "CYP"),
    ("Tribesmen ambushed a patrol near Manono in northern Katanga, killing five soldiers.", "COD"),
    # look-alike: a people's word alone still names its own country
    ("Turkish troops shelled a village near the border, killing four people.", "TUR"),
])
def test_former_names_and_communities_name_todays_country(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A bomb planted by Klansmen exploded at a church in Birmingham, killing four girls, Alabama police said.",
     "Birmingham", "USA"),
    # look-alikes: with no region named the larger namesake is read; a capital is not drawn to a region's namesake
    ("A bomb exploded in a pub in Birmingham, killing 21 people.", "Birmingham", "GBR"),
    ("A Texas oilman was among four people killed by a bomb in a cafe in Paris.", "Paris", "FRA"),
    # (nor is a town drawn to its own name's region: Guadalajara is also a Spanish province)
    ("Gunmen shot dead seven people in the car park of Guadalajara airport.", "Guadalajara", "MEX"),
])
def test_a_region_named_picks_its_countrys_namesake(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Carlos Mosquera, presidential candidate of the Liberal Front, is shot dead by a gunman in Colombia.", None, "COL"),
    # look-alike: a town named with no person before it is the town
    ("A gunman shot dead a presidential candidate of the Liberal Front at a rally in Mosquera.", "Mosquera", "COL"),
])
def test_a_name_apposed_to_an_office_is_a_persons(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    (("Troops searched the hills of South Korea for infiltrators who killed two farmers on Sunday, the government in "
      "Seoul said."), None, "KOR"),
    # look-alike: police in the capital speak of their own town
    ("A bomb exploded at a market, killing three people, police in Seoul said.", "Seoul", "KOR"),
])
def test_a_capital_where_a_government_speaks_is_only_the_source(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    ("Dozens of Syrian commandos landed on Lebanon's coast and killed four fishermen.", "LBN"),
    # look-alike: a nationality before no doer's word may still be the place's
    ("Two Lebanese fishermen were killed when their boat was shelled.", "LBN"),
])
def test_commandos_named_by_nationality_are_doers(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


def test_a_capitals_other_name_does_not_beat_a_towns_own(run):
    # "Philadelphia" is also an old name of Amman: the town's own name wins
    text = "Philadelphia police dropped a bomb on a house held by a radical group, killing 11 people."
    assert place_of(run, text, DAY) == ("Philadelphia", "USA"), text


@pytest.mark.parametrize(("text", "city", "country"), [
    (("Egyptian missile boats sink the Israeli destroyer Hadar in the Mediterranean off Alexandria with Soviet-built "
      "missiles; 40 sailors are killed and about 60 wounded."), None, "EGY"),
    # look-alike: a town with no sea before it is the place
    ("Egyptian gunmen shoot dead 30 sailors of an Israeli frigate in the port of Alexandria.", "Alexandria", "EGY"),
])
def test_the_sea_off_a_town_gives_its_country_only(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A bomb exploded in a street in Hong Kong's Wan Chai district, killing a hawker.", "Hong Kong", "HKG"),
    # look-alike: a country's possessive before a part of it is no town
    ("A bomb exploded in a street in Kenya's Rift Valley, killing a hawker.", None, "KEN"),
])
def test_a_city_states_possessive_before_its_district_is_the_city(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
