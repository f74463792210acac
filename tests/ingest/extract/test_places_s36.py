"""Places, session 36. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import place_of

DAY = dt.date(2011, 5, 17)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a namesake the gazetteer holds in another country (Egypt) takes the country of the town it is told from
    ("Gunmen shot dead three policemen at a checkpoint in Husseiniyah, about 25 km (15 miles) north-east of Baghdad, "
     "on Tuesday.", "Husseiniyah", "IRQ"),
    ("Gunmen killed four farmers in Husseiniyah, some 20 km north of Baghdad.", "Husseiniyah", "IRQ"),
    # a town the gazetteer lacks, or a small one in no country the text names, told by a distance in two units
    ("Gunmen killed four farmers in Abu Sayda, 60 km (40 miles) north-east of Baghdad, police said.", "Abu Sayda", "IRQ"),
    ("Gunmen killed four farmers in Tarmiyah, 45 km (28 miles) north of Baghdad, on Thursday.", "Tarmiyah", "IRQ"),
    # look-alikes: a distance "from" a foreign town leaves a town its own country
    ("A bomb killed two soldiers in Zarzis, 40 km from Tripoli, on Sunday.", "Zarzis", "TUN"),
    # ... so does a town told by its own country
    ("Shells fired from Syria killed two people in Kilis, a Turkish town some 60 km north of Aleppo, on Sunday.",
     "Kilis", "TUR"),
    # ... and the namesake told with no larger town stays where the gazetteer has it
    ("Gunmen killed five farmers in Husseiniyah, a village in northern Egypt, on Sunday.", "Al Husayniyah", "EGY"),
    # ... and a distance with no town before it names no city
    ("A roadside bomb killed two soldiers 30 km (20 miles) south of Baghdad on Monday.", None, "IRQ"),
])
def test_a_town_told_by_its_distance_from_a_larger_one(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town that only says whose a person is yields to the town the event is told in
    ("Gunmen shot dead the Tijuana crime reporter Luis Ortega and his driver outside a restaurant in San Quintín on Monday.",
     "San Quintín", "MEX"),
    ("Gunmen seized a Jolo town councillor as he drove along a road in Patikul town on Tuesday, the army said.",
     "Patikul", "PHL"),
    ("A suicide bomber rammed the car of the Hakkari provincial governor in the town of Semdinli, killing his driver.",
     "Semdinli", "TUR"),
    # look-alike: with no other town the person's town is the place
    ("Gunmen shot dead a Kabul shopkeeper on Monday.", "Kabul", "AFG"),
])
def test_a_town_that_qualifies_a_person_yields(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a town told by the state it lies in, named by its word and direction
    ("Nine people were killed on Friday in a gunfight between rival gangs in El Aguaje, in the western state of "
     "Michoacan.", "El Aguaje", "MEX"),
    ("Two gunmen shot dead a radio host in Pinotepa in the southern state of Oaxaca on Sunday.", "Pinotepa", "MEX"),
    # look-alike: the state alone names no city
    ("Gunmen killed six police officers in an ambush in the western state of Michoacan on Monday.", None, "MEX"),
    # a town opening the sentence, told by where it lies from the capital
    ("In Kharb Saif, some 20 kilometres west of the capital, a suicide bomber struck a police checkpoint, leaving "
     "four dead.", "Kharb Saif", None),
    # a border crossing named after its town
    ("A suicide bomber killed 12 customs officers at the Zarkan border crossing in northwestern Pakistan on Friday.",
     "Zarkan", "PAK"),
    # a battle a rite recalls is no place of the event
    ("A bomb killed 14 mourners re-enacting the battle of Karbala at a procession in the town of Khalis on Sunday.",
     "Khalis", "IRQ"),
    # look-alike: a town told in and then by its battle is the town
    ("A car bomb killed nine people in Mosul during the battle of Mosul on Sunday.", "Mosul", "IRQ"),
])
def test_a_town_told_by_its_state_its_distance_or_its_crossing_and_a_battles_name(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
