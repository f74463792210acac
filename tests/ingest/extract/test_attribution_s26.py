"""Perpetrators on summaries written for session 26 in the ways of telling that sets BW-BZ showed: a group someone says
"may be behind" the attack; an attack "which police suspect was the work of" a group; a state counting its own dead
with no verb; the one who names the doer in "by what X calls"; a group's post or gathering as the target; the agent of
the passive before a side named in a later clause; supporters armed with clubs; police officers opening a sentence;
rebels loyal to a leader named with his post and rank; real groups the dictionary lacked. Names, places and numbers
are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "doer"), [
    # a group someone says may be behind it: suspected
    ("A bomb goes off at a bus station in Lashkar Gah, killing four people.\nPolice say the Taliban may be behind the attack.",
     ("Taliban", "suspected")),
    (("A bomb goes off at a bus station in Lashkar Gah, killing four people.\nOfficials say the Taliban could have been "
      "responsible."), ("Taliban", "suspected")),
    # look-alike: the group may do something else
    (("A bomb goes off at a bus station in Lashkar Gah, killing four people.\nPolice say the Taliban may be planning more "
      "attacks."), (None, "unknown")),
])
def test_a_group_that_may_be_behind_it(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a relative clause on the attack: whose work someone suspects it was
    (("A bomb goes off at a bus station in Lashkar Gah, killing four people.\nNo group claimed the attack, which officials "
      "suspect was the work of the Taliban."), ("Taliban", "suspected")),
    # look-alike: a group only named as active there after "no group claimed"
    (("A bomb goes off at a bus station in Lashkar Gah, killing four people.\nNo group claimed the attack; the Taliban are "
      "active in the district."), (None, "unknown")),
])
def test_suspected_to_be_the_work_of(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state counting its own dead, with no verb, is no claim
    ("Heavy fighting breaks out along the border; Armenia reports 21 of its soldiers dead.", (None, "unknown")),
    # the one who names the doer in "by what X calls" did not do it
    ("Fourteen people are killed at a roadblock near Medea by what Algeria's army calls a terrorist group.", (None, "unknown")),
    ("Fourteen people are killed at a roadblock near Medea by what the government calls bandits.", (None, "unknown")),
])
def test_speakers_who_did_not_do_it(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a group's post, checkpoint or gathering is what was hit
    ("A car bomb explodes near a post of Turkish-backed rebels in Azaz, killing six people.", (None, "unknown")),
    ("A car bomb explodes outside a checkpoint of the Syrian Democratic Forces in Manbij, killing six people.", (None, "unknown")),
    ("Israeli jets strike a group of Islamic Jihad militants near Beit Lahia, killing four of them.", ("Israeli", "stated")),
    (("An Israeli warplane bombs a house in Gaza City, killing seven people; the army says it targeted a meeting of senior "
      "Hamas commanders."), ("Israeli", "stated")),
    # look-alike: the group's men acting
    ("A group of Islamic Jihad militants fire rockets at Sderot, wounding three people.", ("Islamic Jihad", "stated")),
])
def test_a_groups_post_or_gathering_is_the_target(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the agent of the passive that tells the harm, before the sides of an exchange of fire told after it
    ("A farmer is killed by Israeli shellfire east of Rafah as Israeli troops and Hamas gunmen trade fire along the fence.",
     ("Israeli", "stated")),
    # look-alike: the agent is the group
    ("A soldier is killed by Hamas sniper fire east of Rafah as Israeli troops and Hamas gunmen trade fire along the fence.",
     ("Hamas", "stated")),
])
def test_the_agent_before_a_side_of_the_exchange(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # supporters of a named leader, armed with something, acting
    ("Supporters of Prime Minister Tashi Norbu armed with clubs storm a protest camp in Thimphu, injuring 60 people.",
     ("Supporters of Prime Minister Tashi Norbu", "stated")),
    # police officers opening the sentence as the subject of the act
    ("Police officers shot dead three soldiers at a checkpoint in Marawi on Monday, the army said.", ("Police officers", "stated")),
    # look-alike: police officers as the victims
    ("Police officers were shot dead at a checkpoint in Marawi on Monday, the army said.", (None, "unknown")),
    # rebels loyal to a leader told with his post and rank
    ("At least nine people were killed when rebels loyal to the sacked army chief, Gen. Paul Ngaba, swept into Bangui.",
     ("rebels loyal to the sacked army chief, Gen. Paul Ngaba", "stated")),
])
def test_bands_named_by_whom_they_follow(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # real groups the dictionary lacked (or an alias of one it held)
    ("A gunfight between armed members of the nationalist Right Sector and police in Lviv leaves three people dead.",
     ("Right Sector", "stated")),
    ("Police blame the Liberation Tigers of Tamil Eelam for a bomb that kills 12 people at a bus stop in Colombo.",
     ("Liberation Tigers of Tamil Eelam", "accused")),
    ("A car bomb explodes outside the police station in Jambalo, killing two.\nAuthorities blame the Jaime Martinez front.",
     ("Jaime Martinez front", "accused")),
    ("Two engineers are kidnapped near Tumaco.\nThe Oliver Sinisterra Front says it is holding them.",
     ("Oliver Sinisterra Front", "claimed")),
])
def test_groups_the_dictionary_lacked(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a relative clause between the group and the blame
    (("Two suicide bombers blow themselves up outside a mosque in Kolofata, killing six people.\nBoko Haram, which often "
      "raids the town, is blamed."), ("Boko Haram", "accused")),
    # look-alike: the group named as active there only
    (("Two suicide bombers blow themselves up outside a mosque in Kolofata, killing six people.\nBoko Haram, which often "
      "raids the town, denies any role."), (None, "unknown")),
])
def test_blamed_after_a_relative_clause(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # an earlier attack on the place the victims were heading to is not this blast's
    (("Five soldiers were killed on Sunday when their truck hit a landmine as they drove to an army post that Boko Haram "
      "fighters had attacked, officials said."), (None, "unknown")),
    # look-alike: the group's attack is the one told
    ("Five soldiers were killed on Sunday when Boko Haram fighters attacked an army post near Monguno, officials said.",
     ("Boko Haram", "stated")),
])
def test_an_earlier_attack_on_the_place(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a band named by whom it once fought, acting
    ("Former rebels who fought against Omar Bashir storm the offices of the interim governor in Kassala, demanding back pay.",
     ("Former rebels who fought against Omar Bashir", "stated")),
    # look-alike: such men as the victims
    ("Two former rebels who fought against Omar Bashir are shot dead in Kassala.", (None, "unknown")),
])
def test_former_rebels_named_by_whom_they_fought(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # an apology for its own men's act owns it
    ("NATO apologised on Friday after its helicopters killed seven boys herding goats in Kunar province.", ("NATO", "claimed")),
    # look-alike: an apology for something else after another's attack
    (("A suicide bomber kills eleven people at a market in Kunduz.\nNATO apologised after its soldiers were slow to evacuate "
      "the wounded."), (None, "unknown")),
])
def test_an_apology_for_its_own_act(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the doers said to belong to a cell named by its leader
    (("Gunmen fire on a police patrol near Tentena, killing one officer.\nPolice say the attackers are believed to belong to "
      "the militant network of Mardani."), ("Mardani", "suspected")),
    (("Gunmen fire on a police patrol near Tentena, killing one officer.\nPolice say the attackers belong to a cell led by "
      "Umar Sidiq."), ("Umar Sidiq", "stated")),
    # look-alike: a victim of the cell's foes
    (("Gunmen fire on a police patrol near Tentena, killing one officer.\nPolice say the dead officer had hunted the network "
      "of Mardani for years."), (None, "unknown")),
])
def test_a_cell_named_by_its_leader(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text
