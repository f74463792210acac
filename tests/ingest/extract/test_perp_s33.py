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


@pytest.mark.parametrize(("text", "group"), [
    ("Al-Shabaab militants set off a car bomb at a police post in Mogadishu, killing six policemen. A spokesman for the"
     " group, Sheikh Abdi Aziz, said it had targeted the police.", "Al-Shabaab"),
    ("Boko Haram gunmen attacked a village in Borno, killing 12 people. The group's spokesman, Abu Bakar, said it carried"
     " out the attack.", "Boko Haram"),
])
def test_the_spokesman_named_in_apposition_is_no_claimant(run, text, group):
    assert_doer(run, text, DAY, group)


@pytest.mark.parametrize(("text", "group"), [
    # look-alikes: the group itself named in apposition claims, a faction of it too
    ("A bomb killed six soldiers in Quetta. A little-known group, the Baloch Liberation Tigers, said it had planted it.",
     "Baloch Liberation Tigers"),
    ("A bomb killed six soldiers in Quetta. A faction of the group, the Baloch Liberation Tigers, said it had planted it.",
     "Baloch Liberation Tigers"),
])
def test_a_group_named_in_apposition_still_claims(run, text, group):
    assert_doer(run, text, DAY, group, "claimed")
