"""Tolls on summaries written for session 27 in the ways of telling victims as lists and parts that the sets CA-CH
showed: a subject list of counted and single parts, an office and its companions, an object list with a long office,
the attacker listed with his victims, two named victims after an aside, kin with hyphens, a possessor's person and a
second victim told by a clause of their own, a second participle of the dead and further strikes. Names, places and
numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 5, 14)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # counted and single parts listed before the verb, after a dateline or a dash
    (("MARSABIT, Kenya — Six rangers, a park warden and three herders were shot dead on Sunday when raiders ambushed "
      "them near Kargi."), 10, None),
    ("Five soldiers, a village chief and two teachers were killed when gunmen stormed Dabiri on Monday.", 8, None),
    # an office with a long "of" phrase and a share of its people
    (("The police chief of Sangin district in the southern province of Helmand and two of his bodyguards were killed "
      "when a bomb hit their car."), 3, None),
    # look-alikes: a list of places or groups before the toll counts no one
    ("Gunmen attacked villages in Bakura, Maru and Anka on Sunday, and 12 people were killed.", 12, None),
    ("Clashes between the army, the police and local militias broke out in Tessit; four civilians were killed.", 4, None),
])
def test_a_subject_list_of_parts(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # an office with an "of" phrase of four words, then one more by "the" and a noun of a job
    (("A roadside bomb hit a customs van in Nazran on Tuesday, killing the deputy head of a regional customs post and "
      "the driver."), 2, None),
    # someone's kin told by "of", in a separate attack by the same gunmen
    ("Gunmen in Culiacan killed the brother of a local councillor on Friday.", 1, None),
    # a lone person by a noun of a job after a possessor
    ("A grenade thrown into a bakery in Jolo exploded, killing its owner and wounding three customers.", 1, 3),
    # look-alike: a thing after the possessor is no victim
    ("A grenade thrown into a bakery in Jolo exploded, destroying its oven and wounding three customers.", None, 3),
    # an age and a description between commas before a verb's clause tell the person before again
    (("Gunmen who raided Kolahun at dawn shot dead the head of the local aid office, a 48-year-old Ghanaian, and took "
      "away his assistant."), 1, None),
])
def test_an_object_list_with_a_long_office(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the attacker listed with his victims is part of the stated toll
    (("A suicide car bomb exploded at a checkpoint in Baidoa on Sunday, killing four soldiers and the bomber and "
      "wounding seven people."), 5, 7),
    (("Two attackers set off explosives at a police post in Dhale, killing themselves and six policemen and wounding "
      "several others."), 8, 3),
    ("A woman detonated a bomb at her house in Lamongan as police closed in, killing herself and her son.", 2, None),
    # look-alikes: the attacker alone, in an aside of a count, told apart or in a later act counts no one
    ("A man set off a grenade outside a bank in Kulob, killing himself and wounding two guards.", None, 2),
    ("A bomber blew himself up in a cafe in Galkayo, killing 11 people, himself included, and wounding 20.", 11, 20),
    ("Gunmen stormed a hotel in Bosaso, killing six guests; two attackers were shot dead by the guards.", 6, None),
    (("A gunman shoots dead five people at a bar in Vasteras, then kills his father and himself at their flat."),
     6, None),
])
def test_the_attacker_listed_with_his_victims(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # two named victims, the first with an aside
    (("Marko Dilas, editor of the weekly Glas, and the paper's photographer Goran Vuk are killed when a bomb explodes "
      "under their car in Podgorica."), 2, None),
    # a named victim and kin, one of them told with hyphens
    (("Rosa Ortega, a union leader, was killed at her home in Cucuta together with her husband, her son-in-law and "
      "her granddaughter."), 4, None),
    # look-alike: two named people after an aside who are hurt, not killed
    (("Marko Dilas, editor of the weekly Glas, and the paper's owner Goran Vuk were wounded when a bomb exploded under "
      "their car in Podgorica."), None, "any"),
])
def test_named_victims_and_their_companions(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a possessor's person told dead by a clause of its own with "also"
    (("Two gunmen shoot dead radio presenter Luis Moreno outside his station in Tegucigalpa; the station's watchman is "
      "also killed."), 2, None),
    # a second victim who died later
    ("A grenade thrown at a market in Anantnag killed a fruit seller and wounded 12 people; a second victim died on Monday.",
     2, 12),
    # a second participle of the dead after the first list
    (("Rebels ambushed a minibus near Gulu, shooting dead the driver and three passengers and killing a fifth person "
      "with a machete."), 5, None),
    # further strikes on a second town in the same sentence
    ("Air strikes on Kafr Nabl kill seven people, and further strikes on nearby Hass kill three children.", 10, None),
    # look-alikes: a second bomb that hurt no one, a wounded second participle, a toll of the war
    ("A bomb killed two soldiers in Khost; a second bomb was defused.", 2, None),
    ("Gunmen ambushed a bus near Arua, shooting dead two passengers and wounding a third.", 2, 1),
    ("Air strikes on Kafr Nabl kill seven people, and further strikes are reported on nearby Hass.", 7, None),
])
def test_parts_told_by_a_clause_of_their_own(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a second scene in the same sentence, told by its place and its device, adds to the first
    (("A roadside bomb kills three soldiers near Kirkuk, while in Tikrit a car bomb outside the police headquarters "
      "kills two policemen."), 5, None),
    ("Five soldiers die when their truck hits a mine near Bijapur; near Dornapal, a blast kills two policemen and a driver.",
     8, None),
    # the same doers' verb again, in a separate attack
    (("Gunmen shot dead Ana Ruiz, a clerk at the city court, and her husband as they left a party in Reynosa on "
      "Saturday, and in a separate attack killed the brother of another court clerk."), 3, None),
    # look-alike: another source's count of the same strike adds nothing
    ("A drone strike near Jilib killed 12 people, local elders said; the army says the strike killed eight militants.",
     12, None),
])
def test_a_second_scene_in_the_same_sentence(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the attackers told inside a count are no one more
    ("Two bombers blew themselves up at a market in Konduga, killing five people, the bombers included, and wounding 12.",
     5, 12),
    # one named victim by a throat cut, or shot by an active verb and then told dead by a pronoun
    ("Blogger Anis Rahman is found with his throat slit at his flat in Sylhet.", 1, None),
    ("A gunman shot Mayor Ivan Petrov outside the town hall in Vratsa as he left a meeting; he died in hospital hours later.",
     1, None),
])
def test_one_victim_told_by_more_ways(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
