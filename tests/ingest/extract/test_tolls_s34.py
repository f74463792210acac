"""Tolls, session 34: a distance or a range of ages is no count, and a named victim of a headline's present tense
("gunmen kill X", "assassinate X"). Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a distance before the place is no toll
    (("In Tarmiya, some 30 kilometres north of the capital, a car bomb hits a police post, leaving four dead and 11 "
      "wounded."), 4, 11),
    ("Near Kirkuk, about 25 miles south of the border, gunmen leave five dead at a checkpoint.", 5, None),
    # (the look-alike without a distance stays read)
    ("A car bomb hits a police post in Tarmiya, leaving four dead and 11 wounded.", 4, 11),
    # a range of ages inside the list of the dead is no part of the toll
    ("Jets bombed a village near Kauda on Sunday, killing seven children aged between three and 11, residents said.",
     7, None),
    ("A shell hit a school in Kauda, killing four pupils aged nine to 13.", 4, None),
    # (the parts of a list still add)
    ("A shell hit a school in Kauda, killing four pupils and two teachers.", 6, None),
])
def test_no_count_s34(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a named victim, the object of a headline's present tense
    ("Gunmen on a motorbike kill Samir Haddad outside his shop in Taizz.", 1, None),
    ("Gunmen shoot dead Samir Haddad outside his shop in Taizz.", 1, None),
    ("Gunmen on a motorbike assassinate Samir Haddad, a local judge, in the town of Ibb.", 1, None),
    ("Gunmen assassinate the judge Samir Haddad in Ibb.", 1, None),
    # (a threat names no dead)
    ("A militant group threatens to kill Samir Haddad, a local judge, after a grenade attack on his home in Ibb.",
     None, None),
])
def test_named_present_s34(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one more, named, in a clause of its own with "also"
    ("Gunmen shot dead the editor Tomas Vidal in Leon on Sunday; Pablo Ruiz, who was with him, was also killed.", 2, None),
    ("Gunmen shot dead the editor Tomas Vidal in Leon on Sunday; his friend Pablo Ruiz was also killed.", 2, None),
    (("The judge Tomas Vidal was killed on Monday when a bomb exploded under his car in Leon.\nA clerk travelling with "
      "him, Ana Ruiz, also died."), 2, None),
    # (one named who was hurt, not killed, adds no dead)
    ("Gunmen shot dead the editor Tomas Vidal in Leon on Sunday; Pablo Ruiz, who was with him, was also wounded.", 1, "any"),
])
def test_named_also_s34(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a toll of "more" that brings the toll to a total is inside it
    (("A suicide bomber struck a market in Gwoza on Friday, and gunmen then shot dead three more people, bringing the "
      "death toll to nine, residents said."), 9, None),
    ("Gunmen shot dead three more people in Gwoza, bringing the death toll to nine.", 9, None),
    # (a toll told before the "more" still adds, and a "more" without a total adds to the first)
    ("A bomb exploded in a market in Gwoza on Friday, killing six; gunmen then shot dead three more people.", 9, None),
    ("A bomb exploded in a market in Gwoza on Friday, killing six.\nGunmen then shot dead three more people nearby.",
     9, None),
])
def test_more_inside_total_s34(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)
