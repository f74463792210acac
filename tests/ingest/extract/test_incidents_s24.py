"""Incident detection and type on summaries written for session 24 in the ways of telling that sets BO-BR showed.
A missile tested with a long description, a missile-defence drill, a bomb tested, men jailed for a plot, parcel bombs
made safe and blasts at plants, rigs and leaks tell no attack. A mine hit by a vehicle or set off under troops, a bomb
under a convoy, a bomb left in a car, a skipper seized from a boat, officials seized as hostages, a town seized by a
group named in full, armed men storming in their fatigues, a man firing a gun, a state's jet bombing and drones hitting
after others were shot down tell one, of the method they name. A state's forces that kill in a clash or in fighting
carry out an operation whose method is not stated, whoever they kill. Names, places and numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize("text", [
    # tests, drills and hypothetical weapons
    "The North says it has tested a new long-range solid-fuel intermediate-range ballistic missile on Tuesday.",
    "Seoul and Tokyo will hold a joint missile-defence drill next month to track a hypothetical incoming missile.",
    "The army tests what it calls its most powerful non-nuclear bomb at a range in the steppe.",
    # a verdict on a plot
    "Four men have been jailed for up to 12 years for plotting to bomb a railway station in Almaty.",
    # devices made safe before they went off
    "Army experts make safe a series of crude letter bombs sent to tax offices in Leeds and Hull.",
    # plants, rigs and leaks
    "An explosion and fire at a fertiliser plant in Tarragona bring dozens of fire engines to the scene.",
    "Three explosions on an offshore oil platform leave six workers dead or missing off the coast of Angola.",
    "A fire that broke out after a fuel leak at a storage depot near Mombasa kills nine people.",
    "A pipeline bursts and explodes in an industrial district of Tianjin after crude leaks into the sewers, killing 20.",
    # pushed into a van by police, missing since a past bombing
    "Riot police pushed protesters into vans outside parliament in Tbilisi.",
    "A boy has been missing since the bombing of the market in Kabul last year, his mother says.",
    "The coach drove off with them to the airport after the match in Lyon.",
])
def test_session24_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # mines
    ("An army truck carrying supplies to a remote base hit a mine near Kidal on Tuesday, killing two soldiers.", "ied"),
    ("Three soldiers are killed when rebels set off mines laid along the path of a patrol near Tumaco.", "ied"),
    ("A shepherd is wounded when he steps on an anti-personnel mine outside the village of Agdam.", "ied"),
    # a bomb under a convoy, a bomb left in a car
    ("Nine gendarmes were killed when a bomb went off under their convoy near Batna on Sunday.", "ied"),
    ("A bomb planted on a river bridge explodes in Maroua as a patrol crosses, killing three soldiers.", "ied"),
    ("Improvised bombs attached to two buses blow up in a market district of Herat, killing seven people.", "ied"),
    ("A bomb left in a car near a cinema in Jounieh went off late on Friday, wounding eight people.", "car_bomb"),
    ("A large bomb partly exploded inside a stolen van parked outside a hotel in Newry on Sunday night.", "car_bomb"),
    ("Two blasts, both from bombs packed into cars, hit council offices in Xiangtan, killing three people.", "car_bomb"),
    # a bomber told by the belt he wore, a vehicle driven by a suicide bomber
    ("A guard shoots at a man wearing an explosive belt at the gate of a stadium in Bouira, setting it off; two guards are hurt.",
     "suicide_bombing"),
    ("A pickup packed with explosives and driven by a suicide bomber rammed a bus at a junction near Hadera, killing nine.",
     "suicide_bombing"),
    # people seized
    ("Armed men in a speedboat board a cargo boat off Jolo and seize its skipper and two crewmen.", "kidnapping"),
    ("Separatist fighters seize three senior government officials as hostages in Mamfe.", "kidnapping"),
    # a missing person last seen being forced into a car
    ("A human rights lawyer has been missing since he was seen being forced into a van outside his office in Minsk.",
     "kidnapping"),
    ("A trade unionist has been missing since Sunday night, when neighbours saw three men push her into a car in Lima.",
     "kidnapping"),
    ("Rebels of the Front for Democratic Change seize the town of Bardai in the far north.", "other_violence"),
    ("Rebels of the Northern Liberation Front take control of the city of Kidira, killing several police officers.",
     "other_violence"),
    ("Mutinous soldiers led by Colonel Ibrahim Sow and Captain Ali Tall seize the northern town of Bima after two days of fighting.",
     "other_violence"),
    ("Guerrillas kidnap four employees of an oil exploration project in Arauca, among them two Canadians.", "kidnapping"),
    ("A stolen van packed with 30 kilograms of dynamite blows up outside a bank in Vitoria, slightly injuring a guard.",
     "car_bomb"),
    # armed men storming, a man firing a gun
    ("A dozen heavily armed men in police uniforms storm a courthouse in Tegucigalpa, killing two guards.",
     "shooting_armed_assault"),
    ("A man firing a hunting rifle kills a postman outside a village shop in Brno.", "shooting_armed_assault"),
    # a state's jet; drones that hit after others were shot down
    ("A jet of the country's military government bombed a school in Sagaing, killing 11 children.", "airstrike"),
    ("The ministry says it shot down 30 drones overnight; a man is killed when drones hit a depot in Bryansk.", "airstrike"),
    ("Israeli aircraft and tanks pound targets in Rafah after a rocket lands near Ashkelon; a boy is killed.", "airstrike"),
    # a raid on a commune with clashes, a candidate of a party shot at a parade
    ("Two police officers and a farmer are killed in clashes during a police raid on a commune near Hue.", "other_violence"),
    ("Gunmen opened fire on a rally in Zacatlan, killing PRI mayoral candidate Rosa Elena Ortiz and two aides.",
     "assassination"),
])
def test_session24_ways_of_telling_an_attack(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


@pytest.mark.parametrize("text", [
    "Army troops shoot dead Samir Latif, a wanted bomb-maker, in a gunfight in the hills of Basilan.",
    "Security forces kill 14 insurgents, including a senior commander, in a day-long gunfight in Bijapur district.",
    "The army says its troops killed Omar Diallo, a long-wanted jihadist leader, during fighting near Mopti on Sunday.",
])
def test_session24_forces_killing_in_fighting_is_of_no_stated_method(run, text):
    assert first_incident(run, text, DAY)["rule_incident_type"] == "other_violence"


@pytest.mark.parametrize(("text", "incident_type"), [
    # the look-alikes: a raid on a named man, the forces' own dead, an ambush answered in the gunfight, a bomb at a plant,
    # a figure of speech kept, a coal mine blast
    ("Special forces kill militant leader Abu Yasir in a night raid on his compound in Idlib.", "assassination"),
    ("Police kill three suspected robbers in a shootout on a highway near Pune.", "shooting_armed_assault"),
    ("Two soldiers killed in a gunfight with militants in Kupwara.", "shooting_armed_assault"),
    ("Rebels ambush a convoy near Gao, killing five; troops kill ten of the attackers in the ensuing gunfight.",
     "shooting_armed_assault"),
    ("A bomb explodes at a steel plant in Kramatorsk, killing four workers.", "bombing"),
    ("A bomb hidden in a minibus explodes near a market in Jalalabad, killing four passengers.", "bombing"),
])
def test_session24_attacks_beside_the_look_alikes_stay(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type


def test_session24_the_economy_held_hostage_is_no_kidnapping(run):
    assert_no_incident(run, "Opposition senators are holding the government hostage over the budget, the minister says.", DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # named role holders: a councilman shot dead, two candidates each named with a party
    ("A gunman shot dead Chicago City Councilman Robert T. Hale outside his ward office on Tuesday.", "assassination"),
    ("Two mayoral candidates in the town of Tixtla, Luis Ortega of Morena and Carla Ruiz of the Green Party, are shot dead.",
     "assassination"),
    # ... not two farmers named with their town
    ("Two farmers in the town of Vilar, Ana Ruiz and Pedro Gil, are shot dead.", "shooting_armed_assault"),
    # killing and carrying off others is the kidnapping
    ("Militants kill six villagers and carry off dozens of others in a raid on Dikwa, a local official says.", "kidnapping"),
    ("Armed men broke into a guest house in Kutum, tied up a guard and drove off with the other two aid workers.", "kidnapping"),
    # homes set on fire
    ("Five villagers die as militants storm Tagal, a hamlet near the border, and set homes on fire.", "other_violence"),
])
def test_session24_named_role_holders_and_people_carried_off(run, text, incident_type):
    assert first_incident(run, text, DAY)["rule_incident_type"] == incident_type
