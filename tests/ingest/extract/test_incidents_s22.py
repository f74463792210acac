"""Incident detection and type on summaries written for session 22 in the ways of telling that sets BG-BJ showed.
Storming told with no weapon is an attack whose method is not stated (other_violence), whoever storms; gunmen, armed
men or gunfire told with it keep the armed assault. Names, places and numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text", [
    "Militants storm a district office in Abyan province; 14 people die in the assault, among them five guards.",
    "Attackers stormed a police compound in the town of Kidal on Friday, killing at least seven officers.",
    "Special forces storm a seminary in Multan after a five-day siege; 30 militants and four soldiers are killed.",
    "Rebel fighters storm an army outpost near Beni, killing 11 soldiers, the army says.",
])
def test_session22_storming_with_no_weapon_is_of_no_stated_method(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "other_violence"


@pytest.mark.parametrize("text", [
    # the look-alikes: gunmen, armed men, gunfire or a firefight told with the storming
    "Gunmen storm a hotel in Mogadishu, killing 12 guests.",
    "Armed men stormed a bar in Celaya on Sunday, killing nine people.",
    "Militants storm an army post in Khost and open fire on the guards, killing six.",
    "Insurgents stormed a checkpoint near Tal Afar, killing four soldiers in a firefight.",
])
def test_session22_storming_with_a_weapon_stays_armed_assault(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "shooting_armed_assault"


@pytest.mark.parametrize("text", [
    # figures of speech with an explosive word
    "A \"bomb cyclone\" brings hurricane-force winds to the coast of Maine, cutting power to 200,000 homes.",
    "The new superhero sequel explodes at the box office, taking $210 million in its first weekend.",
    # weapons told by what they can do, and failed launches
    "The defence minister tells parliament the navy has missiles with a range of 1,500 kilometres.",
    "The country tries and fails to launch a medium-range missile from its east coast, officials in the south say.",
    # animals that kill
    "A hiker is killed by a grizzly bear in a national park in Montana; rangers later shoot the animal dead.",
    "A surfer is mauled to death by a shark off a beach near Perth.",
    # stores of explosives that blow up, and the blame on how they were kept
    "Explosions rip through an army arsenal outside Lagos, killing 11 people and forcing thousands to flee.",
    "A blast at a quarry store in Kasese kills six workers; officials blame the careless storage of explosives.",
    # an air accident
    "A passenger jet bursts into flames during an emergency landing in Yakutsk, killing 12 of the 90 people on board.",
    # a religious ruling, a court hearing on a plot, a helper of a plot
    "Hundreds of scholars issue a fatwa declaring suicide attacks forbidden.",
    "Four men appear in court in Leeds; one is accused of planning to kill a local councillor.",
    "Police arrest a man accused of helping men he believed were militants plan bombings of railway stations.",
])
def test_session22_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # the look-alikes' attacks: a weapon or an attacker told
    ("A bomb exploded at a cinema box office in Quetta, killing three people.", "bombing"),
    ("Drones struck an army arsenal outside Donetsk overnight, setting off explosions that killed two guards.", None),
    ("Militants fired a missile at a navy ship off Hodeidah, killing two sailors.", "rocket_mortar_missile"),
    ("A man armed with a rifle shot and wounded three police officers at a checkpoint in Ostrava.",
     "shooting_armed_assault"),
])
def test_session22_attacks_next_to_look_alikes_are_read(run, text, incident_type):
    row = first_incident(run, text, DAY)
    if incident_type is not None:
        assert row["rule_incident_type"] == incident_type


def test_session22_a_judge_named_after_the_title_is_the_victim(run):
    # the verdicts she gave describe the victim, they tell no court ruling on this attack
    text = ("Judge Maria Souza, known for convicting gang leaders in the state, is shot dead outside her home in "
            "Campinas.")
    assert first_incident(run, text, DAY)["rule_incident_type"] == "assassination"
    assert_no_incident(run, "Judge Maria Souza convicted three gang leaders of murder on Monday.", DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # explosives told going off are the bombing (not a killing of no stated method)
    ("Two people are killed when explosives hidden in a rubbish bin go off near a bus stop in Quetta.", "bombing"),
    ("Explosives strapped to a lamp post went off outside a police station in Imphal, wounding four people.", "bombing"),
    # drones sent by an armed group, told as the instrument of the attack, are typed like its rockets
    (("Suspected Arakan Army fighters attack a border post in Rakhine with drones dropping explosives, killing three "
     "guards, police say."), "rocket_mortar_missile"),
])
def test_session22_explosives_and_drones_told_as_the_means(run, text, incident_type):
    assert first_incident(run, text, DAY)["incident_type"] == incident_type


@pytest.mark.parametrize("text", [
    # explosives found or kept are no bombing, a state's drone strike stays an airstrike
    "Police find explosives hidden in a rubbish bin near a bus stop in Quetta.",
])
def test_session22_explosives_found_are_no_attack(run, text):
    assert_no_incident(run, text, DAY)


def test_session22_a_states_drones_stay_airstrikes(run):
    row = first_incident(run, "The army says its drones struck a rebel camp in Kachin state, killing 12 fighters.", DAY)
    assert row["rule_incident_type"] == "airstrike"


@pytest.mark.parametrize("text", [
    # people seized told by kin, office or trade, or with a longer description before the noun
    "Gunmen seized the elderly father of a state governor from his farm near Owerri on Sunday, police said.",
    "Armed men seize two Catholic bishops on the road to Bamenda.",
    "Five gunmen seized a 58-year-old ranch owner from his home near Tame, officials said.",
    "Pirates seized nine Filipino, Indian and Ukrainian crew members from a cargo ship off Bonny island.",
])
def test_session22_people_seized_are_a_kidnapping(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "kidnapping"


@pytest.mark.parametrize("text", [
    # seizing a place or goods is no kidnapping
    "Rebels seized the airport and two army bases near Goma after a gunfight, killing four soldiers.",
])
def test_session22_seizing_places_is_no_kidnapping(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] != "kidnapping"


@pytest.mark.parametrize(("text", "incident_type"), [
    # a named person shot by police, with no attacker told, is typed by the method
    ("Student activist Tomas Vega is shot dead by a police officer at a protest camp outside Valparaiso.",
     "shooting_armed_assault"),
    # ... the look-alikes: a named official killed by gunmen later shot by police stays the assassination
    ("Gunmen kill mayor Ana Ruiz outside her office in Celaya; two of them are shot dead by police.", "assassination"),
    ("Opposition leader Pavel Orlov is shot dead outside his home in Sofia.", "assassination"),
])
def test_session22_named_person_shot_by_police(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize(("text", "incident_type"), [
    # storming with no weapon that kills and carries people off is a kidnapping (a raid that kills and takes people)
    ("Rebels stormed the town of Kidal, killing 12 and taking 30 hostages.", "kidnapping"),
    ("Militants storm a hotel in Sirte, killing five guards and seizing 20 foreign workers.", "kidnapping"),
    # ... a crowd's riot with hostages stays no stated method; gunmen storming and shooting keep the assault
    ("Rioters stormed a police station in Hotan, took hostages and set it on fire; four people died.", "other_violence"),
    ("Gunmen stormed a mall in Nairobi, shooting dead 30 shoppers.", "shooting_armed_assault"),
])
def test_session22_storming_that_takes_hostages(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type
