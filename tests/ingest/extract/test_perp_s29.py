"""Perpetrators on summaries written for session 29: the forces of former states ("Soviet troops", "the Yugoslav
army") as the doer, without making the former state the incident's country; a force "backed by tanks" that acts.
Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of, first_incident

DAY = dt.date(1988, 3, 9)


@pytest.mark.parametrize(("text", "doer"), [
    ("Soviet troops open fire on a crowd of strikers in Kaunas, killing six people.", ("Soviet troops", "stated")),
    ("The Yugoslav army shells the old port of Zadar, killing three civilians.", ("Yugoslav army", "stated")),
    ("Yugoslav Air Force jets fire rockets at a bridge near Osijek, killing two people.",
     ("Yugoslav Air Force", "stated")),
    ("Guatemalan troops backed by tanks fight their way into the town of Nebaj, firing on residents; dozens are feared"
     " dead.", ("Guatemalan troops", "stated")),
])
def test_forces_of_former_states_and_backed_forces(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


def test_former_state_is_no_place(run):
    # (a guard of the rule above: without it "Soviet" would make the incident's country the USSR) the country of the incident is today's state the sentence names, not the former one before it
    text = "Armed mobs attack a market in Soviet Kazakhstan, killing 12 people."
    assert first_incident(run, text, DAY)["country_code"] == "KAZ", text
