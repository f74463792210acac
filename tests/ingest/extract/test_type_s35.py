"""Incident types on summaries written for session 35: a remote-controlled bomb with no road or vehicle told is the
bomb where it went off; what an act is called ("in what police called an assassination") types it; a few more ways
of writing a known method (a vehicle laden with explosives named with its kind, a bomber who detonates himself, people
held or carried off in a raid, troops firing on a leader's supporters, bombs planted around a named officer's house).
Look-alikes keep their readings. Names, places and numbers are made up."""

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


@pytest.mark.parametrize(("text", "incident_type"), [
    # what the act is called types it, wherever the words place it
    ("A gunman shot dead a Dutch engineer in Velmar on Monday, in what police described as a planned assassination.",
     "assassination"),
    ("Two men on a scooter shot dead a shopkeeper in Orsa in what officials called an assassination.", "assassination"),
    # look-alikes: a plan that was stopped, and a shooting told without a name for it
    ("Police arrested four men in Velmar, averting what officials called a planned assassination.", None),
    ("A gunman shot dead a Dutch engineer in Velmar on Monday, police said.", "shooting_armed_assault"),
])
def test_act_called_an_assassination(run, text, incident_type):
    occurred = run([("x", text, DAY)]).incident_mentions.filter(status="occurred")
    if incident_type is None:
        assert occurred.height == 0, text
    else:
        assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # a vehicle laden with explosives named with its kind
    ("Militants driving explosives-laden armoured trucks attacked a border post near Velmar, killing nine guards.",
     "car_bomb"),
    # a bomber who detonates himself
    ("Police chased a car into the square of Orsa, where its driver detonated himself, killing four bystanders.",
     "suicide_bombing"),
    # a raid that kills and holds or carries people off
    ("Rebels stopped three buses near Velmar, shooting dead six passengers and holding dozens of others.", "kidnapping"),
    ("Armed men raided the village of Tarvel, killing two farmers and carrying off a dozen people.", "kidnapping"),
    # troops firing on a leader's supporters
    ("Soldiers fired on supporters of the exiled opposition leader outside the airport of Orsa, killing three.",
     "other_violence"),
    # bombs planted around a named officer's house are the attempt on him
    ("Bombs planted around the house of Colonel Anton Berak, the police chief of Velmar, killed four of his guards.",
     "assassination"),
    # look-alikes: a rocket landing near a hotel named for continents is still the rocket attack; gunmen firing on a
    # bus, and a bus stopped with no one held, stay the shooting
    ("Insurgents fired three rockets at the airport of Orsa; one landed near the Intercontinental Hotel.",
     "rocket_mortar_missile"),
    ("Gunmen fired on a bus carrying supporters of the mayor near Velmar, killing three.", "shooting_armed_assault"),
    ("Rebels stopped three buses near Velmar and shot dead six passengers.", "shooting_armed_assault"),
])
def test_more_ways_of_telling_a_method(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type, text
