"""Incident types on summaries written for session 35: a remote-controlled bomb with no road or vehicle told is the
bomb where it went off. Look-alikes keep their readings. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2011, 5, 16)


@pytest.mark.parametrize(("text", "incident_type"), [
    # a bomb set off by remote control where no road, vehicle or passing is told: the bomb where it went off
    ("A remote-controlled bomb exploded in the cloth market of Varnak on Monday, wounding nine shoppers.", "bombing"),
    ("A remotely detonated bomb killed a tax inspector as he walked to his office in Orsa.", "bombing"),
    # look-alikes: on a road, at a passing vehicle or a patrol it stays the roadside bomb
    ("A remote-controlled bomb exploded beside the highway near Varnak as an army truck passed, killing two soldiers.",
     "ied"),
    ("A remote-controlled bomb hit a police vehicle in Orsa on Monday, wounding four officers.", "ied"),
    ("A roadside bomb exploded in the cloth market of Varnak on Monday, wounding nine shoppers.", "ied"),
])
def test_remote_controlled_bomb(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text
