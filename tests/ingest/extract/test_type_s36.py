"""Incident types on summaries written for session 36: armed men who storm a house and take a person away kidnap him;
a convoy carrying a named envoy or diplomat is the attempt on that person; named people the text calls the (intended)
target are the attempt on them; a named person killed in the fighting is no target; "a car bomb followed by a suicide
bomber" is typed by the first-named method; booby-trapped houses or bodies are the ied; a named person shot and told
by a country's role ("X, Velmar's ambassador to Orsa"), or killed or attacked at home as an opposition figure, is the
attempt on that person. Look-alikes keep their readings. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2012, 9, 11)


@pytest.mark.parametrize(("text", "incident_type"), [
    # armed men who take a person away kidnap him
    ("Rebel fighters stormed the house of a tribal elder in Varnak and took him away, killing two of his guards.",
     "kidnapping"),
    ("Gunmen stopped a lorry near Orsa, shot the driver and took them away to an unknown place.", "kidnapping"),
    # look-alike: a shooting with no one taken stays the shooting
    ("Rebel fighters stormed the house of a tribal elder in Varnak and shot dead two of his guards.",
     "shooting_armed_assault"),
])
def test_taken_away(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a convoy carrying a named envoy or diplomat is the attempt on that person
    ("A grenade was thrown at a convoy carrying the EU envoy to Velmar, Anton Berak, in Orsa. No one was hurt.",
     "assassination"),
    ("A bomb exploded beside a car carrying the diplomat Lena Marsh in Orsa, wounding her driver.", "assassination"),
    # look-alike: envoys with no name stay the bombing
    ("A grenade was thrown at a convoy carrying foreign envoys in Orsa, wounding two guards.", "bombing"),
])
def test_envoy_convoy(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # named people the text calls the target
    (("A bomb exploded beside a bus of campaign workers near Orsa, wounding six; the candidates Anton Berak and Lena "
      "Marsh, the intended targets, were unhurt."), "assassination"),
    # look-alike: a victim the text says was not the target stays the bombing
    ("A bomb wrecked a house in Velmar, killing a young woman who police say was not the intended target.", "bombing"),
])
def test_named_target(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a named officer killed in the fighting of a rising is a casualty of it, not its target
    (("Rebels attacked the barracks of Velmar in a failed rising; the garrison's deputy commander, Colonel Anton Berak, "
      "was killed in the fighting."), "other_violence"),
    # look-alike: fighting told of the place, not of the death, leaves the killing of a named officer an assassination
    ("Gunmen shot dead Colonel Anton Berak in Velmar, a town where few officers serve amid fighting between gangs.",
     "assassination"),
])
def test_killed_in_the_fighting(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # one attack told with two methods, "followed by": the first-named method types it
    ("A car bomb followed by a suicide bomber hit a police station in Orsa, killing nine people.", "car_bomb"),
    ("A roadside bomb followed by a suicide bomber struck an army convoy near Velmar, killing four soldiers.", "ied"),
    # look-alike: the suicide bomber named first stays the suicide bombing
    ("A suicide bomber followed by a car bomb hit a police station in Orsa, killing nine people.", "suicide_bombing"),
])
def test_followed_by(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # booby-trapped houses or bodies are the planted bomb
    ("Two booby-trapped houses blew up in the village of Tarvel, killing three militiamen.", "ied"),
    ("A booby-trapped body exploded as soldiers recovered it near Velmar, killing two of them.", "ied"),
    # look-alike: a booby-trapped car stays the car bomb
    ("A booby-trapped car blew up outside the town hall of Orsa, killing five people.", "car_bomb"),
])
def test_booby_trapped_building(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a named person shot and told by a country's role is the attempt on that person
    ("Gunmen shot and wounded Anton Berak, Velmar's ambassador to Orsa, outside the embassy.", "assassination"),
    # look-alike: a role with no office stays the shooting
    ("Gunmen shot and wounded Anton Berak, a baker, outside his shop in Orsa.", "shooting_armed_assault"),
])
def test_shot_with_a_countrys_role(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a prominent person told as a "figure", in their home or killed, is the target
    ("Masked men broke into the home of opposition figure Anton Berak in Velmar, killing him and his driver.",
     "assassination"),
    ("Gunmen shot dead three exiled opposition figures, among them Lena Marsh, at a cafe in Orsa.", "assassination"),
    # look-alike: a figure who leads the attackers is no target
    ("Gunmen led by opposition figure Anton Berak opened fire on the police headquarters of Velmar, killing two guards.",
     "shooting_armed_assault"),
])
def test_opposition_figure(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text
