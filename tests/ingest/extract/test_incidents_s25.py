"""Incident detection and type on summaries written for session 25 in the ways of telling that sets BS-BV showed.
A rocket launched into orbit, a missile shown in a new version, an indictment over a past shooting, a blast at a
refinery and a meteor that explodes tell no attack. A parcel or package that blows up, a pipeline blown up by
assailants and shellfire tell one, of the method they name; a raid that kills some and carries off others (told as
"about 70 others" or "others") is a kidnapping; shots at a named holder of an office described after
the name, and a bomb at the convoy of a hyphenated title and its holder, are attempts on that person. Names, places and
numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text", [
    # fighting a scourge; captors releasing a hostage; a claim for a run of past attacks
    "Interior ministers meet in Tashkent and agree a plan for fighting terrorism, extremism and drug trafficking.",
    "Gunmen in Mali release an Italian nun after holding her for four years.",
    "The FLNC claims responsibility for six bombings carried out in Corsica over the past months.",
    # a flood that goes on "and kill"
    "Heavy rains swamp the delta and kill more than 40 people, officials say.",
    # a blade wielded in a contest, goods seized
    "A chef wielding a meat cleaver wins the televised cooking contest in Lyon.",
    "Customs officers say two tonnes of cocaine were seized in a raid on a warehouse in Antwerp.",
    # a space launch, a missile shown
    "The agency's new Kestrel rocket blasts off from the Alcantara launch centre, carrying two weather satellites.",
    "A light launcher lifts a small probe into low Earth orbit on its maiden flight from the northern spaceport.",
    "The defence ministry unveils an upgraded version of its Fateh short-range ballistic missile at a parade.",
    # an indictment over a past killing
    "Prosecutors in Osaka indict a 41-year-old man on a murder charge over the fatal stabbing of a shop owner last May.",
    # a blast at a refinery, a meteor
    "A blast at a refinery in Ploiesti kills two workers and sends a plume of smoke over the city.",
    "A meteor explodes over the Ural mountains with a flash that witnesses compare to a bomb.",
])
def test_session25_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # a parcel or package that blows up
    ("A parcel delivered to a bank manager's home in Trikala blew up as he opened it, wounding him in the hands.", "bombing"),
    ("A package left outside a tax office in Malmo explodes as a cleaner moves it, slightly injuring her.", "bombing"),
    # a pipeline blown up by assailants (a gas pipeline is no leak here)
    ("Saboteurs blow up a gas pipeline near Quetta, cutting supplies to the city; no one is hurt.", "bombing"),
    # a blade wielded, people seized (told in the passive)
    ("A man wielding a machete wounds three shoppers at a market in Kisumu before police subdue him.", "other_violence"),
    ("Nine road workers were seized near a quarry outside Kaduna on Monday and freed two days later.", "kidnapping"),
    # a car driven into a crowd (passive); an armed band whose clause goes on "and kill"
    ("A van was driven into a crowd at a street festival in Graz, injuring 14 people; the driver was detained.",
     "other_violence"),
    ("Militiamen surround the hamlet of Kibali at dawn and kill at least 30 villagers, a local chief says.", "other_violence"),
    # a bomb that goes off beside a road
    ("A bomb hidden in a rubbish bin exploded beside a road in Rueso district, wounding two rangers on patrol.", "ied"),
    # shellfire
    ("Artillery shellfire kills two farmers and wounds a boy in a village near Kupiansk.", "rocket_mortar_missile"),
    # killing some and carrying off others
    ("Bandits kill at least 12 villagers and carry off about 40 others in a night raid in Zamfara.", "kidnapping"),
    ("Rebels ambushed an army patrol near Bunia, killing three soldiers and seizing others.", "kidnapping"),
])
def test_session25_ways_of_telling_an_attack(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize(("text", "incident_type"), [
    # shots at a named office holder described after the name; a bomb at the convoy of a hyphenated title
    ("Gunmen open fire on Hamid Rahimi, the province's former chief justice, as he leaves a mosque in Herat; he is unhurt.",
     "assassination"),
    ("A roadside bomb explodes beside the convoy of deputy attorney-general Samir Haddad in Zarqa, wounding a guard.",
     "assassination"),
    # a described name who dies of the shots at them; shot and wounded by name, then the role
    ("Marta Velez, a judge of the regional appeals court, died on Monday hours after two men on a motorbike shot her outside her home.",
     "assassination"),
    ("Gunmen shoot and badly wound Tomas Ruiz, a local radio journalist, as he leaves his studio in Tegucigalpa.",
     "assassination"),
])
def test_session25_attempts_on_named_office_holders(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize(("text", "incident_type"), [
    # the look-alikes that must stay: carrying off loot, weapons or a body; shots at a named farmer; an explosion at a
    # refinery told as a bombing; a rocket that strikes; a pipeline blast with no attacker stays an accident (below)
    ("Rebels raid a police post near Butembo, killing two officers and carrying off their weapons.", "other_violence"),
    ("Gunmen open fire on Juma Okello, a 40-year-old farmer, outside his home in Gulu, wounding him.",
     "shooting_armed_assault"),
    ("A bomb explodes at the gate of a refinery in Baiji, killing three guards.", "bombing"),
    ("A rocket fired by militants strikes a house in Sderot, wounding two people.", "rocket_mortar_missile"),
    ("A bomb exploded beside a bus shelter in Hebron, wounding three people.", "bombing"),
    ("Fighting between two militias kills nine people in the port of Zawiya.", "other_violence"),
    ("Gunmen in Karachi released a burst of fire at a police van, wounding two officers.", "shooting_armed_assault"),
])
def test_session25_attacks_beside_the_look_alikes_stay(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


def test_session25_a_gas_pipeline_explosion_with_no_attacker_stays_an_accident(run):
    assert_no_incident(run, "A gas pipeline explodes in a suburb of Lagos, killing four residents and burning homes.", DAY)
