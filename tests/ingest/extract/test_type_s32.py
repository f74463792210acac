"""Incident types on summaries written for session 32: a siege with hostages is the hostage-taking when the killings
are told on the way to the seizure or after a state's forces storm in to end it; an airliner held by hijackers that
troops storm is a kidnapping; so is a raid that carries a named person off; an attacker seized on the spot is no
captive; a state's forces breaking up a gathering with gunfire are other_violence. Look-alikes keep their readings.
Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(1974, 9, 16)


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Five gunmen stormed the Danish consulate in Velmar on Tuesday, killing a doorman and taking 30 visitors hostage.",
     "kidnapping"),
    ("Armed separatists seize a hotel in Korvana and take 60 guests hostage; army commandos storm the building and eleven"
     " people are killed.", "kidnapping"),
    ("Police commandos stormed the Orsa savings bank on Monday, ending a siege by three gunmen who had seized 25 hostages;"
     " two people were killed.", "kidnapping"),
    # look-alikes: the toll told after an armed storming's seizure; gunfire told with the hostage-taking
    ("Gunmen stormed a hotel in Belvan and took 80 guests hostage; at least 14 people were killed.",
     "shooting_armed_assault"),
    ("Gunmen storm a cinema in Tarvel, shooting at the audience and taking hostages.", "shooting_armed_assault"),
])
def test_sieges_with_hostages(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Army commandos disguised as cleaners storm an Aerovia airliner held at Castel airport since Sunday by three"
     " hijackers, killing one of them.", "kidnapping"),
    # look-alike: a farmhouse held by bandits is no hijacking
    ("Army commandos storm a farmhouse held by bandits near Castel, killing three of them.", "other_violence"),
])
def test_airliner_held_by_hijackers(run, text, incident_type):
    assert first_incident(run, text, DAY)["incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a raid that kills and carries a named person off is the kidnapping, not an attempt on that person
    ("Gunmen ambushed the car of Danish Ambassador Erik Holm in Velmar on Friday, shot his driver and carried the"
     " diplomat away.", "kidnapping"),
    ("Masked gunmen ambushed the car of former Prime Minister Karel Dvorak in Orsa, killing his three bodyguards and"
     " dragging him away.", "kidnapping"),
    # look-alike: no one is carried off
    ("Gunmen ambushed the car of former Prime Minister Karel Dvorak in Orsa, killing him and his three bodyguards.",
     "assassination"),
])
def test_named_person_carried_off(run, text, incident_type):
    assert first_incident(run, text, DAY)["incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # the attacker seized on the spot is arrested, not a captive
    ("A farmer is stabbed to death at a market in Belvan by Tomas Lenk, a 40-year-old labourer, who is seized on the"
     " spot.", "other_violence"),
    # look-alike: a captive seized by gunmen
    ("Gunmen shot dead a guard at a mine near Castel and took away Paul Varga, an engineer who was seized at gunpoint.",
     "kidnapping"),
])
def test_attacker_seized_on_the_spot(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a state's forces breaking up a gathering with gunfire: the crackdown, as forces firing on a crowd
    ("Police break up a student meeting at the Castel polytechnic with gunfire, killing a student, Jan Holub.",
     "other_violence"),
    ("Riot police broke up a rally of striking miners in Tarvel with live rounds, killing three of them.",
     "other_violence"),
    # look-alike: gunmen are no state force
    ("Gunmen break up a wedding party in Orsa with gunfire, killing four guests.", "shooting_armed_assault"),
])
def test_forces_breaking_up_a_gathering_with_gunfire(run, text, incident_type):
    assert first_incident(run, text, DAY)["incident_type"] == incident_type, text
