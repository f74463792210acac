"""Incident detection and type on summaries written for session 26 in the ways of telling that sets BW-BZ showed. A gas
tanker blast, a fire lit by lightning, a volcano, a lost aircraft found, weapons burned at a ceremony and captives
still held tell no new attack, nor fighting that could break out or a verdict on a killing. People seized (relatives by
marriage, a gendarme), pipelines blown up by a group whose name holds "Avengers", a person set on fire or beaten with a
hammer are attacks; "fire at least N rockets" is the rockets' attack, attack planes firing rockets and a drone that
"has struck" are air strikes, as are gunships told firing far from their name; a bomb hidden under something on a road
is an IED; a bomb aimed at a vehicle is no car bomb; people armed with sticks storming is no armed assault; two role
holders named after the killing verb, or one named with the office in apposition and then shot as "him", are its
targets, as is an official wounded by name ("party official X"), and a named robbery victim is typed by the method.
Posts attacked in the plural with no article and fighting that breaks out are attacks with no toll or town, and deaths
told with the verdict that set off the unrest are news. Names, places and numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text", [
    # a tanker of gas that blows up; a fire lit by lightning (a "strike" that is no attack)
    "A gas tanker explosion at a brick kiln outside Multan kills at least 11 workers.",
    ("A fire at a fuel depot in Tema, started by a lightning strike on Sunday, spreads to a third tank after an explosion; "
    "two firemen are dead."),
    # a volcano; an aircraft lost and found
    "Mount Kanlaon erupts, sending flows of hot ash over farms on its slopes; at least six people are killed.",
    ("Rescuers reach the wreckage of a small passenger plane that went missing over the mountains of Papua; all nine on "
    "board are dead."),
    # weapons burned at a ceremony
    "Thousands of surrendered weapons are set on fire at a ceremony in Bouake to mark the end of the conflict.",
    "The president burns 3,000 confiscated rifles at a ceremony in Juba.",
    # a verdict with a killing told as what the convict did
    "A court in Dakar sentences a man to 20 years in prison after he was convicted of killing two police officers.",
    "A man is sentenced to death after being convicted of killing five people in a shooting in Dakar.",
    # fighting that may break out
    "Fighting could break out again in the region, analysts warn.",
    # captives still held after others were freed
    ("Officials say 12 of the 20 tourists who vanished in the desert have been freed; the other eight are still believed "
    "to be held by the gang."),
])
def test_session26_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # people seized: relatives by marriage, a gendarme
    ("Armed men seized the stepfather and grandmother of a provincial governor from their farm near Marawi.", "kidnapping"),
    ("Gunmen seize a gendarme at a checkpoint near the border and take him into the desert.", "kidnapping"),
    # pipelines and pylons blown up (a group named "Avengers" vows no revenge; a named "Resistance" is the doer)
    ("Members of the Kherson Resistance blow up a car carrying an army officer in Melitopol.", "bombing"),
    ("A group calling itself the Forest Avengers says it has blown up two power pylons near Jos.", "bombing"),
    ("Insurgents say they have blown up oil and gas pipelines near Port Harcourt.", "bombing"),
    # a person set on fire, a hammer
    ("Masked men pour petrol over a shopkeeper in Tarija and set him on fire.", "other_violence"),
    ("An intruder breaks into the home of a senator in Leeds and beats her husband with a hammer.", "other_violence"),
    # "at least" counts the rockets; attack planes and a drone that "has struck"
    ("Militants fire at least four rockets into a peacekeepers' base at Gao airport, wounding three soldiers.",
     "rocket_mortar_missile"),
    ("Air force attack planes fired rockets on Tuesday at a rebel camp in the hills of Mindanao.", "airstrike"),
    ("A Turkish drone has struck a car near the town of Qamishli, killing two people.", "airstrike"),
    # a state or its forces accused of bombing
    ("Armenia accuses Azerbaijan of bombing villages along the border.", "airstrike"),
    ("Kharkiv's governor accuses Russian forces of bombing a school in the village of Derhachi.", "airstrike"),
    # gunships told far from their firing
    (("Two army helicopter gunships, sent after the raiders on Friday, mistook a wedding party near Gulu for them and "
     "opened fire, killing six guests."), "airstrike"),
    # a bomb hidden on a road, told with what hid it
    (("A bomb hidden under a pile of rubbish on a road in Yala's Bannang Sata district explodes as rangers pass; no one is "
     "hurt."), "ied"),
    # the vehicle a bomb was aimed at
    ("A bomb aimed at a police vehicle explodes in Peshawar, killing three people.", "bombing"),
    # posts attacked, told in the plural with no article; fighting that breaks out (no toll, no town)
    ("Rebels attack government positions in the hills of Myanmar's Kachin State.", "other_violence"),
    ("Fighting breaks out between the army and Karen rebels in Myanmar's Kayin State.", "other_violence"),
    # deaths in unrest told with the verdict that caused it
    (("Nine people are killed in Dakar as opposition supporters clash with police after their leader is sentenced to two "
     "years in prison."), "other_violence"),
    # a crowd with sticks storming
    ("Protesters armed with sticks storm a ruling party office in Dhaka, injuring 40 people.", "other_violence"),
    # a holder named with the office in apposition, then shot as "him"
    (("Two men lured Ivan Petrov, the chief rabbi of the region and a critic of the governor, out of his home on Friday "
     "and shot him dead in the street."), "assassination"),
    # an official named by office and name, wounded by a car bomb
    ("A bomb hidden under a car wounds party official Karim Nasser as he opens the door in Tyre.", "assassination"),
    # two role holders named after the killing verb; a named robbery victim
    (("Gunmen burst into a television studio in Kunduz and shoot dead two presenters, Farid Ahmadi and Nasir Karimi, "
     "during a morning show."), "assassination"),
    ("Chess champion Ivan Petrov is stabbed to death in Minsk by two men who were trying to steal his phone.",
     "other_violence"),
])
def test_session26_ways_of_telling_an_attack(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize(("text", "incident_type"), [
    # an armed fight, a battle that erupts, a bomb in the wreckage
    ("Gunmen set fire to a police station in Mopti, killing two officers.", "other_violence"),
    ("Fighting erupts between troops and rebels near Goma, killing 12 people.", "other_violence"),
    ("Soldiers pull nine bodies from the wreckage of a bus hit by a roadside bomb near Gao.", "ied"),
    # a bomb hidden away from any road
    ("A bomb hidden in a bag outside a shop in Yala explodes, wounding two people.", "bombing"),
    # an official who speaks of the attack
    ("Police official Karim Nasser said a bomb killed three soldiers in Tyre.", "bombing"),
    ("Hamas official Karim Nasser says an Israeli strike killed five people in Rafah.", "airstrike"),
    # an armed group accused of bombing
    ("Turkey accuses the PKK of bombing a police station in Diyarbakir.", "bombing"),
    # a vehicle that is the bomb
    ("A police vehicle parked outside the station explodes in Peshawar, killing three people.", "car_bomb"),
    # an exchange of fire the forces do not lead; gunmen armed with rifles storming
    ("Two border guards are killed in an exchange of fire with smugglers near Zahedan.", "shooting_armed_assault"),
    ("Gunmen armed with rifles storm a hotel in Mogadishu, killing 12 people.", "shooting_armed_assault"),
    # firing at a target; mortar rounds counted
    ("Rebels fire at a police post in Kidal, killing two officers.", "shooting_armed_assault"),
    ("Militants fire at least 30 mortar rounds at an army base near Gao.", "rocket_mortar_missile"),
    # a helicopter fired on, soldiers aboard one
    ("Gunmen opened fire on an army helicopter as it landed near Gulu, wounding the pilot.", "shooting_armed_assault"),
    # a named person with no office; people killed who are no named role holders; a named leader shot with no robbery
    ("Two men lured Ivan Petrov, a local farmer, out of his home on Friday and shot him dead in the street.",
     "shooting_armed_assault"),
    ("Gunmen shoot dead two policemen and a teacher at a market in Kunduz.", "shooting_armed_assault"),
    ("Opposition leader Ivan Petrov is shot dead outside his home in Minsk.", "assassination"),
])
def test_session26_attacks_beside_the_look_alikes_stay(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type
