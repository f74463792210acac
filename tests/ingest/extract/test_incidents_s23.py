"""Incident detection and type on summaries written for session 23 in the ways of telling that sets BK-BN showed.
Accidents told by their cause (a fire started by something, a car off its rails, a train or bus that ploughs into a
crowd, a gas tank that ruptures, an explosion at a depot, a blowout, a short circuit), a weapon denied ("a gas leak,
not a bomb"), box-office bombs, a nuclear test, a rocket lost on its launch pad, a year's count of killings, raids that
arrest, old shells dug up, captives who land home and gunmen as the object of an operation tell no attack. Captives a
group says it holds, people marched into the bush or taken from a stopped bus, a bridge or pylons blown up, an
exchange of fire and planes named by their model tell one. Names, places and numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text", [
    # accidents told by their cause or their vehicle
    "A fire started by a faulty heater sweeps through a care home in Tver, killing 11 residents.",
    "A tram comes off its rails on a steep street in Porto and hits a shop front, killing three people.",
    "A train ploughs into a crowd crossing the tracks near Lucknow, killing 20 people.",
    "A bus ploughs into a crowd of pilgrims at a festival in Janakpur, killing 12 people.",
    "A tank of ammonia falls from a truck and ruptures near a depot in Gomel, killing four people.",
    "An explosion at an oil depot outside Conakry kills nine people and injures 40.",
    "A blowout at a gas well in Sichuan releases toxic fumes that kill eight villagers.",
    "Two explosions hit an army store in Kano, killing five; officials blame a short circuit and rule out an attack.",
    # a weapon denied
    "A blast tears through a restaurant in Osh, killing six; police say a gas cylinder, not a bomb, caused it.",
    # figures of speech, tests and launches
    "The space comedy is one of the year's biggest box-office bombs, losing the studio $150 million.",
    "Seismologists detect a tremor that the government later says was its sixth nuclear explosion.",
    "A satellite rocket exploded on its launch pad in Kourou, killing two technicians.",
    # a count over a year
    "Officials say the port city has recorded more than 1,200 murders so far this year.",
    # raids that arrest, old shells dug up, captives home again
    "Police seize weapons and explosives in 12 raids on suspected gang members in Naples.",
    "Farmers ploughing a field near Verdun dig up four artillery shells left from the First World War.",
    "Three aid workers who were abducted in northern Mali landed at an air base near Paris on Sunday.",
    # gunmen as the object of a measure, and talks held
    "The interior minister signs an order launching a security operation against gunmen who have occupied a town hall.",
    "The two governments say they are holding talks on a new border treaty.",
])
def test_session23_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    ("Attackers slashed to death a village chief in Pattani province on Tuesday, police said.", "other_violence"),
    ("A van packed with about 300 kilograms of home-made explosives blew up outside a police station in Derry.", "car_bomb"),
    ("A bomb hidden in a parked vehicle exploded outside a bank in Cotabato, wounding 12 people.", "car_bomb"),
    ("Militants blow up power lines feeding the port of Aden, cutting electricity to the city.", "bombing"),
    ("A railway bridge blown up near Kursk collapses as a freight train crosses it.", "bombing"),
    ("Gunmen stopped several cars on the highway near Zaria and marched the travellers into the forest, police said.",
     "kidnapping"),
    ("The rebel group says it is holding five engineers taken near the border.", "kidnapping"),
    ("Officials say the missing surveyors are being held by an armed separatist group.", "kidnapping"),
    ("Armed men stopped a minibus near Tumaco and took away the nine passengers, officials said.", "kidnapping"),
    ("Two soldiers are killed in an exchange of fire with smugglers on the border.", "shooting_armed_assault"),
    ("Insurgents launch coordinated assaults on Kabul's government district.", "shooting_armed_assault"),
    ("Israeli F-16s struck targets in southern Lebanon on Friday night, wounding three people.", "airstrike"),
    ("Three sailors are killed on the Red Sea coast; the navy blames a drone attack by the Houthis.",
     "rocket_mortar_missile"),
    ("Rebels, a coalition opposed to the president, attack the town of Mongo.", "other_violence"),
])
def test_session23_ways_of_telling_an_attack(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize(("text", "incident_type"), [
    # the look-alikes' attacks: a vehicle that can be driven at people, a weapon told, a fire set by arsonists, a gas
    # leak denied, an operation that kills
    ("A truck ploughs into a crowd at a street festival in Lyon, killing nine people.", "other_violence"),
    ("An explosion at a fuel depot in Homs, caused by a bomb planted by militants, kills six.", "bombing"),
    ("Police say a bomb, not a gas leak, caused the blast that killed 14 at a market in Quetta.", "bombing"),
    ("Gunmen storm a hotel in Herat, killing four guests.", "shooting_armed_assault"),
])
def test_session23_attacks_beside_the_look_alikes_stay(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


def test_session23_a_fire_set_by_arsonists_stays_an_attack(run):
    assert first_incident(run, "A fire set by arsonists destroys a mosque in Kazan, killing two worshippers.", DAY)


@pytest.mark.parametrize("text", [
    "M40 rebels seize Lubero, the main town of the district, after government troops withdraw.",
    "Jihadist fighters briefly seize the river port of Ansongo, raiding the police station before pulling out.",
    "Riot police clear a sit-in outside parliament before dawn, beating protesters with batons; dozens are hurt.",
    "At least six people die in rioting in Kasese after a dispute over land.",
])
def test_session23_towns_seized_beatings_and_riots_are_of_no_stated_method(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "other_violence"


@pytest.mark.parametrize("text", [
    # the look-alikes: a person captured (an arrest), a town seized in a time clause, a town taken by no armed force,
    # a team beaten, a plot someone is accused of
    "Special forces captured Omar Haddad, a suspected financier of the group, in a raid on a farm.",
    "The coach says his team was beaten by better fans on the night.",
    "Three men appear in court in Bristol; one is accused of planning to kill councillor Sarah Wells.",
])
def test_session23_seizures_and_plots_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


def test_session23_an_ambush_on_a_ranked_officer_is_an_assassination(run):
    text = "Gunmen ambushed Col. Pedro Ruiz Blanco, the state police commander, in Culiacan on Monday, wounding him."
    assert first_incident(run, text, DAY)["rule_incident_type"] == "assassination"


def test_session23_a_captive_named_inside_the_finding_of_the_bodies_is_the_kidnapping(run):
    text = "The bodies of two engineers kidnapped near Kaduna in March, and of their guide, were found on Sunday, police said."
    assert first_incident(run, text, DAY)["rule_incident_type"] == "kidnapping"
