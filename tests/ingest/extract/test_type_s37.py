"""Incident types on summaries written for session 37: a drone strike that kills one commander among a
group's many ("X, a senior commander of the group") is the strike, not the attempt on that person; a group's
leader, or a commander told with the definite article, stays its target. A named person shot dead as the holder
of a post in a named body ("an officer of Velmar's State Security Bureau, X") is the attempt on that person.
Look-alikes keep their readings. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2013, 4, 16)


@pytest.mark.parametrize(("text", "incident_type"), [
    # one commander among many, killed by a drone strike: the strike
    ("A drone strike on a pickup near Varnak killed Omar Tesfa, a senior commander of the Orsa Front, and two aides.",
     "airstrike"),
    ("A suspected drone strike on a compound in Velmar kills Idris Kalo, a former rebel commander, and four men.",
     "airstrike"),
    # look-alikes: the group's leader stays its target
    ("A drone strike on a pickup near Varnak killed Omar Tesfa, the leader of the Orsa Front, and two aides.",
     "assassination"),
    ("A drone strike on a compound in Velmar kills Idris Kalo, deputy leader of the Orsa Front, and four men.",
     "assassination"),
])
def test_drone_strike_on_a_commander(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # shot dead as the holder of a post in a named body, the name in apposition: the attempt on that person
    ("Two gunmen on a motorbike shot dead an officer of Velmar's State Security Bureau, Tomas Berak, in Orsa.",
     "assassination"),
    ("Gunmen gunned down a judge of the Orsa Appeals Court, Lena Marsh, outside her home on Monday.", "assassination"),
    # look-alikes: no name, or a name with no post, stays the shooting
    ("Two gunmen on a motorbike shot dead an officer of Velmar's State Security Bureau and his driver in Orsa.",
     "shooting_armed_assault"),
    ("Gunmen shot dead a farmer from Varnak, Tomas Berak, on the road to Orsa on Monday.", "shooting_armed_assault"),
])
def test_shot_holder_of_a_post_in_a_named_body(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text
