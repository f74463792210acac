"""Tolls on summaries written for session 16 in the ways of telling that unseen text (sets AI-AL) showed: the doers
killed by the force they met, a named victim with one companion after asides, one victim told by a pronoun or a
description between the verb and "dead", a second count with its verb left out, "killing all of them", a toll that
opens its sentence before another event's clause. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2022, 3, 14)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Gunmen attack a police post in Borno State; troops say they killed twelve suspected Boko Haram fighters in the "
     "gunfight."), None, "any"),
    ("Militants raid a checkpoint near Peshawar and soldiers kill eight of the attackers, the army says.", None, "any"),
    (("Al-Shabaab fighters stormed an army base in Lower Shabelle on Monday.\nThe army says more than 40 attackers were "
     "killed."), None, "any"),
    ("Gunmen attacked a mosque in Peshawar.\nPolice said three attackers were killed in the gunfight.", None, "any"),
    ("Soldiers shoot dead two militants who attacked a checkpoint in North Sinai, the army says.", None, "any"),
    ("Gunmen raid a village in Zamfara; soldiers say they killed 15 bandits in the gunfight that followed.", None, "any"),
    ("Three gunmen attacked the parliament in Dhaka; police killed all three in a gunfight.", None, "any"),
    (("Four men armed with rifles stormed a hotel in Mogadishu; security forces killed all four after a six-hour "
     "siege."), None, "any"),
    (("Five inmates take two guards hostage at a prison in Volgograd; special forces storm the building, kill four of "
     "the hostage-takers and free the guards."), None, "any"),
    (("Kidnappers seized a bus of schoolchildren near Chittagong; commandos shot dead two of the kidnappers and freed "
     "the children."), None, "any"),
    (("French police shot dead a man in Marseille on Tuesday after he set off a small bomb outside a synagogue, "
     "wounding a guard."), None, 1),
    (("German police shot dead Anis Amri in Milan on Friday after he opened fire on officers during a routine check, "
     "wounding one."), None, 1),
    # look-alikes: the victims' toll stays; a force's own operation counts; gunmen killing a named man count
    ("Rebels attack a town in North Kivu, killing 12 civilians; the army says it killed 20 rebels.", 12, "any"),
    ("Gunmen killed five villagers in Zamfara on Monday; soldiers later killed three of the attackers.", 5, "any"),
    ("Troops killed 12 militants in a raid on a hideout in North Waziristan, the army said.", 12, "any"),
    ("Police shot dead two men who were robbing a bank in Lagos.", 2, "any"),
    ("Gunmen shot dead Ahmed Ali, a local councillor, in Mogadishu on Monday after he left a mosque.", 1, "any"),
    ("Police say gunmen shot dead Rashid Khan in Karachi after he tried to stop them.", 1, "any"),
    ("Militants stormed an army post in Kashmir, killing 17 soldiers.\nAll four attackers were killed.", 17, "any"),
])
def test_the_doers_killed_by_the_force_they_met_are_no_toll(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("An Israeli air strike in Gaza City kills Ahmed Jabari, head of the Hamas military wing, and another militant.",
     2, "any"),
    (("A drone strike near Miranshah killed Abu Yahya, a senior al-Qaeda figure known for his sermons, and another "
     "militant."), 2, "any"),
    ("A US drone strike in Mogadishu kills Aden Hashi, a senior al-Shabaab commander, and a bodyguard.", 2, "any"),
    ("A drone strike in Idlib killed Abu Khadija, a leader of Hurras al-Din, and an aide, the Pentagon said.", 2, "any"),
    ("A drone strike in Shabwa killed Fahd Nasser, a local al-Qaeda commander, and a companion.", 2, "any"),
    ("An air strike in Gaza City killed Salah Shehadeh, the head of the Hamas military wing, and two of his aides.",
     3, "any"),
    ("Gunmen in Karachi shot dead lawyer Rashid Khan and two of his clients on Monday.", 3, "any"),
    ("A bomb in Kandahar killed provincial police chief Abdul Raziq and five others on Monday.", 6, "any"),
    ("Soldiers raid a hideout in Cite Soleil, killing gang leader Jean Baptiste and several of his men.", 4, "any"),
])
def test_a_named_victim_and_companions_after_asides(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen broke into the home of journalist Ali Hassan in Mogadishu and shot him dead.", 1, "any"),
    ("Gunmen tied up the guards and shot the director of a rights group dead in front of his wife in Mogadishu.",
     1, "any"),
    ("Masked men broke into the flat of a radio presenter in Mosul and shot him dead.", 1, "any"),
    ("Gunmen stopped a taxi outside Kirkuk, dragged out the driver of the car and shot the driver dead.", 1, "any"),
    ("Gunmen stormed a house in Mogadishu and shot him dead in front of his family, relatives said.", 1, "any"),
    ("A farmer, John Smith, was abducted near Harare by war veterans and was later found shot dead, police said.",
     1, "any"),
    ("An engineer was abducted near Port Harcourt by armed men and was later found shot dead.", 1, "any"),
    ("A priest, Father Paul Obi, was kidnapped from his parish in Enugu on Sunday and later found dead, police said.",
     1, "any"),
    ("An 18-month-old boy is burned to death when attackers firebomb a home in the West Bank.", 1, "any"),
    ("An 18-month-old girl was killed when a rocket hit a house in Sderot.", 1, "any"),
    ("A 3-month-old baby died when settlers set fire to a house in the West Bank.", 1, "any"),
    ("A policeman was shot dead by gunmen on a motorcycle in Peshawar on Thursday.", 1, "any"),
])
def test_one_victim_by_a_pronoun_a_description_or_an_age(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Car bombs exploded in two Baghdad districts on Sunday.\nNineteen people died in Kadhimiya, and 21 in Mansour, "
     "police said."), 40, "any"),
    ("Two bombs went off in Lahore on Friday; nine people were killed in one market and six in another.", 15, "any"),
    ("Eight people were killed at a wedding in Herat and three at a mosque nearby when two bombs exploded on Friday.",
     11, "any"),
    ("A bomb exploded at a market in Maiduguri, and 12 people died at the scene and three in hospital.", 15, "any"),
    # look-alikes: parts with their own nouns, and a second clause with its own verb
    ("Three soldiers and two civilians were killed when a mine exploded in Kidal.", 5, "any"),
    ("A bomb killed nine soldiers and four civilians in Diyala province.", 13, "any"),
    (("A suicide bomber blew himself up at a market in Baghdad's Sadr City on Friday.\nNine people were killed and 21 "
     "wounded, police said."), 9, 21),
])
def test_a_second_count_with_its_own_place_and_no_verb_adds(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen fire on a van carrying four aid workers near Kandahar, killing all of them.", 4, "any"),
    ("Gunmen fire on two cars carrying four aid workers in Kandahar, Afghanistan, killing all of them.", 4, "any"),
    ("A roadside bomb struck a minibus with nine teachers on board near Kandahar on Monday, killing all of them.",
     9, "any"),
    ("A missile brought down an airliner carrying 150 people over the Sinai, killing all on board.", 150, "any"),
    ("Militants ambushed a bus carrying 12 soldiers in Diyala, killing all 12.", 12, "any"),
    ("Militants ambushed a car carrying three engineers in Khyber, killing all three.", 3, "any"),
])
def test_killing_all_of_them_is_the_count_told_before(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Two rockets fired from Gaza landed in open fields near Sderot on Friday.\nNo one was hurt, and Israeli tanks "
     "shelled a Hamas post in response."), 0, 0),
    (("A rocket fired from Gaza landed in an open field near Ashkelon on Monday.\nNo one was hurt, and Israeli aircraft "
     "struck a launch site."), 0, 0),
    ("Two rockets fired from Gaza landed in open fields near Sderot on Friday.\nNo one was hurt.", 0, 0),
    ("A bomb exploded outside a bank in Athens early on Sunday, causing damage but no one was hurt.", 0, 0),
])
def test_a_toll_opening_its_sentence_before_another_event_is_the_one_before(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("At least 26 people, women and children among them, are killed and three injured when a bomb hits a bus in "
     "Borno State."), 26, 3),
    ("Twelve people, most of them students, were killed when a bomb exploded in Quetta.", 12, "any"),
    ("A car bomb exploded outside a police station in Kirkuk on Tuesday, killing 14 people and wounding 30.", 14, 30),
    ("Seven people are killed and a dozen wounded when a bomb goes off at a bus stop in Jos.", 7, 12),
    ("Dozens of villagers were killed when gunmen raided Kukawa in Borno State overnight, residents said.", 24, "any"),
    ("Several policemen were killed when militants attacked a checkpoint in Dera Ismail Khan.", 3, "any"),
    ("At least a dozen worshippers were killed when a suicide bomber struck a mosque in Kano.", 12, "any"),
    ("More than 35 soldiers died when insurgents attacked a base in Tillaberi, Niger, officials said.", 35, "any"),
    ("Gunmen attacked a bus carrying pilgrims near Quetta on Sunday.\nPolice said five passengers died.", 5, "any"),
    ("A bomb tore through a bus in Peshawar on Monday, killing 11 people.\nThe death toll later rose to 17.", 17, "any"),
    ("A truck bomb exploded in Mogadishu on Saturday, killing at least 20 people; officials later put the toll at 40.",
     40, "any"),
    (("A roadside bomb killed six soldiers in Helmand on Monday, a week after an ambush that killed 12 policemen in the "
     "same district."), 6, "any"),
    (("Gunmen shot dead three teachers in Garissa on Tuesday, two years after an attack on the university there killed "
     "148 people."), 3, "any"),
    ("Gunmen attacked a police station in Makhachkala, killing two officers; all four attackers were shot dead.",
     2, "any"),
    ("A homemade bomb wounded seven policemen in a village south of Manama on Monday.", None, 7),
    ("A grenade thrown into a bar in Bujumbura injured three people.", None, 3),
    (("A suicide bomber blew himself up near a checkpoint in Kabul; no one else was killed, but four guards were "
     "wounded."), None, 4),
    ("Hundreds of people are feared dead after militants torched a town in eastern Congo.", None, "any"),
    ("A man was killed in Marseille on Tuesday and two others were wounded in an attack that police blamed on a gang.",
     1, "any"),
    ("A soldier and a passer-by were killed when a bomb exploded in Kirkuk.", 2, "any"),
    (("A policeman and a woman passing by were killed when gunmen opened fire on a checkpoint in Aden; two of the "
      "assailants died."), 2, "any"),
    ("A boy playing nearby was killed when a shell hit a yard in Donetsk.", 1, "any"),
    ("A bomb exploded near a school in Mosul where three children died.", 3, "any"),
])
def test_tolls_told_in_many_ways(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
