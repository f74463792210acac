"""Tolls, session 36: a named victim killed with companions told after the name ("X and a teacher", "X, ..., together
with a former guard and a third man"), a victim described after "the" ("the rationalist scholar M. K. X"), a
revised toll told on a later day ("By Tuesday the toll had climbed to eight"), and captives killed told in the present
("abduct about 20 farm workers ... and shoot them dead"). Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a bare name, then its companions after "and"
    ("Gunmen on a motorcycle shoot dead Tarek Mansour and his driver outside Sidon.", 2, None),
    ("Gunmen shoot dead Tarek Mansour and a school teacher near Sidon.", 2, None),
    # (after an aside on the name too)
    ("Gunmen shoot dead Tarek Mansour, nephew of a senior judge, and a university lecturer on the road to Sidon.",
     2, None),
    # ", together with" after the name
    (("Gunmen shoot dead the radio host Lina Haddad, together with a former prison guard and a third man, outside a "
      "bakery in Sidon."), 3, None),
    # (look-alikes: a second verb after "and" is no companion)
    ("Gunmen shoot dead Tarek Mansour and flee on motorbikes towards Sidon.", 1, None),
    ("Gunmen shoot dead Tarek Mansour and set his car on fire in Sidon.", 1, None),
])
def test_named_with_companions_s36(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a victim described after "the", named with initials
    ("Two men on a scooter shoot dead the rationalist scholar R. K. Venkatesan at his gate in Hubli.", 1, None),
    ("Gunmen kill the folk singer Omid Rahimi in Herat.", 1, None),
])
def test_described_victim_s36(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a revised toll told on a later day of its own is still the attack's: the latest toll wins
    (("A bomber blew himself up at a bus stand in Multan late on Monday, killing six people and wounding 14.\n"
      "By Tuesday the toll had climbed to eight."), 8, 14),
    (("A bomber blew himself up at a bus stand in Multan late on Monday, killing six people and wounding 14.\n"
      "On Tuesday the death toll rose to at least eight."), 8, 14),
    # (look-alike: a count of another day that is no revision stays apart)
    (("A bomber blew himself up at a bus stand in Multan late on Monday, killing six people and wounding 14.\n"
      "On Tuesday a second bomb in Quetta killed two."), 6, 14),
])
def test_revised_on_a_later_day_s36(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # captives taken and killed, told in the present of a headline and after an aside on the place
    (("Gunmen abduct about 20 farm workers near Bor, the county seat, and shoot them dead; officials blame a "
      "local militia."), 20, None),
    ("Gunmen kidnap four truck drivers near Bor, the county seat, and kill them.", 4, None),
    # (look-alikes: captives freed, or only threatened)
    ("Gunmen kidnap four truck drivers near Bor, the county seat, and free them.", None, None),
    ("Gunmen kidnap four truck drivers near Bor and threaten to kill them.", None, None),
])
def test_captives_killed_present_s36(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a named person found decapitated is one dead, after a long aside too
    (("Rosa Villalba, who was running for the council of San Mateo in the hill district, is found decapitated after "
      "armed men seized her in the town."), 1, None),
    # (look-alike: a statue decapitated is no one)
    ("Gunmen abduct a trader in San Mateo; a statue of Rosa Villalba is found decapitated nearby.", None, None),
])
def test_found_decapitated_s36(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)
