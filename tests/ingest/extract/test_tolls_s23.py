"""Tolls on summaries written for session 23 in the ways of telling that the sets BK-BN showed: the dead told by the
incident word right after the article's first, a first report corrected later, "put the dead at", another source's
"counted", a style before a named victim, "another" in a list of the dead, a relative clause inside a list, two
described people after a named victim, an office after a possessor that died. Names, places and numbers are made
up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll, first_incident

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen seized a hospital in Dori on Tuesday.\nWitnesses said several nurses were shot dead as the men went in.",
     3, None),
    ("Militants raided a boarding school in Kasese overnight.\nAt least 17 pupils were killed and four were abducted.",
     17, None),
    (("Rebels fired rockets at a market in Beni on Sunday, police said.\nA local official said fragments came down on a"
      " bus stop, killing a street vendor."), 1, None),
    # look-alikes: another time or event told in the next sentence, a first with its own toll, a later attack's own
    # "no casualties"
    ("Gunmen seized a hospital in Dori on Tuesday.\nSeparately, four soldiers were shot dead in an ambush near Djibo.",
     None, None),
    ("Gunmen seized a hospital in Dori on Tuesday.\nLast year a similar raid killed 11 people in the town.", None, None),
    ("Gunmen seized a hospital in Dori on Tuesday.\nIn Kaya, a car bomb killed six people.", None, None),
    ("Gunmen raided a hospital in Dori, killing two guards.\nSoldiers later shot dead five of the attackers.", 2, None),
    (("Two rockets fired from the border land in fields near Metula.\nArmy jets strike two militant posts in reply, with"
      " no casualties reported."), None, None),
    # (a sequel in the next sentence is another event)
    (("A mine hits a patrol near Gao.\nAt least two herders are killed when the soldiers open fire on a camp after the"
      " blast."), None, None),
])
def test_the_next_incident_s_dead(run, text, killed, wounded):
    """A toll told by the incident word right after the article's first (no other time, place or event told) is the
    first's, where that has none of its own."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A grenade blast tore through a bus depot in Garissa on Monday.\nHospital staff first reported seven dead and 20"
      " injured; the county commissioner later put the toll at five dead and 12 wounded."), 5, 12),
    (("A parcel bomb exploded at a courier office in Tetouan on Friday.\nPolice said that nobody had been killed,"
      " correcting early reports of three dead, and that nine people were wounded."), 0, 9),
    # look-alikes: a first report alone stands; a count that only goes up stays the largest
    ("A parcel bomb exploded at a courier office in Tetouan on Friday.\nInitial reports said three people had died.",
     3, None),
    ("A parcel bomb exploded at a courier office in Tetouan on Friday, killing three people.\nThe toll later rose to five.",
     5, None),
])
def test_a_first_report_corrected(run, text, killed, wounded):
    """A count first reported and corrected since is dropped where the article tells another count of its kind."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "high"), [
    ("Two bombs went off at a bus station in Maiduguri on Friday.\nThe police put the dead at 14.", 14, 14),
    (("Two bombs went off at a bus station in Maiduguri on Friday.\nThe police put the dead at 14, a hospital worker"
      " at 19 and a local chief at 30."), 14, 14),
    (("A suicide bomber blew himself up at a checkpoint in Lashkar Gah on Monday.\nA district chief put the dead at 16,"
      " while a hospital doctor counted 12 dead and 40 wounded."), 12, 16),
    # look-alikes: the dead laid to rest is no count; a doctor's count alone is the toll
    ("Two bombs went off at a bus station in Maiduguri on Friday, killing six.\nRelatives put the dead at rest on Sunday.",
     6, 6),
    ("A suicide bomber blew himself up at a checkpoint in Lashkar Gah on Monday.\nA hospital doctor counted 12 dead.",
     12, 12),
])
def test_put_the_dead_at(run, text, killed, high):
    """ "put the dead at N" is a put toll; a count another source "counted" after it is that source's alternative (the
    two are the toll's bounds), not a part to add."""
    row = first_incident(run, text, DAY)
    assert (row["killed_min"], row["killed_max"]) == (killed, high), text


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A gunman opened fire at a chapel in Kupang on Sunday, killing the Rev. Markus Lelo and wounding two others.", 1, 2),
    ("Gunmen shot dead Father Tobias Eze outside his parish in Nsukka.", 1, None),
    ("Gunmen shot dead Dr. Hamid Sarwari at his clinic in Quetta.", 1, None),
    # look-alike: a style without a killing verb is no toll
    ("Police in Kupang questioned the Rev. Markus Lelo after a gunman opened fire at his chapel.", None, None),
])
def test_a_style_before_a_named_victim(run, text, killed, wounded):
    """A style before a named victim ("the Rev.", "Father", "Dr.") counts the victim as a title does."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A drone struck a market in Falam on Friday, killing a shopkeeper and another villager.", 2, None),
    (("A drone struck a market in Falam on Friday, killing a nurse who had cared for the sick and another"
      " villager and wounding six people."), 2, 6),
    # look-alikes: another attack is no one; a relative clause of one person is that one
    ("A drone struck a market in Falam on Friday, killing a shopkeeper, and another drone hit a school.", 1, None),
    ("A drone struck a market in Falam on Friday, killing a nurse who had cared for the sick.", 1, None),
])
def test_another_and_a_relative_clause_in_a_list(run, text, killed, wounded):
    """ "another" and a singular noun in a list of the dead is one more; a relative clause in the list's first part does
    not end the list."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A litigant opens fire in a courtroom in Turin, killing judge Paolo Ferri, a clerk and a witness.", 3, None),
    (("A litigant opens fire in a courtroom in Turin, killing judge Paolo Ferri, a clerk and a witness and wounding a"
      " guard."), 3, 1),
    # look-alikes: one person told by two nouns, an aside closed by a comma
    ("Gunmen shot dead Luis Carmona, a lawyer and activist, outside his office in Toluca.", 1, None),
    ("Gunmen shot dead Luis Carmona, a lawyer and a rights campaigner, outside his office in Toluca.", 1, None),
])
def test_two_described_people_after_a_name(run, text, killed, wounded):
    """ "killing judge X, a clerk and a witness": two people each with an article after the name's comma are two more,
    unless a comma closes them as an aside."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A man set fire to a synagogue in Lyon on Friday night, and the synagogue's rabbi died after inhaling smoke.", 1,
     None),
    ("Gunmen attacked a church in Makurdi on Sunday, and its pastor died in hospital.", 1, None),
    # look-alikes: a death of old age or in a past year
    ("Gunmen attacked a church in Makurdi on Sunday; the church's founder died in 2009.", None, None),
    ("Gunmen attacked a church in Makurdi on Sunday; its founder died of cancer years ago.", None, None),
])
def test_an_office_after_a_possessor_died(run, text, killed, wounded):
    """One person told by an office after a possessor ("the synagogue's rabbi", "its pastor") who died is one dead."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Armed men raided a mining camp near Tillaberi, shooting workers and burning tents.\nElders say at least 40 people"
      " have been buried."), 40, None),
    ("Armed men raided a mining camp near Tillaberi; 12 people were buried on Friday.", 12, None),
    # look-alikes: buried alive or under rubble is no count of the dead
    ("Armed men raided a mining camp near Tillaberi.\nA wall fell and 12 people were buried under the rubble.", None,
     None),
])
def test_the_dead_told_by_their_burial(run, text, killed, wounded):
    """ "N people have been buried" tells N dead (not "buried alive", "buried under the rubble")."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Insurgents ambushed an army convoy near Kidal on Monday.\n'We have lost nine of our soldiers and their"
      " interpreter,' a commander said."), 10, None),
    ("Insurgents ambushed an army convoy near Kidal on Monday.\nThe army said it had lost six soldiers.", 6, None),
    # look-alikes: things lost, a span's losses
    ("Insurgents ambushed an army convoy near Kidal on Monday.\nThe army said it had lost six trucks.", None, None),
    ("Insurgents ambushed an army convoy near Kidal on Monday.\nThe army has lost 40 soldiers in the region this year.",
     None, None),
])
def test_a_side_s_own_losses(run, text, killed, wounded):
    """ "We have lost nine of our soldiers and their interpreter": a side's own dead told by their loss."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Gunmen killed 11 farmers in a village near Mokwa on Sunday, and three more bodies were found on Monday, the"
      " police said."), 14, None),
    ("Gunmen killed 11 farmers in a village near Mokwa on Sunday.\nThree more bodies were found on Monday.", 14, None),
    # look-alike: the same dead found
    ("Gunmen killed 11 farmers in a village near Mokwa on Sunday; 11 bodies were found.", 11, None),
])
def test_more_bodies_found(run, text, killed, wounded):
    """ "two more bodies were found" adds to the toll before it."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Troops raid a slum of Kingston, killing gang leader Marlon 'Snake' Dacres and several of his men.", 4, None),
    ("Troops raid a slum of Kingston, killing gang leader Marlon 'Snake' Dacres.", 1, None),
    # look-alike: a nickname of a living leader
    ("Troops raid a slum of Kingston in search of gang leader Marlon 'Snake' Dacres, killing two of his men.", 2, None),
])
def test_a_nickname_in_a_named_victim(run, text, killed, wounded):
    """A nickname inside a named victim ("Marlon 'Snake' Dacres") keeps the name and its companions."""
    _assert_toll(run, text, killed, wounded)
