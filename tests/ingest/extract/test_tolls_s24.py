"""Tolls on summaries written for session 24 in the ways of telling that the sets BO-BR showed: a range of two counts,
companions told after a named victim, one person as the whole object ("kills the driver"), an age after "the", a
claimant's count against the officials', a plan in the sentence of the blast, the attackers' own dead told apart, a
relative clause or a series in the subject, a killing condemned or confessed, "bringing the known toll to", an
execution by a firing line, names before "N other", an office with a place aside, and a death the sentence's only
word tells. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll, first_incident

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "high"), [
    (("A car bomb exploded outside a court in Hilla on Monday, killing between 12 and 30 people, according to"
      " differing police accounts."), 12, 30),
    ("Gunmen opened fire on a wedding party near Dera, killing between five and eight guests.", 5, 8),
    # look-alikes: "between" of two sides or two places is no range
    ("The death toll from fighting between two clans in Baidoa rose to 40 on Tuesday.", 40, 40),
    ("A bus bomb exploded on the road between Kohat and Hangu, killing nine passengers.", 9, 9),
])
def test_a_range_of_two_counts(run, text, killed, high):
    """ "killing between N and M": N the least, M the most."""
    row = first_incident(run, text, DAY)
    assert (row["killed_min"], row["killed_max"]) == (killed, high), text


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # companions told with a relative clause of their own
    (("Councillor Pedro Ramos was shot dead in Morelia along with two other men whose car was found nearby, police"
      " said."), 3, None),
    # one person as the whole object, by a noun of a job, a possessor before it, or "another"
    ("A drone strike on a car near Tyre kills the driver, a local official; two boys nearby are lightly hurt.", 1, 2),
    (("A suicide bomber rammed a truck into a checkpoint in Batna, killing the mosque's caretaker and wounding four"
      " soldiers."), 1, 4),
    ("Gunmen raided a dormitory in Buea, abducting six students and shooting dead another who fought back.", 1, None),
    # an age after "the" is one person
    (("A man armed with a shotgun shoots dead a shop owner and the four-year-old girl in his care in central Ghent and"
      " wounds a passer-by."), 2, 1),
    # look-alikes: the driver met by the police is the attacker; a list with the driver; a count after "the"
    ("A truck ploughed into a market in Lyon on Friday before police shot dead the driver.", None, None),
    ("Gunmen attacked a bus near Kano, killing the driver and two passengers.", 3, None),
    ("Gunmen killed a farmer and the three children in his care near Jos.", 4, None),
])
def test_companions_and_one_person_objects(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "high"), [
    (("A mine hit an army truck near Gao on Monday; police say two soldiers died, although the group claims to have"
      " killed nine."), 2, 9),
    (("A roadside bomb hits a police convoy near Baidoa.\nVillagers say no one is hurt, although the militants claim to"
      " have killed six officers."), 0, 6),
])
def test_a_claimant_s_count(run, text, killed, high):
    """A count the claimant gives ("claims to have killed") against the officials' or witnesses' is the high bound."""
    row = first_incident(run, text, DAY)
    assert (row["killed_min"], row["killed_max"]) == (killed, high), text


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a plan or a warning in the sentence of the blast keeps no toll
    ("A car bomb explodes outside a bank in Bilbao an hour after a caller warns the police; no one is hurt.", 0, 0),
    # the attackers' own dead told apart, after their attack told by vehicles driven at a post
    (("Rebels drive two trucks packed with explosives at an army post near Sirte.\nOne truck blows up at the gate;"
      " three soldiers are killed and eight wounded.\nNine rebels also die."), 3, 8),
    # look-alike: a clash of two sides, each counted apart, stays as read
    ("Six soldiers are killed in clashes with militants near Marawi; four militants also die.", 6, None),
])
def test_plans_and_the_attackers_told_apart(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a relative clause or the span of a series after the subject's noun
    ("A radio host who had criticised the governor was shot dead in Dumaguete on Monday.", 1, None),
    ("A second teacher in a week is shot dead in Uribia, local officials say.", 1, None),
    ("A second journalist was shot dead in Juarez on Monday.", 1, None),
    # a killing condemned, a killing confessed
    (("The government condemns the killing of at least 14 farmers by armed men in Ituri province on Sunday; the"
      " victims were shot or hacked with machetes."), 14, None),
    (("Prosecutors say a boatman has confessed to killing activist Ana Salas and Spanish engineer Pablo Oter near"
      " Tumbes."), 2, None),
    # look-alike: the gunman's relative clause holds the toll
    ("A gunman who killed four shoppers at a mall in Turku was shot dead by police.", 4, None),
])
def test_subjects_with_clauses_and_reported_killings(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Rebels lined up and shot 12 prisoners after seizing a base near Rutshuru, bringing the known toll from the"
      " fighting to at least 30, the army said."), 30, None),
    ("Gunmen line up and shoot nine farm workers in a village near Tumaco.", 9, None),
    # names before "N other" are each counted
    (("Colonel Tarek Bassam, Major Adel Ruwaidi and two other officers were shot dead at a checkpoint near Sabha on"
      " Sunday."), 4, None),
    (("TRIPOLI — Mayor Salem Duwadi, councillor Hadi Magrebi and three other officials were killed when a bomb hit"
      " their convoy near Gharyan."), 5, None),
    # look-alike: one name before "N other"
    ("Mayor Tomas Reyes and three other councillors were shot dead in Iguala.", 4, None),
    # an office with a place aside
    (("The deputy governor of Tshopo, in the country's north-east, is found dead a day after gunmen seized him from"
      " his car."), 1, None),
])
def test_executions_revised_tolls_and_names(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Militants fired dozens of rockets at Ashkelon on Friday.\nMost were intercepted, and one woman was killed by"
      " falling debris."), 1, None),
    # look-alike: another time told in that sentence
    (("Militants fired dozens of rockets at Ashkelon on Friday.\nMost were intercepted; last year a woman was killed by"
      " falling debris."), None, None),
])
def test_a_death_told_only_by_its_verb(run, text, killed, wounded):
    """A toll whose own verb is its sentence's only incident word, that incident dropped as no event, is the toll of
    the incident told in the sentence before."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the fight the attackers waged is the event itself
    (("Gunmen stormed a farm near Kirkuk on Sunday and seized four engineers after a gunfight in which a guard was"
      " killed, police said."), 1, None),
    # the dead shown by their heads
    ("Gunmen left the severed heads of four men outside the town hall in Zitacuaro on Monday.", 4, None),
    # look-alike: an earlier attack told after "after ... in which"
    ("A car bomb killed seven soldiers in Gao on Monday, two days after an ambush in which 12 soldiers died.", 7, None),
])
def test_a_fight_in_the_attack_and_heads_shown(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Attackers slashed to death Somchai Prasert, a retired teacher, in Raman district on Friday, police said.", 1, None),
    ("Two rubber tappers were slashed to death near Pattani on Sunday.", 2, None),
    (("A motorcycle packed with explosives blew up at a market in Jamundi on Monday, killing its rider and injuring"
      " nine people."), 1, 9),
    (("Gunmen stopped a minibus near Arish on Tuesday, took off seven conscripts in civilian clothes and executed them,"
      " officials said."), 7, None),
    (("The governor says a local gang was behind the killing of Rosa Vela, the mayor of Tlalpan, who was shot dead"
      " outside her office on Friday."), 1, None),
    # look-alikes: a knife's living victims; the doers' leader killed, told after "led by"
    ("A man slashes two policewomen with a knife in Liege.", None, 2),
    (("The governor is shot and wounded at his home in Suai by gunmen led by Tomas Belo, who is killed in the exchange"
      " of fire."), None, "any"),
])
def test_slashed_to_death_riders_captives_and_named_victims(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
