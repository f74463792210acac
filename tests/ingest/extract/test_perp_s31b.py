"""Perpetrators told in phrasings written for session 31b: a group said to be believed responsible. Names, places and
numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of

DAY = dt.date(1977, 9, 21)


@pytest.mark.parametrize(("text", "group"), [
    ("A bomb exploded in a pub in Lurgan, killing three men. Police said the Ulster Volunteer Force was believed"
     " responsible.", "Ulster Volunteer Force"),
    ("Two soldiers were killed when a landmine exploded under their truck near Keady. Army sources said the IRA"
     " was thought to be responsible.", "IRA"),
    ("A car bomb killed five people in Bilbao on Monday; ETA is believed to have been responsible.", "ETA"),
])
def test_a_group_believed_responsible_is_suspected(run, text, group):
    assert doer_of(run, text, DAY) == (group, "suspected"), text


def test_a_group_said_responsible_stays_accused(run):
    # (guard: no belief told, the plain word of the police names the accused)
    text = "A bomb killed two policemen in Derry. Police said the IRA was responsible."
    assert doer_of(run, text, DAY) == ("IRA", "accused"), text
