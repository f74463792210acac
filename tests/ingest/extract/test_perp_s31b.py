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


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen kidnap a factory owner in Azpeitia. Police believe the Basque separatist group ETA is holding him.", "ETA"),
    ("Masked men abduct a judge in Adana. Officials believe the leftist Turkish People's Liberation Army is still"
     " holding the man.", "Turkish People's Liberation Army"),
])
def test_a_group_believed_to_hold_the_captive_is_suspected(run, text, group):
    assert doer_of(run, text, DAY) == (group, "suspected"), text


def test_a_group_said_to_hold_the_captive_is_stated(run):
    # (guard: no belief told, the holding is the writer's word)
    text = "Gunmen kidnap a banker in Tolosa. ETA is holding him in the mountains, his family says."
    assert doer_of(run, text, DAY)[1] != "suspected", text
