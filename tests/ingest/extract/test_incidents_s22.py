"""Incident detection and type on summaries written for session 22 in the ways of telling that sets BG-BJ showed.
Storming told with no weapon is an attack whose method is not stated (other_violence), whoever storms; gunmen, armed
men or gunfire told with it keep the armed assault. Names, places and numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

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
