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
