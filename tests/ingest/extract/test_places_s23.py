"""Places on summaries written for session 23 in the ways of telling that sets BK-BN showed: a town told with the
region whose district it lies in, or with a bare region after a comma, of another country than the gazetteer's
namesake; a region's possessive before its border or coast; the first town of a road joined by an en dash; two parts
of one country ("between northern and southern X"); a named airport near a town; a state accused of backing an
attack; where the doers fled to; a dependent territory; a Maghreb town written without its French article; a common
word that is also a town; a large town's district named by its direction; a region that names its country; a region
before "town of"; a village in an area of a country's state; two regions of Israel; a part of a town at a station; a
palace in a town; a short distance in digits; who holds a town. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(2023, 6, 14)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a region's district after the town: the town is a namesake in the region's country
    ("A suicide bomber kills nine worshippers at a shrine in Fatehpur, in Balochistan's Kachhi district.", "Fatehpur", "PAK"),
    # a bare region after a comma, with no namesake of the town in its country
    ("A councillor is shot dead by two gunmen in Pamplona, Cagayan, on Sunday.", "Pamplona", "PHL"),
    # look-alikes: the region is the gazetteer town's own; a country after the comma; a namesake in the region's country
    ("A bomb kills two people in Fatehpur, in Uttar Pradesh's Fatehpur district.", "Fatehpur", "IND"),
    ("A bomb kills two people in Pamplona, Navarre.", "Pamplona", "ESP"),
    ("A car bomb kills three people in Tbilisi, Georgia.", "Tbilisi", "GEO"),
    ("A gunman kills three people in London, Ontario.", "London", "CAN"),
])
def test_region_of_another_country(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a region's possessive before its border or coast names the region's country
    ("Three soldiers are wounded when a bomb explodes on a highway near Mizoram's border with Myanmar.", None, "IND"),
    # look-alike: the region's possessive before a district still does
    ("Three soldiers are wounded when a bomb explodes in Mizoram's Champhai district.", None, "IND"),
])
def test_region_possessive_before_border(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # the first town of a road joined by an en dash gives the country, as with a hyphen
    ("Bandits blocked the Kano–Zaria expressway near Tudun Wada on Monday and kidnapped 20 travellers.", "Tudun Wada", "NGA"),
    ("Bandits blocked the Kano-Zaria expressway near Tudun Wada on Monday and kidnapped 20 travellers.", "Tudun Wada", "NGA"),
])
def test_road_with_en_dash(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # two parts of one country place the event in it, before the nationality of the victims
    (("Three Kenyan peacekeepers are wounded when gunmen ambush their patrol in the area between northern and southern"
     " Sudan."), None, "SDN"),
    # look-alike: a border between two countries still leaves the nationality first
    ("Three Kenyan peacekeepers are wounded when gunmen ambush their patrol on the border between Sudan and Chad.",
     None, "KEN"),
])
def test_between_two_parts_of_a_country(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a named airport near a town is at the town
    ("A drone hits the terminal of Ramon Airport near Eilat, injuring two workers.", "Eilat", "ISR"),
    # look-alike: a town's own airport
    ("A drone hits the terminal of Eilat Airport, injuring two workers.", "Eilat", "ISR"),
])
def test_airport_near_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a state accused of backing the attack is no place of it
    (("Chadian rebels raided the border town of Tissi on Monday, wounding dozens of soldiers, the army said, accusing"
     " Sudan of backing the raid."), "Tissi", "TCD"),
])
def test_state_accused_of_backing(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # where the doers fled to is no place of the event
    (("Two armed men seized three fishermen at a village on Sabah's east coast, police said.\nThe kidnappers fled to the"
     " Philippine island of Tawi-Tawi; it is the second kidnapping this year."), None, "MYS"),
    # look-alike: the island where it happened
    ("Gunmen kidnapped three fishermen on the Philippine island of Tawi-Tawi, police said.", None, "PHL"),
])
def test_fled_to_is_no_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # an incident in a United States territory is in the United States
    ("Three men are shot dead at a bar in San Juan, Puerto Rico.", "San Juan", "USA"),
    # look-alike: a namesake elsewhere
    ("Three men are shot dead at a bar in San Juan, Argentina.", "San Juan", "ARG"),
])
def test_dependent_territory(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a Maghreb town written without its French article is that town, not a large town's other name
    ("A man stabs a police officer outside a museum in Bardo on Tuesday.", "Le Bardo", "TUN"),
    # look-alike: the French city itself
    ("A man stabs a police officer outside a museum in Bordeaux on Tuesday.", "Bordeaux", "FRA"),
])
def test_maghreb_article(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a common word that is also a town is no town without a cue
    ('A man shouting "in the name of God" stabs two worshippers in Konya, police say.', "Konya", "TUR"),
    ('A man shouting "God is great" opens fire on a crowd, killing two people.', None, None),
    # look-alike: where the text says it is a place
    ("A gunman kills two people in the Hungarian town of God.", "God", "HUN"),
])
def test_common_word_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a large town's district named by its direction after it is the town
    ("A grenade hurled at a market in Imphal East on Sunday wounds six people.", "Imphal", "IND"),
    # look-alike: a direction before a capitalised word is a longer name
    ("A grenade attack on a rally of Papua West activists wounds six people.", None, None),
])
def test_direction_after_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a region that names its country lets a small town of it be read
    ("A bomb damages the offices of the water board of Corsica in Corte; no one is hurt.", "Corte", "FRA"),
    ("A bomb explodes outside a bank in Ajaccio, Corsica, wounding two people.", "Ajaccio", "FRA"),
])
def test_region_names_country(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a region named before what a town is names the town's country
    (("Two council candidates in the Jalisco town of Tuxcacuesco, Jorge Ramos of Morena and Luis Gil of the PRI, are"
     " shot dead."), "Tuxcacuesco", "MEX"),
    # look-alikes: a landscape or a sea before it is no region
    ("A car bomb kills five people in the Volga city of Togliatti.", "Tolyatti", "RUS"),
    ("Warplanes bomb a housing compound in the Red Sea port of Mokha, Yemen, killing 20 civilians.", "Mokha", "YEM"),
])
def test_region_before_town_of(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a village in an area of a country's state is no namesake town of another country
    ("Gunmen abduct 40 pupils from a school in Kaya, a village in the Bakura area of Nigeria's Zamfara State.", "Kaya",
     "NGA"),
    # look-alike: the town itself
    ("Gunmen kill 14 worshippers at a church in Kaya, in northern Burkina Faso.", "Kaya", "BFA"),
])
def test_village_in_an_area_of_a_country(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a region of a country before a town the gazetteer lacks, after rockets fired from another
    ("Rockets fired from southern Lebanon land in the upper Galilee village of Dishon, lightly injuring two residents.",
     "Dishon", "ISR"),
    ("A rocket fired from Gaza lands in an open area of the northern Negev, causing no injuries.", None, "ISR"),
])
def test_israeli_regions(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town's possessive before a part of it named at a station is the town
    ("A car bomb explodes outside Baghdad's al-Rashid police station, killing six people.", "Baghdad", "IRQ"),
    # a name before a palace in a town is the palace's
    ("Gunmen fire on marchers near the Miraflores presidential palace in Caracas, killing four people.", "Caracas", "VEN"),
    # look-alike: a palace in a town named after it
    ("Gunmen fire on marchers near the presidential palace in Caracas, killing four people.", "Caracas", "VEN"),
])
def test_parts_and_buildings_of_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a short distance in digits from a town is at the town
    (("A roadside bomb tears through a minibus about 6 km from Wajir town in north-eastern Kenya, killing nine"
     " passengers."), "Wajir", "KEN"),
    # look-alike: a longer distance is not
    (("A roadside bomb tears through a minibus about 60 km from Wajir town in north-eastern Kenya, killing nine"
     " passengers."), None, "KEN"),
])
def test_short_distance_in_digits(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # who holds a town is no part of its name
    ("A monitor says government air raids on Islamic State-held Raqqa kill at least 14 people.", "Ar Raqqah", "SYR"),
    # look-alike: a capitalised word that is part of a longer name
    ("Government air raids on the Islamic State Raqqa Province kill 14 people.", None, None),
])
def test_held_by_before_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
