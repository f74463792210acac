"""Tolls on summaries written for session 22 in the ways of telling that the sets BG-BJ showed: two tolls told by two
sources (the lower the least, the higher the most), "the number of dead" put by another source, a claimant's own
count, "on each side", a group told aside inside a list of victims, a second name after a description in lowercase
words. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll, first_incident

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "high"), [
    # a source with an aside of its own
    (("Gunmen attacked a police post near Mopti on Sunday, killing about 15 officers according to the army; the local"
      " mayor, who blames jihadists, puts the toll at 19."), 15, 19),
    # a lower count put in a sentence of its own
    (("A rocket hit a bus station in Idlib on Monday, killing 12 people, a rescue worker said.\nState media put the"
      " number of dead at eight."), 8, 12),
    # a claimant's own count after the first stated toll
    (("Rebels stormed a prison in Bunia on Friday.\nPolice say four guards were killed; the group, claiming the raid,"
      " says it killed 20."), 4, 20),
    # look-alikes: a count first given and since revised, a revision, a claimant's count alone
    (("A car bomb exploded outside a hotel in Kirkuk on Monday, killing nine people and wounding 20.\nOfficials first"
      " put the toll at five."), 9, 9),
    (("A car bomb exploded outside a hotel in Kirkuk on Monday, killing nine people and wounding 20.\nOfficials now put"
      " the number of dead at 14."), 14, 14),
    ("The group says it killed 20 soldiers in an ambush near Gao on Friday.", 20, 20),
])
def test_two_sources_two_tolls(run, text, killed, high):
    """Two tolls from two sources are the toll's bounds: killed_min the lower, killed_max the higher; a revised count
    ("now put", "first put") is no second source."""
    row = first_incident(run, text, DAY)
    assert (row["killed_min"], row["killed_max"]) == (killed, high), text


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Indian and Pakistani troops exchange mortar fire across the border in Kashmir, killing two soldiers on each side.",
     4, None),
    ("Two rival militias clash with rifles and rockets in Zawiya, leaving five fighters dead on either side.", 10, None),
    # look-alike: one side named
    (("Indian and Pakistani troops exchange mortar fire across the border in Kashmir, killing two soldiers on the"
      " Indian side."), 2, None),
])
def test_each_side(run, text, killed, wounded):
    """ "killing two soldiers on each side": the count for each of two sides."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A drone strike hits a car near Qamishli, killing a commander of the Northern Brigade, a Kurdish militia allied"
      " with the army, and his driver."), 2, None),
    # look-alike: a member of a group is a person
    ("A drone strike hits a car near Qamishli, killing a commander, a militia member and his driver.", 3, None),
])
def test_a_group_told_aside_in_a_list(run, text, killed, wounded):
    """A group told aside in a list of the dead ("a Kurdish militia allied with the army") is no one more."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen shoot dead councillor Ramon Ortiz Vega and shop owner Tomas Reyes Luna outside a bar in Celaya.", 2, None),
    ("Gunmen shoot dead councillor Ramon Ortiz Vega and his nephew Luis Ortiz outside a bar in Celaya.", 2, None),
    # look-alikes: a name after a verb is no second dead
    ("Gunmen shoot dead councillor Ramon Ortiz Vega and injure Tomas Reyes Luna outside a bar in Celaya.", 1, 1),
    ("Gunmen shoot dead councillor Ramon Ortiz Vega and wounded Tomas Reyes Luna outside a bar in Celaya.", 1, 1),
])
def test_a_described_second_name(run, text, killed, wounded):
    """ "shoot dead councillor X and shop owner Y": a second name after a description in lowercase words is one
    more."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A man stabbed Maria Lindqvist, a school headteacher, outside her office in Orebro on Monday.\nShe died of her wounds.",
     1, None),
    ("A man stabbed a local councillor in the street in Orebro on Monday.\nHe died in hospital later that day.", 1, None),
    # look-alikes: no death, the attacker's own death, a dead already counted
    ("A man stabbed a local councillor in the street in Orebro on Monday.\nHe died for his beliefs, his family said.",
     None, 1),
    ("Police shot a man who attacked officers with a knife in Orebro on Monday.\nHe died in hospital.", None, None),
    ("A gunman shot dead four people at a market in Kano on Monday.\nHe died later in a shootout with police.", 4, None),
])
def test_one_death_told_by_a_pronoun(run, text, killed, wounded):
    """ "A man stabbed X ... She died of her wounds.": the one attacked is one dead, not one wounded."""
    _assert_toll(run, text, killed, wounded)
