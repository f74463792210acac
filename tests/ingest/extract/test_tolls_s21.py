"""Tolls on summaries written for session 21 in the ways of telling that the sets BC-BF showed: a second source's count
put after the first stated toll, "and the son of a commander" in a subject list, the day's other event, a lone
suicide bomber's own death, suspects killed by police, offices and titles of a named victim, a total told "in all",
"executed X", a captive told by a participle. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("At least 9 people were killed when a bomb exploded at a bus station in Kano on Friday, according to hospital"
      " staff; a police spokesman put the toll at 14."), 9, None),
    (("Two rockets hit a market in Idlib on Monday, killing at least 6 people, the civil defence said; local officials"
      " put the death toll at 11."), 6, None),
    (("About eight soldiers are killed when rebels ambush a patrol near Gao on Tuesday.\nA military source puts the death"
     " toll at about 20."), 8, None),
    (("Gunmen killed 20 worshippers at a mosque in Kano on Friday, according to police, who had first put the toll at"
      " 12."), 20, None),
    # look-alikes: a revision replaces the first count, and a put toll alone is the toll
    ("At least 12 people were killed when a car bomb exploded in Mosul on Monday.\nOfficials now put the death toll at 30.",
     30, None),
    (("At least 9 people were killed when a bomb exploded at a bus station in Kano on Friday; police later put the toll"
      " at 14."), 14, None),
    ("A car bomb exploded in Mosul on Monday.\nOfficials put the death toll at 30.", 30, None),
    ("At least 12 people were killed when a car bomb exploded in Mosul on Monday.\nBy evening the toll had risen to 30.",
     30, None),
])
def test_another_source_put_toll(run, text, killed, wounded):
    """Another source's count put after the first stated toll ("; a police spokesman put the toll at 14", "A military
    source puts the death toll at about 20.") does not replace it; "now put", "later put" and "rose to" do."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Three policemen and the teenage daughter of a village chief were killed on Monday when their truck was ambushed"
      " near Kidal."), 4, None),
    (("Three policemen and the 15-year-old son of a local commander were killed on Monday when their truck was ambushed"
      " near Kidal."), 4, None),
    ("Two soldiers and the driver were killed when a bomb hit their jeep near Kidal.", 3, None),
    ("Four guards and the mayor of the town were killed when gunmen attacked the town hall in Iguala.", 5, None),
    # look-alikes: the list's own parts only
    ("Three policemen and a teenage girl were killed on Monday when their truck was ambushed near Kidal.", 4, None),
    ("Two soldiers and three civilians were killed when a bomb exploded in Kirkuk.", 5, None),
])
def test_the_one_of_someone_in_a_subject_list(run, text, killed, wounded):
    """ "N soldiers and the son of a commander were killed": "the" and one of someone's people or an office is one
    more."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A suicide car bomb aimed at a police convoy kills at least 12 civilians and wounds 9 in Helmand, officials say,"
      " on a day when a roadside bomb also killed a British soldier."), 12, 9),
    (("A suicide car bomb aimed at a police convoy kills at least 12 civilians in Helmand on a day when two roadside"
      " bombs wounded six soldiers."), 12, None),
    # look-alike: a second blast of the same attack still adds
    ("A car bomb killed seven people in Kirkuk, and a roadside bomb also killed a soldier nearby.", 8, None),
])
def test_the_days_other_event(run, text, killed, wounded):
    """ "..., on a day when roadside bombs also killed a soldier": that day's other event is no part of the toll."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A suicide bomber was killed when his explosives went off early in Garissa on Saturday; several bystanders were hurt.",
     None, 3),
    ("A bomber was killed when his device exploded prematurely near a church in Garissa, police said.", None, None),
    (("A town mayor was shot dead at her home in Cuautla on Sunday.\nTwo suspects were killed by police and four"
      " arrested shortly after the attack."), 1, None),
    # look-alikes: a victim of the bomber, and suspects' victims
    ("A soldier was killed when a suicide bomber blew himself up at a checkpoint in Garissa.", 1, None),
    ("Two policemen were killed by suspected militants at a checkpoint in Garissa on Saturday.", 2, None),
])
def test_the_doers_own_end(run, text, killed, wounded):
    """A lone suicide bomber who "was killed" and suspects "killed by police" are the doers: no part of the toll."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Gunmen opened fire on worshippers at a mosque in Rajshahi during evening prayers, killing the muezzin and"
      " wounding three others."), 1, 3),
    ("Gunmen shoot dead radio news host Jorge Luis Ruiz Mendoza as he drives to work in Cali.", 1, None),
    ("Rebels say they have captured and executed Karim Rahimi, a former army commander, in Kunar.", 1, None),
    (("An armed group in Nigeria says it has executed Grace Adamu, a nurse kidnapped in a raid on a clinic in March."),
     1, None),
    # look-alike: an office still one
    (("Gunmen opened fire on worshippers at a church in Kaduna during evening prayers, killing the pastor and wounding"
      " four others."), 1, 4),
])
def test_named_and_office_victims(run, text, killed, wounded):
    """ "killing the muezzin", "shoot dead radio news host X", "executed X": one dead."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A suicide bomber rams a convoy in Kandahar, wounding two soldiers.\nFour Afghans are killed and 15 people wounded"
      " in all, some of them by shots the troops fired at passing cars."), 4, "any"),
    (("A suicide bomber rams a convoy in Kandahar, wounding two soldiers.\nFour Afghans are killed and 15 people wounded"
     " in all."), 4, "any"),
    # look-alike: another attack told apart keeps its toll
    (("A suicide bomber rams a convoy in Kandahar, wounding two soldiers.\nIn a separate attack, gunmen shot dead four"
     " police officers in Herat."), None, 2),
])
def test_total_in_all(run, text, killed, wounded):
    """A total told "in all" in the sentence after an attack is that attack's, even beside another kind's word."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A British and an Italian engineer held by kidnappers since last year were killed on Thursday during a failed"
      " rescue raid in Sokoto."), 2, None),
    ("A British engineer held by kidnappers since last year was killed by his captors in Kano.", 1, None),
    # look-alike: a participle of a bystander
    ("A bomb exploded near a market in Kano where a man kidnapped last year was killed.", 1, None),
])
def test_captive_told_by_participle(run, text, killed, wounded):
    """A captive told by a participle ("held by kidnappers since last year") is still the counted noun phrase."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Gunmen kill Pedro Salas, the new mayor of Tuxtepec, hours after he was sworn in; a municipal official hit in the"
      " same attack dies early on Wednesday."), 2, None),
    ("Gunmen kill two police officers in Tuxtepec on Monday, and a passer-by wounded in the attack died in hospital.",
     3, "any"),
    # look-alike: one hurt who lives
    (("Gunmen kill Pedro Salas, the new mayor of Tuxtepec, hours after he was sworn in; a municipal official hit in the"
      " same attack is in a stable condition."), 1, "any"),
])
def test_one_hurt_in_the_same_attack_dies(run, text, killed, wounded):
    """ "...; a municipal official hit in the same attack dies on Wednesday": one more dead."""
    _assert_toll(run, text, killed, wounded)
