"""Tolls on summaries written for session 26 in the ways of telling that the sets BW-BZ showed: a number word that is
part of a name, the people at the scene who escaped unhurt, one person by a noun first in a list after the verb, a
claimant's boast, a body found told with a long aside. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, assert_toll, first_incident

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a capitalised number word right after a name is part of the name
    ("Retired boxing champion Marek Seven is stabbed to death outside a bar in Gdansk.", 1, None),
    ("Poet Lena Nine was shot dead at her home in Tartu.", 1, None),
    # look-alikes: a count that opens the sentence, after a weekday or a preposition, stays a count
    ("Seven soldiers were killed when a roadside bomb hit their truck near Kandahar.", 7, None),
    ("On Monday Seven people were killed in a market blast in Peshawar.", 7, None),
    ("In Mogadishu, three people were killed by a car bomb.", 3, None),
])
def test_a_number_word_in_a_name(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the people at the scene escaped unhurt, and nothing else told: no one died or was hurt
    ("A bomb went off under a police van in Omagh late on Friday; the three officers inside escaped unhurt.", 0, 0),
    ("A grenade was thrown at an army post near Bouake; the soldiers there escaped unharmed.", 0, 0),
    # look-alikes: another casualty in the sentence (the unhurt are no count of it)
    ("A bomb went off under a police van in Omagh; the two officers inside escaped unhurt but a passer-by was wounded.",
     None, 1),
])
def test_the_people_at_the_scene_escaped_unhurt(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one person by a noun of a job first in a list after the verb
    (("A suicide bomber blew himself up at the gate of a barracks in Bordj Menaiel, killing the guard and a cleaner "
      "passing by and wounding four people."), 2, 4),
    ("Gunmen stormed a bank in Kano, killing the guard and two customers.", 3, None),
    # one person by a noun of a job alone after the verb
    (("A bomb left in a bag outside a bakery in Tripoli exploded, killing the owner of a nearby shop and wounding six "
      "people."), 1, 6),
    ("Gunmen stormed a jewellery shop in Lagos, killing the guard.", 1, None),
    # look-alike: the guards (more than one) are no count
    ("Gunmen stormed a bank in Kano, killing two customers and wounding the guards.", 2, None),
])
def test_one_person_first_in_a_list(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a claimant's boast is no toll of its own
    (("Insurgents overran an army outpost near Beledweyne after a car bomb blew open its gate, and the group claims to "
      "have killed dozens of soldiers."), None, None),
    (("A roadside bomb hit a convoy near Afgoye; officials say no one was hurt, although the militants claimed to have "
      "killed nine soldiers."), 0, 0),
    # look-alikes: a toll reported ("is said to have killed"), a claim of the attack itself
    ("A car bomb that is said to have killed 12 people exploded outside a ministry in Mogadishu.", 12, None),
    ("A car bomb killed 12 people outside a ministry in Mogadishu; the militants claimed the attack.", 12, None),
])
def test_a_claimants_boast(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


def test_a_claimants_boast_is_the_high_bound_of_a_toll_told_apart(run):
    text = ("A roadside bomb hit a police convoy near Jowhar.\nThree officers were killed.\nThe militants claimed to have"
            " killed 20 officers.")
    row = first_incident(run, text, DAY)
    assert (row["killed_min"], row["killed_max"]) == (3, 20), text


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the body of a named person, told with a long aside before "is found"
    (("The body of Rosa Elena Quintero, a town councillor in Tierra Alta who had received threats from a local gang "
      "for months, is found in a river two days after she was kidnapped from her office."), 1, None),
])
def test_a_body_found_with_a_long_aside(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


def test_the_body_of_a_vehicle_is_no_dead(run):
    assert_no_incident(run, "The body of the truck, which had been rigged with explosives by the gang a week before, is "
                            "found near Tierra Alta.", DAY)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # bodies found abused: the dead
    (("Nine men found tortured and dumped beside a highway near Uruapan were farm workers abducted last week, "
      "prosecutors say."), 9, None),
    ("Four people found mutilated in a ravine outside Culiacan had been kidnapped by a gang, police say.", 4, None),
])
def test_bodies_found_abused(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the same doer's verb again, its subject left out: the second toll adds
    (("Armed men shot dead five herders in Tillia on Sunday night and killed two traders in Tahoua the next day, "
      "officials say."), 7, None),
    ("Gunmen killed four soldiers at a checkpoint near Menaka and killed two civilians in a nearby village.", 6, None),
    # a toll of "more" told by another verb of another incident word: it adds to the toll before it
    (("A man stabs two neighbours to death in his building in Gavle, then shoots dead four more people in a nearby"
      " square and wounds nine others."), 6, 9),
    # look-alikes: a toll of the other kind; another subject's verb
    ("A bomb killed five people at a market in Maiduguri and wounded 12 others.", 5, 12),
    ("Gunmen killed four soldiers at a checkpoint near Menaka, and troops later killed two of the attackers.", 4, None),
])
def test_the_same_doers_verb_again(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one named person dead of wounds in a clause of its own
    (("Gunmen took judge Ana Pereira hostage in a courthouse in Recife; police stormed the building and Pereira died of"
      " gunshot wounds in hospital."), 1, None),
    (("A policeman was killed and judge Tomas Lind wounded when a bomb exploded in Malmo; Lind later died of his"
      " injuries."), 2, None),
    # look-alike: a pronoun opening its sentence is read as before (one wounded who died)
    ("A bomb exploded outside a bank in Oslo, wounding a guard.\nHe died of his wounds in hospital.", 1, None),
])
def test_a_named_person_dies_of_wounds(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
