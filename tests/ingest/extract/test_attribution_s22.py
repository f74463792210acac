"""Perpetrators on summaries written for session 22 in the ways of telling that sets BG-BJ showed: a claim standing
after an excluded event word; a group's regional name claiming; a group that does not claim; a state's force named
after its people speaking for its strikes; a blame on a suspected group; a band 'most likely behind' it; a victim's
group with its descriptors; the agent of a deed that is no attack; a group's members acting; jihadists in a blame; a
named person opening a clause and killing. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of

DAY = dt.date(2022, 5, 11)


@pytest.mark.parametrize(("text", "doer"), [
    # a claim in the event's sentence, after an event word that tells no incident ("a fire")
    ("A drone attack starts a fire at an oil depot in Russia's Kursk region, and the depot halts work; Ukraine claims responsibility.",
     ("Ukraine", "claimed")),
    ("A bomb explodes at a bus station in Quetta and a fire spreads to nearby shops; the Baloch Liberation Army claims responsibility.",
     ("Baloch Liberation Army", "claimed")),
    # look-alike: no one claims it
    ("A drone attack starts a fire at an oil depot in Russia's Kursk region; no group claims responsibility.", (None, "unknown")),
    # a group's regional name, the dictionary holding its first words
    ("Gunmen attack a hotel in Aden, killing seven guards.\nA group calling itself Islamic Jihad in Aden claimed the attack.",
     ("Islamic Jihad", "claimed")),
    # a group said not to claim it is no doer
    ("A rocket hits a school in Sderot, wounding three people; Hamas has not claimed the attack.", (None, "unknown")),
    ("A missile fired from Yemen hits a fuel depot in Jizan, slightly hurting two workers; the Houthis do not claim the launch.",
     (None, "unknown")),
    # look-alike: a group that does claim it
    ("A missile fired from Yemen hits a fuel depot in Jizan, slightly hurting two workers; the Houthis claim the launch.",
     ("Houthis", "claimed")),
])
def test_claims_in_the_sentence(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a state's force or command named after its people, telling its own strikes
    ("The Kenyan Defence Forces say two of their airstrikes have killed 25 al-Shabaab fighters near Kolbio.", ("Kenyan", "claimed")),
    ("The Somali National Army says its airstrikes have killed 17 al-Shabaab militants near Jilib.", ("Somali", "claimed")),
    ("United States Africa Command says it carried out an airstrike near Bu'aale, killing two al-Shabaab fighters.",
     ("United States", "claimed")),
    # ... counted strikes, the places between
    ("United States Africa Command says three airstrikes, one near Jilib and two near Saakow, have killed five al-Shabaab militants.",
     ("United States", "claimed")),
    # look-alikes: its own troops hit, or the foe's raid it tells, claim nothing
    ("The Nigerian Army says its troops were ambushed near Damboa, killing six soldiers.", (None, "unknown")),
    ("The Nigerian army says two rebel raids killed nine soldiers near Damboa.", (None, "unknown")),
])
def test_a_state_force_tells_its_strikes(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a blame on a suspected group: the group, suspected
    ("Four loggers are killed in an ambush on Basilan blamed on suspected Abu Sayyaf gunmen.", ("Abu Sayyaf", "suspected")),
    # look-alike: the plain blame stays an accusation
    ("Four loggers are killed in an ambush on Basilan blamed on Abu Sayyaf gunmen.", ("Abu Sayyaf", "accused")),
    # a band someone says was most likely behind it
    ("A bomb wounds nine people at a market in Narathiwat; police say Muslim separatist insurgents were most likely behind the blast.",
     ("Muslim separatist insurgents", "suspected")),
    # jihadists named in a blame or a belief
    ("A suicide car bomb hits an army post near Mopti, in an attack the army blames on jihadists.", ("jihadists", "accused")),
    ("Gunmen believed to be jihadists kill 14 villagers near Djibo.", ("jihadists", "suspected")),
    # look-alikes: jihadists as a bare subject name no one; a named group after them is the doer
    ("Jihadists attack a convoy near Djibo, killing eleven soldiers.", (None, "unknown")),
])
def test_blamed_and_suspected_bands(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the victim's group, with lowercase descriptors, is no doer
    ("Sean Kelleher, a commander of the dissident republican Real IRA, is shot dead outside a pub in Newry.", (None, "unknown")),
    # the agent of a deed that is no attack
    ("Idris Saleh, a militia leader wanted by the International Criminal Court, is shot dead in Sirte.", (None, "unknown")),
    ("Pedro Lanza, a mayor sanctioned by the United States, is shot dead in his car in Cucuta.", (None, "unknown")),
    # look-alike: the agent of the attack itself
    ("A bomb planted by the dissident republican Real IRA wounds two soldiers in Omagh.", ("Real IRA", "stated")),
])
def test_victims_and_other_deeds(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a group's members acting, the group named (even one the dictionary lacks)
    ("Members of a Barrio Sur gang open fire on a minibus in Soyapango, killing five passengers.", ("Barrio Sur gang", "stated")),
    ("A riot at a prison in Manaus leaves 12 inmates dead; guards say members of the Bonde do Norte attacked a rival wing.",
     ("Bonde do Norte", "stated")),
    # look-alike: members of a group doing no attack
    ("Members of the Farmers Union march in Nairobi; a bomb later kills two people at a bus stop.", (None, "unknown")),
    # a named person opening a clause and killing
    ("Dario Mrkonjic shoots dead his neighbour and wounds two passers-by in Tuzla before turning the gun on himself.",
     ("Dario Mrkonjic", "stated")),
    ("Karl Obermeier, 52, shot dead three people at a shooting club near Passau.", ("Karl Obermeier", "stated")),
    # look-alikes: the named victim of a headline's passive; a known group keeps its own name
    ("Dario Mrkonjic shot dead in Tuzla by unknown gunmen.", (None, "unknown")),
    ("Boko Haram kills 17 farmers near Damboa.", ("Boko Haram", "stated")),
])
def test_named_doers(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # real groups the dictionary lacked, with their real aliases
    ("Gunmen ambush a bus near Gorongosa, killing two passengers; police blame Renamo.", ("Renamo", "accused")),
    ("Gunmen ambush a bus near Gorongosa, killing two passengers; police blame the Mozambican National Resistance.",
     ("Mozambican National Resistance", "accused")),
    ("At least nine people are killed in clashes in Tripoli between the 444 Brigade and the Special Deterrence Force.",
     ("444 Brigade; Special Deterrence Force", "stated")),
    ("Police in Rio say the Comando Vermelho ordered the attack on a police post that killed two officers.",
     ("Comando Vermelho", "accused")),
    # look-alike: a group named as the side hit (the police raid it)
    ("Police raid a Comando Vermelho hideout in Rio, killing six suspected traffickers.", ("Police", "stated")),
])
def test_groups_added_to_the_dictionary(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # the attackers said to maybe belong to a part of a group: the group, suspected
    ("Gunmen seize two aid workers in Jenin.\nOfficials said the kidnappers may belong to a breakaway faction of the Al-Aqsa Martyrs' Brigades.",
     ("Al-Aqsa Martyrs' Brigades", "suspected")),
    ("A bomb wounds six people in Hebron.\nPolice said the bomber might belong to Hamas.", ("Hamas", "suspected")),
    # look-alike: the victim's rank in such a part
    ("Samir Haddad, a leader of a breakaway faction of the Al-Aqsa Martyrs' Brigades, is shot dead in Tulkarm.", (None, "unknown")),
    # the attacker named in apposition after the act
    ("A gunman kills four people at a depot in Leeds before a police officer shoots the gunman, Roy Pattison, officials said.",
     ("Roy Pattison", "stated")),
    # look-alike: a victim named in apposition
    ("A gunman kills four people at a depot in Leeds, among them the driver, Roy Pattison.", (None, "unknown")),
    # a named person suspected after another deed of his
    ("A man is shot dead outside a pub in Salford.\nGary Lund, already wanted over a robbery, gave himself up at a police station and is suspected of the shooting.",
     ("Gary Lund", "suspected")),
])
def test_suspects_and_named_attackers(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a source's word, in the next sentence, that a force carried out the strikes
    ("Drone strikes hit a cattle market near Gao, killing nine herders.\nThe Malian army carried out the strikes, according to Human Rights Watch.",
     ("Malian army", "stated")),
    # look-alike: the source says nothing of who did it
    ("Drone strikes hit a cattle market near Gao, killing nine herders.\nThe strikes were the deadliest this year, according to Human Rights Watch.",
     (None, "unknown")),
    # the group's people, told back after the group was named, suspected of it
    ("Gunmen ambush a prison van near Bogra, killing a guard and freeing two members of Jamaat-ul-Mujahideen Bangladesh.\nPolice suspect the group's members carried out the ambush.",
     ("Jamaat-ul-Mujahideen Bangladesh", "suspected")),
    # look-alike: the group's members blamed for another act
    ("Gunmen ambush a prison van near Bogra, killing a guard and freeing two members of Jamaat-ul-Mujahideen Bangladesh.\nPolice say the group's members were moved to another jail.",
     (None, "unknown")),
])
def test_second_sentence_sources(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a counted force opening the sentence, in the present tense
    ("About 800 police and soldiers storm a hillside slum in Caracas, killing 11 suspected gang members.",
     ("police and soldiers", "stated")),
    # look-alikes: a headline's passive after a count names the victims
    ("At least 14 soldiers killed in an ambush near Beni.", (None, "unknown")),
    ("Nine police shot dead by gunmen near Zamfara.", (None, "unknown")),
    # off-duty officers suspected
    ("Gunmen kill nine people in bars in a suburb of Belem; prosecutors suspect off-duty police officers.",
     ("off-duty police officers", "suspected")),
])
def test_forces_counted_and_suspected(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text


@pytest.mark.parametrize(("text", "doer"), [
    # a group's fighters opening the sentence, the group's name running into an excluded event word
    ("Fighters of the Allied Democratic Forces kill at least 12 people in a raid on a village in North Kivu province.",
     ("Allied Democratic Forces", "stated")),
    # a warning given for a group described at length
    ("A car bomb wounds six people outside a hotel in Benidorm, minutes after a caller speaking for the Basque separatist group ETA warned of the blast.",
     ("ETA", "claimed")),
    # a group described by two words before its noun, after its members
    ("A policeman is shot dead in a gunfight with suspected members of the Basque separatist group ETA near Bayonne.",
     ("ETA", "stated")),
    # look-alike: the group's fighters hit
    ("Fighters of the Allied Democratic Forces are killed in an army raid near Oicha.", (None, "unknown")),
])
def test_groups_described_at_length(run, text, doer):
    assert doer_of(run, text, DAY) == doer, text
