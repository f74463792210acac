"""Incident type on summaries written for session 27, in the ways of telling that recur over all tuning sets (dev, A-CH).
A vehicle or unit that hits or strikes a mine (told with words between the vehicle and the verb), a mine that rips or
blows apart what it hit, a unit that enters a minefield and a mine explosion are IEDs; an aerial bombing or air
bombardment, a bombing told with jets, gunships or a jet model, aircraft firing at launch sites and missiles told as a drone's are air strikes;
people driven off with, carried off after a killing, taken away as "N of its crew" or seized by rank (sheikhs, elders, a captain,
personnel) are kidnappings; bombs that go off beside a road named with an adjective are IEDs; shots fired into or an
ambush on the car of a person named with no title are an assassination. A fire that tore or swept through a building, a car that veers into a crowd and an explosion at a plant
named by the weapons it makes are accidents, as is a gas that leaks and kills; a tally since a month or
a campaign began and a weapon test told by its practice target tell no attack. Beside them,
look-alikes that keep their type or tell no attack: a coal mine explosion,
rocket launchers, people taken to hospital, a captain's logbook seized. Names, places and numbers are made up or
common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(("text", "incident_type"), [
    # a mine hit by a vehicle told with an apposition between, or with no vehicle at all
    ("Two soldiers die when their truck, part of a supply column, hits a mine near Kidal.", "ied"),
    ("Four herders were killed on Monday when their cart, carrying water to the camp, struck an anti-tank mine near Gao.",
     "ied"),
    ("Three policemen are killed when a mine rips apart their jeep in the hills of Cauca.", "ied"),
    ("A mine blew apart an army pickup near Tillaberi on Friday, killing five soldiers.", "ied"),
    # a unit that enters or crosses a minefield; a mine explosion
    ("Five soldiers were killed after their platoon entered a minefield near the border with Ecuador.", "ied"),
    ("Two shepherds are hurt by a mine explosion near Herat.", "ied"),
    # bombs that go off (plural, present) beside a road named with an adjective
    ("Two small bombs go off beside a mountain road near Jaca; no one is hurt.", "ied"),
    ("A bomb went off beside a busy road in Quetta on Monday, killing two people.", "ied"),
    # air attacks told without "air strike"
    ("An air bombardment on a rebel camp in Meta kills 12 fighters, the army says.", "airstrike"),
    ("A military aerial bombing hit a school in Sagaing on Monday, killing six children.", "airstrike"),
    ("Eight Turkish jets taking off from Batman bombed rebel positions in northern Iraq overnight.", "airstrike"),
    ("Army jets and helicopter gunships have been bombing rebel positions near Laiza in recent days, the rebels say.",
     "airstrike"),
    ("Two children were killed on Tuesday when Israeli aircraft fired at launch sites in northern Gaza.", "airstrike"),
    # missiles told as a drone's, with or without the firing verb
    ("Eleven people are killed when two missiles from a suspected U.S. drone hit a house near Miranshah.", "airstrike"),
    ("Three rockets, believed to have been fired by a U.S. drone, hit a car in Maarib and kill its driver.", "airstrike"),
    # people carried off
    ("Gunmen raided an office in Baghdad, driving off with 14 staff and visitors.", "kidnapping"),
    ("Gunmen took away three of its twelve crew after boarding the tug off Basilan.", "kidnapping"),
    ("Gunmen seize seven tribal elders on the road to Baqubah.", "kidnapping"),
    ("Gunmen raid a quarry near Kano, killing two guards and carrying off a Chinese engineer.", "kidnapping"),
    ("Militants seize 12 AU personnel near the border town of Tine.", "kidnapping"),
    ("Pirates board a cargo ship off Sabah and seize its captain.", "kidnapping"),
    # the car of a person named with no title, shot at or ambushed
    ("Gunmen ambush the car of aid worker Tomas Berger in Jalalabad, killing him and his driver.", "assassination"),
    (("Gunmen opened fire on the car of Ivan Dolgov, head of the regional tax service, in Sukhumi on Friday, wounding "
      "him and his driver."), "assassination"),
    ("Four gunmen riddled the pick-up truck of Raul Medina Ortiz, director of a local paper, with bullets near Tuxpan.",
     "assassination"),
])
def test_session27_ways_of_telling_an_attack(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize(("text", "incident_type"), [
    # a mine or minefield named without being hit keeps the attack's own method
    ("Gunmen shot dead three guards at a gold mine in Kenieba on Sunday.", "shooting_armed_assault"),
    # launchers named after a weapon are still no target of a firing verb
    ("Militants fire rockets at Sderot from launchers hidden in an orchard, wounding two people.", "rocket_mortar_missile"),
    # missiles from a warship or a territory stay missiles
    ("Cruise missiles fired from a warship hit a port in Odesa, killing four.", "rocket_mortar_missile"),
    ("Rockets fired from Gaza hit Sderot, wounding two people.", "rocket_mortar_missile"),
    # a bomb that is no air attack, and bombs that go off away from a road, stay bombings
    ("A bomb explodes at a market in Kandahar, killing six people.", "bombing"),
    ("Two bombs explode in a market in Yala, wounding nine people.", "bombing"),
    ("Two bombs go off at a bus station in Kampala, wounding nine people.", "bombing"),
    # the car of an organisation or of people told by trade, not by name
    ("Gunmen ambush the car of the Kenya Red Cross in Mandera, killing two staff.", "shooting_armed_assault"),
    ("Rebels opened fire on the motorcade of the UN mission near Goma, wounding two peacekeepers.",
     "shooting_armed_assault"),
    # a gunmen's attack that takes no one
    ("Gunmen raided a ranch in Tacuati, killing three guards.", "shooting_armed_assault"),
    # a fire set by attackers, a vehicle driven into a crowd: attacks
    ("Attackers set a fire that tore through a market in Maiduguri, killing 12 people.", "other_violence"),
    ("A truck rammed into a crowd at a market in Nice, killing 86 people.", "other_violence"),
    # an attack on such a plant names its weapon
    ("Drones hit an explosives plant in Tambov overnight, causing an explosion that injures 12 people.", "airstrike"),
    ("Militants set off a bomb at an ammunition factory in Wah, killing three workers.", "bombing"),
    # a toll counted from a recent day or an attack stays that attack
    ("At least 40 people have been killed since Wednesday in fighting between two clans in Galkayo.", "other_violence"),
    ("Seven soldiers have been killed since gunmen stormed the air base on Saturday, officials say.",
     "shooting_armed_assault"),
    # wounded taken to hospital after a blast: the blast, not a kidnapping
    ("A bomb tears through a bus in Jolo; the crew took two of its passengers to hospital.", "bombing"),
    ("Ambulances took away three wounded soldiers after the bombing in Kabul.", "bombing"),
])
def test_session27_look_alikes_keep_their_type(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize("text", [
    # an accident in a coal mine; a seized logbook
    "A coal mine explosion kills 20 miners in Zonguldak.",
    "An explosion at a coal mine in Shanxi kills 12 workers.",
    "Police seized the captain's logbook after the ship docked in Mombasa.",
    # a fire told in a relative clause, a car that veers into a crowd: accidents with a toll
    "A fire that tore through a five-storey shopping centre in Chittagong late on Friday killed at least 30 people.",
    "A fire that swept through a crowded nightclub in Recife on Sunday has killed 41 people, officials said.",
    "A car veers into a crowd watching a parade in Kigali, killing two people and injuring 11.",
    # an explosion at a plant named by the weapons it makes
    "Four workers are killed in an explosion at a state-owned rocket and explosives factory near Izmir.",
    "An explosion at a plant producing industrial explosives in the city of Perm injures 31 people.",
    # a gas that leaks and kills; a running tally since a month or a campaign began
    "Chlorine gas leaks from a paper mill near Pune, killing four workers and leaving dozens in hospital.",
    "The army says 340 rebels have been killed since March 2004.",
    "Chad says 41 of its soldiers have been killed fighting rebels since the offensive began in May.",
    # a weapon test told by its practice target or as tests of a missile
    "The navy says its new frigate fired a cruise missile in the White Sea and hit a practice target.",
    "The president says the country has completed final tests of its new long-range cruise missile.",
    # a minefield as a figure of speech
    "The new law is a legal minefield for small farmers, critics say.",
])
def test_session27_no_attack(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize("text", [
    # men told armed or masked who kill, also told how they came
    "Armed men kill the village chief overnight in Niger's Tillaberi region.",
    "Armed men on a motorcycle kill a teacher and his son near Diffa.",
    "Masked men kill four farmers in a village of Zamfara state, residents say.",
])
def test_session27_armed_men_kill(run, text):
    assert first_incident(run, text, DAY)["status"] == "occurred"


@pytest.mark.parametrize("text", [
    # men in a figure or a report that kills no one now
    "Armed men in pickups patrol the streets of Gao after the army withdrew.",
    "The report says armed men killed dozens of people in the region over the past decade.",
])
def test_session27_armed_men_look_alikes(run, text):
    assert_no_incident(run, text, DAY)

