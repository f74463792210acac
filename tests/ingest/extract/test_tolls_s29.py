"""Tolls, session 29: an age is no count, the others of the hurt are not added to the dead, a named victim and
the others told after "shoot dead", and another source's count that opens on its qualifier. Names, places and
numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # an age after "killing the" is no count of the dead: the son is one (the gold sets count him, cq-056, cy-052)
    ("A car bomb exploded outside a cafe in Tripoli, killing the 10-month-old son of a shopkeeper.", 1, None),
    # the "others" after "wounding" are hurt, not dead
    ("Gunmen attacked a bus near Jalalabad, killing three people and wounding the driver and at least nine others.",
     3, 10),
    # named victims and "N other" people after "shoot dead"
    ("Gunmen shoot dead former mayor Tomas Reyes and at least six others, several of them councillors, in Leon.",
     7, None),
    # two named victims in a list (a name after a name is no appositive) and the others
    ("Gunmen shoot dead Deputy Minister Aram Petrosyan, Judge Levon Hakobyan and four other officials in Yerevan.",
     6, None),
    # a named victim after an age is one
    ("A mine exploded under a cart near Kandahar, killing 12-year-old Ali Rahimi and wounding his brother.", 1, 1),
    # another source's count set against the toll, told with "about": the lower is the least
    (("Militiamen raided a village near Bunia overnight; officials put the dead at 40, while residents say about 120 "
      "were killed."), 40, None),
])
def test_tolls_s29(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)
