"""Tolls on summaries written for session 20 in the ways of telling that the sets AY-BB showed: the attackers' own end
told beside the victims' toll, a share told aside with its qualifier, a long list of names in an aside, a bomb the
dead were planting, "injures nobody", "no one else was hurt" when no one died, a named victim after "hack to death"
or "behead", "gun down" in the present, a share before the count, a bare plural inside a count, a killing done first.
Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, assert_toll

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Gunmen stormed a police academy in Quetta on Tuesday and set fire to a dormitory.\nAt least four cadets were killed"
     " and six wounded; two attackers were shot dead."), 4, 6),
    (("Militants attacked a checkpoint outside Mardan before dawn, firing rockets at the gate.\nThree guards and a driver,"
     " one of them a teenager, were killed and five people wounded before troops shot dead all four attackers."), 4, 5),
    ("Two gunmen opened fire outside a stadium in Tulsa on Saturday, wounding a guard before police shot both men dead.",
     None, 1),
    (("Indian troops end a 16-hour siege in Sopore after killing two militants who had holed up in a school; a soldier"
      " and a teacher were killed when the pair opened fire on Tuesday."), 2, None),
    (("About 40 rebels attack an army outpost in Kidal before dawn; the soldiers, alerted in advance, kill 12 of the"
     " attackers and report no losses of their own."), None, None),
    # look-alikes: the victims' own toll, and an end that is the article's only event
    ("Gunmen opened fire at a wedding in Mardin on Saturday before police shot both men dead, killing two guests.", 2, None),
    ("Militants attacked a checkpoint outside Mardan before dawn.\nFive guards were killed in the fighting.", 5, None),
    ("Police shot dead a gunman who opened fire at a shopping centre in Hamburg; no one else was hurt.", None, 0),
    ("Israeli troops shoot dead a Palestinian who stabbed and wounded a soldier at a checkpoint near Hebron.", None, 1),
    ("Indian troops end a 16-hour siege in Sopore after killing two militants in a school.", 2, None),
])
def test_attackers_end_told_beside(run, text, killed, wounded):
    """The attackers' own end ("...; two attackers were shot dead", "before troops shot dead all four attackers",
    "before police shot both men dead") is no toll, and its words anchor none: the victims' toll beside it goes to the
    attack told before."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A car bomb exploded near a bus station in Ramadi, killing seven people, at least four of them soldiers, and"
     " wounding 20."), 7, 20),
    (("Eight prisoners, among them former provincial governor Roberto Almanza and retired colonel Esteban Villalobos,"
     " were killed at a guerrilla camp near Tame."), 8, None),
    (("A suicide bomber rams a minibus into a military convoy in Kandahar, killing 11 foreign troops and contractors as"
     " well as four Afghan bystanders."), 15, None),
    ("Two of the five Nepali workers abducted near Kirkuk last month have been found dead, police said.", 2, None),
    ("A suspected US drone strike kills at least two Shabaab fighters and commander travelling in a pickup near Jilib.",
     3, None),
    # look-alikes
    ("Twelve pilgrims, more than half of them women, were killed when a bus was bombed near Karbala.", 12, None),
    ("A car bomb exploded near a bus station in Ramadi, killing seven people and wounding 20.", 7, 20),
    ("Militants ambush a patrol near Dir, killing seven soldiers and policemen.", 7, None),
    ("A suspected US drone strike kills two Shabaab fighters and wounds a commander near Jilib.", 2, 1),
    ("Gunmen raid a village near Zamfara, killing six farmers and burning homes and two mosques.", 6, None),
    ("A bomb exploded at a market in Jos on Sunday; three of the 10 people killed were children, police said.", 10, None),
])
def test_counts_with_asides_and_shares(run, text, killed, wounded):
    """A share told aside with its qualifier ("at least four of them soldiers") adds nothing; a list of two long names
    in an aside keeps the count before it; a bare plural after a count is in that count, and the list goes on; a
    share before a count with its own verb of being is the toll; a bare singular title after a count is one more."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Three militants are killed near Batna when a bomb they were planting by the roadside explodes early, officials"
     " say."), None, None),
    ("A bomb planted under a parked van in Bastia destroys two shops but injures nobody.", 0, 0),
    ("A grenade thrown at a police post in Imphal damages a wall but hurts no one.", 0, 0),
    (("A man is wounded when a parcel bomb he was assembling goes off in his flat in Malmo; police say no one else was"
     " hurt."), 0, "any"),
    (("A van packed with explosives blew up near a police headquarters in Nazran on Monday, wounding 20 people.\nThe"
     " three people inside the van died, officials said."), None, 20),
    # look-alikes: the dead were not the bombers, the attacker died
    ("A roadside bomb hit a car near Baquba on Monday.\nThe three people inside the car died, police said.", 3, None),
    (("Three soldiers are killed near Batna when a bomb planted by the roadside explodes under their truck, officials"
     " say."), 3, None),
    ("A suicide bomber blew himself up at a checkpoint near Mosul; no one else was hurt.", None, 0),
    ("A man throws a grenade at a bank in Kaunas, then kills himself with a second one.\nNo one else is hurt.", None, 0),
])
def test_own_bomb_and_no_one_hurt(run, text, killed, wounded):
    """The dead of a bomb they were planting, or riding in it, are its doers; "injures nobody", "hurts no one" are zeros; "no one else
    was hurt" is a zero of the dead too when no death is told, here or in the sentence before."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Assailants hack to death Ramesh Kumar, the caretaker of a Sikh shrine in Sylhet, and wound a pilgrim.", 1, 1),
    ("Islamist militants behead British hostage Peter Walsh on Basilan island after a ransom deadline expires.", 1, None),
    ("Gunmen stab to death Maria Lopez, a local councillor, outside her home in Culiacan.", 1, None),
    ("Rebels gun down at least 31 villagers, most of them farmers, in a night raid on two hamlets in Ituri.", 31, None),
    ("A gunman guns down four customers at a bar in Tijuana and flees on a motorcycle.", 4, None),
    (("Gunmen drag 17 Shia passengers off two buses on the highway between the towns of Mastung and Kalat in"
     " southwestern Balochistan and shoot them dead."), 17, None),
    ("A gunman shoots dead three customers at a cafe in Tampere, after first killing his estranged wife at their home.",
     4, None),
    # look-alike
    ("A gunman shoots dead three customers at a cafe in Tampere after an argument with the owner.", 3, None),
])
def test_killing_verbs(run, text, killed, wounded):
    """A named victim after "hack to death", "stab to death", "behead"; "gun down" in the present; captives pulled
    off buses and shot, told at length; a killing told as done first adds to the main toll."""
    _assert_toll(run, text, killed, wounded)


def test_threat_to_behead_is_no_incident(run):
    assert_no_incident(run, "Militants threaten to behead Norwegian hostage Erik Holm on Jolo island unless a ransom is"
                            " paid.", DAY)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Russia fires dozens of cruise missiles at Ukraine overnight.\nA missile strikes a block of flats in Zhytomyr,"
     " killing two people."), 2, None),
    (("Israeli jets carry out air strikes across southern Lebanon on Sunday.\nAn air strike on a house in Nabatieh kills"
     " three people, the health ministry says."), 3, None),
    # look-alike: the barrage's own toll stands
    (("Russia launches dozens of missiles at Ukraine overnight, killing five people.\nA missile strikes a block of flats"
     " in Zhytomyr, killing two people."), 5, None),
])
def test_one_of_a_barrage(run, text, killed, wounded):
    """One of a plural told before ("dozens of cruise missiles ... A missile hits a block of flats, killing two") lends
    its toll to the barrage when that has none of its own."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Pakistani jets carry out air strikes in Afghanistan's Kunar province on Monday.\nLocal officials say six women and"
     " children died; Pakistan says the strikes targeted militant hideouts."), 6, None),
    (("Police clash with members of a banned sect in the northern town of Kontagora after the group blocked a road.\nThe"
     " sect says dozens of its members were killed and its leader was arrested."), 24, None),
    # look-alikes: another event's dead, the attackers' dead told with "also"
    (("Pakistani jets carry out air strikes in Afghanistan's Kunar province on Monday.\nSeparately, six soldiers died in"
     " a clash in Zhob."), None, None),
    (("Gunmen stormed a hotel in Bamako and a car bomb hit a police post on Friday.\nThe government said six guards were"
     " killed; four attackers also died."), 6, None),
])
def test_death_told_alone_after_the_attack(run, text, killed, wounded):
    """A method-less death told by its own verb after the attack ("Local officials say six women and children died;
    ... the strikes ...") is that attack's toll when it has none; not a death told as another event's."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Rebels of the Karen army raid a logging camp near Myawaddy and carry off two Thai foremen.\nA soldier is killed in"
     " the shoot-out that follows."), 1, None),
    (("Gunmen kidnapped two Chinese engineers near Kaduna on Monday.\nThree policemen were killed in the ensuing gun"
     " battle, police said."), 3, None),
    # look-alike: the first incident's own toll stands
    (("Gunmen kidnapped two Chinese engineers near Kaduna on Monday and killed their two guards.\nThree policemen were"
     " killed in the ensuing gun battle, police said."), 2, None),
])
def test_fight_that_followed(run, text, killed, wounded):
    """The fight that followed an attack ("in the shoot-out that follows", "in the ensuing gun battle") lends its toll
    to that attack when it has none of its own."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A rocket is fired at the plane carrying Governor Ahmed Saleh as it lands at Marib airport.\nThe rocket misses and"
      " nobody is hurt; the Houthis deny firing it."), 0, 0),
    # look-alikes: another event of a kind not told before, and a definite word the first incident did not tell
    (("Two rockets hit Sderot, wounding four people.\nThe air force strikes two posts in Gaza, with no casualties"
     " reported."), None, 4),
    (("A roadside bomb hits a convoy of Kenyan peacekeepers in Kismayo.\nAt least three civilians are killed when the"
      " troops open fire on a market after the blast."), None, None),
])
def test_definite_mention_of_a_new_kind(run, text, killed, wounded):
    """A definite mention of a kind the article has not told as an incident, whose word the first incident's sentence
    told ("A rocket is fired at the plane carrying X [an assassination]. The rocket misses and nobody is hurt"),
    retells that incident: its toll goes there when that has none."""
    _assert_toll(run, text, killed, wounded)
