"""Perpetrators told in phrasings written for session 33, in the manner of 2006-2017 news: a report that opens on
suspected Islamist militants. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_doer, doer_of

DAY = dt.date(2012, 5, 3)


@pytest.mark.parametrize(("text", "doer"), [
    ("Suspected Islamist militants attacked a police post near Gao on Friday, killing three policemen.",
     "Islamist militants"),
    ("Suspected Islamist rebels ambushed a military convoy near Batna, killing seven soldiers.", "Islamist rebels"),
    ("Suspected Islamic insurgents shot dead two teachers in Pattani on Monday.", "Islamic insurgents"),
    # (after a dateline)
    ("NIAMEY — Suspected Islamist fighters attacked a gendarmerie post near Tillaberi, killing four gendarmes.",
     "Islamist fighters"),
])
def test_a_report_opening_on_suspected_islamists_names_them(run, text, doer):
    assert_doer(run, text, DAY, doer, "suspected")


@pytest.mark.parametrize("text", [
    # look-alikes: the suspected band is hit, not acting; a band told with no suspicion; a blame, the gold's old rule
    "Troops killed ten suspected Islamist militants near Gao on Friday.",
    "Suspected Islamist militants were killed in an airstrike near Gao on Friday.",
    "Islamist militants attacked a police post near Gao on Friday, killing three policemen.",
    "A bomb killed three policemen near Gao. Police blamed Islamist militants.",
    # (no creed: a bare suspicion names no one)
    "Suspected militants attacked a police post near Gao on Friday, killing three policemen.",
])
def test_other_islamist_bands_stay_unnamed(run, text):
    name = doer_of(run, text, DAY)[0]
    assert name is None or "Islamist" not in name, text


@pytest.mark.parametrize(("text", "group"), [
    ("The Ogaden National Liberation Front said on Monday it had blown up an oil pipeline near Jijiga, killing two guards.",
     "Ogaden National Liberation Front"),
    ("A little-known group, the Delta Freedom Brigade, said it had blown up a Chevron pipeline near Warri.",
     "Delta Freedom Brigade"),
])
def test_a_group_saying_it_had_blown_it_up_claims_it(run, text, group):
    assert_doer(run, text, DAY, group, "claimed")

