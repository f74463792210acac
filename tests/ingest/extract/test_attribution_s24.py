"""Perpetrators on summaries written for session 24 in the ways of telling that sets BO-BR showed: a gang whose jailed
leader a raid freed; a state that says it shot down many drones; counted jets of a state; a junta's strike; an
alliance telling its strikes; "believed to be the work of"; a group's word before another group's name; a people's
word before "rebel group X"; the target in the striker's words; a victim described by its group in apposition; a
group's ceasefire dating the raids; an attacker named with his age; a group where the striker says it gathered; a state
telling another's fire on its troops; real groups the dictionary lacked. Names, places and numbers are made up or
changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "doer"), [
    # the group of a prisoner a raid freed is not the raiders'
    ("Thirty armed men storm a courthouse in Choloma, free Barrio 18 gang leader Mario Soto and kill three guards.",
     (None, "unknown")),
    ("Gunmen raid a jail in Kankan and free former junta leader Ali Toure, killing two warders.", (None, "unknown")),
    # look-alike: the group freeing its men itself
    ("Barrio 18 gunmen storm a courthouse in Choloma and kill three guards.", ("Barrio 18", "stated")),
])
def test_a_freed_prisoners_group(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state that says it shot down many drones claims no attack (the drones' state is accused in its word: session 25)
    ("Russia says it shot down 58 Ukrainian drones over five regions; a man is killed when debris hits a house in Bryansk.",
     ("Ukrainian", "accused")),
    ("Russia says its air defences shot down 31 drones over Kursk; two people are hurt when one hits a garage.",
     (None, "unknown")),
    # look-alikes: one aircraft brought down is the act itself
    ("The Houthis say they shot down a US MQ-9 drone over Saada.", ("Houthis", "claimed")),
])
def test_a_state_shooting_down_drones(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state's counted jets, its junta's strike, an alliance telling its strikes
    ("Two Sudanese MiG fighter jets drop bombs near Dilling, killing four people.", ("Sudanese", "stated")),
    ("Three Syrian helicopters drop barrel bombs on Kafr Nabl, killing nine people.", ("Syrian", "stated")),
    ("A junta air strike hits a school in Kani township, killing seven pupils.", ("junta", "stated")),
    ("NATO says air strikes killed 25 insurgents in Zabul province.", ("NATO", "claimed")),
    # look-alikes: a counted people armed with no machine; an alliance telling its own losses
    ("Two Palestinians armed with knives attack shoppers in Ariel, wounding three.", (None, "unknown")),
    ("NATO says a roadside bomb killed two of its soldiers in Zabul province.", (None, "unknown")),
])
def test_a_states_machines_and_an_alliances_strikes(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the work of a group, in someone's belief, told in the next sentence
    ("A roadside bomb kills four soldiers near Bouira.\nPapers said the ambush was believed to be the work of the GSPC.",
     ("GSPC", "suspected")),
    # a group's men told as planning the attack that killed them
    (("A bomb being carried towards an army post in Jamundi goes off, killing two rebels.\nAuthorities said the Central "
      "General Staff dissidents had been planning to attack the post."), ("Central General Staff", "accused")),
    # a people's word before "rebel group X"; a group's word before another group's name
    ("Fighters of the Ugandan rebel group ADF-NALU attack the village of Eringeti, killing nine villagers.", ("ADF-NALU", "stated")),
    ("Police blamed the Maoist People's War Group for a landmine blast that killed five policemen near Karimnagar.",
     ("Maoist People's War Group", "accused")),
    # real groups the dictionary lacked
    ("A bomb damages a railway line in Pretoria; police suspect the Boeremag.", ("Boeremag", "suspected")),
    ("Nine people are killed in a night raid on Kinama which the army blames on the rebel National Liberation Forces.",
     ("National Liberation Forces", "accused")),
])
def test_beliefs_plans_and_names(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the target in the striker's words
    ("Israeli jets strike what the army calls Hamas rocket workshops in Deir al-Balah; no injuries are reported.",
     ("Israeli", "stated")),
    # a victim described by its group in apposition
    ("An Israeli drone strike on a motorbike near Bint Jbeil kills the rider, a Hezbollah commander.", ("Israeli", "stated")),
    ("A US drone strike on a compound near Mir Ali kills three men, one of them said to be a Haqqani network commander.",
     ("US", "stated")),
    # a group's ceasefire that dates the raids
    ("Turkish warplanes strike Kurdistan Workers' Party positions near Metina, the latest raids since the PKK ceasefire ended.",
     ("Turkish", "stated")),
    # look-alikes: the attacker described by its group; the group's own strike
    ("Gunmen kill two policemen in Quetta; the attacker, a Taliban fighter, escaped.", ("Taliban", "stated")),
    ("Hezbollah fighters fire anti-tank missiles at an Israeli post near Metula, wounding two soldiers.",
     ("Hezbollah", "stated")),
])
def test_targets_and_victims_in_apposition(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # an attacker named with his age, or "identified as"
    ("A gunman opens fire in a town hall in Tours, killing four officials; the attacker, 38-year-old Marc Lenoir, is arrested.",
     ("Marc Lenoir", "stated")),
    # a group where the striker says it gathered; a force's task force
    ("The Nigerian Air Force says jets of its air task force bombed two compounds near Marte, where it says ISWAP fighters had gathered.",
     ("Nigerian Air Force", "claimed")),
    # a state telling another's fire on its troops claims nothing
    ("Kyrgyzstan said on Sunday that Tajik border guards had fired mortars at its troops near Kok-Tash, wounding four.",
     ("Tajik", "accused")),
    # guerrillas counted as victims
    ("Colombian Air Force jets bomb a rebel camp near Saravena, killing eight guerrillas of the Tomas Rojas mobile column.",
     ("Colombian Air Force", "stated")),
])
def test_named_attackers_and_a_states_reports(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a party's supporters, members or activists acting, opening a clause
    ("At least six people are killed in Khulna when supporters of the banned Jatiya Front attack a rally of a rival party.",
     ("supporters of the banned Jatiya Front", "stated")),
    ("Members of the nationalist Sokil party attack war veterans at a memorial in Ternopil.",
     ("Members of the nationalist Sokil party", "stated")),
    # look-alike: a party's members hit
    ("Members of the Sokil party were killed when a bomb exploded at their office in Ternopil.", (None, "unknown")),
])
def test_a_partys_people_acting(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # "the militants" acting, referring back to the group named before
    ("Villagers of Gwoza, a town recently retaken from Boko Haram, say the militants carried off 150 girls before they fled.",
     ("Boko Haram", "stated")),
    # look-alike: no group named before
    ("Villagers of Gwoza say the militants carried off 150 girls before they fled.", (None, "unknown")),
])
def test_the_militants_referring_back(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a band named by the group it is tied to, read whole
    ("A bomb hidden on a motorcycle explodes outside a market in Jolo, killing two people.\nAl-Qaeda-linked militants are among the suspects.",
     ("Al-Qaeda-linked militants", "suspected")),
    ("A landmine kills two soldiers on Mount Salloum, where the army is hunting al-Qaeda-linked militants who are believed to have laid it.",
     ("al-Qaeda-linked militants", "suspected")),
    ("Al-Shabaab-linked gunmen attack a bus near Wajir, killing nine passengers.", ("Al-Shabaab-linked gunmen", "stated")),
    # look-alikes: the group named after its tie; the hunted said to have done nothing
    ("The al-Qaeda-linked Group to Support Islam and Muslims claims an attack on an army post near Boni that killed ten soldiers.",
     ("Group to Support Islam and Muslims", "claimed")),
    ("A landmine kills two soldiers on Mount Salloum, where the army is hunting al-Qaeda-linked militants.", (None, "unknown")),
    # a group's armed wing claiming, a descriptor between
    ("Homemade bombs go off along a road near Kumba, wounding eight people.\nThe armed wing of the separatist Ambazonia Governing Council claims the blasts.",
     ("Ambazonia Governing Council", "claimed")),
])
def test_tied_bands_and_wings(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state's bombers that strike are aircraft
    ("American bombers strike a weapons depot near Bandar Abbas, killing two guards.", ("American", "stated")),
    # look-alike: bombers who blow themselves up are people, described
    ("Two Saudi suicide bombers blow themselves up at a checkpoint in Riyadh, killing four.", (None, "unknown")),
    # tribesmen loyal to a named leader, blamed in the next sentence
    ("Rockets are fired at an army camp in Dera Bugti; no one is hurt.\nOfficials blame tribesmen loyal to Nawab Khan Marri.",
     ("tribesmen loyal to Nawab Khan Marri", "accused")),
])
def test_bombers_and_tribesmen(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the other side of exchanges of fire the victims died in
    ("Four Indian soldiers are killed in exchanges of fire with Pakistani troops in Kupwara.", ("Pakistani troops", "stated")),
    # a part of the group suspected
    ("A judge is shot dead outside his home in Turin; police suspect a revived cell of the Red Brigades.",
     ("Red Brigades", "suspected")),
    # look-alike: the group itself suspected
    ("A judge is shot dead outside his home in Turin; police suspect the Red Brigades.", ("Red Brigades", "suspected")),
])
def test_exchanges_of_fire_and_a_suspected_cell(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state's forces and their local allies acting
    (("Somali security forces and armed local clansmen kill 40 al-Shabaab fighters near Elbur, officials say; two children "
      "also die in the fighting."), ("Somali security forces", "stated")),
    # a person who confessed to the killing
    ("Brazilian police say fisherman Joao da Silva Pereira has confessed to killing two environmental activists near Atalaia.",
     ("Joao da Silva Pereira", "claimed")),
    # a person blamed, named in apposition at the sentence's end
    ("A journalist is shot dead inside a police van in Magas.\nHis supporters blame the region's security chief, Ruslan Dzeytov.",
     ("Ruslan Dzeytov", "accused")),
    # look-alike: the same blame with what it is for
    (("A journalist is shot dead inside a police van in Magas.\nHis supporters blame the region's security chief, Ruslan "
      "Dzeytov, for the killing."), ("Ruslan Dzeytov", "accused")),
])
def test_allies_confessions_and_blamed_officials(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


def test_a_band_named_in_apposition_is_no_blamed_official(run):
    # only an official named after a blame that ends the sentence is read as a person ("a little-known cell, X." is no
    # guess)
    text = "Suicide bombers strike three hotels in Agadir.\nPolice blamed a little known extremist cell, Jund Tarik."
    assert doer_of(run, text, DAY) == (None, "unknown"), text
