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
