"""Perpetrators told in phrasings written for session 32: groups blamed by a creed or with an apposition, a captor's
terms, armed names with "Organization" or after a sponsor's "pro-". Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_doer, doer_of

DAY = dt.date(1968, 5, 14)


@pytest.mark.parametrize(("text", "doer"), [
    # (a lowercase word with an accent before the leader's name)
    ("Gunmen kill two gendarmes at a roadblock in Oran; officials blame insurgents loyal to café owner Marcel Dupuis.",
     "insurgents loyal to café owner Marcel Dupuis"),
    ("Air force jets loyal to rebel General Omar Haddad bomb the presidential palace in Aden, killing five guards.",
     "Air force jets loyal to rebel General Omar Haddad"),
])
def test_a_band_loyal_to_a_leader_is_named_whole(run, text, doer):
    assert doer_of(run, text, DAY)[0] == doer, text


@pytest.mark.parametrize(("text", "group"), [
    ("A judge is shot dead in his car in Valparaíso. Police blamed the far-left Frente Armado del Sur.",
     "Frente Armado del Sur"),
    ("A bomb wrecks a bank in Braga. Police blamed the right-wing Comando Rodrigo Vieira.", "Comando Rodrigo Vieira"),
])
def test_a_blamed_name_after_a_hyphened_creed_or_with_a_particle(run, text, group):
    assert doer_of(run, text, DAY) == (group, "accused"), text


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen kill 20 villagers near Kidapawan. Church leaders blame the Barracuda, a Muslim militia.", "Barracuda"),
    ("Three farmers are hacked to death near Umtata. Police blame Qhaqhaza, the armed wing of a banned party.", "Qhaqhaza"),
])
def test_a_blamed_name_said_to_be_an_armed_body(run, text, group):
    assert doer_of(run, text, DAY) == (group, "accused"), text


def test_a_blamed_person_of_a_gang_is_no_group(run):
    # (guard: "a member of the gang" describes a person, not a group named Okafor)
    text = "Gunmen kill a trader in Enugu. Police blame Okafor, a member of the gang."
    assert doer_of(run, text, DAY)[0] != "Okafor", text


@pytest.mark.parametrize(("text", "doer", "status"), [
    ("Two bombs explode at a bank in Genoa, injuring six people. Police blame anarchists.", "anarchists", "accused"),
    ("A fire bomb kills a family of Kurds in Hagen. Police suspect neo-Nazis.", "neo-Nazis", "suspected"),
])
def test_a_band_named_by_its_creed(run, text, doer, status):
    assert_doer(run, text, DAY, doer, status)


def test_a_creed_before_a_named_group_gives_way(run):
    text = "A bomb exploded at a bank in Athens. Police blame anarchists of the Revolutionary Struggle group."
    assert_doer(run, text, DAY, "Revolutionary Struggle")


def test_generic_militants_stay_unnamed(run):
    # (guard: a band named by no creed, people or cause names no one)
    text = "A grenade explodes at a market in Imphal, wounding six people. Police blame militants."
    assert doer_of(run, text, DAY)[0] is None, text


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen seize a Dutch engineer outside his hotel in Cali. The Revolutionary Armed Front later left a note"
     " demanding the release of jailed comrades.", "Revolutionary Armed Front"),
    ("Belgium's consul in Recife is kidnapped by gunmen on his way home. The Popular Action Command demands the release"
     " of twelve prisoners in exchange for him.", "Popular Action Command"),
    ("Gunmen kidnap a German engineer in Aden. The Islamic Army of Aden demands the release of five prisoners in exchange"
     " for the engineer.", "Islamic Army of Aden"),
])
def test_a_captors_terms_claim_the_kidnapping(run, text, group):
    assert doer_of(run, text, DAY) == (group, "claimed"), text


def test_demands_with_no_captive_claim_nothing(run):
    # (guard: a demand that ties no captive to the group)
    text = "Gunmen kidnap a German engineer in Aden. The Islamic Army of Aden demands the release of five prisoners held in Sanaa."
    assert doer_of(run, text, DAY)[1] != "claimed", text


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen abduct a French teacher in West Beirut. The Revolutionary Justice Organization later said that it was"
     " holding him.", "Revolutionary Justice Organization"),
    ("A car bomb kills 12 people outside a barracks in Tyre. The Armed Struggle Organization claims responsibility.",
     "Armed Struggle Organization"),
])
def test_an_armed_organization_claims(run, text, group):
    assert doer_of(run, text, DAY) == (group, "claimed"), text


def test_a_civil_organization_speaking_claims_nothing(run):
    # (guard: a body of no armed struggle that speaks of the attack)
    text = "A bomb kills nine people at a clinic in Kabul. The World Health Organization said it was shocked by the attack."
    assert doer_of(run, text, DAY)[0] is None, text


@pytest.mark.parametrize(("text", "group"), [
    ("A truck bomb wrecks a barracks in Tyre, killing 30 soldiers. The pro-Syrian Islamic Jihad Organization claims"
     " responsibility.", "Islamic Jihad Organization"),
    ("A roadside bomb kills two soldiers near Nabatieh. The pro-Iranian Islamic Resistance claims the attack.",
     "Islamic Resistance"),
])
def test_a_sponsors_people_is_no_part_of_the_name(run, text, group):
    assert doer_of(run, text, DAY) == (group, "claimed"), text


def test_strafing_jets_are_the_doer(run):
    text = "Ethiopian jets strafed a market in Hausien, killing dozens of people."
    assert doer_of(run, text, DAY) == ("Ethiopian", "stated"), text


@pytest.mark.parametrize(("text", "doer"), [
    ("A Syrian Scud missile slams into a housing block in Aleppo, killing 12 people.", "Syrian"),
    ("A Ukrainian missile and drone attack on Kursk kills five people.", "Ukrainian"),
])
def test_a_states_weapon_named_by_make_or_two_kinds(run, text, doer):
    assert doer_of(run, text, DAY) == (doer, "stated"), text


def test_members_opening_a_clause_and_firing_are_the_doers(run):
    text = "Four marchers were killed in Selma on Sunday when members of the Ku Klux Klan opened fire on the column."
    assert doer_of(run, text, DAY) == ("Ku Klux Klan", "stated"), text


def test_members_hit_in_the_clause_are_no_doers(run):
    # (guard: the members are the ones hit)
    text = "Two soldiers were killed when members of the Red Brigades were ambushed by police in Genoa."
    assert doer_of(run, text, DAY)[0] != "Red Brigades", text


@pytest.mark.parametrize(("text", "leader"), [
    ("Rebels led by Captain Tomas Ferreira attack the army barracks in Evora, killing a sentry.", "Tomas Ferreira"),
    ("Rebel paratroopers led by Lieutenant Colonel Ramon Salcedo attacked the defence ministry in Quito, killing"
     " six guards.", "Ramon Salcedo"),
])
def test_a_band_led_by_a_named_officer_acts(run, text, leader):
    assert doer_of(run, text, DAY) == (leader, "stated"), text


def test_a_led_band_that_is_hit_is_no_doer(run):
    # (guard: the band led by him is killed, not killing)
    text = "Rebels led by Captain Ian Marlow were killed when troops stormed the barracks in Tete."
    assert doer_of(run, text, DAY)[0] != "Ian Marlow", text


@pytest.mark.parametrize(("text", "doer"), [
    ("State troopers shot dead two students during a protest in Orangeburg.", "State troopers"),
    ("State troopers and mounted sheriff's deputies attack 300 marchers with clubs in Marion, injuring dozens.",
     "State troopers and mounted sheriff's deputies"),
])
def test_state_troopers_opening_the_sentence_act(run, text, doer):
    assert doer_of(run, text, DAY) == (doer, "stated"), text


def test_state_troopers_shot_are_no_doers(run):
    # (guard: the troopers are the ones hit)
    text = "State troopers were shot dead by a gunman in Ohio."
    assert doer_of(run, text, DAY)[0] is None, text


@pytest.mark.parametrize(("text", "doer"), [
    ("East German transport police shot dead a man as he tried to swim across the Spree to West Berlin.", "East German"),
    ("Iranian secret police shot dead two students in Tabriz.", "Iranian"),
])
def test_a_states_police_named_by_its_task_acts(run, text, doer):
    assert doer_of(run, text, DAY) == (doer, "stated"), text


def test_a_states_frontier_guards_shot_are_no_doers(run):
    # (guard: the guards are the ones hit)
    text = "Two Polish frontier guards were shot dead by smugglers near Przemysl."
    assert doer_of(run, text, DAY)[0] != "Polish", text
