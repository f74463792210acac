"""Places and perpetrators on summaries written for session 17 in the ways of telling that unseen text (sets AM-AP)
showed: a capital under its other spelling or named where its people speak, a camp or a neighbourhood told with its
town, a state's voice after the town's comma, words that are towns only in context, regions styled as states, claims
by described bands and by a country's branch of a group, movements named by their followers' word, a doer described
as a member, peacekeepers acting, attackers who came from a clan, a bare acronym accused, a denial that is no claim and
a name with a quoted nickname. Names, places and numbers are made up or changed."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import doer_of, place_of

DAY = dt.date(2023, 5, 9)


@pytest.mark.parametrize(("text", "city", "country"), [
    # a capital under its other spelling, which is also its municipality's name
    ("Five people were killed as protesters rioted in Ulaanbaatar on Tuesday.", "Ulan Bator", "MNG"),
    ("Riot police clash with protesters in Ulaanbaatar; two demonstrators are killed.", "Ulan Bator", "MNG"),
    # people in the capital are no government: the town is the place where the sentence names no other
    ("Police in Jakarta said a bomb exploded on Sunday in a shopping mall, wounding six people.", "Jakarta", "IDN"),
    ("Officials in Nairobi say gunmen killed four people in an attack on a bus.", "Nairobi", "KEN"),
    ("Officials in Kabul said a bomb killed four people in Kandahar on Monday.", "Kandahar", "AFG"),
    ("Sources in Baghdad said a car bomb killed nine people in Mosul.", "Mosul", "IRQ"),
    # look-alike: the capital speaking for its government stays no place
    ("Moscow says Ukrainian drones killed three people in Belgorod.", "Belgorod", "RUS"),
])
def test_a_capital_by_its_other_name_or_its_people(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a people's word before "refugee camp" is no part of the camp's name; a camp told from a town is no town
    ("A gunman kills five intelligence officers at an office in the Baqa'a Palestinian refugee camp north of Amman.",
     None, "JOR"),
    (("Five people were killed in an ambush in the Ain al-Hilweh Palestinian refugee camp near the southern Lebanese "
      "city of Sidon."), "Sidon", "LBN"),
    # a part of a town told by its word, then the town after a comma
    ("Two suicide bombers strike churches in the Christian neighbourhood of Youhanabad, Lahore, killing 15 people.",
     "Lahore", "PAK"),
    ("Police fired on protesters in the Kibera slum, Nairobi, killing two.", "Nairobi", "KEN"),
    ("Gunmen killed three people in the Orangi area of Karachi on Friday.", "Karachi", "PAK"),
    ("A grenade attack in the Eastleigh district of Nairobi wounds eight people.", "Nairobi", "KEN"),
    # look-alikes: a camp that is its town's name stays
    ("Gunmen kill four people in the Dadaab refugee camp in northeastern Kenya.", "Dadaab", "KEN"),
    ("An air strike hits the Jabalia refugee camp in Gaza, killing 30 people.", "Jabalya", "PSE"),
])
def test_camps_and_parts_of_towns(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a state's voice after the town's comma is no country the town is in
    ("Roadside bombs kill four American soldiers in and around Baghdad, the US military says.", "Baghdad", "IRQ"),
    ("A suicide bomber killed two soldiers near the city of Ghazni, the American command said.", "Ghazni", "AFG"),
    ("A car bomb killed six people in Kirkuk, U.S. officials said.", "Kirkuk", "IRQ"),
    ("A bomb kills three British soldiers near Basra, the Ministry of Defence says.", "Basrah", "IRQ"),
    ("Gunmen killed 11 people in Kano, the Nigerian army said.", "Kano", "NGA"),
    # look-alike: a country written after the comma still is the town's
    ("A bomb exploded in Quetta, Pakistan, killing 12 people.", "Quetta", "PAK"),
])
def test_a_states_voice_after_the_comma(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # words that are towns only where the text says they are places
    ("A truck ploughs into a crowd in Nice, France, killing 86 people.", "Nice", "FRA"),
    ("A man stabs three people in a church in the French city of Nice.", "Nice", "FRA"),
    ("A bomb wounds two people in the Croatian city of Split.", "Split", "HRV"),
    ("A suicide bomber kills six people in the town of Tank in northwestern Pakistan.", "Tank", "PAK"),
    # look-alikes: the word alone is no town
    ("A nice gesture: police say no one was hurt when a bomb exploded in Lyon, France.", "Lyon", "FRA"),
    ("Rioters split into groups and torched shops in Lagos, Nigeria, killing four people.", "Lagos", "NGA"),
    ("A gunman opens fire on tourists at a Roman site in Jerash, Jordan, wounding eight people.", "Jerash", "JOR"),
    ("Tank shells strike a school in Jabalia, Gaza, killing at least 15 people.", "Jabalya", "PSE"),
])
def test_towns_only_in_context(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "city", "country"), [
    # a region styled "State" is of the country whose regions are states
    ("Unknown assailants set fire to a church in Plateau State, killing seven worshippers.", None, "NGA"),
    ("Gunmen kill 12 people in a village in Kogi State.", None, "NGA"),
    # a state or province of one word before its country is no town
    ("A bomb planted by Naxalites kills seven policemen in Jharkhand, India.", None, "IND"),
    ("A roadside bomb kills three soldiers in Kunar, Afghanistan.", None, "AFG"),
    # a dateline town the body places in a region is not the place
    (("NIAMEY, Feb 22 (Reuters) - Seven election officials were killed on Sunday when their vehicle hit a landmine in "
      "the Tillaberi region, officials said."), None, "NER"),
    # the end of a country's name is no town
    (("Sri Lanka declares a state of emergency after mobs attack Muslim-owned shops, homes and a mosque around Kandy; "
      "at least two people have been killed."), "Kandy", "LKA"),
    # a people's name before "indigenous" is no town
    (("Colombia's FARC rebels admit that their fighters killed eight members of the Awa indigenous people in Narino "
      "department."), None, "COL"),
    # towns the gazetteer lacked
    ("Rebels seize the ancient town of Bosra in southern Syria after clashes that kill 20 soldiers.", "Bosra", "SYR"),
    ("A suicide bomber kills three people at a bus stop in Karkur, Israel.", "Karkur", "ISR"),
    # look-alikes: a district named after its town, a town after its country, a bare dateline
    ("Gunmen kill four people in Murzuq, southern Libya.", "Murzuq", "LBY"),
    ("A car bomb kills nine people in Kirkuk, Iraq.", "Kirkuk", "IRQ"),
    ("KABUL, March 3 (Reuters) - A suicide bomber killed nine people at a market on Monday, police said.", "Kabul",
     "AFG"),
])
def test_regions_datelines_and_names(run, text, city, country):
    assert place_of(run, text, DAY) == (city, country), text


@pytest.mark.parametrize(("text", "name", "status"), [
    # a described band or a branch saying it did it
    ("Tuareg separatist rebels say they killed dozens of Malian soldiers in fighting near Kidal.",
     "Tuareg separatist rebels", "claimed"),
    ("Kurdish separatist militants said they ambushed a police convoy in Hakkari, killing six officers.",
     "Kurdish separatist militants", "claimed"),
    ("The Islamic State West Africa Province says it overran an army base in Borno State, killing 20 soldiers.",
     "Islamic State West Africa Province", "claimed"),
    ("Gunmen storm a hotel in Tripoli, killing nine people. Libya's branch of Islamic State claims the attack.",
     "Islamic State", "claimed"),
    ("Nepal's Maoists say they attacked an army barracks in Rolpa, killing 20 soldiers.", "Maoists", "claimed"),
    ("Al-Shabaab fighters overran a military base in Lower Shabelle on Monday, killing 17 soldiers, the group said.",
     "Al-Shabaab", "stated"),
    # a movement named by its followers' word
    ("A policeman is killed when a bomb planted by Maoists explodes near Konta in Chhattisgarh, India.", "Maoists",
     "stated"),
    ("Maoists ambush a police patrol in Nepal, killing 11 officers.", "Maoists", "stated"),
    # look-alikes: the movement's people killed by a force are no doers
    ("Police killed five Maoists in a gunfight in Gadchiroli, India.", "Police", "stated"),
    ("Security forces killed three Naxals in an encounter in Bijapur, India.", "Security forces", "stated"),
])
def test_claims_and_movements(run, text, name, status):
    assert doer_of(run, text, DAY) == (name, status), text


@pytest.mark.parametrize(("text", "name", "status"), [
    # a doer the police described as a member of a group
    (("Gunmen attack an army camp in Kashmir, killing four soldiers; police killed one attacker, whom they described as "
      "a member of LeT."), "LeT", "accused"),
    (("Militants storm a police station in Kashmir, killing three officers. Police shot dead one of the attackers, who "
      "they said was a member of Jaish-e-Mohammed."), "Jaish-e-Mohammed", "accused"),
    (("Gunmen kill five police officers in Dagestan; investigators identified one assailant, who they said was a member "
      "of the Islamic State."), "Islamic State", "accused"),
    # an international force acting
    ("UN peacekeepers open fire on protesters in Goma, killing two people.", "UN peacekeepers", "stated"),
    ("United Nations peacekeepers raid a slum in Port-au-Prince, killing a gang leader and several of his men.",
     "United Nations peacekeepers", "stated"),
    ("NATO troops shot dead two civilians at a checkpoint in Kandahar, officials said.", "NATO troops", "stated"),
    # look-alikes: peacekeepers hit are no doers
    ("Nine UN peacekeepers are killed when militiamen ambush their patrol near Bunia, Congo.", None, "unknown"),
    ("A roadside bomb hits a convoy of African Union peacekeepers in Mogadishu, killing three.", None, "unknown"),
])
def test_members_described_and_peacekeepers(run, text, name, status):
    assert doer_of(run, text, DAY) == (name, status), text


@pytest.mark.parametrize(("text", "name", "status"), [
    # attackers believed to have come from a clan or a militia
    (("Raiders armed with rifles attack a village in northern Kenya, killing 50 people. Police believe the attackers "
      "came from the rival Borana clan."), "Borana clan", "suspected"),
    ("Gunmen kill 20 herders in central Mali. Officials believe the attackers belonged to a Dogon militia.",
     "Dogon militia", "suspected"),
    ("Gunmen kill 12 people in a village in Jonglei; officials suspect the raiders were Murle tribesmen.",
     "Murle tribesmen", "suspected"),
    # look-alike: the country they crossed from is no doer
    ("Bandits kill 15 villagers in Zamfara, Nigeria; police think the gunmen came from neighbouring Niger.", None,
     "unknown"),
    # a bare acronym accused
    (("Gun battles between rival activists rage in Karachi, leaving 34 people dead. Opposition parties accused the "
      "MQM."), "MQM", "accused"),
    ("Rioters torch shops in Nairobi, leaving 12 people dead; the opposition blamed the ODM.", "ODM", "accused"),
    ("A bomb kills 12 people in Karachi; police blamed the BLA.", "BLA", "accused"),
    # a rule denying the strike is no claim of it; a force telling its strike is
    (("A drone strike kills 10 people in Mekelle, Tigrayan authorities say, accusing the Ethiopian government. Addis "
      "Ababa says it targets only military sites."), "Ethiopian government", "accused"),
    (("Israeli jets strike a building in Gaza City, killing eight people. The Israeli military says it struck a Hamas "
      "command centre."), "Israeli military", "claimed"),
    # a name with a quoted nickname
    ("Police blame Joaquin \"El Chapo\" Guzman for the killing of five officers in Culiacan, Mexico.",
     "Joaquin \"El Chapo\" Guzman", "accused"),
    ("The government accuses Jimmy \"Barbecue\" Cherizier of ordering the massacre of 20 people in Port-au-Prince.",
     "Jimmy \"Barbecue\" Cherizier", "accused"),
    ("Police blame drug lord Joaquin Guzman for the killing of five officers in Culiacan, Mexico.", "Joaquin Guzman",
     "accused"),
])
def test_suspected_origins_accusations_and_denials(run, text, name, status):
    assert doer_of(run, text, DAY) == (name, status), text
