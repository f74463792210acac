"""Incident detection and type on summaries written for session 19 in the ways of telling that unseen text (sets
AU-AX) showed. Precision first: an attack named only inside a clause about something else (a measure taken after it,
a group described by what it said it did, what someone had nothing to do with, an arrest made in a raid, a man indicted
for what he is accused of, a monthly count compared), an accident told with a toll (a car leaving the road, a plane
going down, a mine caving in, an engine test, a fire), a missile that only crossed into airspace. Then attacks that
were missed: armed men who seize a counted group, a crowd that burns people to death, a charge planted under a
building, a land mine, saboteurs who wreck a railway, an armed band named with its group before "kill", a denial of
the doer of an attack told with its toll, inmates freed by attackers. Names, places and numbers are made up or common."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2023, 6, 14)


@pytest.mark.parametrize("text", [
    # a measure taken after an attack, the attack told only as its cause
    "Kenya tells its citizens to avoid travel to northern Mali after three aid workers are abducted near Gao.",
    "The Netherlands advised its nationals to leave Haiti after two Dutch missionaries were kidnapped outside Port-au-Prince.",
    "Romania scrambles two fighter jets after a Russian drone crosses into its airspace near the Danube.",
    "Niger's junta imposed a dusk-to-dawn curfew in Tillaberi after an attack on a market town.",
    "France raises its terror alert to the highest level after a teacher is stabbed to death outside a school.",
    "Belarus orders snap military drills on its western border after Poland launches an operation against smugglers.",
    "The European Union freezes the assets of a militia that said it killed two UN experts in Kasai.",
    "Australia bans a Hezbollah-linked charity after a bombing in Buenos Aires.",
    "Mali expels the French ambassador after an ambush that killed 14 soldiers near Menaka.",
    # an arrest made in a raid
    "Police in Dhaka arrested five suspected militants in a raid on a flat in Mirpur early on Sunday.",
    "Pakistani forces detained a senior Taliban commander during a raid on a seminary in Quetta.",
    "Special forces captured the gang's leader in a dawn raid on his ranch outside Culiacan.",
    # what someone had nothing to do with
    "The Venezuelan government says it had nothing to do with the ambush in Colombia last month that left five soldiers dead.",
    "Kabul insists it played no part in the border clash in 2019 that killed three Pakistani guards.",
    # a man indicted for what he is accused of; a monthly count compared; numbers over years of war
    "A federal grand jury indicts the man accused of planting a bomb outside a Nashville church.",
    "A monitoring group says 35 militant attacks in Balochistan killed 51 people in March, a rise of a third from the month before.",
    "Security incidents in Kashmir killed 40 people in June compared with the previous month, police figures show.",
    "A war monitor says the number of people killed or missing in eight years of war in Yemen has reached 150,000.",
    # a missile that only crossed into airspace
    "A Syrian missile strays into Turkish airspace and falls into an empty field; Ankara protests.",
    # accidents told with a toll
    "A bus leaves the road and plunges into a ravine in Nepal's Dhading district, killing 23 passengers.",
    "A helicopter carrying election officials goes down in bad weather near Juba, killing all seven on board.",
    "A coal mine caves in in Shanxi province, trapping 30 miners; at least 12 are confirmed dead.",
    "Three technicians died in an explosion during a rocket engine test at a site near Xichang.",
    "A fire destroys a nursing home in Zaporizhzhia, killing 11 residents.",
    "A freight train slams into a passenger train near Balasore, killing 288 people.",
    "A driver loses control of his truck and ploughs into a crowd at a wedding in Rajasthan, killing nine.",
    "A blaze at a fuel depot in Lagos kills six workers after a tanker explosion.",
    "A house fire in Kano burns seven children to death.",
    "A racing car crashes into spectators at a hill climb in Slovakia, killing two.",
])
def test_session19_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # attacks told beside a measure, a raid, a denial: still the news
    ("Gunmen ambush a bus in northern Kenya and open fire, killing nine passengers; police blame al-Shabaab.",
     "shooting_armed_assault"),
    ("A car bomb kills 12 people outside a police station in Mogadishu; the government imposes a curfew.", "car_bomb"),
    ("Police kill three suspected militants in a raid on a house in Surabaya.", "shooting_armed_assault"),
    ("Militants attack a checkpoint near Rafah, killing five soldiers; the army imposes a curfew in the town.",
     "other_violence"),
    ("Gunmen open fire on a wedding in Anbar, killing 17; the governor orders an investigation.", "shooting_armed_assault"),
    ("The army denied shelling a camp for displaced people near Goma that killed nine people, blaming the M23.",
     "rocket_mortar_missile"),
    ("The RSF denied shelling a market in El Fasher that killed 15 people, blaming the army.", "rocket_mortar_missile"),
    ("A driver ploughs into pedestrians in central Toronto, killing ten; police say the attack was deliberate.",
     "other_violence"),
    # armed men seize a counted group
    ("Kidnappers seize 15 passengers from a bus on the Abuja-Kaduna highway.", "kidnapping"),
    ("Bandits snatched 30 pupils from a school in Niger state on Tuesday.", "kidnapping"),
    ("Pirates seize 12 crew members from a tanker off the coast of Benin.", "kidnapping"),
    ("Armed men seized 14 farm workers from a village near Culiacan on Sunday, state prosecutors said.", "kidnapping"),
    # a crowd that burns people to death; saboteurs who wreck a railway
    ("A crowd burns three suspected kidnappers to death in a village near Cap-Haitien.", "other_violence"),
    ("Villagers stop a car carrying two alleged thieves, beat them and burn both of them to death.", "other_violence"),
    ("Saboteurs pull up a section of rail near Jhargram, derailing an express and killing 70 passengers.", "other_violence"),
    # a charge planted under a building; a land mine
    ("An explosive charge planted outside a bank in Athens damages the building; no one is hurt.", "bombing"),
    ("A powerful charge placed under a tax office in Ajaccio wrecks the building overnight.", "bombing"),
    ("A land mine kills three children herding goats near Kandahar.", "ied"),
    ("A land mine planted on the road destroys an army truck near Kidal; no one is hurt.", "ied"),
    # an armed band named with its group or side before "kill"
    ("Militants of the Islamic State group kill 11 villagers in Cabo Delgado.", "other_violence"),
    ("Fighters loyal to the warlord kill 20 civilians near Bunia.", "other_violence"),
    # an attack that freed convicted inmates; a victim close to the government
    ("Gunmen ambush a prison van near Rajshahi, killing two guards and freeing four convicted militants.",
     "shooting_armed_assault"),
    ("A tribal elder close to the government was killed by a bomb in Bajaur on Monday.", "bombing"),
    # a suicide vehicle
    ("A suicide vehicle rams the gate of an army base in Gao, killing four peacekeepers.", "suicide_bombing"),
])
def test_session19_attacks_are_read(run, text, incident_type):
    row = first_incident(run, text, DAY)
    assert row["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize("text", [
    "The recruit said he was ordered to carry out a suicide attack on a church.",
    "Prosecutors say the men were paid to plant a bomb at the stadium.",
    "Police say the suspect was told to carry out a bombing at the mall.",
    "The group's leader told his followers to carry out attacks on police stations.",
])
def test_session19_orders_to_attack_are_no_attack(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize(("text", "incident_type"), [
    # guns named before heavier arms: a shooting (the first-named method); explosives still win over guns
    (("Gunmen believed to belong to the Islamic State attack three police posts in Diyala with rifles and "
      "rocket-propelled grenades, killing nine policemen."), "shooting_armed_assault"),
    ("Rebels armed with rifles and mortars raided a district of Bujumbura on Monday, killing a soldier and a civilian.",
     "shooting_armed_assault"),
    ("Insurgents armed with AK-47s and RPGs attack a convoy in Zabul, killing four guards.", "shooting_armed_assault"),
    ("Militants armed with guns and suicide vests stormed a hotel in Mogadishu, killing 15.", "suicide_bombing"),
    ("Fighters attacked the base with mortars and rockets, wounding five soldiers.", "rocket_mortar_missile"),
    ("Gunmen attacked the town with grenades and rifles, killing seven.", "bombing"),
    # a minefield walked into; a bomb that goes off under or beside a patrol's vehicle; a bomb hidden in the road
    ("Three soldiers were killed when they walked into a rebel minefield near Tame, the army said.", "ied"),
    ("A bomb hidden in a fuel canister went off under an armoured vehicle carrying rangers in Yala, wounding four.", "ied"),
    ("A bomb made from a gas cylinder blew up beside a pickup carrying militiamen in Pattani, killing one.", "ied"),
    ("Maoist rebels set off a bomb under a patrol of paramilitary police in Dantewada, killing two.", "ied"),
    ("Two policemen are killed when a bomb hidden in the road strikes their vehicle in Garissa county.", "ied"),
    ("A bomb exploded in a market in Peshawar, killing six people.", "bombing"),
    # explosives packed into a small vehicle
    ("Explosives packed into a rickshaw blow up near a market in Kandahar, killing eight civilians.", "car_bomb"),
    ("Explosives hidden in a parked van went off outside a police station in Diyarbakir, wounding 12.", "car_bomb"),
    # jets that carry out strikes; the military bombing a place
    ("Syrian government jets carry out more than 20 strikes on rebel-held towns in Idlib, killing 17 people.", "airstrike"),
    ("The military bombs a village in Shan state, killing 11 civilians, residents say.", "airstrike"),
    ("Myanmar's army bombed a school in Sagaing region, killing seven children.", "airstrike"),
    # armed men seize a counted group of workers of any trade
    ("Gunmen seized two Turkish pilots and a mechanic at the airport in Nyala on Sunday.", "kidnapping"),
    ("Bandits seized nine traders on the road to Gusau.", "kidnapping"),
])
def test_session19_types_of_the_ways_of_telling(run, text, incident_type):
    row = first_incident(run, text, DAY)
    assert row["rule_incident_type"] == incident_type, text


def test_session19_a_helicopter_crashing_into_a_minefield_is_no_mine_attack(run):
    text = "A military helicopter crashed into a minefield near Grozny, killing 12 soldiers; rebels say they shot it down."
    assert first_incident(run, text, DAY)["rule_incident_type"] != "ied"
