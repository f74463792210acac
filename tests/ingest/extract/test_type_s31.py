"""Incident types on summaries written for session 31: a state's forces firing on a crowd, a march or protesters are
typed other_violence (the sets' convention since CI), while gunmen firing on a crowd stay a shooting. Names, places
and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(1976, 5, 14)


@pytest.mark.parametrize("text", [
    "Troops open fire on thousands of demonstrators in the main square of Korvana, killing at least 30 people.",
    "Riot police opened fire on Friday on striking dockers marching to the port of Meravia, killing four.",
    "Police in the northern city of Dalsk open fire on a procession of mourners, killing nine people.",
    "Soldiers of the Tembu homeland opened fire on Monday on tens of thousands of marchers outside Lusando, killing 19.",
    "Police and soldiers fire on students protesting against the junta in Varnice, killing six of them.",
])
def test_forces_firing_on_a_crowd_are_other_violence(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "other_violence", text


@pytest.mark.parametrize("text", [
    # (guards: no state force fires, or a report names gunmen as the ones who fired)
    "Gunmen open fire on worshippers leaving a mosque in Qaral, killing 14 people.",
    "Police in Ostrava said gunmen opened fire on a procession of pilgrims, killing five people.",
    # (a force firing on a car is no crackdown on a crowd)
    "Soldiers opened fire on a car that failed to stop at a checkpoint near Belvan, killing two men.",
])
def test_other_firing_stays_a_shooting(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "shooting_armed_assault", text


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Prison guards shot dead eleven rebel prisoners at the Morvan jail near Castel on Tuesday, officials said.",
     "other_violence"),
    # look-alike: the killers are no state force
    ("Gunmen shot dead eleven prisoners being moved in a van near Castel on Tuesday, officials said.",
     "shooting_armed_assault"),
])
def test_prisoners_killed_by_guards_or_by_gunmen(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Suicide drivers blew up two trucks loaded with explosives at army posts in Tarvel, killing 31 soldiers.",
     "suicide_bombing"),
    ("A man drove a van packed with explosives up to the gates of the Orsa barracks and blew it up, killing himself and"
     " wounding four guards.", "suicide_bombing"),
    # look-alike: the deaths are the victims', not the bomber's own
    ("A van packed with explosives blew up outside the Orsa barracks, killing four guards.", "car_bomb"),
])
def test_suicide_drivers_and_a_car_bomber_killing_himself(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text
