"""Incident types on summaries written for session 34: bazooka rounds or a rocket launcher fired at a target are the
rocket attack, not the shooting; a force named in the singular shelling a town is the shelling. Look-alikes keep their
readings. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(1976, 3, 8)


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Guerrillas hiding in an orchard fire bazooka rounds at a bus near Velmar, killing six passengers.",
     "rocket_mortar_missile"),
    ("Two gunmen fired a rocket launcher at a police barracks in Orsa on Sunday, wounding three officers.",
     "rocket_mortar_missile"),
    ("A bazooka attack on the customs post at Tarvel kills two guards.", "rocket_mortar_missile"),
    # look-alikes: bazookas carried beside guns are the attackers' arms; gunfire alone stays the shooting
    ("Guerrillas armed with rifles and bazookas raid a police station in Belvan, killing two officers.",
     "shooting_armed_assault"),
    ("Gunmen fire at a bus near Velmar, killing six passengers.", "shooting_armed_assault"),
])
def test_bazooka_or_rocket_launcher_fired(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Troops of the northern peacekeeping force shell the old quarter of Korvana for a second day, killing nine"
     " civilians.", "rocket_mortar_missile"),
    ("The rebel force shelled the port of Castel overnight, killing four dockers.", "rocket_mortar_missile"),
    # look-alike: the oil company after a force is no shelling
    ("A private security force Shell hired to guard its pipeline clashed with villagers in Korvana, killing two.",
     "other_violence"),
])
def test_force_in_the_singular_shells(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a blast timed to a named person's act where it goes off is the attempt on that person
    ("A bomb exploded at the ferry terminal in Velmar as Governor Tomas Lenk stepped off the boat, killing two porters.",
     "assassination"),
    ("A grenade was thrown at the stage while President Karel Dvorak addressed a rally in Orsa, wounding five people.",
     "assassination"),
    # look-alikes: the named person busy elsewhere, and a blast told hours before the person was due
    ("A grenade exploded in a market in Velmar as Governor Tomas Lenk visited the capital, wounding six traders.",
     "bombing"),
    ("A bomb exploded outside the stadium in Orsa hours before President Karel Dvorak was due to speak there, wounding"
     " four people.", "bombing"),
])
def test_blast_timed_to_a_named_persons_act(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a bomb hidden in something at the roadside is the roadside bomb
    ("A bomb hidden in a roadside wall exploded outside the village of Tarvel on Monday night, killing a shepherd.",
     "ied"),
    ("An explosive device concealed under a roadside pile of stones went off near Belvan, wounding two farmers.", "ied"),
    # look-alike: a bomb hidden in a bin at a bus stop is the planted bombing (gold README conventions)
    ("A bomb hidden in a rubbish bin exploded at a bus stop in Korvana, wounding four people.", "bombing"),
])
def test_bomb_hidden_at_the_roadside(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text
