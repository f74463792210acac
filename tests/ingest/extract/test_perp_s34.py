"""Perpetrators told in phrasings written for session 34: the followers of a leader told with his past office ("the
late president X"), a leader's militia, a state's agents named with its government. Names, places and numbers are
made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_doer, doer_of

DAY = dt.date(2012, 5, 3)


@pytest.mark.parametrize(("text", "doer", "status"), [
    ("Gunmen ambushed the governor's convoy near Kutaisi, killing two guards. Officials blamed supporters of the late"
     " president Ivan Kaladze.", "supporters of the late president Ivan Kaladze", "accused"),
    ("Gunmen ambushed the governor's convoy near Kutaisi, killing two guards. Officials blamed supporters of the former"
     " president Ivan Kaladze.", "supporters of the former president Ivan Kaladze", "accused"),
    ("Eight peacekeepers were killed in an ambush in Kismayo. The United Nations blamed the militia of General Omar"
     " Warsame.", "militia of General Omar Warsame", "accused"),
    ("A car bomb killed 14 people in a market in Dohuk. Kurdish officials suspect agents of the Syrian government.",
     "agents of the Syrian government", "suspected"),
])
def test_followers_of_a_leader_or_a_government_blamed(run, text, doer, status):
    assert_doer(run, text, DAY, doer, status)


@pytest.mark.parametrize(("text", "doer"), [
    # look-alikes read as before: a leader with his office, a named group, a government's leader
    ("Gunmen ambushed the governor's convoy near Kutaisi, killing two guards. Officials blamed supporters of President"
     " Ivan Kaladze.", "supporters of President Ivan Kaladze"),
    ("A car bomb killed 14 people in a market in Dohuk. Officials blamed members of the Kurdistan Freedom Hawks.",
     "Kurdistan Freedom Hawks"),
    ("A car bomb killed 14 people in a market in Dohuk. Officials blamed the government of Ahmet Demir.",
     "government of Ahmet Demir"),
])
def test_followers_read_as_before(run, text, doer):
    assert_doer(run, text, DAY, doer, "accused")


def test_a_militia_of_a_party_described_names_no_one(run):
    # (no name after "of": a description, as the rules leave it)
    text = "Eight peacekeepers were killed in an ambush in Kismayo. Officials blamed the militia of the ruling party."
    assert doer_of(run, text, DAY)[0] is None, text


@pytest.mark.parametrize(("text", "doer"), [
    ("A bomb killed four shoppers in a market in Batna. Police say they suspect Islamist militants.", "Islamist militants"),
    ("A bomb killed four shoppers in a market in Batna. Investigators suspect Islamic insurgents.", "Islamic insurgents"),
    ("Two soldiers were killed when their truck hit a mine near Kidal. The army said it strongly suspected Islamist"
     " rebels who had crossed from Niger.", "Islamist rebels"),
])
def test_islamists_someone_suspects_are_named(run, text, doer):
    assert_doer(run, text, DAY, doer, "suspected")


@pytest.mark.parametrize("text", [
    # look-alikes: a blame (the gold rules leave it unnamed), a band hunted or arrested, a bare band suspected
    "A bomb killed four shoppers in a market in Batna. The authorities blame Islamist militants.",
    "Police hunt suspected Islamist militants after a bomb killed four shoppers in a market in Batna.",
    "A bomb killed four shoppers in a market in Batna. Police later arrested suspected Islamist militants.",
    "A bomb killed four shoppers in a market in Batna. Police suspect militants.",
])
def test_other_islamist_bands_stay_unnamed(run, text):
    name = doer_of(run, text, DAY)[0]
    assert name is None or "Islam" not in name, text


@pytest.mark.parametrize(("text", "state"), [
    ("Turkish paratroopers stormed a rebel camp near Hakkari on Monday, killing 14 people.", "Turkish"),
    ("Syrian gunners shelled the old quarter of Homs overnight, killing nine civilians.", "Syrian"),
    ("A Russian interceptor fired on a light aircraft over the Baltic, killing its two pilots.", "Russian"),
])
def test_a_state_s_paratroopers_gunners_or_interceptor_acting_name_the_state(run, text, state):
    assert_doer(run, text, DAY, state, "stated")


@pytest.mark.parametrize("text", [
    # look-alikes: the state's men hit, not acting
    "A roadside bomb killed three Turkish paratroopers near Hakkari on Monday.",
    "Rebels shot dead two Syrian gunners near Homs on Monday.",
])
def test_a_state_s_paratroopers_hit_name_no_doer(run, text):
    name = doer_of(run, text, DAY)[0]
    assert name not in ("Turkish", "Syrian"), text


@pytest.mark.parametrize("text", [
    "A gunman shot dead four people at a petrol station in Derby. Police charge a local man, Mark Tolley, with the killings.",
    "A gunman shot dead four people at a petrol station in Derby. Police charge Mark Tolley, a 35-year-old driver, with murder.",
    "A gunman shot dead four people at a petrol station in Derby. Police charge Mark Tolley with the shootings.",
])
def test_a_person_the_police_charge_with_the_act_is_accused(run, text):
    assert_doer(run, text, DAY, "Mark Tolley", "accused")


@pytest.mark.parametrize("text", [
    # look-alikes: charged with something else, a baton charge
    "A gunman shot dead four people at a petrol station in Derby. Police charge Mark Tolley with fraud.",
    "A gunman shot dead four people at a petrol station in Derby. Police charge the gunman's cousin, Mark Tolley, with"
    " obstructing the inquiry.",
])
def test_a_person_charged_with_something_else_is_no_doer(run, text):
    assert doer_of(run, text, DAY)[0] != "Mark Tolley", text


def test_an_immigrant_arrested_on_suspicion_is_suspected(run):
    text = ("A gunman shot dead four people at a petrol station in Derby. Police arrest a Latvian immigrant, Mark Tolley,"
            " on suspicion of the killings.")
    assert_doer(run, text, DAY, "Mark Tolley", "suspected")
