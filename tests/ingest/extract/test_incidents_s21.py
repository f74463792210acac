"""Incident detection and type on summaries written for session 21 in the ways of telling that sets BC-BF showed.
Accidents and launches told without an attacker are no incident: a gas plant or a fuel station that explodes, a pipeline
tapped by thieves, an official's word that a blast was "an accident and not an attack", a space rocket lifting off, a
missile a state says it has built, rounds fired as part of a naval exercise, a floor that gives way, a train that fails
to brake. A raid that kills and carries people off is a kidnapping (the project convention), also when an act of no
method of its own (a beheading) is told with the hostage-taking; named captives with a role, people taken away by armed
men or marched off at gunpoint are kidnappings. A police raid or storming in which a named person dies is the state's
operation (other_violence), not an assassination. Names, places and numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident, place_of

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize("text", [
    # accidental blasts and fires of fuel, gas and workshops
    "A lorry crashes into gas cylinders stacked at a gas plant in Kano, setting off a blast that kills 12 people.",
    "A petrol station explodes in a suburb of Nairobi after a fuel leak, killing nine people.",
    "An explosion at a tyre repair shop spreads fire to a filling station in Tabriz, killing seven.",
    "A diesel pipeline punctured by thieves explodes outside Puebla as villagers collect fuel, killing 21 people.",
    "The provincial governor said the blast was an accident rather than an attack.",
    # launches, a weapon told as made, rounds fired at a drill
    "A Vega rocket veered off course minutes after lifting off from the spaceport and was destroyed.",
    "The defence minister says the country has developed a new cruise missile that can reach 1,500 kilometres.",
    "Frigates of three navies fire on drone targets in the Baltic as part of a joint naval exercise.",
    "Army artillery units fire rockets on the third day of their \"Steel Storm 2\" exercise near the desert range.",
    # a structure or a train that fails
    "The roof of a sports hall in Lodz gives way under heavy snow, killing 14 spectators.",
    "A freight train fails to brake and slams into the buffers at the end of the line, killing two workers.",
])
def test_session21_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # weapons and attackers that make the same words an attack
    ("A suicide bomber blew himself up at a petrol station in Kandahar, killing six people.", "suicide_bombing"),
    ("Gunmen opened fire at a filling station in Lagos, killing four attendants.", "shooting_armed_assault"),
    ("A car bomb exploded outside a gas station in Baghdad, killing 12 people.", "car_bomb"),
    ("A rocket fired from Gaza struck a house in Sderot, killing a woman.", "rocket_mortar_missile"),
    ("Troops shot dead two protesters during an exercise near the border.", "shooting_armed_assault"),
    ("The building collapsed after a bomb went off on the ground floor, killing 20.", "bombing"),
    # a raid that kills and carries people off
    ("Rebels ambush a bus on the road to Beni, killing six passengers and carrying off dozens more.", "kidnapping"),
    (("Maoist guerrillas attack a police post in Odisha, shooting dead three constables and carrying off the officer in "
     "charge."), "kidnapping"),
    ("Militants raided a village near Diffa overnight, seizing about 20 hostages and beheading two of them.", "kidnapping"),
    ("The gang had looted an armoury and taken hostages, two of whom were later killed.", "kidnapping"),
    # named captives, people taken away or marched off
    (("Four armed men stop a minibus near Zamboanga and seize Maria Santos, the 52-year-old principal of a village "
     "school."), "kidnapping"),
    ("Separatists say they seized Peter Ndum, the Anglican bishop of Bamenda, on Sunday.", "kidnapping"),
    ("Two engineers were pulled from their car on a highway in Zamfara and taken away by gunmen, police said.", "kidnapping"),
    ("Guerrillas marched 12 workers of an oil firm, four of them surveyors, into the forest at gunpoint near Saravena.",
     "kidnapping"),
    # a police raid in which a named person dies
    (("Dutch police raid a flat in Utrecht used by a jihadist cell; the cell's leader, Karim Haddou, is killed in a "
     "gunfight and two others are arrested."), "other_violence"),
    (("Anti-terror police kill Rafiq Osman, the militant blamed for a string of bombings, and two other suspects in a raid "
     "on a house near Medan."), "other_violence"),
])
def test_session21_attacks_are_read(run, text, incident_type):
    assert first_incident(run, text, DAY)["incident_type"] == incident_type


@pytest.mark.parametrize("text", [
    # named persons killed by attackers stay assassinations, also attackers dressed as police, and a raid by soldiers
    "Gunmen shot dead opposition leader Ivan Petrov outside his home in Sofia.",
    "Gunmen disguised as police stormed the home of Mayor Carlos Ruiz and shot him dead.",
    "US special forces kill militant leader Abu Karim in a night raid on his compound in Idlib.",
])
def test_session21_named_targets_stay_assassinations(run, text):
    assert first_incident(run, text, DAY)["incident_type"] == "assassination"


@pytest.mark.parametrize("text", [
    # a device made with gas cylinders is a bomb
    ("A car fitted with gas cylinders and explosives blew up beside a convoy of border guards near Anantnag on Saturday, "
    "damaging a bus."),
])
def test_session21_a_device_with_gas_cylinders_is_an_attack(run, text):
    assert first_incident(run, text, DAY)["incident_type"] in ("car_bomb", "bombing")


@pytest.mark.parametrize("text", [
    # an arrest, a robbery, detainees and prisoners moved are no kidnapping; a load of fertiliser is no bomb
    "Police seized three suspects in a raid on a flat in Karachi on Sunday.",
    "The robbers held up the bank and fled with the cash at gunpoint.",
    "The detainees were taken away by police after the protest.",
    "Troops marched the prisoners across the yard.",
    ("A huge explosion at a freight yard near Tabriz injures dozens; officials call it an accident involving wagons loaded "
    "with fertiliser."),
])
def test_session21_takings_and_loads_that_are_no_attack(run, text):
    assert_no_incident(run, text, DAY)


def test_session21_a_road_between_towns_gives_no_city(run):
    # the ends of a route named as "the towns of X and Y" are not where it happened (a town named alone still is)
    text = ("Two traders were forced off a bus between the towns of Saravena and Tame and taken away by gunmen, the army "
            "said.")
    assert place_of(run, text, DAY) == (None, "COL")
    assert place_of(run, "A bomb exploded in the town of Tame, killing four people.", DAY) == ("Tame", "COL")


def test_session21_suicide_drones_are_one_way_attack_drones(run):
    row = first_incident(run, "Rebels launched suicide drones at an airbase near Kharkiv, wounding two soldiers.", DAY)
    assert row["incident_type"] == "rocket_mortar_missile"
    assert_no_incident(run, "The ministry says it will buy 500 suicide drones next year.", DAY)
