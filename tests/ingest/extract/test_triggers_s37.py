"""Incident triggers on summaries written for session 37: gunfire told as rounds fired from a gun ("firing dozens
of rounds from handguns", "fired rounds from an AK-47") is a shooting, so a grenade thrown after it keeps the
shooting type. Look-alikes keep their readings. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2013, 4, 16)


@pytest.mark.parametrize(("text", "incident_type"), [
    # rounds fired from a gun, then a grenade: the shooting told first
    ("Gunmen stormed into a pool hall in Orsa late on Friday, firing dozens of rounds from pistols and tossing a grenade "
     "at the bar, killing four people.", "shooting_armed_assault"),
    ("Attackers fired rounds from an AK-47 into a crowded cafe in Velmar before lobbing a grenade inside, killing six.",
     "shooting_armed_assault"),
    # look-alikes: a round of shelling stays shelling; a grenade told after an election round stays the grenade
    ("A fresh round of shelling hit the outskirts of Varnak on Monday, killing two civilians.", "rocket_mortar_missile"),
    ("A grenade was thrown into a tavern in Orsa after the first round of the election, wounding four people.", "bombing"),
])
def test_rounds_fired_from_a_gun(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text
