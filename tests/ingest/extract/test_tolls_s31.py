"""Tolls, session 31: lives lost, animals in a list of the dead, a count told again part by part (a bracketed
aside, definite offices, men by their trades). Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # "the loss of N lives" is a toll
    ("Rebel aircraft strike the ferry Marisol off Port Delgado, and it sinks with the loss of 31 lives.", 31, None),
    # guard: lives saved are no toll
    (("A car bomb exploded near a market in Tarsk, killing two people; police said the quick evacuation saved 40 "
      "lives."), 2, None),
    # animals listed with the dead are not people
    ("A bomb went off as a mounted police patrol passed in Corvale, killing three officers and nine horses.", 3, None),
    ("Militiamen raided a farm near Ombo, killing four herders and 60 cattle.", 4, None),
    # two told one by one between commas, closed by ", and": the two again
    (("Gunmen killed two aid workers, a Peruvian and a Danish nurse, and six villagers at a camp near Tunda on "
      "Monday."), 8, None),
    # offices told one by one after their count are the count again
    ("Gunmen shoot dead two consulate officials, the trade attache and the press attache, outside their office in Lyon.",
     2, None),
    # men by their trades after a count of men are that count again
    ("A landmine on a forest road near Drumlee kills six men, two surveyors and four forestry workers.", 6, None),
    # guard: parts that do not add up to the count are more dead
    ("A landmine on a forest road near Drumlee kills six men, two surveyors and a driver.", 9, None),
    # guard: a plain list of two parts after a count of two adds up
    ("Rebels ambushed a convoy near Sarni, killing two soldiers, a policeman and a civilian.", 4, None),
])
def test_tolls_s31(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # an office, the name aside, then a companion of the household: two dead
    ("Lamoria's envoy to Vessland, Sir Aldous Penrith, and his chauffeur were shot dead outside the embassy in Korvik.",
     2, None),
    # the companion's own name after the kin noun
    ("The governor of Tarsa province, Malik Hadran, and his brother Sami are assassinated in Tarsa city.", 2, None),
    # guard: one named victim, with no companion
    ("The mayor of Pellon, Jorge Almada, was shot dead outside his home in Pellon.", 1, None),
    # "shoot and strangle": strangling is a death
    ("Gunmen shoot and strangle five students in a flat in the Selvi district of Korvik.", 5, None),
])
def test_named_and_strangled_s31(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a share given before the whole: the whole counts
    ("A car bomb exploded at a bus station in Kelso on Monday; two of the five dead were children.", 5, None),
    # guard: a share of people who were not all dead stays the share
    ("A car bomb exploded at a bus station in Kelso on Monday, killing two of the nine passengers.", 2, None),
])
def test_share_before_whole_s31(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)
