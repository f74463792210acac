"""Tolls on summaries written for session 15 in the ways of telling that real text (sets AE-AH) showed: asides
inside a count, names restating it, attackers told apart, one victim without a number, earlier events with a year.
Names, places and numbers are made up."""

import datetime as dt

import pytest

from tests.ingest.extract.conftest import assert_toll

DAY = dt.date(2021, 5, 10)


def _assert_toll(run, text, killed, wounded):
    assert_toll(run, text, DAY, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A suicide bomber blew himself up at a checkpoint in Baqubah, killing five people, the bomber among "
      "them, and wounding 20."), 5, 20),
    (("A car bomb exploded outside a bank in Kirkuk on Sunday, killing 12 people, a police colonel among "
      "them."), 12, "any"),
    ("Gunmen stormed a wedding in Mardin, killing 30 people including the groom and four children.", 30, "any"),
    (("A bomb hit a minibus in Peshawar, killing nine people including a Chinese engineer and two "
      "policemen, and wounding 14."), 9, 14),
    (("Militants attacked a bus in Balochistan on Tuesday, killing at least 17 passengers, among them three "
      "women and a child."), 17, "any"),
    # look-alikes: a real list still sums
    ("A roadside bomb killed 14 soldiers, two policemen and a civilian near Kandahar.", 17, "any"),
    ("A gunman shot dead two soldiers, a policeman and a civilian in Srinagar on Friday.", 4, "any"),
])
def test_an_aside_naming_one_inside_the_count_adds_nothing(run, text, killed, wounded):
    """aside naming one inside the count (among them / including)"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Gunmen shot dead two journalists, Ahmed Salem and Karim Noor, outside their office in Mosul on "
      "Monday."), 2, "any"),
    (("An air strike on a house in Khan Younis killed three Islamic Jihad commanders, Khalil Bahtini, Tareq "
      "Izz ed-Din and Jihad Ghannam, and four other people."), 7, "any"),
    (("Air strikes on a market in Maarat al-Numan killed 18 civilians, six women and 12 children, the "
      "monitor said."), 18, "any"),
    (("A mortar shell hit a school in Donetsk, killing 10 people, four teachers and six pupils, and "
      "wounding three."), 10, 3),
    # look-alike: names after a count of another size are more victims
    ("Gunmen killed two guards and Hassan Ali, a local councillor, in Kismayo.", 3, "any"),
])
def test_names_or_parts_that_restate_a_count_add_nothing(run, text, killed, wounded):
    """names or parts restating a count"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Four tourists - two Britons, a German and a Dane - were killed when gunmen opened fire on their "
      "coach near Luxor."), 4, "any"),
    (("Six members of one family – a couple and their four children – died when a shell hit their house in "
      "Idlib."), 6, "any"),
])
def test_an_aside_between_dashes(run, text, killed, wounded):
    """an aside between dashes"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Two suicide bombers attacked a checkpoint in Kunduz; both bombers died and three soldiers were "
      "wounded."), None, 3),
    ("A gunman killed six people at a mall in Munich and wounded two before police shot the attacker dead.", 6, 2),
    (("Three gunmen stormed a hotel in Bamako, killing three guards; all three gunmen were killed by "
      "commandos."), 3, "any"),
    ("Gunmen killed four police officers in Lahore; both attackers were later shot dead.", 4, "any"),
    # look-alikes: soldiers or a mix of doers and victims count
    ("Gunmen attacked a hotel in Mogadishu; three gunmen and two guards were killed.", 5, "any"),
    ("Two soldiers died when both bombers blew themselves up at the gate of a base in Gao.", 2, "any"),
])
def test_the_attackers_told_again_as_a_known_set_are_no_toll(run, text, killed, wounded):
    """the attackers told again as a known set"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("Taliban fighters ambushed an army convoy in Helmand, killing 11 soldiers.\nThe army said 20 militants "
      "were also killed."), 11, "any"),
    (("Al-Shabaab militants stormed a base near Kismayo, killing eight soldiers, and about 30 militants "
      "were also killed."), 8, "any"),
    # look-alikes: clashes, no attacking subject -> summed
    ("Clashes in Kandahar killed 15 soldiers, while 30 Taliban fighters were also killed.", 45, "any"),
    ("Rebels and soldiers fought in Beni on Monday, killing six soldiers.\nThree rebels were also killed.", 9, "any"),
])
def test_the_doers_dead_told_apart_with_also_are_not_added(run, text, killed, wounded):
    """the doers' dead told apart with 'also'"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Bandits raided a village school in Zamfara, abducting 30 pupils and killing the headmaster.", 1, "any"),
    ("Gunmen stormed a church in Kaduna during Sunday service, killing the pastor.", 1, "any"),
    ("The police chief of Kandahar province is killed when a bomb explodes under his car, officials say.", 1, "any"),
    ("The mayor of a town near Culiacan was shot dead in his office on Tuesday.", 1, "any"),
    (("Two soldiers went missing after militants attacked their post near Tikrit; a third soldier was found "
      "dead."), 1, "any"),
    ("Two farmers were found dead in a field near Jos after an attack by gunmen.", 2, "any"),
    # look-alike: an office that reports is no victim
    ("The governor of Kandahar said three policemen were killed when a bomb hit their vehicle.", 3, "any"),
])
def test_one_victim_told_by_an_office_or_an_ordinal(run, text, killed, wounded):
    """one victim told by an office or an ordinal, no number"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("A mob hacked the shopkeeper Raju Das to death in Dhaka after accusing him of blasphemy.", 1, "any"),
    ("Two men stabbed the blogger Ananta Bijoy Das to death in Sylhet on Tuesday.", 1, "any"),
    ("Assailants armed with machetes hacked and clubbed nine villagers to death in Ituri.", 9, "any"),
    ("Militants shot and stabbed six farmers to death near Maiduguri.", 6, "any"),
    # look-alike: beaten and not killed
    ("Police beat and detained 40 protesters in Harare on Monday after a grenade was thrown at a rally.", None, "any"),
])
def test_killed_to_death_with_two_manners_or_a_described_name(run, text, killed, wounded):
    """stabbed/hacked to death with a manner pair or a described name"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen fired on the convoy of the governor of Nangarhar in Jalalabad; the governor escaped unhurt.", None, None),
    ("A bomb exploded beside the car of Judge Omar Haddad in Tripoli, but he escaped unharmed.", None, None),
    (("A bomb exploded beside the car of a judge in Tripoli; the judge escaped unhurt but his driver was "
      "killed."), 1, "any"),
])
def test_the_unharmed_target_of_an_attempt_gives_no_toll(run, text, killed, wounded):
    """the unharmed target"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    (("A bomb hit a shelter in Mariupol; three bodies were recovered and dozens more are probably dead "
      "under the rubble."), 3, "any"),
    ("Gunmen abducted the nephew of the slain opposition leader in Kinshasa on Friday.", None, "any"),
    (("Police arrested a man who had threatened the widow of a murdered journalist in Lahore after a "
      "grenade attack on her house."), None, "any"),
])
def test_a_guess_or_an_attributive_is_no_toll(run, text, killed, wounded):
    """a guess or an attributive is no toll"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen killed 12 people in Ogossagou, a village where some 150 people were massacred in 2019.", 12, "any"),
    ("A bomb killed 20 people at a market in Baghdad where 80 people died in July 2021.", 20, "any"),
    # look-alike: no year -> the largest
    ("A car bomb exploded in a market in Hillah, where 40 people were killed.", 40, "any"),
])
def test_a_toll_of_an_earlier_event_with_its_own_year(run, text, killed, wounded):
    """a toll of an earlier event told with its own year"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen shot dead a judge in Peshawar.\nHis bodyguard and his driver were also killed.", 3, "any"),
    # (the elder and his two kin: the "also" clause adds, as the judge's companions above; session 18)
    ("A bomb killed a tribal elder near Wana on Monday; his son and his nephew also died.", 3, "any"),
])
def test_possessed_companions_listed(run, text, killed, wounded):
    """kin listed"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Dozens of people were killed when a suicide bomber struck a funeral in Jalalabad.", 24, "any"),
    ("At least 40 people were killed and more than 100 wounded in a bombing at a mosque in Quetta.", 40, 100),
    ("Twelve soldiers were killed on Monday in an ambush near Menaka, the army said.", 12, "any"),
    ("A roadside bomb killed four soldiers in Kunar; three more died when gunmen attacked the rescuers.", 7, "any"),
    ("Eight people were wounded when a grenade exploded at a bus station in Nairobi.", None, 8),
    ("Two rockets hit the Green Zone in Baghdad overnight, causing no casualties.", 0, 0),
    ("Three policemen were shot dead at a checkpoint in Arish on Saturday.", 3, "any"),
    ("A landmine killed five children collecting firewood near Kandahar.", 5, "any"),
    ("A shell hit a hospital in Aden, killing two and wounding five.", 2, 5),
    ("More than 100 people were killed in an attack on a village in Plateau state.", 100, "any"),
    ("Gunmen killed 15 worshippers at a mosque in Katsina, police said; the toll later rose to 15.", 15, "any"),
])
def test_various_ways_of_telling_tolls(run, text, killed, wounded):
    """various ways of telling tolls"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Two men burst into a church in Rouen, cut the throat of the elderly priest and seriously wounded a nun.", 1, 1),
    ("Militants slit the throats of three shepherds near Kirkuk on Sunday.", 3, "any"),
    ("Gunmen attacked a checkpoint in Arish; another soldier was seriously wounded.", None, 1),
    ("A rocket hit a house in Sderot; one woman was lightly wounded.", None, 1),
    ("India says its jets killed a large number of militants at a camp near Balakot.", None, "any"),
    ("Troops killed a number of insurgents in a raid on a hideout near Marawi, the army said.", None, "any"),
    ("A suicide bomber killed seven people at a market in Maiduguri, police said.\nThe bomber also died.", 7, "any"),
    ("A grenade thrown into a bar in Bujumbura killed two people and injured six on Saturday night.", 2, 6),
    ("Eleven people, most of them women, died when a bomb exploded on a bus in Quetta.", 11, "any"),
    ("A car bomb killed 13 people in Mogadishu on Monday; the death toll later rose to 13.", 13, "any"),
    ("A car bomb killed 10 people in Mogadishu on Monday; officials later raised the toll to 25.", 25, "any"),
    ("Six people including two children were killed when a shell struck a house in Donetsk.", 6, "any"),
    ("The toll from Friday's bombing of a mosque in Kunduz rose to 21, officials said.", 21, "any"),
    ("Gunmen killed a policeman and two civilians at a checkpoint in Sinjar.", 3, "any"),
    ("A gunman shot dead his former wife, her mother and two neighbours in Ostrava before killing himself.", 4, "any"),
    ("Security forces killed eight protesters in Bamenda on Friday, residents said.", 8, "any"),
    ("A bomb went off at a bus stop in Jerusalem, killing two people, a teenager among them.", 2, "any"),
    (("A truck bomb exploded at a checkpoint in Mogadishu, killing 18 people, among them five soldiers, and "
      "wounding 50."), 18, 50),
    ("Unknown gunmen killed twelve villagers - eight men and four women - in a night raid near Djibo.", 12, "any"),
    (("Boko Haram fighters raided Konduga, killing five vigilantes; the army said 14 insurgents were also "
      "killed."), 5, "any"),
    ("The army said 30 militants were killed in an air strike on a camp near Kunduz.", 30, "any"),
    ("Clashes between two clans near Galkayo left 40 people dead, elders said.", 40, "any"),
    ("A car bomb exploded near a police station in Diyarbakir; the bomber died in the blast.", None, "any"),
    (("Gunmen attacked a police post in Kidal, killing three policemen.\nAll four attackers were later "
      "killed."), 3, "any"),
    ("An Israeli strike killed two men in Tyre, including a Hezbollah commander.", 2, "any"),
    ("Nine soldiers, including an officer, were killed when a roadside bomb hit their vehicle near Bannu.", 9, "any"),
    ("A policeman was stabbed to death outside a mosque in Marseille on Friday.", 1, "any"),
    ("Journalist Lina Haddad was shot dead outside her home in Basra on Sunday.", 1, "any"),
    ("A bomb under a car killed a district chief, his bodyguard and his driver in Helmand.", 3, "any"),
    ("Gunmen killed the mayor of Apatzingan and his bodyguard in an ambush on Tuesday.", 2, "any"),
    ("Four people were hurt when a parcel bomb exploded at a post office in Athens.", None, 4),
    (("A bomb tore through a bus near Jalalabad, killing 16 passengers, the governor's spokesman said; the "
      "attackers fled."), 16, "any"),
])
def test_more_ways_of_telling_tolls(run, text, killed, wounded):
    """more ways of telling tolls: throats cut, "another" one wounded, "a number of", dashes, asides, revisions"""
    _assert_toll(run, text, killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # headlines, lives lost, wounded only, shares and asides, a later revision, dead bodies, beheadings
    # (look-alikes: a day in a relative clause is the news; throats of uncounted people; an office that reports)
    ("A bomb exploded at a bus station in Kabul on Monday: 12 dead, 30 injured, police said.", 12, 30),
    ("Twenty-three people lost their lives when gunmen attacked a village in Plateau state.", 23, "any"),
    ("Fifteen people were injured when a grenade exploded in a market in Kampala.", None, 15),
    ("The attack left 20 people dead and 12 injured, officials in Herat said.", 20, 12),
    ("A drone strike on a car near Marib killed seven people, three of them children.", 7, "any"),
    ("Officials said 40 bodies were recovered after militants attacked a mining camp near Djibo.", 40, "any"),
    ("A car bomb killed 18 people in Mogadishu.\nThe toll later rose to 28.", 28, "any"),
    ("Gunmen killed 25 people in Zamfara on Friday, revising an earlier toll of 12, police said.", 25, "any"),
    ("Shelling of Avdiivka killed 33 civilians, including 4 children, the regional governor said.", 33, "any"),
    ("Two policemen were shot dead and a third was wounded at a checkpoint in Pattani.", 2, "any"),
    ("An avalanche of gunfire in a market in Bunia killed 11 and injured four, witnesses said.", 11, 4),
    ("At least 60 people were killed, among them 12 soldiers, when jihadists attacked Solhan.", 60, "any"),
    ("A parcel bomb exploded at a court in Athens, injuring three clerks; nobody was killed.", 0, 3),
    ("A gunman killed five people, including his ex-wife, at an office in Ostrava.", 5, "any"),
    ("Militants beheaded three villagers near Mocimboa da Praia, police said.", 3, "any"),
    (("Attackers armed with knives and machetes killed 14 villagers in Kinigi; security forces later "
      "killed 19 of the assailants."), 14, "any"),
    (("Islamic State claimed the attack on a church in Minya, in which 30 people were killed on May "
      "5, 2021."), 30, "any"),
    (("The bombing of the market in Sadr City, in which 30 people were killed, was claimed by Islamic "
      "State."), 30, "any"),
    ("Militants cut the throats of the hostages they had seized near Palmyra, a monitor said.", None, "any"),
    ("The commander of the army's 5th division was killed when his helicopter was shot down near Idlib.", 1, "any"),
    ("The governor of Kunduz said two policemen were killed in the blast.", 2, "any"),
])
def test_other_ways_of_telling_tolls(run, text, killed, wounded):
    _assert_toll(run, text, killed, wounded)
