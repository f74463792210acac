"""Places and perpetrators on summaries written for session 20 in the ways of telling that unseen text (sets AY-BB)
showed: a dateline town the body moves to a part of the country, a road leading to a town, a mayor's town told with
a town named like its region, the town of the sentence's country among two, a district or a venue told before its
town, a charity named like a town, a ministry's name after a comma, a district of another country's state, what a man
was angry at, where rockets were fired from, a direction split by a hyphen; talks held with a group, a town taken
back from it, a victim's kin, a body's own people found dead, a parliament, a group described as led by a people.
Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_doer, doer_of, place_of

DAY = dt.date(2023, 5, 9)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a dateline town the body moves to a part of its country told by a direction: no town
    ("NAIROBI, May 3 (Reuters) - Gunmen ambushed a bus in northern Kenya on Tuesday, killing four passengers, police said.",
     None, "KEN"),
    ("BAMAKO, May 3 (AFP) - Armed men kidnapped two aid workers in central Mali on Sunday, security sources said.",
     None, "MLI"),
    # look-alike: a part of the dateline's town is the town
    ("KABUL, May 3 (Reuters) - A bomb exploded in western Kabul on Tuesday, killing three people, police said.",
     "Kabul", "AFG"),
    # a road leading to a town is not the town (its country still counts)
    ("Gunmen seize two engineers on the road to Kirkuk, in northern Iraq, and kill their driver.", None, "IRQ"),
    # look-alike: near the town is the town
    ("Gunmen seize two engineers near Kirkuk and kill their driver.", "Kirkuk", "IRQ"),
])
def test_datelines_and_roads(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a mayor's town told with a town named like its region: the mayor's town
    ("Gunmen kill Juan Ortiz, a candidate for mayor of Irapuato in Guanajuato, at a rally on Sunday.", "Irapuato", "MEX"),
    # a town of another country named for an older attack yields to the one of the sentence's country
    (("Masked men shoot dead Abdul Rauf, a commander whom India blames for a 2019 attack on its Uri camp, near a market "
      "in Kasur, in Pakistan's Punjab province."), "Kasur", "PAK"),
    # a district told by its town after a comma, a venue of two words before its town: the town
    ("Two bombs explode outside a bakery in Adhamiya, a mainly Sunni district of Baghdad, killing nine people.",
     "Baghdad", "IRQ"),
    ("A bomb kills five people near the Mardan bus stop in Peshawar.", "Peshawar", "PAK"),
    # look-alikes: a suburb and a refugee camp are their own places
    ("A car bomb kills six people in Douma, a suburb of Damascus.", "Duma", "SYR"),
    ("An air strike hits the Bureij refugee camp in Gaza City, killing eight people.", "Al Burayj", "PSE"),
])
def test_which_town(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a charity named like a town is no town
    ("Gunmen attack a convoy of Save the Children staff near Baidoa, in Somalia, killing two.", "Baidoa", "SOM"),
    # look-alike: the town told as a place
    ("Gunmen kill three people in Save, Benin.", "Save", "BEN"),
    # a ministry named after a comma is no country of the town before it
    ("Gunmen kill four Polish contractors near Mahmudiya, a town south of Baghdad, Poland's Foreign Ministry said.",
     "Mahmudiya", "IRQ"),
    # a district of another country's state is no namesake region of its own
    ("Gunmen kill two traders in Mon district of India's Nagaland state.", None, "IND"),
    # look-alike: a region told with its own country
    ("Militants kill six soldiers in Kayin state, Myanmar.", None, "MMR"),
    # what a man was angry at is not where he struck
    ("DENVER (AP) - A man who said he was angry at Iran opened fire at a community centre on Saturday, wounding three people.",
     "Denver", "USA"),
])
def test_names_that_are_no_place(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "country"), [
    # where the doers fired from is not where the rockets fell
    ("Militants in the Gaza Strip fired two rockets into southern Israel on Friday, causing no injuries.", "ISR"),
    # look-alike: troops in a place acting there
    ("Israeli troops in the West Bank shot dead two Palestinian men on Friday.", "PSE"),
    # a direction split by a hyphen still places the event
    ("Ugandan troops launch air strikes on rebel camps in north-eastern Congo, killing 20 rebels.", "COD"),
])
def test_countries(run, text, country):
    assert place_of(run, text, DAY)[1] == country, text


@pytest.mark.parametrize(("text", "doer"), [
    # a group the victims held talks with, or took a town back from, is not the doer
    ("Rockets hit near the venue in Kabul where elders had gathered for talks with the Taliban, wounding two guards.",
     (None, "unknown")),
    ("A suicide bomber kills 12 soldiers at a checkpoint in Baiji, a week after the army retook the town from Islamic State.",
     (None, "unknown")),
    # look-alike: its fighters firing are
    ("Taliban fighters fire rockets at a hotel in Kabul, wounding two guards.", ("Taliban", "stated")),
    # a victim's kin's group is not the doer
    ("A bomb kills six people at a funeral in Quetta, among them a cousin of the leader of the Pakistani Taliban.",
     (None, "unknown")),
    # a body telling its own people found dead claims nothing
    ("The African Union says three of its peacekeepers, two Kenyans and a Ugandan, have been found dead near Baidoa.",
     (None, "unknown")),
    # a country's parliament is not the doer
    ("Clashes erupt in Sirte after the speaker named by Libya's eastern parliament arrives; two people are killed.",
     (None, "unknown")),
])
def test_groups_and_states_named_for_something_else(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a group described as led by a people, blamed; and its short name
    (("A roadside mine kills two soldiers near Agadez. The government blamed the Tuareg-led Niger Movement for Justice, "
      "which denied it."), ("Niger Movement for Justice", "accused")),
    ("MNJ rebels attack an army post near Iferouane, killing four soldiers.", ("MNJ", "stated")),
])
def test_a_group_led_by_a_people(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a name told as a person's, before what the person is, is no town
    ("Luis Palmdale, a journalist for a local radio station, was shot dead outside his home on Friday, Mexican officials said.",
     None, "MEX"),
    # look-alikes: a town before an apposition about someone else, a town before what it is
    ("Gunmen kill the mayor of Tlapa, a candidate for re-election, at a rally in Guerrero.", "Tlapa", "MEX"),
    ("Gunmen kill three people in Kabul, the Afghan capital.", "Kabul", "AFG"),
    # a region's people's word before a place names the region's country
    ("A car bomb killed two policemen in the Dagestani village of Khurikala on Friday.", "Khurikala", "RUS"),
    ("Militants kill four soldiers in the Chechen mountains.", None, "RUS"),
    # a place a convoy passes through, and an administrative post, are places the gazetteer may lack
    ("A roadside bomb goes off as the convoy of a provincial governor passes through Datu Piang, killing three bodyguards.",
     "Datu Piang", None),
    ("Insurgents raided the administrative post of Mucojo in Cabo Delgado province, killing six people.", "Mucojo", "MOZ"),
    # look-alike: passing through a province gives no town
    ("A car bomb explodes as a military convoy passes through Iraq's Anbar province, killing four soldiers.", None, "IRQ"),
])
def test_people_regions_and_places_passed_through(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "doer"), [
    # a unit of a group, blamed: the group
    ("A bomb exploded under a truck near Tame, killing four police officers. The army blamed the 45th Front of the FARC.",
     ("FARC", "accused")),
    ("Officials blamed the Eastern Bloc of the FARC for a car bomb that killed two soldiers in Cucuta.",
     ("Eastern Bloc of the FARC", "accused")),
])
def test_a_unit_of_a_group(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state's weapon said to be responsible: the state is accused
    ("A blast hits a market in Kostiantynivka, killing 16 people. Ukraine says a Russian missile was responsible.",
     ("Russian", "accused")),
    ("Tank shells strike a school in Rafah, killing 12 people. The UN says Israeli artillery was responsible.",
     ("Israeli", "accused")),
    # look-alike: a weapon with no state names no one
    ("Tank shells strike a school in Rafah, killing 12 people. The UN says artillery fire was responsible.",
     (None, "unknown")),
])
def test_a_weapon_said_to_be_responsible(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a state told bare is no village named after it (its namesake villages run up to some 12,000 people)
    ("Gunmen kill six people at a bar in California on Saturday, US officials said.", None, "USA"),
    ("Gunmen kill 12 villagers in Guerrero on Saturday.", None, "MEX"),
    # look-alike: a region's seat of some 14,000 people told bare is the town
    ("Gunmen kidnap two aid workers from their hotel in Menaka in northeastern Mali.", "Menaka", "MLI"),
])
def test_a_regions_namesake_village(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a district named bare before "district of" is its province's: no town
    ("Insurgents shoot dead a village headman in Cho Airong district of Narathiwat on Monday.", None, "THA"),
    # look-alikes: with its article, a part of the town; a metropolis's district
    ("A bomb wounds two rangers in the Muang district of Pattani on Monday.", "Pattani", "THA"),
    ("A car bomb kills 11 people in Karrada district of Baghdad.", "Baghdad", "IRQ"),
])
def test_a_district_of_a_province(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


def test_a_bodys_own_people_with_a_long_apposition(run):
    text = "The United Nations says two of its military observers, a Nepali and a Uruguayan officer, have been found dead near Bunia."
    assert_doer(run, text, DAY, None, "unknown")


def test_an_accusation_of_killing_her_serves_the_incident_before(run):
    # the accusation of a sentence that tells another shot serves the killing told before it
    text = ("A reporter is shot dead while covering a raid in Hebron.\nPalestinian officials accuse Israeli troops of killing "
            "her; Israel says the shot may have come from local gunmen.")
    assert doer_of(run, text, DAY) == ("Israeli troops", "accused"), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a place the text calls a village is no city of 100,000 abroad: read from its context
    ("Russian warplanes struck the village of al-Jadida west of Idlib on Friday, killing five civilians.", "al-Jadida", "SYR"),
    # look-alike: a city called a city
    ("Gunmen kill six people in the city of Kano.", "Kano", "NGA"),
])
def test_a_village_is_no_large_city(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text
