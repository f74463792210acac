"""Tolls on summaries written for session 18 in the ways of telling that unseen text (sets AQ-AT) showed: a victim
who dies later, further victims told after the main clause, a count hedged on who they were, a figure inside a
name, the count of the span the news falls in, a monitor's higher count, a second device's toll, hurt people told
by two participles, a hurt person told alive, a knife's victim who died. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A local councillor is shot outside his home in Peshawar, and doctors later say he has died of his wounds.", 1, None),
    ("Journalist Maria Lopez is shot by two men on a motorbike in Veracruz; she dies in hospital the next day.", 1, None),
    ("A trade unionist was shot in the back in Cali on Friday, and his family said he died on Sunday.", 1, None),
    ("Opposition politician Ahmed Rahimi was shot in the chest in Herat on Tuesday and later died in hospital.", 1, None),
    ("A police officer is stabbed at a checkpoint in Hebron and dies of his injuries hours later.", 1, None),
    # look-alikes: a victim told alive, and a pronoun of someone else
    ("A local councillor is shot outside his home in Peshawar; he is in hospital.", None, 1),
    ("A gunman killed two guards at a bank in Lagos before police shot him; he died at the scene.", 2, None),
])
def test_victim_who_dies_later(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A suicide bomber blew himself up at a police post in Quetta on Monday, killing two officers and wounding five "
      "other people.\nThe rickshaw driver who had carried him there also died."), 3, 5),
    (("Lawyer Ivan Petrov is shot dead in Kyiv; Olga Marchenko, a student walking with him, is also shot and dies in "
     "hospital."), 2, None),
    ("A judge is shot dead in Kirkuk; his assistant is also killed.", 2, None),
    ("Editor Samir Haddad is shot dead in Tripoli; his driver, who was with him, is also killed.", 2, None),
    ("A gunman shot dead a judge in Karachi on Friday.\nHis driver also died.", 2, None),
    ("Two soldiers were killed when a mine exploded under their truck near Gao.\nA civilian passing by also died.", 3,
     None),
    # look-alikes: the doer told dead after the victims adds no one
    ("A suicide bomber killed three soldiers at a base in Kunduz.\nThe bomber also died.", 3, None),
    ("Gunmen killed a tribal elder in Khost; the attackers also died in the shootout.", 1, None),
])
def test_further_victims_told_after(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("At least 11 people believed to be militants are killed when missiles hit a compound in North Waziristan.", 11,
     None),
    ("Two men thought to be smugglers were shot dead by border guards near Zahedan.", 2, None),
    ("Nine people said to be members of a gang are killed in a shootout with police in Tegucigalpa.", 9, None),
    ("A Syrian army officer linked to Hezbollah is killed when a bomb in his car explodes in Homs.", 1, None),
    ("A tribal elder tied to the ruling party was killed by a bomb in Mosul on Sunday.", 1, None),
    ("A militia commander loyal to the government is killed by a roadside bomb in Sirte.", 1, None),
    # look-alike: a fear or a threat is still no toll
    ("Police said a hostage held in Kidal was believed to be dead.", None, None),
])
def test_count_hedged_on_who(run, text, killed, wounded):
    if killed is None:
        incidents = run([("x", text, DAY)]).incident_mentions
        assert incidents.filter(incidents["killed_min"].is_not_null()).height == 0, text
        return
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Ahmad Karimi, a reporter for Channel 4 television, is found shot dead in his car in Kabul.", 1, None),
    ("Levan Beridze, an anchor of Imedi 2 television, is found stabbed to death in his flat in Tbilisi.", 1, None),
    (("A journalist is shot dead in Culiacan, in a year in which at least eight other reporters have been killed in "
     "Mexico."), 1, None),
    ("A human rights activist is killed by gunmen in Tumaco, the latest of dozens of activists murdered this year.", 1,
     None),
    ("A priest is shot dead in Guerrero, in a month when several other clergymen have been murdered.", 1, None),
    # look-alikes: a count on a day is the toll, and the toll of last week's attack is that attack's
    ("On Monday 12 people were killed when a bus was bombed in Quetta.", 12, None),
    ("In Kabul 5 soldiers were killed by a roadside bomb.", 5, None),
])
def test_counts_that_are_no_toll(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("At least four people were killed when a car bomb exploded in Azaz on Friday; a war monitor put the toll at "
     "seven and said 12 were wounded."), 4, 12),
    (("Five soldiers were killed in an ambush near Palmyra, the army said; the Syrian Observatory for Human Rights put "
     "the toll at nine."), 5, None),
    # look-alikes: officials' revision stands, and a monitor's count alone is the toll
    ("A suicide bomber struck a market in Idlib; a war monitor put the toll at 14.", 14, None),
    ("A car bomb killed at least six people in Afrin, and officials later raised the toll to 11.", 11, None),
    # the count in the next sentence (one per line): a monitor's does not replace the first toll, an official one does
    ("At least four people were killed when a car bomb went off in Afrin on Monday.\nA war monitor put the toll at six.",
     4, None),
    ("A car bomb killed nine people in Idlib on Sunday.\nThe Syrian Observatory for Human Rights put the death toll at 14.",
     9, None),
    ("Gunmen killed five villagers in Zamfara on Friday.\nActivists said the toll rose to 11 by nightfall.", 5, None),
    ("A bomb killed 12 people in a Kabul market on Monday.\nBy evening the ministry had raised the toll to 20.", 20, None),
])
def test_monitor_count_after_the_toll(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A roadside bomb killed six soldiers near Kismayo on Sunday, while another bomb in Baidoa killed at least two "
     "police officers."), 8, None),
    ("A car bomb killed three people in Kirkuk, while a second bomb in Tikrit killed two.", 5, None),
    ("A mortar shell killed four civilians in Gorlovka, and another shell killed a child in Donetsk.", 5, None),
    # look-alike: one bomb's toll told once
    ("A roadside bomb killed six soldiers near Kismayo on Sunday, officials said.", 6, None),
])
def test_second_device_adds(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A man opened fire outside a courthouse in Milan, seriously wounding a policeman and hurting a lawyer.", None, 2),
    ("Gunmen attacked a bus in Kirkuk, wounding two passengers and injuring a driver.", None, 3),
    ("A bomb exploded at a market in Jos, killing two people, wounding three and injuring a police officer.", 2, 4),
    ("A grenade thrown into a bar in Bujumbura wounded four people, and injured a waiter.", None, 5),
    # look-alikes: the same hurt told once, and a participle after a named dead of another day adds nothing
    ("A bomb exploded at a bus stop in Jos, wounding three people.", None, 3),
    ("A bomber blows himself up at the funeral of slain mayor Karim Nouri in Ghazni, killing nine.", 9, None),
])
def test_hurt_told_by_two_participles(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A soldier on patrol in Brussels is stabbed in the neck; he survives, and the attacker is arrested.", None, 1),
    ("A French teacher was stabbed outside his school in Arras and survived with injuries.", None, 1),
    ("A prominent blogger is attacked with a machete in Dhaka and is in critical condition.", None, 1),
    ("A Kurdish activist was shot in Diyarbakir and is in critical condition in hospital.", None, 1),
    ("A shopkeeper was badly burned when a petrol bomb was thrown into his store in Belfast.", None, 1),
    ("A rabbi is stabbed outside a synagogue in Marseille but survives.", None, 1),
    # look-alikes: the doer told alive, and a victim who died
    ("A policeman is stabbed to death in Trappes; the attacker is shot and survives.", 1, None),
    ("A French teacher was stabbed outside his school in Arras and died of his injuries.", 1, None),
])
def test_hurt_person_told_alive(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A Jewish settler dies of stab wounds after a Palestinian knifes him near Hebron; soldiers shoot the attacker "
     "dead."), 1, None),
    ("A British tourist died after a man stabbed him on a beach in Hurghada.", 1, None),
    # look-alike: a knife's living victim is hurt
    ("A man stabbed a tourist on a beach in Hurghada and fled.", None, 1),
])
def test_knife_victim_who_died(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # an ordinal is no time: "a second contractor" is one more
    ("A drone hit a base near Hasakah, killing a contractor and wounding five service members and a second contractor.",
     1, 6),
    ("Four policemen and a second civilian were wounded when a grenade exploded in Srinagar.", None, 5),
    ("A British and an Italian engineer were killed in an attack on a gas plant in In Amenas.", 2, None),
    ("A roadside bomb killed two soldiers and a bomb squad technician in Kandahar.", 3, None),
    ("A parcel bomb exploded as police tried to defuse it, killing a clerk and a bomb-disposal officer.", 2, None),
    # look-alikes: a time is still no part, nor a second blast
    ("Two soldiers were killed in Tal Afar and, a second later, a civilian.", 2, None),
    (("A car bomb exploded outside a hotel in Benidorm, wounding six people, and a second blast hit Alicante an hour "
     "later."), None, 6),
])
def test_ordinal_is_no_time(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Five soldiers were killed and 12 wounded in an ambush near Diffa, and an earlier attack in the same area killed "
     "nine."), 5, 12),
    ("A car bomb killed seven people in Mogadishu; a previous bombing at the same hotel killed 15.", 7, None),
    # look-alike: a second blast's toll told with "another" adds
    ("A car bomb killed seven people in Mogadishu, and another bomb at a hotel killed three.", 10, None),
])
def test_earlier_attack_toll(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen who had kidnapped three aid workers in Darfur killed them after ransom talks failed.", 3, None),
    ("Militants abducted 12 truck drivers near Mosul and later executed them.", 12, None),
    ("Rebels seized four soldiers at a checkpoint in Kivu and shot them dead the next day.", 4, None),
    # look-alike: captives held are no toll
    ("Gunmen kidnapped three engineers in Zamfara and are holding them for ransom.", None, None),
])
def test_captives_killed_by_their_captors(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
