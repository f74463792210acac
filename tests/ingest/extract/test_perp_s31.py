"""Perpetrators on summaries written for session 31: armed groups of the 1960s-90s named by their real aliases
(Fatah, Black September, the Tupamaros, the FLQ, ZAPU, the Mafia, ...). Names, places and numbers are made up or
changed."""

import datetime as dt

import polars as pl
import pytest

from tests.ingest.extract.conftest import doer_of, first_incident

DAY = dt.date(1974, 5, 14)


@pytest.mark.parametrize(("text", "group"), [
    ("Fatah gunmen open fire on a bus near Haifa, killing five passengers.", "Fatah"),
    ("Black September gunmen seize a consulate in Rangoon and hold eight people hostage.", "Black September"),
    ("Tupamaro guerrillas kidnap a bank director in Paysandú.", "Tupamaros"),
    ("Members of the Front de libération du Québec abduct a labour minister from his home in Sherbrooke.",
     "Front de liberation du Quebec"),  # (keys are folded to ASCII)
    ("Guerrillas of ZAPU shoot down a light aircraft near Binga, killing four people.", "ZAPU"),
    ("Viet Cong sappers blow up an ammunition dump outside Bien Hoa, killing three soldiers.", "Viet Cong"),
    ("An Irish Republican Army bomb kills two soldiers at a checkpoint near Crossmaglen.", "IRA"),
])
def test_groups_of_the_period_are_named(run, text, group):
    # the doer is the group's entry, whichever alias or wording ("Tupamaro guerrillas") the sentence used
    assert first_incident(run, text, DAY)["perpetrator_actor_key"] == f"armed_group:{group.lower()}", text


def test_claim_by_a_period_group(run):
    text = ("A bomb explodes in a market in Hebron, killing four shoppers. The Palestine Liberation Organization claims"
            " responsibility.")
    assert doer_of(run, text, DAY) == ("Palestine Liberation Organization", "claimed"), text


@pytest.mark.parametrize("text", [
    # (guards: dates and other bodies that share a short alias are no group)
    "A bomb explodes outside a police station in Larissa on November 17, killing two officers.",
    "RAF jets strike a depot near Sirte, killing six people.",
])
def test_dates_and_look_alike_acronyms_name_no_group(run, text):
    groups = run([("x", text, DAY)]).actor_mentions.filter(pl.col("actor_kind") == "armed_group")
    assert groups.height == 0, text
