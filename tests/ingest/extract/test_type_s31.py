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
