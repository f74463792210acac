"""Incident types on summaries written for session 29: a hijacked airliner is a kidnapping however it ends (stormed,
blown up, crashed). Look-alikes keep their readings. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(1983, 5, 11)


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Hijackers seize a Balkan Airlines Tu-134 bound for Sofia; a grenade explodes in the cabin and 14 passengers die.",
     "kidnapping"),
    ("Hijackers seize a Libyan Arab Airlines Boeing 727 over Sicily; a bomb explodes in the cabin and 14 passengers die.",
     "kidnapping"),
    # look-alikes: the plane is the weapon; a hijacked car carries the bomb
    ("A hijacked cargo plane is flown into a fuel depot outside Lagos, killing 12 workers.", "other_violence"),
    ("A bomb hidden in a hijacked car explodes outside a bank in Derry, wounding three people.", "car_bomb"),
])
def test_hijacked_airliners(run, text, incident_type):
    assert first_incident(run, text, DAY)["incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # an attempt on a ruler or a minister told by the bomb that missed: an assassination, whatever the weapon
    ("A suicide bomber rams a truck into the motorcade of the country's ruler, Sheikh Saud al-Marri, in Doha, killing "
     "two guards.", "assassination"),
    ("Interior Minister Karim Haddad survives a car bomb in Tyre that kills two guards and wounds 11 people.",
     "assassination"),
    ("Interior Minister Karim Haddad survives a roadside bomb that kills two of his guards in Tyre.", "assassination"),
    # look-alikes: no one named survives; the survivors have no title
    ("Two guards survive a car bomb that explodes near a checkpoint in Tripoli, killing a driver.", "car_bomb"),
    ("A suicide bomber rams a truck into a police post in Doha, killing two guards.", "suicide_bombing"),
])
def test_attempts_on_rulers(run, text, incident_type):
    assert first_incident(run, text, DAY)["incident_type"] == incident_type, text
