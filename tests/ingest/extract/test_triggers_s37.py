"""Incident triggers on summaries written for session 37: gunfire told as rounds fired from a gun ("firing dozens
of rounds from handguns", "fired rounds from an AK-47") is a shooting, so a grenade thrown after it keeps the
shooting type. A device that "detonates" (present tense) is a bombing; a nuclear test or a device
made safe by those who found it is no attack. Look-alikes keep their readings. Names, places and numbers are made up."""

import datetime as dt

import polars as pl
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


@pytest.mark.parametrize("text", [
    # a device told going off in the present tense
    "One of two drums of explosive placed outside a villa in Orsa only partly detonates, damaging a wall.",
    "A bomb hidden in a rubbish bin detonates outside a bank in Velmar, wounding three passers-by.",
])
def test_present_tense_detonates_is_a_bombing(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "bombing", text


@pytest.mark.parametrize("text", [
    # look-alikes: a weapon test and a device made safe are no attack
    "Velmar detonates an atomic device under a mountain in the north, the third such test this year.",
    "Velmar detonates Granite, a two-megaton atomic device, in a shaft beneath an island in its far north.",
    "An army disposal team detonates the suspect package after evacuating the square in Orsa.",
    "A police robot detonates the suspect package safely after the square in Orsa is cleared.",
    # a device told by how it works
    "Police say the device, which detonates when a door is opened, was found before anyone was hurt.",
    "Police found a bomb that detonates by remote control under a bridge in Orsa and defused it.",
    "Engineers in Velmar warn that the old mines under the dam are a danger if one ever detonates.",
])
def test_detonates_no_attack(run, text):
    incidents = run([("x", text, DAY)]).incident_mentions.filter(pl.col("status") == "occurred")
    assert incidents.height == 0, text
