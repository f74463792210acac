"""Places on summaries written for session 26 in the ways of telling that sets BW-BZ showed: real towns the gazetteer
lacked or spelled otherwise; a name that is a date ("6th of October City"); an English region name of Spain; a town's
province told as its countryside; a district's parts (sub-district, upazila, tehsil); a capital's district and a
town's division or district told after it; a dateline town when the body tells a region by its direction;
a small town told with a region of its own country after a comma. Names, places and numbers are
made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(2024, 3, 5)


@pytest.mark.parametrize(("text", "city", "country"), [
    ("A local councillor was shot dead outside a mosque in Galkayo on Monday, officials said.", "Gaalkacyo", "SOM"),
    ("Gunmen opened fire on a minibus near the market in Sukhumi on Friday, wounding three passengers.", "Sokhumi", "GEO"),
    ("Militants fired on a police convoy at Pampore on Saturday, killing two officers.", "Pampur", "IND"),
    ("Armed men abducted a trader and his son from their home in Kubwa on Sunday, police said.", "Kubwa", "NGA"),
    ("A man was stabbed to death outside a supermarket in Gerasdorf on Sunday, police said.", "Gerasdorf bei Wien", "AUT"),
    ("A pipe bomb exploded outside a police station in Londonderry on Tuesday, injuring two officers.", "Derry", "GBR"),
    ("A landmine killed three soldiers near Kerawa on Saturday.", "Kerawa", "CMR"),
    # a name that is a date, read as one token
    ("Gunmen opened fire on worshippers outside a mosque in 6th of October City on Friday, wounding two.",
     "6th of October City", "EGY"),
])
def test_real_towns_the_gazetteer_lacked(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # an English region name of Spain places a town the gazetteer lacks
    ("A bomb exploded outside a bank in Lekunberri, in Navarre, on Sunday, causing damage but no injuries.",
     "Lekunberri", "ESP"),
    # look-alike: the American town of that name, with its state
    ("Gunmen shot dead two people at a bar in Navarre, Florida, on Saturday night.", "Navarre", "USA"),
])
def test_english_region_name(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town's countryside is its province: the village is the place
    ("Government forces shelled the outskirts of Kafr Nabl village in the Idlib countryside, killing two civilians.",
     "Kafr Nabl", "SYR"),
    # look-alike: a town told by its noun stays
    ("Government jets bombed the town of Sarmin in the Idlib countryside, killing four civilians.", "Sarmin", "SYR"),
    # a sub-district of a district named like its town gives no town
    ("Attackers threw bombs at a shop in the Kalaroa sub-district of Satkhira, killing one person.", None, "BGD"),
])
def test_countryside_and_sub_district(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a capital's district is the capital
    ("A bomb exploded outside a bakery in the Lisbon district of Alfama on Sunday, wounding two people.", "Lisbon", "PRT"),
    # look-alikes: a district of a province gives none; a district told after "of" is a part of that town
    ("Gunmen killed four soldiers in the Achin district of Nangarhar on Sunday.", None, "AFG"),
    ("A car bomb killed six people in the Karrada district of Baghdad on Sunday.", "Baghdad", "IRQ"),
    # a division or district of a town, told after it, is the town
    ("A grenade exploded in a bar in Nakawa, an eastern division of Kampala, on Saturday, wounding three people.",
     "Kampala", "UGA"),
    ("Gunmen shot dead a trader in Chamartin, a district of Madrid, on Monday.", "Madrid", "ESP"),
    # look-alike: a suburb told after the town is a town of its own
    ("A grenade attack killed two people in Kalerwe, a suburb of Kampala, on Saturday.", "Kalerwe", "UGA"),
])
def test_parts_of_a_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a dateline town is no place where the body tells a region by its direction
    ("BAMAKO — Six soldiers were killed on Friday when their patrol was ambushed in the central Segou region, the army said.",
     None, "MLI"),
    # look-alike: a part of the dateline's town
    ("BAMAKO — A gunman shot dead a police officer in the city's Commune IV on Monday, police said.", "Bamako", "MLI"),
])
def test_dateline_and_a_region_by_its_direction(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a small town told with a region of its own country after a comma
    ("A bomb exploded under a car in Dungannon, County Tyrone, on Friday night, injuring a soldier.", "Dungannon", "GBR"),
    ("A bomb planted on a motorcycle in a parking area of Panjgur, Balochistan, killed two people on Monday.",
     "Panjgur", "PAK"),
])
def test_small_town_and_its_region(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    # what was fired at is where: a nationality before what was struck
    ("Hezbollah fires dozens of rockets at Israeli army positions, saying it is avenging a commander.", "ISR"),
    # a ministry that speaks names the country when nothing else does
    (("Armed men storm a police post in the village of Lipkovo, tie up the officers and seize weapons, Macedonia's "
     "interior ministry says."), "MKD"),
    # a country's name that opens an armed movement's is no place
    (("Men wearing insignia of the former Kosovo Liberation Army storm a police post in the village of Lipkovo, tie up "
     "the officers and seize weapons, Macedonia's interior ministry says."), "MKD"),
    # look-alike: a country's army's positions struck
    ("Government jets bomb Eritrean army positions near the border, killing ten soldiers.", "ERI"),
])
def test_country_of_the_target_and_the_speaker(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "country"), [
    # a region of the neighbour a border is shared with is no place of the event
    (("Two soldiers were killed in Niger on Monday when their vehicle hit a mine in the Kayes region, near the border "
     "with Mali."), "NER"),
    # look-alike: a region of the country itself, near the border with another
    ("A mine killed two soldiers in the Kayes region, near the border with Senegal, on Monday.", "MLI"),
])
def test_region_of_the_neighbour(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # where talks go on is no place of the event
    ("Jets bomb rebel camps in Putumayo department near the border, as peace talks with the guerrillas continue in Oslo.",
     None, "COL"),
    # look-alike: an attack on the talks' town
    ("A bomb exploded at a hotel in Oslo where peace talks were being held, wounding two guards.", "Oslo", "NOR"),
    # a road to a town told by its noun is no place in it
    ("Gunmen abducted a diplomat on the road to the holy city of Najaf on Monday.", None, "IRQ"),
])
def test_talks_and_roads_elsewhere(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town told to lie in a part of another town is the place: the other town only says where it is
    ("Gunmen shot dead a shopkeeper in Kuje in Abuja's Gwagwalada Area Council, police said.", "Kuje", "NGA"),
    # look-alike: a town's own district after its possessive
    ("Gunmen shot dead a shopkeeper in Karachi's Orangi district, police said.", "Karachi", "PAK"),
])
def test_town_in_a_part_of_another(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
