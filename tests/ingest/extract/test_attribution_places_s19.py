"""Places and perpetrators on summaries written for session 19 in the ways of telling that unseen text (sets AU-AX)
showed: a mayor's town told with its state, a province or an oblast read as a town, a district told by its town's
possessive or a suburb after its town, a title opening the sentence, a city's other name where only visitors'
nationalities are named, a longer name the gazetteer lacks, a claim with an adverb or a pronoun, a group naming its
target, an accusation of a government's aircraft, whose the weapons were in someone's words, and a victim's past
affiliation. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of, place_of

DAY = dt.date(2023, 5, 9)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a mayor's town told with its state: the town, not the state (nor a small namesake of the state)
    ("Ricardo Lopez, mayor of Tacambaro in Michoacán, is shot dead outside his home.", "Tacambaro", "MEX"),
    ("Gunmen kill Maria Ortega, a candidate for mayor of Tlapa in Guerrero, at a campaign event.", "Tlapa", "MEX"),
    ("Gunmen shot dead the mayor of Zitacuaro in Michoacan state on Friday.", "Zitacuaro", "MEX"),
    ("Gunmen kill 12 villagers in Guerrero on Saturday.", None, "MEX"),
    # ... and where the attack was, when the text says so
    ("Gunmen shoot dead the mayor of Uruapan after he arrives in Morelia.", "Morelia", "MEX"),
    (("Gunmen on motorcycles shoot dead the mayor of Lamitan in Basilan shortly after he arrives by boat in Zamboanga "
      "City, Philippines."), "Zamboanga", "PHL"),
    # look-alike: a town named like its state, told as a town
    ("A mayoral candidate in Acapulco, Guerrero, is shot dead at a rally on Sunday.", "Acapulco de Juarez", "MEX"),
])
def test_a_mayors_town_and_its_state(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a province or an oblast is no town
    ("Militants kill five police officers in South Kalimantan, Indonesia.", None, "IDN"),
    ("A bomb kills two soldiers at a market in Central Sulawesi, Indonesia, on Friday.", None, "IDN"),
    ("Four people die when their car hits a landmine near a checkpoint in Donetsk Oblast.", None, "UKR"),
    ("Troops kill a militant commander in Cabo Delgado, in Mocimboa da Praia district.", None, "MOZ"),
    ("Shelling kills four civilians in Kharkiv Oblast.", None, "UKR"),
    # look-alike: the town named before its region stays
    ("Gunmen kill six people at a market in Kagara, Niger State.", "Kagara", "NGA"),
])
def test_a_province_is_no_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city"), [
    # a district told by its town's possessive, a suburb told after its town: the town
    ("A suicide car bomb explodes near the Sayidka junction in Mogadishu's Hodan district, killing five people.", "Mogadishu"),
    ("A car bomb kills five people near a market in Kabul's Karte Seh district.", "Kabul"),
    # (a suburb the gazetteer holds is a town of its own since session 33, as the gold sets label "the Athens suburb of
    # Glyfada" and "in Parramatta, in Sydney's west")
    ("A gunman kills three people in the Melbourne suburb of Footscray.", "Footscray"),
    ("A man stabs two people in the Sydney suburb of Parramatta.", "Parramatta"),
    ("Police shoot dead a knifeman in the London borough of Croydon.", "London"),
    # look-alike: a region named by its town is no town ("Kaduna's Kajuru district")
    ("Gunmen kill six people at Dogon Noma in Kaduna's Kajuru district.", "Dogon Noma"),
])
def test_a_part_of_a_town(run, text, city):
    assert place_of(run, text, DAY)[0] == city, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a title opening the sentence is no town
    ("Federal prosecutor Juan Perez was shot dead in the northern Mexican city of Chihuahua on Monday.", "Chihuahua", "MEX"),
    ("Federal judge Ana Ruiz and her husband were shot dead at their home in the Mexican city of Tepic.", "Tepic", "MEX"),
    # look-alike: a town opening the sentence before its people is still the place
    ("Kabul police said a bomb killed three people in the city.", "Kabul", "AFG"),
    ("Baghdad residents said a car bomb killed 12 people in the city on Monday.", "Baghdad", "IRQ"),
    # a city's other name where the only countries named are its visitors'
    ("Three American soldiers guarding a school in Baquba were killed when attackers threw a grenade at them.",
     "Baqubah", "IRQ"),
    ("Jordanian jets struck Islamic State positions near Raqqa, killing 30 militants.", "Ar Raqqah", "SYR"),
    # a city of millions under its other name, where another country's mission was hit
    ("A bomb exploded outside the British consulate in New York on Thursday, hurting no one.", "New York City", "USA"),
    # a longer name the gazetteer lacks is not its shorter namesake
    (("The mayor of the Mexican town of Tlaxiaco is shot dead while riding a bus in San Pedro las Flores, Oaxaca."),
     "San Pedro las Flores", "MEX"),
])
def test_titles_visitors_and_longer_names(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "doer"), [
    # a claim with an adverb, or of "it"
    ("A car bomb kills eight soldiers at a base in Baidoa. Al-Shabaab quickly claims it.", ("Al-Shabaab", "claimed")),
    ("A suicide bomber kills 20 people at a mosque in Quetta. The Islamic State swiftly claimed responsibility.",
     ("Islamic State", "claimed")),
    ("Two bombs hit a market in Maiduguri, killing 11 people. Boko Haram promptly claimed them.", ("Boko Haram", "claimed")),
    # a group naming whom it meant to hit claims the act
    ("A bomb kills nine people at a wedding in Bannu. A Pakistani Taliban faction said the target was a tribal elder.",
     ("Pakistani Taliban", "claimed")),
    ("A bomb kills four people at a rally in Kandahar. The Taliban said the target was the provincial governor.",
     ("Taliban", "claimed")),
    ("A bomb kills four people at a rally in Quetta. The Balochistan Liberation Army said its target was a police convoy.",
     ("Balochistan Liberation Army", "claimed")),
    # look-alike: the police naming the target claim nothing, and "claimed it was" is no claim of the act
    ("A bomb kills four people at a rally in Kandahar. Police said the target was the provincial governor.", (None, "unknown")),
])
def test_claims_told_briefly(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a government's aircraft accused
    ("Syrian activists accuse government helicopters of dropping barrel bombs on Daraya, killing 10 people.",
     ("government helicopters", "accused")),
    ("Residents accuse army jets of bombing a market in Bahr Abyad, killing 14 people.", ("army", "accused")),
    # whose the weapons were, in someone's words
    ("Drone strikes kill five people near Sulaymaniyah. Local officials say the drones were Turkish.", ("Turkish", "accused")),
    ("An air strike kills 12 people in a market in Saada. Residents say the jets were Saudi.", ("Saudi", "accused")),
    # look-alike: what the weapons did names no one
    ("An air strike kills 12 people in a market in Saada. Residents say the jets were flying low.", (None, "unknown")),
    # a dictionary group's full name before its fighters
    ("Revolutionary United Front rebels opened fire on a convoy near Makeni, killing five.",
     ("Revolutionary United Front", "stated")),
])
def test_accused_forces_and_weapons(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a victim's past affiliation is not the doer
    (("A US drone strike in Nangarhar kills Abu Omar, a former Taliban commander who had become a recruiter for the "
      "Islamic State, and four other men."), ("US", "stated")),
    (("An Afghan air strike in Kunar kills Qari Jalil, a local elder who had become a commander of the Islamic State."),
     ("Afghan", "stated")),
])
def test_a_victims_affiliation(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the unit that came under fire is hit, not the doer
    ("A patrol of French soldiers came under fire near Gao, and two soldiers were wounded.", (None, "unknown")),
    ("A convoy of Malian soldiers came under attack near Mopti, killing three.", (None, "unknown")),
    # look-alike: soldiers who fire are the doers
    ("Malian soldiers opened fire on a crowd near Mopti, killing three.", ("Malian soldiers", "stated")),
    # a nationality before a firm names its owner, not the doer
    (("Armed men seized ten crew members from a supply vessel operated by a French company off Cameroon's Bakassi "
      "peninsula on Friday."), (None, "unknown")),
    ("Pirates seized a tanker owned by a Greek company off Benin, taking 23 crew hostage.", (None, "unknown")),
])
def test_the_hit_unit_and_the_owner(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a dateline town the body places the event at sea off a peninsula or a delta
    ("YAOUNDE, Nov 1 - Armed men seized six sailors off Cameroon's Bakassi peninsula on Friday.", None, "CMR"),
    ("LAGOS, May 3 - Gunmen kidnapped four oil workers in the Niger Delta on Friday.", None, "NGA"),
    # look-alike: the dateline town the body does not move away from
    ("LAGOS, May 3 - Gunmen kidnapped four oil workers from a hotel in the city on Friday.", "Lagos", "NGA"),
    # a reservation or an ocean named by a demonym is no country
    ("A shooting at a casino on the Navajo Indian Reservation kills two people.", None, None),
    # a region several countries hold, told as a state
    ("Suspected Fulani herdsmen kill 23 villagers in Bokkos, Plateau state, local officials say.", "Bokkos", "NGA"),
    ("Gunmen kill 12 people in Mangu, Plateau State.", "Mangu", "NGA"),
])
def test_datelines_demonyms_and_states(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
