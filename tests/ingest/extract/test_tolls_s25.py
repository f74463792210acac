"""Tolls on summaries written for session 25 in the ways of telling that the sets BS-BV showed: a zero told by the
people at the scene ("the guards inside are unhurt", "the consul and his driver escape unhurt", "none fatally"), a death by fire in the present,
a named victim described before the name with a present "shoot dead", the others of a self-detonation, captives
killed after a clause, a count told again place by place. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the people at the scene unhurt, and nothing else told: no one died or was hurt
    ("A grenade was thrown at a police station in Tumaco.\nThe 12 officers inside are unhurt.", 0, 0),
    ("Gunmen fire on the car of the Dutch consul in Basra; the diplomat and his driver escape unhurt.", 0, 0),
    # "none fatally": none died
    ("A car bomb exploded outside a hotel in Sirte; 14 people were wounded, none fatally.", 0, 14),
    # look-alikes: a spared group is no zero (test_tolls_s17); another casualty in the sentence; civilians in a
    # statement on a strike; one person unhurt beside a victim
    ("Rebels raided an army post near Kidal and carried off rifles; no soldiers were hurt.", None, None),
    ("A bomb exploded outside a bank in Mosul, wounding five customers; no soldiers were hurt.", None, 5),
    ("A suicide bomber blows himself up near a temple in Luxor; four people are wounded, and no tourists are hurt.",
     None, 4),
    ("An airstrike near Jilib killed 20 fighters.\nThe command said no civilians were hurt.", 20, None),
    ("Gunmen fire on the car of the consul in Basra; the consul escapes unhurt but his driver is killed.", 1, None),
    ("Gunmen seized nine traders near Gao; a local chief says the hostages are unharmed.", None, None),
])
def test_a_zero_told_by_the_people_at_the_scene(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a death by fire in the present, and the hurt told after it in their own clause
    ("Five people burn to death and two are hurt when militants set fire to a bus near Jos.", 5, 2),
    ("Nine people burned to death and four were hurt when a petrol bomb hit a minibus in Kano.", 9, 4),
    # look-alike: died, as before
    ("Five people died and two are hurt when militants set fire to a bus near Jos.", 5, 2),
])
def test_a_death_by_fire(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # a described victim after a present "shoot dead" or "gun down", a party or a people before the description
    ("Two men on a motorcycle shoot dead intelligence officer Omar Farid as he leaves a mosque in Mukalla.", 1),
    ("Gunmen on a motorcycle shoot dead Green Party congressman Luis Alberto Mendez as he drives through Cali.", 1),
    ("Gunmen gun down tax inspector Ruben Ortega outside his office in Culiacan.", 1),
    (("Gunmen sprayed a car with bullets in Kirkuk, killing Turkmen council member Ali Hassan Karim and a local"
      " official of the Dawa Party."), 2),
    # look-alike: the police shoot the gunman dead after his attack, the toll stays the attack's
    ("Gunmen killed council member Ali Karim and a local official in Kirkuk.", 2),
])
def test_a_described_victim(run, text, killed):
    _assert_toll(run, text, killed, None)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the others of attackers who blew themselves up are other than the attackers
    ("Two suicide bombers blow themselves up at a market in Maiduguri, killing four other people and injuring nine.",
     4, 9),
    # look-alike: the others of a victim told before count that victim too
    ("A gunman shot dead a guard at a bank in Lagos, then killed two other people.", 3, None),
])
def test_the_others_of_a_self_detonation(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # captives killed after a clause of their own between the taking and the killing
    ("Militants seized four soldiers near Arsal, took them across the border and killed them.", 4),
    ("Gunmen abducted three engineers in the Niger Delta and later killed them.", 3),
])
def test_captives_killed_after_a_clause(run, text, killed):
    _assert_toll(run, text, killed, None)


@pytest.mark.parametrize(("text", "killed"), [
    # a count told again place by place
    ("Drones kill 20 fighters in Yemen's Marib province, 12 near Sirwah and eight near Raghwan.", 20),
    # look-alikes: places that do not add up to the count, and two counts of two places
    ("Drones kill 20 fighters in Marib province, 12 near Sirwah and six near Raghwan.", 38),
    ("Gunmen killed 12 soldiers in Borno, and five in Yobe.", 17),
])
def test_a_count_told_place_by_place(run, text, killed):
    _assert_toll(run, text, killed, None)



@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a pronoun victim whose list ends at another verb
    (("Gunmen ambushed the van of Mayor Juan Ortiz of Lebak, in the southern province of Sultan Kudarat, on Monday as"
      " he returned from a fiesta, killing him and leaving his aide in serious condition with a head wound."), 1, "any"),
    # look-alike: the police met the attacker with force
    ("A man stabbed two shoppers in Graz before police opened fire on him, killing him and ending the attack.", None, "any"),
])
def test_a_pronoun_victim_before_another_verb(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # the bodies of a count "and of" one more
    ("The bodies of three brothers kidnapped in Maracay in March, and of their driver, were found on Tuesday.", 4),
    # look-alike: no one more
    ("Police found the bodies of five men near Tijuana on Sunday.", 5),
])
def test_the_bodies_of_a_count_and_of_one_more(run, text, killed):
    _assert_toll(run, text, killed, None)


@pytest.mark.parametrize(("text", "killed"), [
    # a capitalised office of a council or a congress before the name
    ("A political rival shot dead City Councilman John R. Meyers in the council chamber in Albany.", 1),
    ("Gunmen killed Assemblywoman Rosa Ibarra outside her home in Tijuana.", 1),
])
def test_an_office_of_a_council(run, text, killed):
    _assert_toll(run, text, killed, None)


@pytest.mark.parametrize(("text", "killed"), [
    # a passive toll right after "after" is the earlier event's, not the strike's
    (("Warplanes bomb rebel positions in the mountains of northern Iraq, the army says, after six soldiers were killed"
      " in a blast blamed on the rebels."), None),
    # look-alikes: alone in its sentence the event is the sentence's own; a participle toll before stays
    ("Police launched a manhunt after five people were killed in a shooting at a mall in Tulsa.", 5),
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing eight people, after two guards were shot at the gate.", 8),
])
def test_a_passive_toll_after_after(run, text, killed):
    _assert_toll(run, text, killed, "any")


def test_both_sides_unhurt_after_the_attackers_hurt(run):
    """ "no police officers or bystanders were hurt" is a zero even when the attackers' own injuries are told."""
    _assert_toll(run, ("Three gunmen attacked a police station in Gyumri on Sunday.\nTwo of them were hurt by their own"
                       " grenades; no police officers or bystanders were hurt."), 0, 0)
