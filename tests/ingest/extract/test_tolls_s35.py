"""Tolls, session 35: a zero told as "neither casualties nor damage", or in a sentence of its own after a retelling,
is the attack's. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # "neither ... nor" says no one was hurt
    ("A mortar round fired from the hills lands in a field outside Kfar Yona, causing neither casualties nor damage.",
     0, 0),
    ("A mortar round fired from the hills lands in a field outside Kfar Yona, causing neither damage nor injuries.",
     0, 0),
    # a zero alone in its sentence, after a sentence that retells the attack
    (("Air defences on Saturday night shot down a ballistic missile fired over open desert west of Tabuk, the "
      "coalition said.\nThe rebels said they had launched a missile at Tabuk.\nThere were no casualties."), 0, 0),
    # a zero in the clause of a word of the first attack's own kind is the first attack's
    (("Unknown attackers blow up a water pipeline near Kerdasa overnight.\nTwo bombs were planted under the pipe and "
      "there were no casualties, the utility says."), 0, 0),
    # (look-alikes: a strike in reply with its own "no casualties", its verb no incident word, or of another kind)
    (("Three rockets land in Nahal Oz with at least two casualties.\nThe air force strikes a post in Gaza, with no "
      "casualties reported."), None, None),
    (("Two rockets fired from the border land in fields near Kfar Yona.\nArmy jets strike two militant posts in reply, "
      "with no casualties reported."), None, None),
])
def test_zero_s35(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a count told again by its parts in the plural, nationals or ranks, is that count
    ("Gunmen shoot dead five aid workers, three Norwegians and two Danes, at a camp near Garoua.", 5, None),
    ("Militants ambush a patrol near Dara, killing three soldiers, a corporal and two conscripts.", 3, None),
    # (parts of other kinds after a count still add)
    ("Militants ambush a patrol near Dara, killing two soldiers, a policeman and a farmer.", 4, None),
])
def test_count_told_by_its_parts_s35(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # two blasts told in turn, "one killing ... and the other killing ..."
    ("Two bombs went off at bus stops in Jos on Friday, one killing seven people and the other killing four.", 11, None),
    # (the second only wounding: no more dead, and "the other" is no victim)
    ("Two bombs went off at bus stops in Jos on Friday, one killing seven people, and the other wounding three.", 7, 3),
    # a separate attack told in a clause of its own, in the same sentence, adds its dead
    (("Mortars fired at a U.N. compound in Kidal kill two peacekeepers, while a separate mortar attack on a U.N. camp "
      "in Tessalit kills another soldier."), 3, None),
    # ("another" and a noun of a person alone is one)
    ("A sniper in Kidal kills another soldier.", 1, None),
])
def test_second_attack_s35(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)
