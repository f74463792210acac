"""Which count is the toll, on summaries written for session 27 in the ways of telling that sets CA-CH showed: two
sources setting their counts against each other, a first report revised, an age or livestock that is no toll, a
tally over months, the attackers' own dead (a bomber who died, an accomplice, a share of the assailants, the bomb
car's driver, bombers shot before they could set off their vests). Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # another source's count in a clause set against the toll ("while ... says"): the lower is the least
    (("A suicide bomber blew himself up at a police academy in Kirkuk.\nOfficials put the death toll at 31, while the "
      "army says 19 were killed; more than 40 people are wounded."), 19, 40),
    (("Two bombs went off at a market in Potiskum.\nPolice put the death toll at about 12, while a local doctor says "
      "37 bodies were brought to the hospital."), 12, None),
    # look-alikes: a count of another side after "while" is no alternative; a count told after a semicolon stands
    ("Gunmen stormed a village near Kafanchan, killing nine people; the army says four people died in a later clash.",
     9, None),
])
def test_two_sources_set_against_each_other(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a first report, told with "had", that the article's count replaces
    (("Nine soldiers were killed when a mine hit their truck near Tessalit, the army said.\nEarly reports had put "
      "the toll at three."), 9, None),
    (("Nine soldiers were killed when a mine hit their truck near Tessalit, the army said.\nInitial reports had put "
      "the toll at three."), 9, None),
    # look-alike: a later count of another source stays an alternative (the lower is the least)
    (("Nine soldiers were killed when a mine hit their truck near Tessalit, the army said.\nA local official put the "
      "toll at 12."), 9, None),
])
def test_a_first_report_revised(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # an age told aside is no toll
    (("Four farmers, the oldest aged 81, were killed and three others wounded when shells hit the village of Dorvik "
      "on Monday."), 4, 3),
    ("Two girls, the youngest aged nine, were killed when a rocket hit their home in Sderot.", 2, None),
    # livestock killed is no toll
    ("Artillery shells hit villages near Uri overnight, killing 23 sheep and damaging two houses.", None, None),
    ("Mortar rounds hit a farm near Kupwara, killing 40 cows and wounding two villagers.", None, 2),
    # look-alikes: people named by their herds are people; an age before the verb's count is no aside
    ("Gunmen killed seven cattle herders in an attack on a camp near Lafia.", 7, None),
    ("A bomb killed three men, aged between 20 and 30, at a bus stop in Maiduguri.", 3, None),
])
def test_an_age_or_livestock_is_no_toll(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a tally over months told after a place is no toll of the event
    (("A man was lightly hurt when a grenade was thrown at his car in Uppsala on Sunday, police said.\nEleven people "
      "have been shot dead in the northern city in the past fourteen months."), None, 1),
    # look-alike: a count of the event itself, told with a span that is no tally
    ("A car bomb killed 40 people in a market in Hilla on Iraq's deadliest day in over two years.", 40, None),
])
def test_a_tally_over_months(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a suicide bomber who died alone: no toll of the dead
    (("A suicide bomber died when the explosives he carried went off near a checkpoint in Bama.\nA boy standing "
      "nearby was hurt."), None, 1),
    # an accomplice shot dead is one of the doers
    ("A man threw a grenade at a patrol in Khasavyurt, wounding three; he and an accomplice were later shot dead by police.",
     None, 3),
    # a share of the assailants killed by the troops who beat them back
    (("Troops beat back an attack by suspected separatists on a police post in Kumba, killing at least eight of the "
      "assailants."), None, None),
    # one of the attackers killed, the others escaping
    (("Gunmen opened fire on a police car in Nalchik, wounding two officers.\nPolice killed one of the attackers and "
      "the others escaped."), None, 2),
    # the bomb car's own driver
    ("A car packed with explosives blew up beside an army convoy near Lashkar Gah, killing its driver and wounding a soldier.",
     None, 1),
    # bombers shot dead before they could set off their vests; the soldiers who died later count
    (("Three would-be suicide bombers in police uniforms are shot dead at the gate of a base in Baidoa before they can "
      "set off their vests; two soldiers wounded in the firefight later die."), 2, 2),
    # look-alikes: the victims stay counted
    ("A suicide bomber blew himself up in a market in Bama, killing six people.", 6, None),
    ("Gunmen stormed a hotel in Bosaso, killing at least eight of the guests.", 8, None),
    ("A car bomb exploded near a bus in Lashkar Gah, killing four passengers and wounding the driver.", 4, 1),
])
def test_the_attackers_own_dead(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the toll of the event told as the cause, by its doers' own verbs: not this one's
    (("The army said it had carried out air strikes around Djibo, killing 60 militants, after gunmen raided a village "
      "nearby overnight and killed nine civilians."), 60, None),
    # ... and the event that strikes "follow": no toll of the strikes, nor lent to them
    (("Israeli jets strike two sites in Gaza on Sunday night, wounding at least five Palestinians, medics say.\nThe army "
      "confirms the strikes, which follow a rocket that killed a man in Ashkelon."), None, 5),
    # look-alikes: the participle's own toll after the doers' verb; a toll of the strikes told in the clause after them
    ("Gunmen raided a village near Djibo overnight and killed nine civilians, officials said.", 9, None),
    (("Israeli jets strike two sites in Gaza on Sunday night, wounding at least five Palestinians, medics say.\nThe army "
      "confirms the strikes, which killed two militants."), 2, 5),
])
def test_the_toll_of_an_earlier_event(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one victim by a noun of a job or of the one inside, after "its" or "the"
    ("A grenade exploded inside a bakery in Marawi on Monday night, killing its manager and wounding three customers.", 1, 3),
    ("A car blew up outside a courthouse in Shymkent early on Friday, killing the person inside, police said.", 1, None),
    # the one shot dies, told in a clause after a semicolon
    ("A gunman shot a prosecutor outside his office in Tegucigalpa on Monday; he died in hospital hours later.", 1, None),
    # look-alikes: the attacker shot by the police; a count of the dead already told
    ("Police shot a man who stabbed a guard at a museum in Lyon; he died in hospital.", None, 1),
    ("A bomb killed two judges in a car in Quetta; he died instantly, a witness said.", 2, None),
])
def test_one_victim_without_a_count_word(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one found with a cut throat
    ("Radio host and imam Karim Adeyemi is found with his throat slit at his home in Ilorin after attackers broke in.", 1, None),
    # the one the force fired at, no attacker, dies the next sentence
    (("Riot police fired a burst of gunfire at a student, Amadou Sall, near the campus in Thies on Monday.\nHe died of "
      "his wounds on Wednesday."), 1, None),
    # look-alikes: a count of throats cut; the attacker the police shot
    ("Three guards were found with their throats slit at a depot near Kidal.", 3, None),
    ("Police shot a man who attacked officers with a knife in Hamburg.\nHe died in hospital.", None, None),
])
def test_one_victim_by_a_throat_or_a_later_death(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the bomber listed with the dead of his own blast is summed
    (("A suicide bomber blew himself up at a checkpoint outside Baidoa on Sunday, killing four soldiers and the bomber "
      "and wounding seven people, police said."), 5, 7),
    ("A truck bomb exploded at the gate of a base near Kismayo, killing two guards and the suicide bomber.", 3, None),
    # ... and so is a gunman listed with them (attackers killed in the same list as their victims are summed: the
    # gold README's convention; the two tuners of session 27 had read this one differently)
    ("Gunmen stormed a hotel in Kismayo, killing six guests and the gunman.", 7, None),
])
def test_the_bomber_listed_with_the_dead(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
