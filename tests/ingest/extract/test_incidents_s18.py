"""Incident detection and type on summaries written for session 18 in the ways of telling that unseen text (sets
AQ-AT) showed: a mine that explodes with the dead told by "die"; "shoot them dead", "shoot and wound"; armed men who
"take away" a counted group, force someone into a van or herd people into vehicles; a vehicle driven into a crowded
place; a victim found strangled; a convoy or patrol that "comes under fire"; a new attack told after a fronted
anniversary phrase; a roadside bomb or mine named before a car bomb or suicide attack (first-named method); drones that
"have struck"; crew "feared kidnapped". And the look-alikes that tell no new incident: a weapon "was responsible" for
an attack told before, a death by illness ("a heart attack"), missiles that misfire at a drill, an explosion police say
was no terrorism, a plea of guilty, testimony heard at an inquest, police who shoot the attacker of another method.
Names, places and numbers are made up or common."""

import datetime as dt

import polars as pl
import pytest

from tests.ingest.extract.conftest import assert_no_incident, first_incident

DAY = dt.date(2022, 3, 9)


@pytest.mark.parametrize(("text", "incident_type"), [
    # a mine that goes off, the dead told by "die"
    ("Three soldiers die when a mine explodes under their truck in Kunar province.", "ied"),
    ("Four policemen died when a mine went off beneath their patrol vehicle in Borno state, officials said.", "ied"),
    ("A mine blew up under a bus carrying pilgrims near Quetta, killing five.", "ied"),
    ("Five Colombian soldiers are killed when the mine they stepped on explodes in Antioquia.", "ied"),
    ("A Red Cross worker died when a mine exploded under his car near Mekele.", "ied"),
    ("Two children died after a mine left from the war exploded as they played in a field near Kandahar.", "ied"),
    ("Four soldiers die when their vehicle hits a landmine near Kidal in northern Mali.", "ied"),
    # "shoot them dead", "shoot and wound"
    ("Two men on a motorbike shoot and seriously wound an Italian priest in Dinajpur.", "shooting_armed_assault"),
    ("Militants pull 22 villagers from their homes in Doda and shoot them dead.", "shooting_armed_assault"),
    ("Unidentified attackers shoot and injure a Hindu priest in Chittagong.", "shooting_armed_assault"),
    ("Rebels dragged the teacher out of his classroom and shot him dead in Tumaco.", "shooting_armed_assault"),
    ("Gunmen on motorcycles shoot and kill a police officer at a checkpoint in Quetta.", "shooting_armed_assault"),
    ("Unknown attackers shot him dead as he left a mosque in Kirkuk on Friday.", "shooting_armed_assault"),
    ("Suspected Islamist militants pulled seven bus passengers off the road near Mandera and shot them dead.",
     "shooting_armed_assault"),
    # armed men take a counted group away, force someone into a van, herd people into vehicles
    ("Armed men burst into a restaurant in Sandakan and took away two people before escaping by boat.", "kidnapping"),
    ("Gunmen stormed a hotel in Zamfara and took away five guests.", "kidnapping"),
    ("Kidnappers took away three people from a farm near Kaduna, police said.", "kidnapping"),
    ("Pirates boarded the trawler off Somalia and took away six crew.", "kidnapping"),
    ("Masked men burst into a wedding party near Zamfara and took away 12 guests, police said.", "kidnapping"),
    ("A local journalist was seen being forced into a white van by armed men outside his home in Karachi, witnesses said.",
     "kidnapping"),
    ("Gunmen forced two engineers into a car at a checkpoint near Kano and drove off.", "kidnapping"),
    (("Troops were searching on Monday for seven holidaymakers whom FARC rebels herded into vehicles late on Friday at a "
     "lakeside resort near San Rafael."), "kidnapping"),
    ("Gunmen herded 12 passengers into a truck and drove off near Zamfara.", "kidnapping"),
    # crew feared kidnapped: a taking believed, not a threat
    ("Three Indonesian crew members are feared kidnapped by Abu Sayyaf militants after their boat is found empty off Sabah.",
     "kidnapping"),
    ("Two foreign engineers are feared abducted after their car is found abandoned near Port Harcourt.", "kidnapping"),
    # a vehicle driven into a crowded place
    ("A man drove a rented SUV into a crowded campus square in Chapel Hill, injuring nine people.", "other_violence"),
    ("A driver ploughed his car into a crowded market in Nice, killing two.", "other_violence"),
    ("A man drove a van into a crowded Christmas market in Magdeburg, killing five people.", "other_violence"),
    # found strangled
    ("Patrick Kamali, an exiled former intelligence chief, is found strangled in a Johannesburg hotel room.",
     "assassination"),
    ("A human rights activist was strangled to death in her home in Tegucigalpa.", "other_violence"),
    ("Three women are found strangled in a field outside Ciudad Juarez.", "other_violence"),
    ("A Ukrainian opposition journalist is found strangled in a forest outside Kyiv.", "other_violence"),
    # a convoy, patrol or post that comes under fire (a named weapon's fire keeps its type)
    (("A UN peacekeeper is killed and three others are wounded when their convoy comes under fire near Tibnin in southern "
     "Lebanon."), "shooting_armed_assault"),
    ("A French patrol came under heavy fire near Gao, wounding two soldiers.", "shooting_armed_assault"),
    ("A patrol of French soldiers came under fire near Menaka, wounding one, the army said.", "shooting_armed_assault"),
    ("Two Indian soldiers are killed when their post comes under heavy fire from across the border in Kupwara.",
     "shooting_armed_assault"),
    ("A Turkish convoy came under rocket fire in Idlib, killing two soldiers.", "rocket_mortar_missile"),
    # a new attack after a fronted anniversary phrase
    (("On the first anniversary of the attack on the U.S. mission, a car bomb rips away a wall of a ministry building in "
     "Benghazi, slightly injuring several passers-by."), "car_bomb"),
    ("On the anniversary of the uprising, gunmen kill four policemen in Cairo.", "shooting_armed_assault"),
    ("On the second anniversary of the coup, gunmen kill three protesters in Yangon.", "shooting_armed_assault"),
    ("On the anniversary of the attack on the embassy, a car bomb explodes in Tripoli, wounding three.", "car_bomb"),
    # a mixed explosive attack takes its first-named method
    ("A roadside bomb and then a car bomb kill 12 people in Baghdad.", "ied"),
    ("A roadside bomb and a suicide bomber strike a police convoy in Kandahar, killing nine.", "ied"),
    ("An IED hits an army patrol and a suicide attacker then blows himself up among rescuers in Mogadishu, killing seven.",
     "ied"),
    ("A landmine and a suicide bomber struck a convoy of Afghan troops in Kandahar, killing eight.", "ied"),
    ("A car bomb and then a roadside bomb kill 12 people in Baghdad.", "car_bomb"),
    ("A suicide car bomber rams a convoy in Kabul, killing six.", "suicide_bombing"),
    # drones that "have struck"
    ("The Islamic Resistance in Iraq says its drones have struck an air base in Iraqi Kurdistan.", "rocket_mortar_missile"),
    # an attack on a role holder named in apposition, or named before
    ("Militants attack the mayor of Mosul, Ahmed Jassim, at his home, wounding two guards.", "assassination"),
    (("Two bodyguards of Kandahar's governor, Ahmad Wali, and two attackers are killed when insurgents attack the governor "
     "in Kandahar."), "assassination"),
    ("Gunmen ambushed the police chief of Ghazni, Mohammad Hakim, on the highway, killing his driver.", "assassination"),
    ("Insurgents attack a police post in Helmand, killing four officers.", "other_violence"),
    ("Rebels attack the army chief's convoy near Goma, killing two soldiers.", "other_violence"),
    # passive petrol bombs and Molotov cocktails
    ("A Molotov cocktail was thrown at a synagogue in Berlin overnight, police said.", "bombing"),
    ("Molotov cocktails were hurled at a synagogue in Rouen early on Sunday, causing minor damage.", "bombing"),
])
def test_session18_ways_of_telling_are_read(run, text, incident_type):
    row = first_incident(run, text, DAY)
    assert row["rule_incident_type"] == incident_type, text


@pytest.mark.parametrize(("text", "incident_type"), [
    # police who shoot the attacker of another method do not make it a shooting
    ("A man wearing a fake suicide vest stabs two people in south London before armed police shoot him dead.",
     "other_violence"),
    ("Police shoot and wound a man armed with an axe who broke into the home of a cartoonist in Aarhus.",
     "other_violence"),
    ("A gunman kills six at a school in Texas before police shoot him dead.", "shooting_armed_assault"),
    # a weapon said to be "responsible" after the attack is told is no second attack
    ("Israeli shelling kills four peacekeepers in southern Lebanon. The UN says Israeli artillery was responsible.",
     "rocket_mortar_missile"),
    ("A missile strike kills 12 in Kramatorsk. Ukraine says a Russian missile was responsible.", "rocket_mortar_missile"),
    # air strikes called in after troops came under fire: the fire is the strikes' cause, not an incident of its own
    (("Local officials say US air strikes, called in after Afghan troops came under fire in a village near Kunduz, killed "
     "about 30 civilians."), "airstrike"),
])
def test_session18_one_incident_of_the_first_method(run, text, incident_type):
    occurred = run([("x", text, DAY)]).incident_mentions.filter(pl.col("status") == "occurred")
    assert occurred.height == 1, text
    assert occurred.row(0, named=True)["rule_incident_type"] == incident_type, text


def test_session18_killed_by_air_strikes_called_in_after_fire(run):
    text = ("Local officials say US air strikes, called in after Afghan troops came under fire in a village near Kunduz, "
            "killed about 30 civilians.")
    assert first_incident(run, text, DAY)["killed_min"] == 30


@pytest.mark.parametrize("text", [
    # a mine that is no weapon
    "Miners die when a mine collapses in Zonguldak.",
    "A gas cylinder explodes under a restaurant in Cairo, killing three.",
    # "shoot" of a film, "took away" of a flood, "forced into" of a company, police herding protesters
    "The director plans to shoot the film in Kabul.",
    "The flood took away two people in Jakarta.",
    "The company was forced into bankruptcy in 2009.",
    "Police forced the suspect into a car after a chase in Madrid.",
    "Police herded the protesters into vans in Minsk.",
    # strangled and "under fire" as figures of speech
    "The economy is being strangled by sanctions.",
    "The minister came under fire from opposition lawmakers over the budget.",
    # commemorations stay no incident
    "On the anniversary of the Beslan school siege, mourners remember the victims of the attack.",
    "On the tenth anniversary of the bombing, survivors gather in Bali.",
    "On the anniversary of the massacre, survivors lay wreaths in Srebrenica.",
    # illness
    ("North Korean state television announces that leader Kim Jong-il died of a heart attack on Saturday while travelling "
    "by train."),
    "The former president suffered a massive heart attack in Caracas and died in hospital.",
    "The former prime minister died of cancer in Lahore on Tuesday.",
    # misfires at a drill
    "Three surface-to-air missiles misfire during an army exercise at a firing range; no damage or casualties are reported.",
    "A rocket misfired during a drill in Taiwan, injuring two soldiers.",
    # an explosion said to be no attack
    ("A series of explosions sets an oil depot near London ablaze; dozens of people are hurt but police say there is no "
    "sign of terrorism."),
    "A blast rips through a chemical plant in Texas; officials have ruled out terrorism.",
    # a plea, testimony at an inquest or a trial
    "The only gunman captured alive after the 2008 Mumbai attacks unexpectedly pleads guilty before a special court.",
    "The man accused of the Christchurch mosque shootings pleads not guilty.",
    ("The coroner's inquest into last month's siege in Sydney opens; it hears that one hostage was killed by the gunman "
    "and another by police bullets."),
    "The trial of the man accused of the Hanau shootings hears that he shot nine people.",
])
def test_session18_look_alikes_tell_no_incident(run, text):
    assert_no_incident(run, text, DAY)


@pytest.mark.parametrize("text", [
    "Rebels threaten to kidnap foreign workers in the Niger Delta.",
])
def test_session18_threats_stay_threats(run, text):
    incidents = run([("x", text, DAY)]).incident_mentions
    assert incidents.filter(pl.col("status") == "occurred").height == 0, text
    assert incidents.filter(pl.col("status") == "threatened").height == 1, text


@pytest.mark.parametrize("text", [
    "A bomb explodes outside a police station in Diyarbakir, wounding six; officials say there is no sign of an accident.",
    "A gunman who had a panic attack opened fire on shoppers in Dallas, killing two.",
    "A gunman killed four people at a court in Lagos where a hearing was under way.",
])
def test_session18_attacks_near_those_cues_stay(run, text):
    assert first_incident(run, text, DAY)["status"] == "occurred"
