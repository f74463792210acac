"""Tolls on summaries written for session 17 in the ways of telling that unseen text (sets AM-AP) and the review
showed: wounded "others" after the dead, one killed and another wounded, a knife's living victims, the hurt told by
their care, a spared group that is no zero, counts that count no one, longer subjects of "is shot dead", companions
named after an aside, a place left before the toll. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2023, 5, 9)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Two soldiers were killed when a roadside bomb hit their patrol near Kandahar on Monday.\nThree other soldiers "
     "were wounded."), 2, 3),
    ("A suicide bomber killed four policemen at a checkpoint in Quetta.\nSix other people were injured, police said.",
     4, 6),
    (("Two policemen and a driver were killed by a bomb in Peshawar.\nFour other policemen and a passer-by were "
     "wounded."), 3, 5),
    ("An army major dies of his wounds and four other soldiers are hurt after a bomb hits their convoy in Sukma.", 1, 4),
    ("A man stabbed a woman to death and injured two other people at a bus stop in Leeds, police say.", 1, 2),
    (("A French soldier was killed in Mali on Tuesday when his vehicle struck a mine near Gossi.\nTwo other soldiers "
     "were slightly hurt."), 1, 2),
    # look-alikes: "others" after one hurt are more hurt; "others" in the same clause as the dead stay as told
    ("Gunmen shot dead a judge in Peshawar; two other people were wounded in the attack.", 1, 2),
    ("Gunmen shot and wounded a councillor in Karachi; two other people were also hurt.", None, 3),
    ("A bomb wounded a police officer in Athens on Monday, and two other people were slightly hurt.", None, 3),
    ("A gunman killed 12 people and wounded 20 others at a nightclub in Orlando on Sunday.", 12, 20),
])
def test_wounded_others_after_the_dead(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A sniper shot two soldiers in Hebron, killing one and wounding the other.", 1, 1),
    ("A roadside bomb struck a patrol near Gao, killing one French soldier and wounding another.", 1, 1),
    ("A gunman opened fire on a car carrying two engineers near Kirkuk, killing one and injuring the other.", 1, 1),
    ("Gunmen attack a checkpoint in Diyala; one policeman is killed and another wounded.", 1, 1),
    ("A rocket hits a house in Sderot; one woman is killed and another is seriously injured.", 1, 1),
    ("Two aid workers are shot in Juba; one dies and the other is wounded.", 1, 1),
    ("A policeman was killed and another was wounded when gunmen attacked a checkpoint in Arish.", 1, 1),
])
def test_one_killed_and_another_wounded(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A man with a knife stabs three people at a train station in Hamburg before police arrest him.", None, 3),
    ("A man shouting slogans slashes two police officers with a machete outside a station in Brussels.", None, 2),
    ("An attacker stabbed four worshippers at a synagogue in Manchester on Saturday.", None, 4),
    ("A teenager knifes two passers-by in a shopping street in Vienna; police shoot him dead.", None, 2),
    ("A man stabs a police officer at the entrance of a museum in Paris.", None, 1),
    ("Police shot dead a man in Lyon after he stabbed two officers at a railway station.", None, 2),
    # look-alikes: stabbed to death are dead, not hurt; a fatal share splits the count
    ("A man stabbed two people to death and wounded three others at a market in Lyon before police shot him dead.",
     2, 3),
    ("A man stabbed three people to death at a church in Nice.", 3, None),
    ("A man stabs four passers-by in Villejuif, one of them fatally.", 1, 3),
])
def test_a_knifes_living_victims_are_wounded(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A blast at a bus station in Nairobi sends 14 people to hospital.", None, 14),
    ("An explosion in a market in Karachi sent at least 30 people to hospital, police said.", None, 30),
    ("An explosion at a cafe in Dhaka sends 20 people to hospital with burns.", None, 20),
    ("Dozens of people are treated for breathing problems after a gas attack on a village in Idlib.", None, 24),
    ("A bomb exploded in a cafe in Istanbul, killing two people; 20 others were taken to hospital.", 2, 20),
    ("Eleven people were hospitalised after a man drove a car into a crowd in Graz.", None, 11),
    ("The health ministry says 25 people are being treated for injuries after a rocket hit a market in Donetsk.",
     None, 25),
    ("A bomb blast in Mogadishu killed at least 20 people.\nAnother 35 were treated for injuries at Madina hospital.",
     20, 35),
    ("A truck carrying chlorine exploded in Taji, killing six people and sickening dozens of others.", 6, 24),
    ("A chlorine bomb exploded at a school in Douma, sickening 30 children, doctors said.", None, 30),
    # look-alikes: a sending that is no care, a hospital that is a place
    ("Rebels sent 40 fighters to attack an army post near Goma, killing three soldiers.", 3, None),
    ("A bomb exploded outside a hospital in Kabul, killing six people.", 6, None),
])
def test_the_hurt_told_by_their_care(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A car bomb explodes outside a consulate in Erbil, killing three people.\nNo consulate staff are hurt.", 3, None),
    ("A rocket hits the embassy compound in Baghdad; no Americans were injured.", None, None),
    ("Gunmen attacked a police post in Kandahar; no policemen were hurt, officials said.", None, None),
    (("A bomb wrecks the entrance of a bank in Athens; a warning call allowed police to clear the area and nobody is "
     "hurt."), 0, 0),
    ("A parcel bomb exploded at a courthouse in Thessaloniki after a warning call, and nobody was hurt.", 0, 0),
    # look-alikes: no one, nobody and both sides named are zeros
    ("A rocket fired from Gaza lands in a field near Sderot; the rocket misses and nobody is hurt.", 0, 0),
    ("A grenade is thrown at a police station in Srinagar but it fails to explode and no one is hurt.", 0, 0),
    ("Militants fired three rockets at a base near Kirkuk; no soldiers or civilians were killed or injured.", 0, 0),
])
def test_a_spared_group_is_no_zero(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("An explosion at the airport gate in Kabul kills and wounds a number of people, officials say.", None, None),
    ("A bomb in a market in Quetta wounded a number of shoppers, police said.", None, None),
    ("Prime Minister Robert Novak was shot several times and badly wounded in Bratislava on Wednesday.", None, 1),
    ("A gunman shot the mayor of Tulcea three times outside his office; the mayor was seriously wounded.", None, 1),
    # look-alikes: a count before "times" in another sense still counts
    ("A bomb wounded several people at a market in Quetta, police said.", None, 3),
    ("Three people were wounded when a grenade was thrown at a bus in Srinagar.", None, 3),
])
def test_counts_that_count_no_one(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A French police officer is shot dead in a gunfight with suspected ETA members near Bayonne.", 1, "any"),
    ("A Turkish border guard is shot dead by smugglers near Hatay.", 1, "any"),
    ("An additional superintendent of police is killed when a mine explodes near Sukma.", 1, "any"),
    ("A deputy inspector general of police was killed when a bomb exploded near Quetta.", 1, "any"),
    ("A senior officer of the border police was killed when gunmen attacked his car in Khost.", 1, "any"),
    (("An additional superintendent of police is killed and several officers are wounded when a mine explodes near "
     "Sukma."), 1, 3),
    # look-alikes: two subjects stay two tolls; the killers are no toll
    ("A police chief and an aide were killed when a bomb exploded in Kunduz.", 2, "any"),
    ("Two gunmen shot dead a policeman at a checkpoint in Arish.", 1, "any"),
    ("A policeman is shot dead in Lagos.", 1, "any"),
])
def test_longer_subjects_of_a_death(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Rebels shoot dead Ravi Kumar, a legislator of the ruling party, and former legislator Anil Das in Koraput "
     "district."), 2, "any"),
    ("Gunmen killed Omar Haji, a district commissioner, and his deputy Ali Farah in Baidoa.", 2, "any"),
    ("Militants shot dead Juma Khan, a tribal elder, and journalist Noor Wali in Khost on Sunday.", 2, "any"),
    (("Houthi officials said their prime minister and several of his ministers were killed in an Israeli airstrike on "
     "Sanaa."), 4, "any"),
    ("Opposition politician John Okello is found strangled and stabbed in his home in Kampala.", 1, "any"),
    ("A 17-year-old girl was killed and her father and brother were badly wounded when a bomb exploded near Dolev.",
     1, 2),
    ("Senator John Hoffman and his wife are wounded at their home in Champlin by a gunman.", None, 2),
    ("Police say gunmen shot dead a driver and wounded his passenger in an ambush near Kismayo.", 1, 1),
    ("Reporter Bob Wood and cameraman Doug Vance were seriously injured when a roadside bomb exploded near Taji.",
     None, 2),
    # look-alikes: a name in apposition is the same person; a named victim alone is one
    ("Gunmen shot dead Ravi Kumar, a legislator of the ruling party, in Koraput district.", 1, "any"),
    ("A drone strike in Shabwa killed Fahd Nasser, a local al-Qaeda commander, and two of his guards.", 3, "any"),
    ("Poet Hamid Rahimi was wounded when gunmen fired on his car in Herat.", None, 1),
])
def test_named_victims_and_their_companions(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen open fire on worshippers leaving a church in Minya, killing six Copts and a Muslim police guard.", 7,
     "any"),
    ("A bomb hit a bus leaving the market in Jalalabad, killing four women and a child.", 5, "any"),
    ("Militants ambushed villagers leaving a mosque in Borno, killing 12 men and a boy.", 13, "any"),
    # look-alikes: "leaving" a toll keeps it
    ("A car bomb exploded in Mosul, leaving 14 people dead.", 14, "any"),
    ("Gunmen raided a village in Zamfara, leaving 30 villagers and two soldiers dead.", 32, "any"),
])
def test_a_place_left_before_the_toll(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Militants behead more than 50 villagers in a raid on a village in Cabo Delgado.", 50, "any"),
    ("Jihadists behead three villagers and burn homes near Mocimboa da Praia.", 3, "any"),
    ("Kidnappers beheaded a British aid worker in Syria, the group said in a video.", 1, "any"),
    # look-alike: a threat to behead is none
    ("Militants seized 20 hostages in Sulu and threatened to behead them.", None, "any"),
])
def test_beheadings_in_the_present(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
