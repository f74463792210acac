"""Tolls on summaries written for session 19 in the ways of telling that unseen text (sets AU-AX) showed: "no
casualties" told many ways, a share of the doers, a named victim with a title and others, a named victim's men
after an aside, the toll of the raid an attack answers, one person hurt told by a body part, a role or survival,
a victim who dies after fighting back. Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2024, 3, 12)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Two rockets fired from Lebanon hit open ground near Kiryat Shmona, causing no damage or casualties.", 0, 0),
    ("A grenade was thrown at the gate of a police station in Srinagar; there were no immediate reports of casualties.", None, None),
    ("A bomb exploded outside a bank in Athens early on Tuesday after a warning call; nobody was reported hurt.", 0, 0),
    ("Gunmen fired at a NATO convoy near Jalalabad, but no one was reported injured.", 0, 0),
    ("A mortar attack hit the Green Zone in Baghdad on Monday without causing casualties.", 0, 0),
    ("Three gunmen attacked a police station in Tbilisi on Friday; two of them were wounded by their own grenades and no police officers or passers-by were hurt.", 0, 0),
    ("A roadside bomb hit an army truck in Helmand; no soldiers or civilians were hurt.", 0, 0),
    # look-alikes
    ("A car bomb exploded near a market in Kirkuk, causing heavy damage and injuring 12 people.", None, 12),
    ("A rocket hit a house in Sderot, causing damage; no injuries were reported.", 0, 0),
    ("A suicide bomber attacked a checkpoint in Mosul, killing four soldiers; no civilians were hurt.", 4, None),
    ("Four gunmen attacked a police station in Makhachkala on Friday.\nOne of them was hurt by his own grenade and all four were arrested; no police officers or passers-by were hurt.", 0, 0),
])
def test_none_told_many_ways(run, text, killed, wounded):
    """"No casualties" told many ways: "causing no damage or injuries", "nobody was reported hurt", both sides
    named ("no police officers or passers-by were hurt"); "no immediate reports of casualties" is no zero."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("An aid worker of Medecins Sans Frontieres was killed when gunmen opened fire on a clinic in Bangui.", 1, None),
    ("A Kenyan employee of the World Food Programme is shot dead at a market in Juba.", 1, None),
    ("A local driver for the United Nations Children's Fund was killed by a roadside bomb in Kandahar on Sunday.", 1, None),
    ("Two shepherds were found tied up with their throats slit near Tal Afar after a raid by militants.", 2, None),
    ("Gunmen ambush a police patrol near Maiduguri, leaving 11 officers dead or injured.", None, None),
    ("Rebels attacked a convoy near Beni, leaving 12 soldiers dead and 20 wounded.", 12, 20),
    ("Police shot dead a man at a railway station in Brussels after he grabbed an officer's pistol.", None, None),
    ("Police shot dead a man at a protest in Nairobi on Tuesday.", 1, None),
    ("Two gunmen kill a tax official in Herat and wound Karim Nazari, his deputy, before fleeing.", 1, 1),
    ("Militants shoot dead a teacher in Pattani and injure his colleague Somchai Wong.", 1, 1),
])
def test_victim_described_and_found(run, text, killed, wounded):
    """One victim described by a named body ("a staff member of the International Committee of the Red Cross"),
    victims "found tied up with their throats slit", "dead or wounded" without a split, an attacker shot by the
    force after he "seizes" a weapon, a second victim after "and wound"."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen tried to force their way into a courthouse in Quetta on Monday; three of them were killed by guards.", None, None),
    ("Militants attacked an army post in Kunar overnight.\nEight of them were killed in the fighting, officials said.", None, None),
    ("Armed men stormed a police station in Dagestan on Sunday; troops shot four of them dead and two officers were wounded.", None, 2),
    # look-alikes: "them" is the victims
    ("Gunmen stormed a bus carrying 30 pilgrims near Mastung; 12 of them were killed.", 12, None),
    ("Militants attacked a school in Borno holding 200 students; five of them were killed.", 5, None),
    ("Gunmen opened fire on worshippers at a mosque in Kano, killing six; two of them were children.", 6, None),
    ("Gunmen stormed a quarry near Garissa, separating the Christian workers from the others and shooting 28 of them dead.", 28, None),
])
def test_share_of_the_doers(run, text, killed, wounded):
    """A share of the doers told by "of them" after they opened the sentence is no victim toll ("Suicide attackers
    try to storm the academy; two of them are shot dead"); "them" standing for victims still counts."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Presidential adviser John Kamau and three others were shot dead in Nakuru on Sunday.", 4, None),
    ("Former MP Rashid Khan and two others were killed when gunmen opened fire on their car in Karachi.", 3, None),
    ("Opposition councillor Maria Santos and two of her aides are shot dead outside a polling station in Cebu.", 3, None),
    ("Tribal elder Haji Gul Mohammad and his son were killed by a roadside bomb in Paktika.", 2, None),
    ("Police commander Ali Reza Hosseini and four of his guards were killed in an ambush near Zahedan.", 5, None),
    # look-alikes: a speaker is no victim
    ("Police chief Ahmed Karimi said three soldiers were killed in a bomb attack on a checkpoint in Kandahar.", 3, None),
    ("Governor Musa Bello says two policemen and a civilian were killed when gunmen attacked a bank in Kaduna.", 3, None),
])
def test_named_victim_and_others(run, text, killed, wounded):
    """A named victim with a title before the name ("Presidential adviser X", "former MP Y") and others."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A roadside bomb kills Colonel Ahmed Saleh, head of military intelligence in Abyan, and at least four of his guards.", 5, None),
    ("Gunmen killed Mayor Luis Ortega and more than three of his escorts on a highway near Acapulco.", 4, None),
    ("A suicide bomber killed police chief Abdul Rahman Haqqani and two of his bodyguards in Kunduz on Friday.", 3, None),
    ("Taliban fighters killed district governor Mohammad Qasim and at least six of his men in an attack on his compound in Ghazni.", 7, None),
    # look-alike: the companions told apart as wounded
    ("A bomb killed Colonel Ahmed Saleh in Aden and wounded at least four of his guards.", 1, 4),
])
def test_named_victim_and_his_men(run, text, killed, wounded):
    """A named victim, an aside, and "at least five of his bodyguards"."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Militants shelled a government base near Idlib in answer to an air raid that killed 12 civilians the day before.", None, None),
    # look-alike: the news's own toll after the cue's clause
    ("Israeli jets struck Gaza in reply to rocket fire, killing two militants.", 2, None),
])
def test_toll_of_the_event_answered(run, text, killed, wounded):
    """The toll of the earlier raid that an attack answers ("in reply to", "in answer to") is not its own."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A car bomb exploded outside a police station in Kirkuk on Tuesday, killing 14 people and wounding 37.", 14, 37),
    ("At least twenty-three people were killed and dozens wounded when a suicide bomber struck a funeral in Peshawar.", 23, 24),
    ("Dozens of people were killed when gunmen attacked a village in Zamfara state, officials said.", 24, None),
    ("Militants killed eleven soldiers and two civilians in an ambush near Diffa.", 13, None),
    ("A roadside bomb struck a minibus near Kandahar, killing a woman, her two children and the driver.", 4, None),
    ("A bomb exploded in a crowded market in Quetta on Friday, killing nine people.\nThe death toll later rose to 17, police said.", 17, None),
    ("Suicide bombers attacked a Shiite mosque in Kunduz during Friday prayers.\nAt least 46 people were killed and 143 wounded, officials said.", 46, 143),
    ("A rocket hit a residential building in Kharkiv overnight, killing three people; a week earlier a strike on the same district killed 11.", 3, None),
    ("Gunmen stormed a hotel in Mogadishu, killing at least nine people; security forces killed all four attackers after a six-hour siege.", 9, None),
    ("A suicide bomber blew himself up at a checkpoint in Mosul, killing himself and three soldiers.", 4, None),
    ("Tribal leader Sheikh Hamid al-Dulaimi and five others were killed when a bomb hit their convoy near Ramadi.", 6, None),
    ("A policeman was shot dead by unknown gunmen in Srinagar on Wednesday.", 1, None),
    ("A grenade attack on a bus stop in Nairobi wounded 12 people, police said.", None, 12),
    ("Two soldiers were wounded when their patrol came under fire near Tal Afar.", None, 2),
    ("An explosion at a market in Maiduguri on Monday caused no casualties, the army said.", 0, 0),
    ("Rebels shelled the town of Bentiu overnight but there were no casualties, a UN spokesman said.", 0, 0),
    ("A bomb exploded near the US embassy in Athens early on Sunday, damaging the building; no one was injured.", 0, 0),
    ("Gunmen opened fire on a wedding party in Dera Ismail Khan, killing seven guests, among them two children.", 7, None),
    ("A bomb hidden in a motorcycle exploded in a bazaar in Lashkar Gah, killing 12 civilians and four police officers.", 16, None),
    ("Seven people, including three children, were killed when a mortar round hit a house in Aleppo.", 7, None),
    ("A suicide attack on an army base in Gao killed four peacekeepers.\nTwo more died of their wounds in hospital the next day.", 6, None),
    ("Insurgents attacked a police post in Helmand overnight, killing six officers.\nPolice said 15 insurgents were also killed.", 6, None),
    ("A bomb ripped through a bus in Quetta, killing 11 passengers.\nIt was the second attack on the route this month; in the first, 8 people died.", 11, None),
    ("Gunmen kill a village chief and his two sons in an attack on their home in Ituri province.", 3, None),
    ("A car bomb killed two people and injured more than 30 outside a government office in Idlib.", 2, 30),
    ("Armed men ambushed a convoy carrying aid workers near Bangassou, killing a Red Cross volunteer.", 1, None),
    ("Two gunmen opened fire in a mosque in Kabul, killing a prayer leader and wounding four worshippers.", 1, 4),
    ("Bandits killed at least 30 villagers in coordinated raids on three villages in Katsina state, residents said.", 30, None),
    ("A drone strike killed five suspected militants in North Waziristan, officials said.", 5, None),
    ("A landmine killed four children herding goats near Kandahar on Thursday.", 4, None),
    ("An improvised explosive device hit an army vehicle near Ghazni, killing three soldiers and injuring two.", 3, 2),
    ("Several people were wounded when a grenade was thrown into a bar in Bujumbura.", None, 3),
    ("Hundreds of people were killed in the massacre in Bentiu, according to the UN.", 200, None),
    ("A bomb exploded at a bus station in Abuja, killing 71 people; a day later police raised the toll to 75.", 75, None),
    ("A suicide bomber killed 18 people at a wedding in Kabul, the third such attack this month after blasts that killed 40 in Jalalabad and 12 in Kunduz.", 18, None),
    ("Militants beheaded a police officer in Sinai and posted the video online.", 1, None),
    ("Gunmen on a motorbike shot and killed a journalist outside his home in Karachi.", 1, None),
    ("Three Chinese engineers and their local driver were killed when a bomb hit their car in Gwadar.", 4, None),
    ("A female suicide bomber killed 12 people at a market in Konduga, and a second bomber killed four more at a nearby checkpoint.", 16, None),
    ("An attack on a police station in Arish killed seven policemen; all five attackers were also killed.", 7, None),
    ("A suicide bomber struck a police academy in Quetta, killing 61 cadets, two weeks after a bombing at a hospital there killed 70.", 61, None),
    ("Gunmen killed four worshippers at a church in Ouagadougou on Sunday; last month an attack on another church killed six.", 4, None),
    ("A car bomb killed nine soldiers at a base in Mali; earlier this week a roadside bomb killed three peacekeepers in the same area.", 9, None),
])
def test_tolls_told_many_ways(run, text, killed, wounded):
    """Tolls told many ways in wire leads: digits and words, "at least", "dozens", parts, a toll in a second
    sentence or raised later, an earlier attack's toll in the same text ("; a week earlier ... killed 11"), attackers apart."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Boko Haram fighters kill at least 40 farmers in a village near Maiduguri, the deadliest attack on civilians this year.", 40, None),
    ("Gunmen kill seven members of a family, including three children, in a night raid on their home near Jos.", 7, None),
    ("Al-Shabaab militants ambush an African Union convoy south of Mogadishu, killing 19 Burundian soldiers; the group says it lost five fighters.", 19, None),
    ("Islamic State militants kill 13 Iraqi soldiers in an attack on a checkpoint near Kirkuk; security forces kill eight of the attackers.", 13, None),
    ("A suicide bomber kills 26 people at a mosque in Zahedan; another 40 are wounded.", 26, 40),
    ("Security forces shoot dead three gunmen who attacked a bank in Lahore; no civilians are hurt.", None, None),
    ("A gunman kills a police officer and wounds two others in Brussels before he is shot dead.", 1, 2),
    ("Israeli troops shoot dead a Palestinian who stabbed and wounded a soldier at a checkpoint near Hebron.", None, 1),
    ("A suicide car bomber attacks a NATO convoy in Kabul, killing two American soldiers and four Afghan civilians; the bomber also dies.", 6, None),
    ("Five police officers and a civilian are killed when gunmen attack a bank in Lagos state.", 6, None),
    ("Unknown gunmen shoot dead a Catholic priest and two parishioners in a church in Kaduna state.", 3, None),
    ("Colombian rebels blow up an oil pipeline in Norte de Santander; there are no injuries.", 0, 0),
    ("A bomb explodes near a courthouse in Larnaca, shattering windows but injuring no one.", 0, 0),
    ("Two bombs hit a market in Baghdad's Sadr City, killing at least 31 people and wounding more than 60.", 31, 60),
    ("The toll from Tuesday's bombing of a bus in Peshawar has risen to 22, hospital officials say.", 22, None),
    ("An American aid worker and his Afghan interpreter are shot dead in Herat.", 2, None),
    ("A teacher is beheaded by militants in a village in Cabo Delgado province.", 1, None),
    ("Militants kill a tribal elder and his nephew in South Waziristan.", 2, None),
    ("Gunmen abduct 12 passengers from a bus in Zamfara and kill two of them.", 2, None),
    ("Attackers throw grenades into a crowd at a rally in Dhaka, killing 24 people and injuring about 300.", 24, 300),
    ("Sectarian clashes in Jos leave at least 50 people dead.", 50, None),
    ("Rebel shelling of Donetsk kills one civilian and wounds four, local officials say.", 1, 4),
    ("A man detonates explosives strapped to his body at a bus stop in Volgograd, killing himself and five passengers.", 6, None),
    ("A Turkish soldier is killed and three are wounded in a PKK attack on a border post in Hakkari.", 1, 3),
    ("Gunmen attack a police station in Dagestan; all four attackers are killed and no police officers are hurt.", None, None),
    ("A bomb planted in a rubbish bin wounds seven people in Bangkok; no one is killed.", 0, 7),
    ("A sniper shoots dead two soldiers guarding a checkpoint in Hebron.", 2, None),
    ("Militants storm a girls' school in Katsina, killing a guard, and abduct more than 300 students.", 1, None),
    ("An attack on a hotel in Bamako leaves 20 people dead, among them six foreigners; the two gunmen are killed by special forces.", 20, None),
    ("Police shoot dead a Somali who attacked passers-by with a knife in Minneapolis.", None, None),
    # look-alike: no attack told of the one shot
    ("Troops shoot dead a Palestinian teenager at a protest near the Gaza border fence.", 1, None),
])
def test_tolls_in_current_events(run, text, killed, wounded):
    """Tolls in present-tense summaries; an attacker shot by the force he met ("a Palestinian who stabbed a
    soldier") is no victim."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A gunman opened fire at a nightclub in Orlando, shooting his former girlfriend dead and wounding three other people.", 1, 3),
    ("A man shot his estranged wife dead at a courthouse in Tbilisi before turning the gun on himself.", 1, None),
    ("Gunmen pulled 22 villagers off a bus near Mandera and shot them dead.", 22, None),
    ("Militants stopped a bus in Balochistan, pulled off 14 passengers and shot them dead.", 14, None),
    ("Ten hostages, among them the French engineers Pierre Lambert and Jean-Marc Duval, are killed when troops storm the gas plant.", 10, None),
    ("Gunmen rounded up 9 farm workers in a village near Tumaco and shot them dead.", 9, None),
    # look-alikes: the attacker, and a kin who survived
    ("Police shot the gunman dead after he killed his wife in a supermarket in Ottawa.", 1, None),
    ("Gunmen dragged a judge from his car in Mosul and shot his driver dead.", 1, None),
])
def test_left_from_last_review(run, text, killed, wounded):
    """Left from the last review: "shooting his former girlfriend dead" (a possessed victim between the verb and
    "dead"), villagers "pulled off a bus" or "rounded up" and shot."""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen abduct a businessman from his car in Port Harcourt; his driver is shot in the arm.", None, 1),
    ("A parcel bomb injures the secretary of a judge in Athens.", None, 1),
    ("A bomb went off under the car of prosecutor Ana Ruiz, who was slightly injured, in Medellin on Monday.", None, 1),
    ("Gunmen fired on the convoy of Governor Musa Dauda near Jos, killing two police escorts; the governor escaped with minor injuries.", 2, 1),
    ("A bomb exploded under the car of a judge in Peshawar; he survived with serious wounds.", None, 1),
    ("A roadside bomb hit the convoy of the provincial police chief in Kunduz, killing three guards; the chief survived unhurt.", 3, None),
    # look-alike: the doer who dies
    ("A gunman shot two guards at a bank in Lagos before dying in a shootout with police.", None, None),
    ("The army confirms the death of Colonel Ahmed Saleh, who was wounded on Friday in a bombing in Aden.", 1, None),
])
def test_one_hurt_or_dying(run, text, killed, wounded):
    """One person hurt: "her husband is shot in the leg", "wounds the bodyguard of", "X, who was wounded",
    "escaped with minor injuries"; a victim who acts "before dying" is dead (not the doer)."""
    _assert_toll(run, text, killed, wounded)
