"""Tolls, session 37: a share of the dead told aside with "some of them" ("21 civilians, some of them burned to death,
were killed"), the killers counted before a victim named with a lower-case title ("Two gunmen shot dead farm leader
X Y"), a count and "N more" told in a sentence after the attack ("Three soldiers died at the scene and two more
succumbed later"), the wounded who died later ("four of the wounded later died"), a pronoun counted with the dead
("He and one passenger died"), a time told inside the subject ("a strike in X last week killed Y"), and a first
toll raised by "it" ("a first toll gave four dead; sources later raised it to five"). Names, places and numbers are
made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # "some of them ..." told aside between the count and its verb
    (("Officials said on Monday that 17 traders, some of them burned alive, were killed when gunmen ambushed a convoy "
      "near Terekeka."), 17, None),
    ("Nine villagers, several of them children, were killed when gunmen raided Dogo.", 9, None),
    # (look-alike: an aside without "some of them" stays read as before)
    ("Nine villagers, most of them children, were killed when gunmen raided Dogo.", 9, None),
])
def test_some_of_them_aside_s37(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the killers' number before a victim named after a lower-case title
    ("Two gunmen shot dead farm leader Ramon Alcala outside a chapel in Tuguegarao on Sunday.", 1, None),
    ("Three attackers killed trade unionist Maria Santos in Davao.", 1, None),
    # (look-alikes: the gunmen are the dead, told with a place or a time after the verb)
    ("Two gunmen shot dead in Tuguegarao had robbed a pawnshop, police said.", 2, None),
    ("Police say two gunmen shot dead early on Sunday had robbed a pawnshop.", 2, None),
])
def test_killers_before_titled_name_s37(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a count and "N more" in the sentence after the attack: both are its dead
    (("Rebels ambushed a police convoy near Tumaco on Sunday.\nFour officers died at the scene and one more died in "
     "hospital later."), 5, None),
    # (look-alike: another event told apart lends nothing)
    (("Rebels ambushed a police convoy near Tumaco on Sunday, killing two.\nSeparately, four farmers died in a landslide "
     "and two more were killed by a flood."), 2, None),
])
def test_count_and_more_after_the_attack_s37(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the wounded who died later are more dead
    (("A bomb tore through a market in Kohat on Friday, killing six people and wounding 30; two of the wounded later "
     "died in hospital."), 8, 30),
    # (look-alike: a share of the dead told with "of them" is inside the toll)
    ("A bomb tore through a market in Kohat on Friday, killing six people, two of them children.", 6, None),
])
def test_wounded_who_died_later_s37(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a pronoun counted with the dead
    ("Gunmen fired on a minibus near Beni on Tuesday, hitting the driver.\nHe and two passengers died at the scene.",
     3, None),
    # (look-alike: a pronoun that reports the count is no one dead)
    ("Gunmen fired on a minibus near Beni on Tuesday, hitting the driver.\nHe said two passengers died at the scene.",
     2, None),
])
def test_pronoun_and_count_s37(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a time told inside the subject of the toll's verb is the attack's own, no earlier event
    ("The army says a drone strike in Shabwa last week killed Fahd Nasser, a senior commander of the group.", 1, None),
    # (look-alike: a clause of an earlier event after a semicolon keeps its toll apart)
    (("Jets pounded rebel positions near Idlib on Monday, killing three people; last week a strike on the same district "
     "killed 11."), 3, None),
])
def test_time_inside_the_subject_s37(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a first toll, then "raised it to"
    (("Gunmen raided a police post near Tera on Monday.\nA first toll gave three officers killed; the army later raised "
     "it to six."), 6, None),
    # (look-alike: "raised" of something else)
    ("Gunmen raided a police post near Tera on Monday, killing three officers; the army later raised its alert level.",
     3, None),
])
def test_toll_raised_it_to_s37(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)
