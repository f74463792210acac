"""News that names an attack without telling one happening now (talks, funerals, compensation, sanctions, verdicts,
inquiries, disasters, tests), each beside real incidents of the same look that must stay incidents."""

import datetime as dt

import polars as pl
import pytest

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2024, 5, 15)  # a Wednesday


def _occurred(run, text):
    return run([("x", text, DAY)]).incident_mentions.filter(pl.col("status") == "occurred")


NON_EVENTS = [
    # an attack years or months before the news, in a clause of its own
    "The Bataclan concert hall in Paris reopens a year after gunmen killed 90 people there.",
    "Kenya reopens the Westgate mall, two years after al-Shabaab gunmen attacked it.",
    "Norway holds a memorial service on Utoya island ten years after a far-right gunman killed 69 young people there.",
    "Christchurch's Al Noor mosque reopens months after a gunman killed 44 worshippers there.",
    # funerals and burials of people killed
    "Thousands of mourners attend the funeral in Kabul of the 24 students killed in the bombing of an education centre.",
    "Funerals are held in Jerusalem for the three rabbis who were stabbed to death at a synagogue on Tuesday.",
    "Egyptians bury the 28 Coptic Christians killed when gunmen attacked a bus carrying pilgrims to a monastery.",
    "Thousands attend the burial of the 11 soldiers killed in the ambush in northern Burkina Faso.",
    # talks, calls and visits about attacks
    ("French President Emmanuel Macron speaks by phone with Nigerian President Bola Tinubu about the kidnapping of "
    "schoolchildren in Kaduna."),
    "Indian and Pakistani national security advisers hold secret talks in Bangkok on cross-border militant attacks.",
    "Kenyan and Somali defence ministers hold talks in Nairobi on al-Shabaab attacks along the border.",
    "Nigeria's president meets the governors of the northern states to discuss the wave of kidnappings by bandits.",
    # kin of the dead, compensation, justice, sanctions, frozen assets
    "Relatives of kidnapped schoolchildren block a highway in Kaduna to demand government action.",
    "The parents of the children killed in the Uvalde school shooting sue the gun maker.",
    "Germany agrees to pay compensation to the families of the 11 Israeli athletes killed at the 1972 Munich Olympics.",
    ("Pakistan's government announces compensation of 1 million rupees for each family of those killed in Friday's "
    "mosque bombing."),
    "Protesters in Baghdad demand justice for the demonstrators killed by security forces last month.",
    "The European Union sanctions Iranian officials over drone strikes carried out by Russia on Ukrainian cities.",
    "Britain freezes the assets of 12 people linked to the bombing of a concert hall near Moscow.",
    # a condemnation of a killing by an agent
    "The African Union strongly condemns the killing of 17 civilians by gunmen in Burkina Faso.",
    # verdicts and sentences
    "A Norwegian court upholds the 21-year sentence of the gunman who killed 77 people in 2011.",
    "A Kenyan court jails three men for helping the gunmen who attacked the Westgate shopping mall in Nairobi, killing 67.",
    "A Turkish court jails 15 people for life over the bombing of a peace rally in Ankara.",
    # inquiries into attacks named as known, attacks named by their year
    "Thai police launch an inquiry into the bombing of a shrine in Bangkok that killed 20 people last year.",
    "A British judge rules that the inquest into the Manchester Arena bombing can proceed.",
    "An independent commission investigating the 2008 Mumbai attacks publishes its final report.",
    # a legal judgement, a truce that holds, a protection, an old bomb
    "Amnesty International says Saudi-led air strikes on Yemen may amount to war crimes.",
    "The ceasefire in Gaza largely holds for a third day despite sporadic rocket fire.",
    "Britain sends two warships to the Red Sea to protect commercial shipping from Houthi missile attacks.",
    "Bomb disposal experts safely detonate a World War II bomb found on a building site in Frankfurt.",
    "U.S. President Joe Biden hosted King Abdullah of Jordan at the White House, as the fighting in Gaza entered its fifth month.",
    "Gunmen free 279 schoolgirls who were abducted from a boarding school in Zamfara State last week.",
    # disasters, statistics, tests, exercises
    "A fire in a high-rise apartment block in Hong Kong kills 36 people.",
    "Two trains collide head-on in Greece, killing 57 people.",
    "Lightning strikes kill 20 people in the Indian state of Bihar.",
    ("The UN says at least 1,200 civilians were killed in Afghanistan in the first half of the year, most of them by "
    "roadside bombs."),
    "Iran says it has successfully launched a new hypersonic missile, which it says can evade air defences.",
    "North Korea launches a missile that flies over Japan for the first time in five years.",
    "India's air force carries out bombing practice runs near the border with Pakistan as part of a two-week drill.",
    ("Israel's military said on Wednesday it had completed a large-scale exercise simulating a war with Hezbollah, including "
    "rocket barrages on Haifa."),
    "Suicide bombings in Iraq fell by half last year, the U.S. military says.",
    "Investigators find no evidence that the fire which killed 60 people at a nightclub was started deliberately.",
    # a run of attacks as the background of a main clause
    "Nigeria deploys 1,000 soldiers to Zamfara State after a wave of kidnappings by bandits.",
    "Tens of thousands march in Paris against antisemitism after a wave of attacks on Jewish schools.",
    # the people of a known attack; what a demand, a trial, a lawsuit or a reward is about
    "Pakistan hands over to the United States a suspect in the bombing of the Kabul airport.",
    "Turkey deports 11 suspected Islamic State militants linked to the attack on an Istanbul nightclub.",
    "The FBI releases new footage of the suspect in the bombing of a Nashville street on Christmas Day.",
    "Church bells ring across Norway to honour the victims of the Oslo bombing and Utoya shooting.",
    "Students in Dhaka block roads for a fourth day to demand the arrest of the men who hacked a publisher to death.",
    "The trial of five men accused of helping the gunman who killed 22 people in El Paso opens in Texas.",
    "The Supreme Court hears a case on whether gun makers can be sued over mass shootings.",
    "The United States on Friday offered a $10 million reward for information on the Hamas leaders behind the October 7 attack.",
    "A Belgian court awards damages to the survivors of the 2016 Brussels airport and metro bombings.",
    "A monument is unveiled in Nice to the 86 people killed when a truck drove into a crowd on Bastille Day.",
    "Kashmiris hold a strike to mourn the civilians killed in a gunfight between militants and troops.",
    # "the dead" as people; bombs found before they went off; a drill; captives freed
    "Church bells ring and the names of the dead are read out in Madrid as Spain marks ten years since the train bombings.",
    ("Greek police arrest a man suspected of sending three letter bombs that were intercepted on Monday at a sorting "
    "office in Athens."),
    "North Korea fired a volley of short-range projectiles into the sea on Tuesday in what state media called a firing drill.",
    "The last 9 of the 20 Filipino sailors kidnapped off Sabah in March by Abu Sayyaf gunmen are freed, the army says.",
    "Ukraine's parliament on Thursday observed a minute of silence for the 51 villagers killed by a Russian missile in Hroza.",
    "Israel's defence minister on Monday approved plans for the army to retaliate if Hezbollah fires more rockets.",
    # the dead buried after the trigger; a war's toll in a relative clause; history; what an inquiry found years later
    "Three soldiers killed in a Taliban ambush last week are laid to rest in their home villages in Punjab.",
    "Colombia's Senate approves a law to compensate victims of the armed conflict, in which some 450,000 people were killed.",
    "France returns the skulls of 24 Algerian resistance fighters killed during the colonial conquest in the 19th century.",
    "Dutch investigators conclude that a Russian-made Buk missile shot down Malaysia Airlines Flight 17 in 2014.",
    "The widows of the 33 miners killed in the explosion at the Soma mine receive pensions from the state.",
    ("The Algerian and Malian foreign ministers held talks in Algiers on Monday over the kidnapping of seven Algerian "
    "diplomats in Gao."),
    "Norway's prime minister opens a new government building in Oslo, 12 years after a car bomb destroyed the old one.",
    ("Nigerian authorities said Sunday that 137 schoolchildren abducted by gunmen in Kaduna state earlier this month had been "
    "released."),
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_a_non_event_that_names_an_attack_is_no_incident(run, text):
    assert _occurred(run, text).is_empty(), text


INCIDENTS = [
    # (text, type, killed)
    ("Gunmen kill 12 villagers in Zamfara State, days after bandits killed 20 people in a nearby district.",
     "shooting_armed_assault", None),
    ("A suicide bomber attacks a funeral in Nangarhar province, killing at least 18 mourners.", "suicide_bombing", 18),
    ("Mourners at a funeral in Mogadishu are attacked by a suicide bomber, leaving 10 dead.", "suicide_bombing", 10),
    ("Leaders meet in Paris on Sunday as gunmen kill five soldiers in Niger.", "shooting_armed_assault", 5),
    ("A bomb explodes at a meeting on security in Quetta, killing 6 people.", "bombing", 6),
    ("Despite heavy security, a suicide bomber kills 20 people at a rally in Bannu.", "suicide_bombing", 20),
    ("Despite the truce, Houthi rebels fire a missile at a Saudi border town, killing two people.",
     "rocket_mortar_missile", 2),
    ("A car bomb kills four people in Mogadishu, months after the government declared victory over al-Shabaab.",
     "car_bomb", 4),
    ("Police open fire on protesters in Khartoum, killing four people.", "other_violence", 4),
    ("Israeli air strikes kill 30 people in Gaza on Tuesday, as talks on a ceasefire continue in Cairo.", "airstrike", 30),
    ("A grenade attack on a memorial service in Bujumbura kills two people and wounds 30.", "bombing", 2),
    ("Boko Haram militants free 100 prisoners after attacking a jail in Maiduguri, killing 5 guards.", None, 5),
    (("The interior minister said on Monday that the Islamic State group was the prime suspect in Saturday's twin suicide "
     "bombings at a rally in Izmir, which killed at least 31 people."), "suicide_bombing", 31),
    ("A man linked to the Islamic State attacked a church in Rouen, killing a priest.", None, None),
    ("A wave of bombings kills 50 people across Baghdad.", "bombing", 50),
    ("Gunmen holed up in a fort kill eight people after a series of attacks on police patrols near Karak.",
     "shooting_armed_assault", 8),
    ("Protesters demanding the arrest of a governor are shot dead by police in Port Harcourt, killing 3.",
     "shooting_armed_assault", 3),
    ("A suicide bomber attacks a memorial service for a slain commander in Kandahar, killing 9.", "suicide_bombing", 9),
    ("A bomb that was found under a car in Derry exploded as police examined it, killing 2 officers.", None, 2),
    ("Two years after the Taliban takeover, gunmen kill 11 Hazara miners in Ghor province.", "shooting_armed_assault", 11),
    ("Three years after the army retook the town, gunmen kill 9 farmers near Baga.", "shooting_armed_assault", 9),
    ("A gunman who had been jailed for trying to join a militia shot dead three people in central Graz on Monday night.",
     "shooting_armed_assault", 3),
]


@pytest.mark.parametrize(("text", "incident_type", "killed"), INCIDENTS)
def test_a_real_incident_of_the_same_look_stays_read(run, text, incident_type, killed):
    row = first_incident(run, text, DAY)
    if killed is not None:
        assert row["killed_min"] == killed
    if incident_type:
        assert row["incident_type"] == incident_type


@pytest.mark.parametrize("text", ["Relatives of a police officer are shot dead by gunmen in Michoacan.",
                                  "Survivors of the attack say the gunmen shot at anyone who moved in the market of Bama."])
def test_a_frame_word_followed_by_a_clause_of_its_own_is_no_frame(run, text):
    assert first_incident(run, text, DAY)["incident_type"] == "shooting_armed_assault"


# Session 11: non-incident summaries written from the categories the blind authors use (warnings, plots, trials,
# anniversaries, condemnations, sanctions, tests, deployments, truces, talks, releases, disasters, statistics), each
# run through the extractor; the frames they needed are in non_events.py.
NON_EVENTS_BY_CATEGORY = [
    # warnings
    "The US embassy in Nairobi warns of possible attacks on hotels frequented by foreigners.",
    "Britain raises its terrorism threat level to severe, saying an attack is highly likely.",
    ("The State Department warned Americans on Tuesday to avoid travel to southern Thailand because of "
     "the risk of bombings."),
    "Indonesian police warn that militants may try to bomb churches over Christmas.",
    "Al-Shabaab threatens to carry out more attacks in Kenya unless Kenyan troops leave Somalia.",
    "French authorities put Paris on high alert, warning that jihadists are planning a new wave of attacks.",
    ("Interpol issued a global alert on Monday after a series of jailbreaks, warning of a heightened risk "
     "of terrorist attacks."),
    "The Pakistani Taliban warn that they will target polling stations during next week's election.",
    "Australia advises its citizens to reconsider travel to Mali because of the high threat of kidnapping.",
    "Security services in Germany warned on Thursday of a growing threat of knife attacks by lone extremists.",
    # foiled plots and arrests
    "Spanish police arrest eight suspected jihadists accused of planning a bomb attack on the Barcelona metro.",
    "Moroccan security forces dismantle a cell that was preparing suicide bombings against tourist sites in Marrakesh.",
    "Belgian police said on Sunday they had foiled a plot to attack a Christmas market in Brussels.",
    "Saudi authorities arrest 46 people suspected of planning attacks on oil installations.",
    "Police in Sydney detain four men over an alleged plot to bring down a plane with a homemade bomb.",
    "Kenyan police seize a car packed with explosives at a checkpoint near the Somali border.",
    "Philippine troops defuse a bomb left in a shopping mall in Davao.",
    ("Indian police arrested a suspected Maoist commander on Friday who is wanted for the 2010 ambush "
     "that killed 76 policemen."),
    "Turkish police detain a man suspected of involvement in the New Year's nightclub shooting in Istanbul.",
    "French police arrest a teenager who was allegedly preparing a knife attack on a synagogue.",
    "Danish police said on Wednesday they had arrested three men suspected of preparing explosives for an attack.",
    "A man carrying a suicide vest is arrested at a checkpoint outside Baghdad before he can detonate it.",
    "Egyptian security forces uncover a bomb-making workshop in a Cairo suburb.",
    # trials and verdicts
    "A Paris court sentences Salah Abdeslam to life in prison for his role in the November 2015 attacks.",
    "The trial opens in Oslo of a man accused of planning to bomb a mosque.",
    ("A Dutch court finds three men guilty of the murder of 298 people aboard a Malaysia Airlines flight "
     "shot down over Ukraine."),
    "An Indonesian court on Tuesday sentenced a cleric to death for inciting the church bombings in Surabaya.",
    "A U.S. federal jury convicts a man of providing material support to the Islamic State.",
    "The International Criminal Court acquits a former militia leader of war crimes in the Central African Republic.",
    "Prosecutors in Germany charge a Syrian man with murder over a knife attack in Dresden.",
    "The Supreme Court of Pakistan upholds the death sentences of four men convicted of the Peshawar school massacre.",
    ("A Kenyan judge frees two men accused of aiding the gunmen who stormed Garissa University, citing a "
     "lack of evidence."),
    "A Bangladeshi tribunal on Wednesday sentenced seven militants to death for the 2016 attack on a Dhaka cafe.",
    "A former Rwandan mayor goes on trial in Paris for genocide.",
    "Lawyers for the man accused of the Christchurch mosque shootings ask for the trial to be moved.",
    # anniversaries, memorials and funerals
    "Spain marks 20 years since the Madrid train bombings with a minute of silence.",
    "Crowds gather at the Brandenburg Gate to remember the victims of the Christmas market attack.",
    "Families of those killed in the Lockerbie bombing gather in Scotland on the 35th anniversary.",
    "Thousands attend a vigil in Manchester a week after the arena bombing.",
    "Candles are lit across Sri Lanka on the first anniversary of the Easter Sunday bombings.",
    "Mourners bury the journalist who was shot dead outside her home in Malta.",
    "Kenya holds a memorial service for the 148 people killed at Garissa University College.",
    "Hundreds of people attend the funeral of a policeman stabbed to death outside parliament.",
    "A memorial to the victims of the Bali bombings is unveiled in Kuta.",
    "The coffins of 12 soldiers killed in an ambush are flown home to Ouagadougou.",
    "Flags fly at half-mast across France in memory of the teacher beheaded outside his school.",
    "The body of the kidnapped aid worker is repatriated to Italy.",
    # condemnations
    "The UN Security Council condemns the bombing of a hospital in Kunduz.",
    "Pope Francis denounces the attack on worshippers in a Nigerian church as a barbaric act.",
    "The Arab League condemned on Sunday the suicide bombing in Mogadishu in the strongest terms.",
    "The United States strongly condemns the rocket attacks on its embassy in Baghdad.",
    "World leaders express outrage over the killing of aid workers in Gaza.",
    "Iran condemns the assassination of its nuclear scientist and vows revenge.",
    "The EU's foreign policy chief says the attacks on civilians in Darfur are unacceptable.",
    "Muslim leaders in Britain condemn the stabbing of two worshippers and call for calm.",
    # sanctions
    "Washington imposes sanctions on three Hezbollah officials it says organised rocket attacks on Israel.",
    "The UN Security Council adds al-Shabaab's leaders to its sanctions list for the Westgate mall attack.",
    "Canada sanctions Russian commanders over missile strikes on Ukrainian power plants.",
    "Britain imposes travel bans on Israeli settlers accused of attacks on Palestinians in the West Bank.",
    "The US Treasury sanctioned on Thursday a network that financed drone attacks on shipping in the Red Sea.",
    "The European Union freezes the assets of the militia leaders blamed for the massacre of villagers in Ituri.",
    # exercises, missile tests, demonstrations of force
    "China stages live-fire drills in the Taiwan Strait, firing missiles into waters off the island.",
    "India successfully test-fires a nuclear-capable Agni missile from an island off Odisha.",
    "Pakistan conducts a training launch of a surface-to-surface ballistic missile.",
    "Russian bombers fly mock attack runs near the Alaskan coast during a military exercise.",
    "North Korea fired two ballistic missiles into the Sea of Japan on Thursday, South Korea's military said.",
    "Iranian naval forces carry out war games in the Strait of Hormuz, firing cruise missiles at mock targets.",
    "American and South Korean troops begin joint drills that simulate an artillery attack from the North.",
    ("Taiwan's military held its annual Han Kuang exercise on Monday, rehearsing the defence of its "
     "beaches against an invasion."),
    "NATO aircraft drop practice bombs on a range in Estonia during the alliance's largest exercise in decades.",
    # deployments
    "Egypt sends troops to the Sinai to hunt militants who attacked a police checkpoint last month.",
    "The United States deploys a carrier strike group to the eastern Mediterranean.",
    "France sends 500 more soldiers to Mali to fight jihadist groups in the Sahel.",
    "Kenya deploys police units to the coast after a string of attacks on villages by al-Shabaab.",
    "Britain is sending fighter jets to Cyprus to help protect its bases from drone attacks.",
    "The Nigerian army moves an armoured division to Borno State ahead of an offensive against Boko Haram.",
    "Germany will station a brigade in Lithuania to deter a Russian attack on NATO's eastern flank.",
    # ceasefires and peace deals
    "Armenia and Azerbaijan agree to a Russian-brokered ceasefire ending six weeks of fighting over Nagorno-Karabakh.",
    "The Colombian government and FARC rebels sign a peace deal in Havana that ends half a century of war.",
    "A truce between Israel and Islamic Jihad takes hold after three days of rocket fire and air strikes.",
    ("The warring parties in South Sudan sign a ceasefire in Addis Ababa after years of fighting that "
     "killed 400,000 people."),
    ("Ethiopia and the Tigrayan rebels agreed on Wednesday to a permanent cessation of hostilities after "
     "two years of war."),
    "The Houthis announce a halt to their missile attacks on Saudi Arabia as part of a UN truce.",
    "A ceasefire in eastern Ukraine is largely holding, monitors say, with only isolated reports of shelling.",
    ("The Philippine government and the Moro Islamic Liberation Front sign a peace agreement ending "
     "decades of insurgency in Mindanao."),
    "India and Pakistan agreed on Thursday to stop cross-border firing along the Line of Control in Kashmir.",
    # meetings, calls, visits, talks
    "The Turkish and Iraqi foreign ministers meet in Ankara to discuss PKK attacks from northern Iraq.",
    "Biden calls Netanyahu to express condolences after the synagogue shooting in Jerusalem.",
    "The French president visits the wounded of the Nice truck attack in hospital.",
    "The Afghan president flies to Islamabad for talks on Taliban violence.",
    "Macron telephoned the Nigerien president on Tuesday to discuss the killing of French aid workers.",
    "The Pakistani prime minister visits the site of the Quetta hospital bombing.",
    "Foreign ministers of the Sahel states gather in Niamey to coordinate the response to jihadist attacks.",
    ("The Indian and Chinese defence ministers held talks in Moscow on Friday over the deadly clash in "
     "the Galwan Valley."),
    "Queen Elizabeth visits victims of the Manchester Arena bombing in hospital.",
    ("The mayor of London meets Muslim community leaders after the attack on worshippers near a mosque in "
     "Finsbury Park."),
    "The US secretary of state travels to Nigeria for talks on the abduction of the Chibok schoolgirls.",
    # releases of captives
    "Abu Sayyaf militants release a German couple held hostage in the southern Philippines for six months.",
    "The 20 Chinese workers kidnapped in Sudan last week are freed unharmed.",
    "Colombian soldiers rescue four hostages held by the ELN in a jungle camp.",
    "A French journalist held for two years by jihadists in Mali returns home.",
    "Hamas frees four Israeli soldiers in exchange for 200 Palestinian prisoners.",
    "Nigerian troops rescued on Sunday 30 passengers who had been abducted by bandits on the Abuja-Kaduna train.",
    "An American missionary kidnapped in Niger in 2016 is released by his captors.",
    "Thirty-nine Indian nurses held by Islamic State militants in Tikrit arrive back in Kerala.",
    "The Taliban hand over two kidnapped Chinese engineers to tribal elders.",
    # disasters and accidents
    "A gas explosion in a residential building in Moscow kills seven people.",
    "An earthquake of magnitude 7.8 kills more than 300 people in Ecuador.",
    "A bus plunges into a ravine in Nepal, killing 32 passengers.",
    "An explosion at a fireworks factory in southern India kills 18 workers.",
    "A ferry capsizes on Lake Victoria, killing at least 200 people.",
    "A passenger plane crashes on approach to Kathmandu airport, killing all 72 on board.",
    "Floods in the Indian state of Kerala have killed 324 people since late May, officials say.",
    "A blast at a chemical plant in Jiangsu province kills 47 people.",
    "Heavy monsoon rains trigger landslides that kill 80 people in Sri Lanka.",
    "A stampede at a religious festival in Uttar Pradesh kills 121 pilgrims.",
    "A military helicopter crashes during a training flight in Colombia, killing nine soldiers.",
    "An army ammunition depot blows up in Brazzaville, killing 200 people.",
    "A grenade left over from the war explodes in a scrapyard in Bosnia, killing two workers.",
    "Three children are killed by an old landmine while playing in a field in Cambodia.",
    # statistics and reports
    "Human Rights Watch says security forces killed at least 300 protesters in Iran last year.",
    "Attacks on aid workers rose to a record level in 2023, with 280 killed, the UN says.",
    "The Global Terrorism Index finds that deaths from terrorism fell by 15 percent last year.",
    "A report by Amnesty International accuses Myanmar's army of killing thousands of Rohingya in 2017.",
    "Mexico recorded more than 30,000 homicides last year, most of them linked to drug cartels.",
    "The Committee to Protect Journalists says 68 journalists were killed worldwide in 2022.",
    "More than 4,000 people have been killed in Burkina Faso since the start of the year, according to ACLED.",
    "The UN says at least 10,000 civilians have been killed in Ukraine since the Russian invasion began.",
    "A Pentagon report admits that US air strikes killed 1,300 civilians in Iraq and Syria between 2014 and 2018.",
    "Gun violence killed more than 40,000 Americans in 2021, the highest number on record.",
    "An inquiry finds that police failures contributed to the deaths of 22 people at the Manchester Arena.",
    # deaths of leaders from natural causes
    "Former Cuban president Fidel Castro dies at the age of 90.",
    "Zimbabwe's former leader Robert Mugabe dies in a hospital in Singapore at the age of 95.",
    "Nelson Mandela dies peacefully at his home in Johannesburg, surrounded by his family.",
    # apologies, praise, claims of history
    "Japan's prime minister apologises for the wartime massacre of civilians in Nanjing.",
    "Germany formally apologises for the killing of tens of thousands of Herero and Nama people in colonial Namibia.",
    "A video posted online by the Islamic State praises the gunman who attacked a concert in Moscow.",
    "The Taliban celebrate the anniversary of their capture of Kabul with a military parade.",
    "A new documentary revisits the 1985 bombing of an Air India flight off the coast of Ireland.",
    "Declassified files show the CIA knew of plans for the 1973 coup in Chile.",
    # compensation and rebuilding
    "The government pays compensation to shopkeepers whose stores were burned during the riots in Delhi.",
    "Sri Lanka rebuilds the church in Negombo that was destroyed by a suicide bomber on Easter Sunday.",
    "The reopened Taj hotel welcomes its first guests since militants stormed it.",
    # talks/calls after/about
    "The Egyptian president phoned his Israeli counterpart on Sunday about the shooting of two tourists in Alexandria.",
    "Chancellor Scholz spoke by telephone with President Erdogan following the bombing in Istanbul's Istiklal Avenue.",
    "The Kenyan president offered his condolences to the families of the victims of the bus attack in Mandera.",
    "Iraqi and Turkish officials meet in Baghdad after the deadly drone strike on a resort in Zakho.",
    "The two leaders discussed the recent attacks on shipping in the Gulf during a call on Tuesday.",
    # days after, as background
    ("Pakistan closes its border crossings with Afghanistan, three days after a suicide bomber killed 100 "
     "people in a Peshawar mosque."),
    "The Nigerian senate summons the army chief, a week after gunmen abducted 300 students from a school in Kagara.",
    "Hundreds of people march through Stockholm in a show of unity two days after a truck was driven into a crowd.",
    "Belgian schools reopen under heavy guard, a week after suicide bombers struck the Brussels airport and metro.",
    # statistics
    "Deaths from political violence in Colombia rose by a third in 2020, according to a report by Indepaz.",
    "The death toll from drug violence in Mexico reached a record 33,341 last year.",
    "Researchers estimate that some 400,000 people have died as a result of the war in Yemen.",
    "A Brown University study calculates that more than 900,000 people have been killed in the post-9/11 wars.",
    "At least 500 people have been killed in Haiti's gang violence since the start of the year, the UN says.",
    # background clauses of deals
    ("Protest leaders and the army sign a power-sharing deal, ending months of unrest in which more than "
     "100 protesters were killed."),
    "Parliament approves an amnesty law after years of conflict in which thousands of civilians died.",
    "The rebels lay down their arms, ending an insurgency that killed more than 40,000 people.",
    # truces
    ("The ceasefire brokered by Egypt comes into force at midnight, ending rocket fire from Gaza and "
     "Israeli air strikes."),
    ("A Christmas truce between the army and the communist rebels takes effect, suspending offensive "
     "operations and ambushes."),
    "The truce in Idlib held on Sunday despite scattered violations, including artillery fire near Saraqeb.",
    "A humanitarian pause takes effect in Gaza after seven weeks of air strikes and ground fighting.",
    # stance
    "The Islamic State's newspaper praises the suicide bombers who attacked the Kabul airport.",
    "The Serbian president apologises for the massacre of Bosniaks at Srebrenica.",
    "A new book examines the assassination of Olof Palme in Stockholm in 1986.",
    "The minister refuses to apologise for the shooting of 34 miners by police at Marikana.",
    "The Kremlin justified the missile strikes on Kyiv as a response to the attack on the Crimea bridge.",
    # roles, aiding
    "An Afghan man is detained in Germany over his alleged role in the suicide bombing at the Kabul airport.",
    "French prosecutors charge a woman with helping the gunman who attacked the Jewish supermarket.",
    "A US court convicts a man of financing the militants who bombed the embassies in Nairobi and Dar es Salaam.",
    # attacks named with their year (an anniversary, an inquiry, a memorial)
    "Lebanon marks the fourth anniversary of the 2020 Beirut port explosion.",
    "Spanish judges reopen the investigation into the 2004 Madrid train bombings.",
    "A memorial to the victims of the 1995 Oklahoma City bombing is vandalised.",
    # foiled, found
    "Police in Jakarta find a pressure-cooker bomb in a backpack outside the presidential palace.",
    "Customs officers at Manchester airport intercept a package containing a pipe bomb.",
    "Two men were arrested in Leeds with the ingredients to make a nail bomb.",
    "A suicide bomber was overpowered by guards at the gate of a mosque in Kano before he could detonate his vest.",
    "The device, which did not explode, was found on a train near Bonn.",
    "Indian police recover 20 kilograms of explosives and two grenades from a house in Srinagar.",
    # releases, captives
    "Two Italian nuns kidnapped in Kenya last year are freed in Somalia.",
    "The last four hostages held by Abu Sayyaf on Jolo are released after a ransom is paid.",
    "Gunmen release 12 villagers seized in a raid on Kankara after their families pay a ransom.",
    "The abducted Austrian tourists are handed over to the Libyan authorities in Tripoli.",
    "Colombia welcomes home three soldiers kidnapped by the ELN in Arauca.",
    # memory, funerals, coffins
    "The remains of two soldiers killed in a helicopter crash are flown back to Islamabad.",
    "Crowds hold a vigil in Christchurch for the 51 worshippers shot dead at two mosques.",
    "Prayers are said across Pakistan for the children killed in the Peshawar school attack.",
    "The bodies of the seven aid workers killed in an Israeli strike are repatriated through Egypt.",
    # accidents, ordnance
    "A fire at an arms depot in Bulgaria sets off explosions heard across the region, forcing villagers to flee.",
    "An explosion at a weapons store at a military base in Nigeria's Lagos kills 20 people.",
    "A Second World War bomb explodes during construction work in Munich, injuring four workers.",
    "Two boys are killed in Laos when a cluster bomb left over from the Vietnam War explodes in their village.",
    "Decades-old landmines kill a farmer in Zimbabwe.",
    # wire leads in the past tense: compensation, releases, interceptions, calls, verdicts, summonses, sympathy
    ("Somalia's president said on Monday that the government would pay compensation to the families of "
     "those killed in the October truck bombing."),
    "Officials said on Thursday that the Frenchman seized by gunmen in Niamey in January had been released unharmed.",
    "The Israeli army said on Sunday it had intercepted a drone launched from Lebanon before it reached the border.",
    "Police in Kenya said they had defused an explosive device planted under a bridge near Garissa.",
    ("The Pentagon said on Wednesday that it had deployed additional air defence systems to protect US "
     "troops from Iranian missile attacks."),
    "Thai and Malaysian officials met in Kuala Lumpur on Tuesday to discuss the insurgency in Thailand's deep south.",
    ("Japanese Prime Minister Shinzo Abe called Jordan's King Abdullah on Saturday to thank him for his "
     "help after the killing of a Japanese hostage."),
    "Afghan officials said on Friday that the death toll from last year's fighting had reached 3,000 civilians.",
    "An Israeli court on Monday sentenced a Palestinian man to three life terms for a stabbing attack in a settlement.",
    "A French court on Wednesday convicted 20 people over the 2016 truck attack in Nice.",
    "Russia's foreign ministry summoned the Polish ambassador on Thursday over an attack on its embassy's cars.",
    "The UN Security Council held an emergency meeting on Sunday on the drone strikes on Saudi oil facilities.",
    ("The Vatican said on Tuesday that the pope had sent a message of sympathy to the victims of the "
     "church bombing in Jolo."),
    "The Taliban and the US signed an agreement in Doha on Saturday aimed at ending the 18-year war in Afghanistan.",
    "A car used in the Barcelona van attack was found abandoned outside the city, police said.",
    ("The leader of the rebel group said in a video released on Monday that his fighters would continue "
     "to attack government forces."),
    "China held large-scale military drills around Taiwan on Saturday, simulating precision strikes on key targets.",
    "More than 200 people have died in floods in Nigeria since June, the emergency agency said.",
    "Pakistan said on Wednesday it had arrested 12 suspects in connection with the bombing of a Chinese convoy.",
    "The African Union has suspended Mali after the military seized power in a coup.",
    "The Indian government said it had handed over to Nepal two Maoist rebels accused of attacks in the border region.",
    "The last of the freed hostages arrived home in Seoul on Sunday after six weeks in Taliban captivity.",
    "A memorial service was held on Friday for the 38 tourists shot dead on a beach in Sousse.",
    ("The head of the UN mission said violence against civilians in eastern Congo had increased by 40 "
     "percent since January."),
    "Turkey recalls its ambassador to the Netherlands after the killing of a Turkish diplomat in The Hague.",
    "Iran lodges a formal protest with Islamabad over the attack on its border guards in Sistan-Baluchestan.",
    "The weapons used in the attack on the concert hall were bought legally, investigators say.",
    # exercises, tests, launches
    "Russia test-launched its new Sarmat intercontinental ballistic missile from Plesetsk on Wednesday.",
    "The Indian navy successfully fired a BrahMos cruise missile from a destroyer in the Arabian Sea.",
    "Iran unveils a new drone capable of carrying out strikes 2,000 kilometres away.",
    "US B-52 bombers flew over the Korean peninsula on Monday in a show of force after the North's nuclear test.",
    "Greek and Turkish fighter jets engage in mock dogfights over the Aegean.",
    # warnings, threats, fears
    "Residents of Kharkiv brace for new missile strikes as Russian forces mass near the border.",
    "The mayor of Mogadishu urged residents to stay indoors over fears of suicide attacks during the holiday.",
    "Intelligence officials fear that al-Qaeda is planning attacks on aircraft using explosives hidden in laptops.",
    "Hezbollah's leader threatened on Friday to strike Israeli cities if Israel attacked Lebanon.",
    # arrests, plots, trials past tense
    "Two brothers were charged on Monday with plotting to blow up a passenger jet flying from Sydney.",
    "A US appeals court on Friday upheld the conviction of a man who tried to detonate a car bomb in Times Square.",
    "Police in Mumbai arrested a suspect in the train bombings after a two-month manhunt.",
    "The alleged mastermind of the Bali nightclub bombings was captured in Pakistan.",
    "A Russian military court jailed 19 men for their part in the metro bombing in St Petersburg.",
    # deployments, security measures
    "Thousands of police were deployed across Paris on Saturday to guard synagogues after threats of attacks.",
    "Egypt tightened security at churches ahead of Coptic Christmas following last year's bombings.",
    "Authorities in Sri Lanka imposed a nationwide curfew after the Easter bombings.",
    "Mali extends the state of emergency imposed after the attack on the Radisson Blu hotel.",
    # peace, signing, elections
    "Voters in Colombia narrowly reject a peace deal with the FARC rebels that would have ended 52 years of war.",
    ("The president of the Philippines signed a law creating an autonomous Muslim region in Mindanao, "
     "ending a rebellion that killed 120,000 people."),
    ("Sudan's rival generals signed a declaration in Jeddah committing to protect civilians, after weeks "
     "of fighting in Khartoum."),
    # disasters, accidents
    "A gas tanker explodes on a highway in Lagos, killing 12 people.",
    "A cargo ship carrying ammonium nitrate caught fire in the port, forcing the evacuation of nearby districts.",
    "A military plane carrying 40 soldiers crashed into a mountain in the southern Philippines.",
    "A boiler explosion at a textile factory in Bangladesh kills nine workers.",
    "An explosion at an illegal fireworks warehouse in Mexico kills 24 people.",
    # statistics, reports past tense
    ("Attacks on health workers in Syria killed 923 medical staff between 2011 and 2019, according to "
     "Physicians for Human Rights."),
    ("The number of journalists killed worldwide fell to its lowest level in a decade, Reporters Without "
     "Borders said on Tuesday."),
    "Suicide attacks in Afghanistan killed more civilians in 2017 than in any year since the UN began keeping records.",
    # calls, agreements, verdicts, mourning and aid about attacks told as known
    ("The presidents of Russia and Turkey agreed in a phone call on Tuesday that the downing of the "
     "airliner over Sinai must not harm their ties."),
    "Speaking by phone on Friday, the two prime ministers agreed that the bombing in Ankara must not harm relations.",
    ("The German chancellor told the Afghan president during a visit to Kabul that the killing of four "
     "German soldiers would not change Berlin's policy."),
    "The Security Council met behind closed doors on Friday to discuss the shelling of the UN compound in Gaza.",
    ("Relatives of the victims of the Lockerbie bombing welcomed the extradition of a Libyan suspect to "
     "the United States."),
    ("A Lebanese court sentenced four members of Hezbollah in absentia over the 2005 assassination of "
     "former prime minister Rafik Hariri."),
    "The government declared three days of national mourning for the victims of the mosque bombing in Quetta.",
    "Thousands of people marched through Peshawar on Sunday to protest against the killing of a tribal leader.",
    ("Police officers formed a guard of honour at the funeral of their colleague shot dead during a "
     "robbery in Johannesburg."),
    ("Taliban and Afghan government negotiators agreed on Saturday to reduce violence ahead of the "
     "withdrawal of US troops."),
    "Ukraine's president vows to rebuild every home destroyed by Russian missiles.",
    "The president pardoned 12 soldiers convicted of killing civilians during the civil war.",
    ("An Israeli military inquiry concluded that the soldier who shot a wounded Palestinian attacker had "
     "acted against orders."),
    "Hamas released a video showing two Israeli hostages, saying they were alive and in good health.",
    "A court in Bangladesh on Monday acquitted 15 people accused of the 2004 grenade attack on an opposition rally.",
    ("Afghan forces regained control of the northern city of Kunduz on Thursday, two weeks after the "
     "Taliban captured it."),
    ("Thai officials said the number of people killed in the insurgency in the south had fallen to its "
     "lowest level in a decade."),
    "The governor of Borno State distributed food to 5,000 families displaced by Boko Haram attacks.",
    "Mali's junta expelled the French ambassador over remarks about the massacre of civilians in Moura.",
    "Officials agreed on Monday to hold talks, hours after a bomb killed four people in Jalalabad.",
]


@pytest.mark.parametrize("text", NON_EVENTS_BY_CATEGORY)
def test_a_non_event_of_a_blind_category_is_no_incident(run, text):
    assert _occurred(run, text).is_empty(), text


# ... and real incidents told with the same words (an attack on a funeral, a bomb at a peace rally, a strike days
# after a truce), which must stay read
LOOK_ALIKE_INCIDENTS = [
    (("Gunmen attack a military post in Tillaberi, killing four soldiers, three days after jihadists "
      "killed 17 others in the region."), "shooting_armed_assault", 4),
    ("A suicide bomber attacks the Kabul airport, days after the Taliban took over the city.", "suicide_bombing", None),
    ("Gunmen kidnap 30 students from a school in Kebbi State, a week after the release of other abducted children.",
     "kidnapping", None),
    ("Two bombs explode at a market in Maiduguri days after a truce was signed, killing 12 people.", "bombing", 12),
    ("Police shoot dead five protesters in Nairobi, calling them criminals.", "shooting_armed_assault", 5),
    ("Air strikes kill 20 people in Idlib despite a truce brokered by Russia and Turkey.", "airstrike", 20),
    ("Rockets fired from Gaza kill three people in Ashkelon as a ceasefire collapses.", "rocket_mortar_missile", 3),
    ("Gunmen kill nine worshippers at a church in Charleston, South Carolina.", "shooting_armed_assault", 9),
    ("Protesters calling for an end to the war are attacked in Moscow, leaving three dead.", "other_violence", 3),
    ("Gunmen seize 40 villagers in Zamfara after a truce with the bandits collapses.", "kidnapping", None),
    ("A bomb explodes at a weapons market in Peshawar, killing seven people.", "bombing", 7),
    ("A bomb found in a car in Belfast explodes as army experts try to defuse it, wounding two soldiers.",
     "bombing", None),
    ("A suicide bomber kills six people at a checkpoint in Mogadishu after guards tried to stop him.",
     "suicide_bombing", 6),
    ("Gunmen shoot dead two aid workers who were returning from a meeting about the ceasefire in Darfur.",
     "shooting_armed_assault", 2),
    ("Russian air strikes kill 40 people at a market in Idlib in the deadliest attack since the truce began.",
     "airstrike", 40),
    ("A bomb hidden in a book explodes at a university in Lahore, killing five people.", "bombing", 5),
    ("Gunmen kill three people in Tripoli a day after the UN-backed government signs a deal with rival factions.",
     "shooting_armed_assault", 3),
    ("Armed men abduct a Turkish engineer in Benghazi, weeks after four Italians were freed.", "kidnapping", None),
    ("A Houthi missile hits a market in Marib, killing eight people, the first attack since the truce expired.",
     "rocket_mortar_missile", 8),
    ("A suicide bomber strikes a funeral for a tribal elder in Bajaur, killing 14 mourners.", "suicide_bombing", 14),
    ("Gunmen open fire on a bus carrying released prisoners in Benghazi, killing two.", "shooting_armed_assault", 2),
    ("A car bomb explodes near the ministry of defence in Kabul, killing 10 people, as peace talks continue in Doha.",
     "car_bomb", 10),
    # (the explosion's told cause types it: a state's drone strike)
    ("An explosion rips through an ammunition depot in Donetsk after a Ukrainian drone strike, killing six people.",
     "airstrike", 6),
    ("A suicide bomber blew himself up at a memorial service in Kabul on Monday, killing 11 people, officials said.",
     "suicide_bombing", 11),
    ("Gunmen shot dead three pilgrims returning from a funeral in Baluchistan on Thursday, police said.",
     "shooting_armed_assault", 3),
    (("Gunmen kidnapped a British aid worker in Kaduna on Saturday, days after the release of two French "
      "hostages, police said."), "kidnapping", None),
    ("A bomb exploded on Sunday at a meeting of tribal leaders in Kirkuk, killing four people, police said.",
     "bombing", 4),
    (("Rockets fired from Lebanon killed two Israeli civilians in Metula on Tuesday, hours after a "
      "ceasefire took effect."), "rocket_mortar_missile", 2),
    ("US air strikes killed nine Taliban fighters in Kunduz on Friday, days after peace talks stalled, officials said.",
     "airstrike", 9),
    ("Police said gunmen killed four people at a bar in Guanajuato on Saturday night.", "shooting_armed_assault", 4),
    ("Two people were killed when a mob attacked a convoy carrying released prisoners in Benghazi on Friday.",
     "other_violence", 2),
    (("Gunmen attack the Iranian embassy's car in Islamabad, killing two diplomats, a day after Tehran "
      "summoned Pakistan's envoy."), "shooting_armed_assault", 2),
    ("A bomb explodes outside the ambassador's residence in Kabul, killing three guards.", "bombing", 3),
    ("Israeli jets strike Gaza after militants fire rockets, killing 12 people.", "airstrike", 12),
    ("Gunmen kidnapped two engineers working on a hydropower plant in Kunar on Sunday.", "kidnapping", None),
    ("A gunman shot dead three people at a polling station in Karachi during the vote on Saturday.",
     "shooting_armed_assault", 3),
    ("A suicide bomber attacked a training centre for police recruits in Quetta, killing eight.", "suicide_bombing", 8),
    ("A bomb planted near a church exploded on Christmas Eve in Jolo, killing two people.", "bombing", 2),
    ("A car bomb exploded outside the Radisson hotel in Mogadishu, killing six people.", "car_bomb", 6),
    ("A fuel tanker packed with explosives blew up at a checkpoint in Hilla, killing 15 people.", "car_bomb", 15),
    ("The number of people killed in the attack on the village rose to 40 on Tuesday.", "other_violence", None),
    ("Warplanes bombed a weapons depot near Hama on Sunday, setting off explosions that killed six people.", None, 6),
    ("Artillery shells hit an ammunition store in Luhansk, setting off blasts that killed four soldiers.", None, 4),
    ("A bomb exploded in a crowded market in Quetta and a suspect was arrested at the scene, police said.",
     "bombing", None),
    ("A 15-year-old suicide bomber blew himself up at a mosque in Maiduguri, killing six worshippers.",
     "suicide_bombing", 6),
    (("Police found a bomb in a bag at the station in Lahore, which exploded as they examined it, killing "
      "three officers."), "bombing", 3),
    ("Gunmen shot dead two policemen guarding the home of a judge in Peshawar on Tuesday, police said.",
     "shooting_armed_assault", 2),
    ("A bomb exploded at a rally held to protest against the killing of a cleric in Quetta, killing seven people.",
     "bombing", 7),
    ("A suicide bomber struck a gathering of mourners at the funeral of a police officer in Mardan, killing nine.",
     "suicide_bombing", 9),
    ("Gunmen attacked a bus carrying relatives of victims of last year's bombing in Parachinar, killing five.",
     "shooting_armed_assault", 5),
    ("Gunmen abducted the relatives of a former minister in Zamfara on Sunday, police said.", "kidnapping", None),
    ("Violence in the Lower Dir district killed 12 people on Friday, police said.", "other_violence", 12),
    ("A suicide bomber blows himself up among mourners at a funeral in Diyala province, killing 30 people.",
     "suicide_bombing", 30),
    ("A bomb explodes at a peace rally in Ankara, killing five people.", "bombing", 5),
    ("A missile fired during a military exercise in Ukraine hits a village, killing two people.", None, 2),
    ("Gunmen open fire on a memorial service for the victims of last year's attack in Kabul, killing four people.",
     "shooting_armed_assault", 4),
    ("Gunmen kidnap 20 passengers from a bus carrying freed hostages home in Zamfara State.", "kidnapping", None),
    ("Gunmen kill three policemen guarding a ceasefire monitoring post in Donetsk.", "shooting_armed_assault", 3),
    ("A suicide bomber attacks a meeting of tribal elders discussing a peace deal in Helmand, killing 12.",
     "suicide_bombing", 12),
    ("Hours after the truce takes effect, a rocket hits a market in Sderot, killing six people.",
     "rocket_mortar_missile", 6),
    ("Despite the ceasefire, militants fire rockets at Israeli towns on Monday.", "rocket_mortar_missile", None),
    ("A car bomb kills nine people at a checkpoint in Kirkuk on the anniversary of the city's capture.", "car_bomb", 9),
    ("A suicide bomber kills 15 people at a ceremony marking the anniversary of a commander's death in Kabul.",
     "suicide_bombing", 15),
    ("Bandits abduct 40 villagers in Katsina State, a week after freeing 30 others.", "kidnapping", None),
    ("Gunmen fire on a delegation of visiting ministers in Benghazi, killing two bodyguards.",
     "shooting_armed_assault", 2),
    ("A bomb hidden in a motorcycle explodes near a UN convoy delivering aid in Idlib, killing three.", "bombing", 3),
    ("Police arrest a gunman who opened fire in a Texas supermarket on Saturday, killing 10 people.",
     "shooting_armed_assault", None),
    ("Saudi-led air strikes kill 11 people at a wedding in Hajjah, two days after talks on a truce broke down.",
     "airstrike", 11),
    (("A suicide bomber attacks a police station in Peshawar, killing seven officers, as Pakistan and "
      "Afghanistan hold talks on border security."), "suicide_bombing", 7),
    ("Gunmen storm a hotel where talks between rival factions were being held in Mogadishu, killing five.",
     "shooting_armed_assault", 5),
    ("A Russian missile strike on a railway station in Kramatorsk kills 14 people waiting to leave.",
     "rocket_mortar_missile", 14),
    ("Gunmen kidnap a Chinese engineer and his driver in Balochistan on Tuesday.", "kidnapping", None),
    ("Two bombs explode at a funeral procession in Sadr City, killing four mourners.", "bombing", 4),
    ("Troops open fire on mourners at the funeral of a protester in Sudan, killing six.", "other_violence", 6),
    ("North Korean artillery shells a South Korean island, killing two marines, after Seoul's live-fire drills.",
     None, 2),
    ("Militants kill a farmer and kidnap his son in North Waziristan.", "kidnapping", None),
    ("Three aid workers are killed in an attack on a food convoy in Darfur, the UN says.", "other_violence", 3),
    ("A roadside bomb kills four soldiers returning from a peace ceremony in Kandahar.", "ied", 4),
    ("A car bomb explodes near a mosque in Mosul as worshippers leave Friday prayers, killing 25.", "car_bomb", 25),
    ("Gunmen seize three foreign engineers at an oil field in Delta State, police say.", "kidnapping", None),
    ("A gunman kills two people at a vigil for the victims of a mass shooting in Colorado.",
     "shooting_armed_assault", 2),
    ("A mortar round lands on a school in Aleppo during a ceasefire, killing three children.",
     "rocket_mortar_missile", 3),
    ("Air strikes hit a displaced persons camp in Idlib a day after the truce collapsed, killing 40 people.",
     "airstrike", 40),
    ("A suicide bomber strikes a recruiting centre in Baghdad, killing 50 army recruits.", "suicide_bombing", 50),
    ("A bomb explodes at the offices of a newspaper in Dhaka that had condemned the militants.", "bombing", None),
    ("Gunmen ambush a car carrying election officials in Kasai province, killing four.", "shooting_armed_assault", 4),
    ("Armed men abduct the son of a former governor in Port Harcourt.", "kidnapping", None),
    ("An explosive device planted in a mosque in Kandahar goes off during Friday prayers, killing two.", "bombing", 2),
    ("A soldier shoots dead a British tourist at a checkpoint in Hebron.", "shooting_armed_assault", 1),
    ("A suicide attack on a convoy carrying the governor of Nangarhar kills 10 of his guards.", "suicide_bombing", 10),
    ("Hezbollah fires dozens of rockets at northern Israel in response to the killing of its commander.",
     "rocket_mortar_missile", None),
    ("Israeli jets strike a house in Rafah in retaliation for the rocket fire, killing eight members of a family.",
     "airstrike", 8),
    ("Gunmen attack a church in Ouagadougou on Sunday, killing 12 worshippers, in revenge for an army raid.",
     "shooting_armed_assault", 12),
    ("Pirates seize an oil tanker off Benin and take 19 crew members hostage.", "kidnapping", None),
    ("A bomb explodes on a bus carrying pilgrims to a shrine in Karbala, killing six.", "bombing", 6),
    ("The Pakistani Taliban claim a suicide bombing at a wedding in Swat that killed 23 people.",
     "suicide_bombing", 23),
    ("A parcel bomb explodes at a post office in Athens, wounding two employees.", "bombing", None),
]


@pytest.mark.parametrize(("text", "incident_type", "killed"), LOOK_ALIKE_INCIDENTS)
def test_a_look_alike_incident_stays_read(run, text, incident_type, killed):
    row = first_incident(run, text, DAY)
    if killed is not None:
        assert row["killed_min"] == killed
    if incident_type:
        assert row["incident_type"] == incident_type


# Session 12: the grammar of an old event. A sentence reports an attack as news by a main-clause verb with today's place
# and toll; it names an old one by a time phrase ("months ago", "in March", "five years after"), a relative clause
# ("which killed 46"), a noun phrase ("the funeral of assassinated X"), a span a settlement ends ("after four days of
# clashes that killed dozens"), a complement of wanting or purpose ("want to hide bombs", "to build car bombs for
# attacks"), fire that hits no one ("fire into the air"), a bomb word of a trade ("bomb-disposal experts") or captives
# whose main verb frees them. Written for this round, not taken from gold lines.
NON_EVENTS_BY_GRAMMAR = [
    # A opening time clause
    ("Ten years after a suicide bomber killed 22 people at a concert in Manchester, "
     "the city unveils a permanent memorial."),
    "Two decades after militants killed 166 people in Mumbai, India opens a museum at the Taj hotel.",
    "A year after gunmen stormed the Crocus City Hall and killed 145 people, the concert venue reopens near Moscow.",
    "Six months after a car bomb killed 12 people in the market, traders in Mogadishu reopen their stalls.",
    ("Twenty years after a truck bomb destroyed the UN headquarters in Baghdad and killed 22 "
     "people, the organisation holds a ceremony in Geneva."),
    ("Three years after Boko Haram fighters abducted 276 schoolgirls from Chibok, "
     "Nigeria's president meets 82 of them who were freed."),
    "Months after rebels shelled the town and killed dozens of civilians, refugees begin to return to Goma.",
    ("Five years after the bombing of the Manchester Arena killed 22 people, a "
     "public inquiry publishes its final report."),
    "Four decades after the IRA killed 18 soldiers at Warrenpoint, a plaque is unveiled at the site.",
    ("Eight months after a gunman killed 51 worshippers at two mosques in "
     "Christchurch, New Zealand passes a second gun law."),
    # closing time phrase
    "Pakistan reopens the Army Public School in Peshawar, a month after Taliban gunmen killed 132 children there.",
    "The Bardo museum in Tunis reopens to visitors, two months after gunmen killed 21 tourists in an attack on it.",
    ("Sri Lanka lifts its state of emergency four months after suicide bombers killed "
     "more than 250 people in churches and hotels."),
    ("Kenya's parliament approves a new security law, weeks after al-Shabaab "
     "militants killed 36 quarry workers near Mandera."),
    ("The Indonesian resort island of Bali welcomes back tourists a year after bombs "
     "killed 202 people in nightclubs in Kuta."),
    ("The Turkish parliament extends emergency rule, half a year after a failed "
     "coup in which soldiers killed 250 people."),
    # relative clause of a past event
    ("The UN Security Council adopts a statement condemning the downing of a passenger jet "
     "over Ukraine in July, which killed 298 people."),
    ("Russia and Turkey hold talks on the shooting down of a Russian warplane in "
     "November, which killed one of its pilots."),
    ("Egypt hands over to Italy the file on the abduction of a student in January, "
     "which ended with his body found near Cairo."),
    ("The European Parliament passes a resolution on the bombing of a hospital in "
     "Kunduz last October, which killed 42 people."),
    "The Kenyan government releases a report on the siege of Garissa University in April, which left 148 people dead.",
    "Lebanon's cabinet meets to discuss the port explosion in August, which killed more than 200 people.",
    ("Britain names an envoy to investigate the poisoning of a former spy in "
     "Salisbury in March, which killed a local woman."),
    "Parliament observes a minute of silence for the victims of the ferry attack in 2004, which killed 116 people.",
    "The government announces compensation over the 2010 stampede in Phnom Penh, which killed 347 people.",
    "NATO issues a statement on the sinking of the fishing boat off Libya in May, which killed 30 migrants.",
    # noun phrase of a victim
    "Thousands march in Istanbul at the funeral of murdered journalist Hrant Dink, chanting \"We are all Armenians\".",
    "The widow of slain opposition leader Boris Nemtsov lays flowers on the bridge in Moscow where he died.",
    "Mourners pack a church in Valletta for the funeral of murdered journalist Daphne Caruana Galizia.",
    "The son of assassinated former prime minister Rafik Hariri is sworn in as prime minister of Lebanon.",
    "A street in Paris is named after murdered schoolteacher Samuel Paty.",
    "A court in Karachi frees the brother of slain rapper Sidhu Moose Wala on bail.",
    "Supporters of jailed and poisoned Kremlin critic Alexei Navalny rally in 40 Russian cities.",
    "The daughter of kidnapped French aid worker Sophie Petronin appeals for her release in a video.",
    "Crowds line the streets of Kathmandu for the funeral of the assassinated king Birendra.",
    "The mother of executed journalist James Foley meets the pope at the Vatican.",
    # settlement after days of fighting
    ("Israel and Islamic Jihad agree to a ceasefire brokered by Egypt after three "
     "days of fighting that killed 44 Palestinians."),
    ("Kyrgyzstan and Tajikistan sign a deal to pull back troops after two days of "
     "border clashes that killed more than 100 people."),
    "Rival militias in Tripoli agree to stop fighting after a week of clashes in which at least 60 people were killed.",
    "Sudan's army and the RSF agree to a 72-hour pause after ten days of fighting that has killed hundreds.",
    ("Thailand and Cambodia agree to halt hostilities after five days of border clashes "
     "and artillery exchanges that killed 35 people."),
    ("Ethiopia and the Tigrayan forces sign a peace deal in Pretoria after two years "
     "of war that killed hundreds of thousands."),
    ("The warring factions in South Sudan agree to withdraw from Juba after four days "
     "of heavy fighting, shelling and air strikes."),
    "Gaza's ruling factions end their feud after a week of street battles, kidnappings and shootings.",
    "Colombia's government and the ELN announce a truce after months of attacks on pipelines and police stations.",
    "Azerbaijan and Armenia sign a ceasefire in Moscow after six weeks of fighting that killed thousands.",
    # desire, purpose, warning complements
    ("Germany bans liquids on flights from Turkey, citing intelligence that "
     "jihadists plan to smuggle bombs in drink bottles."),
    "Airlines tighten checks on cargo from Yemen amid fears that al-Qaeda wants to hide bombs in printer cartridges.",
    ("The US embassy in Ankara warns that crowded places such as markets and bus "
     "stations could be targets of suicide bombers."),
    "France tells its citizens in Burkina Faso that hotels and restaurants could be targets for kidnappings.",
    ("Police in Vienna arrest two teenagers who had gathered explosives to build "
     "pipe bombs for attacks on Pride marches."),
    "Spain jails three men who stockpiled acetone and peroxide to make bombs for attacks in Barcelona.",
    "Indonesian police seize fertiliser that the men had bought to build car bombs for attacks on embassies.",
    "Britain's MI5 says militants want to use drones to carry out attacks on football stadiums.",
    "The interior ministry says Islamic State supporters hope to stage attacks on churches during Easter.",
    "Canada raises its alert level, saying that Shia mosques may become targets for bombings.",
    ("The State Department tells Americans in Nigeria that churches and schools "
     "may be targets of kidnappings by bandits."),
    "Japan orders extra security at nuclear plants, saying they could be targets of missile strikes.",
    # celebratory or warning fire
    "Hundreds of gunmen fire into the air at the funeral of a Fatah commander in Nablus.",
    "Tribesmen fire into the air to celebrate a wedding in the Yemeni city of Marib.",
    "Hamas fighters fire shots into the air as thousands of supporters celebrate in Gaza City.",
    "Police fire in the air to disperse a crowd of stone-throwing youths in Srinagar.",
    "Soldiers fired warning shots into the air as protesters approached the presidential palace in Conakry on Monday.",
    "Celebratory gunfire rings out across Baghdad after Iraq's football team wins the Asian Cup.",
    "Armed men fire into the air as the coffin of a Hezbollah commander is carried through Beirut's southern suburbs.",
    "Taliban fighters fired their guns into the sky in Kabul to celebrate the departure of the last US troops.",
    # compound nouns and bomb squad
    "Bomb-disposal experts carry out a controlled explosion on a suspicious suitcase at Brussels airport.",
    "Bomb-sniffing dogs search the stadium in Paris ahead of the final.",
    ("A bomb squad blows up an abandoned bag outside the Houses of Parliament in "
     "London; it turns out to contain clothes."),
    "Police evacuate a shopping centre in Sydney after a bomb threat, which turns out to be a hoax.",
    "Bomb experts in Belfast defused a device left outside a police station on Tuesday; nobody was hurt.",
    "Army engineers destroyed a suspected explosive device found on a railway line near Lahore; it had not gone off.",
    "A pipe bomb left at a bus stop in Oslo failed to explode and was made safe by police.",
    # captives freed
    "Three Italian engineers, who were kidnapped in southern Libya in September by armed men, are freed after talks.",
    "Two Japanese journalists, who were seized by militants in Syria last year, have been released, Tokyo says.",
    ("The 110 girls, who were abducted from their school in Dapchi by Boko Haram a "
     "month ago, are returned to their families."),
    "An American nurse who was kidnapped in Niger in 2017 is freed in a deal brokered by Qatar.",
    "A Swiss missionary held captive by al-Qaeda militants in Mali for four years is released.",
    "Forty Indian workers captured by Islamic State fighters in Mosul in June are released and flown home.",
    # acknowledgement or finding of an old downing or killing
    "The United States acknowledges that a drone strike in Kabul in August killed ten civilians, not militants.",
    ("Russia admits that one of its missiles probably hit the shopping centre in "
     "Kremenchuk, which killed 20 people in June."),
    "A Dutch-led inquiry finds that the missile which downed Flight MH17 in 2014 came from a Russian brigade.",
    "The Pentagon says its air strike on a market in Mosul in March killed 105 civilians, more than it first reported.",
    # disasters
    "Heavy rains send a wall of mud through a village in Himachal Pradesh, killing 26 people.",
    "A mudslide buries homes in the hills above Freetown, killing more than 400 people.",
    "Monsoon floods sweep through northern Pakistan, killing at least 90 people.",
    "A dam bursts in Libya after a storm, washing away neighbourhoods of Derna and killing thousands.",
    "A volcano erupts on the Indonesian island of Java, killing 14 villagers.",
    "A boat carrying migrants sinks off Lampedusa, killing at least 40 people.",
    "A heatwave kills more than 1,000 pilgrims during the Hajj in Mecca.",
    # security measures and bans citing bomb plots
    ("Britain bans laptops from the cabins of flights from six countries, citing the "
     "threat of bombs hidden in electronic devices."),
    "Egypt closes the border crossing with Gaza, citing fears of car bombs.",
    "The Netherlands raises its terror alert, citing intelligence about planned bombings by jihadists.",
    "Russia suspends flights to Egypt, citing the risk of bombs on aircraft.",
    # condemnations and statements of old attacks
    ("The Security Council condemns the sinking of the ferry in the Mediterranean "
     "in April, in which 700 migrants drowned."),
    "The G7 condemns the killing of 14 peacekeepers in Mali in January and calls for justice.",
    "The United Nations marks the anniversary of the killing of 22 staff in a bombing in Baghdad in 2003.",
    "Human Rights Watch publishes a report on the massacre of civilians in Bucha in March.",
    "A Kenyan court rules on the 1998 bombing of the US embassy in Nairobi, which killed 213 people.",
    # (more of the same shapes, other words)
    ("Seven years after Islamic State militants killed 1,700 cadets at Camp Speicher, "
     "Iraq identifies the remains of 30 more victims."),
    "A decade since Boko Haram gunmen seized 276 girls in Chibok, 90 of them are still missing, Amnesty says.",
    "Weeks after a suicide bomber killed 60 worshippers at a mosque in Peshawar, police name the man who sent him.",
    ("Months after the bombing of a wedding in Kabul killed 63 guests, the groom "
     "opens a school in memory of his relatives."),
    ("India observes a minute of silence on the anniversary of the Pulwama attack in "
     "2019, which killed 40 paramilitary troops."),
    "Belgium's parliament debates the report on the metro bombing in March, which killed 16 commuters at Maelbeek.",
    ("The Philippines and Malaysia discuss the kidnapping of Malaysian fishermen off "
     "Sabah last year, which was blamed on Abu Sayyaf."),
    ("Chile's president apologises for the massacre of miners at Santa Maria school "
     "in 1907, in which hundreds were killed."),
    "A street in Ankara is renamed after slain Russian ambassador Andrei Karlov.",
    "The Vatican beatifies murdered archbishop Oscar Romero in San Salvador.",
    "Students at the university hold a concert in honour of slain activist Berta Caceres.",
    "The sister of kidnapped Colombian politician Ingrid Betancourt meets the French president in Paris.",
    "The husband of murdered British MP Jo Cox launches a foundation against hatred.",
    "Hamas and Fatah sign an agreement in Cairo after years of feuding and street clashes that killed hundreds.",
    "Rival clans in Somalia agree to a truce brokered by elders after two weeks of fighting in Galkayo.",
    ("Israel and Hezbollah agree on a ceasefire after 14 months of cross-border "
     "rocket fire, air strikes and ground fighting."),
    "The government and the rebels announce a ceasefire after three weeks of clashes around the town of Kidal.",
    "Police say the suspects wanted to poison the water supply and stage shootings at shopping centres.",
    "The foreign ministry warns that Western hotels in Jakarta may be targets of suicide bombings.",
    "Australia warns that nightclubs and bars in Bali remain possible targets for terrorist attacks.",
    ("The arrested men had bought fertiliser and detonators to make bombs for use "
     "in attacks on police, prosecutors say."),
    "Palestinian gunmen fire into the air as thousands celebrate the release of prisoners in Ramallah.",
    "Mourners carry the coffin through the streets of Sidon while militiamen fire their rifles into the air.",
    "Soldiers fired shots in the air to scatter a crowd of looters in Lusaka.",
    "Bomb-disposal teams search the route of the royal wedding procession in London.",
    "Police say a bomb threat forced the evacuation of a stadium in Lyon; no device was found.",
    "A homemade bomb found outside a mosque in Birmingham failed to go off and was made safe by the army.",
    "Five Indian engineers, who were abducted by gunmen in Afghanistan's Baghlan province in May, are released.",
    "A French tourist held captive by Islamist militants in the southern Philippines for nine months has been freed.",
    "The 82 Chibok girls kidnapped by Boko Haram in 2014 are reunited with their families in Abuja.",
    "Landslides triggered by heavy rains bury a village in Uganda, killing at least 40 people.",
    "A thunderstorm hits a crowded market in Bihar, killing 12 people.",
    "An overcrowded ferry capsizes on Lake Victoria, killing more than 200 passengers.",
    # (a third batch: hostages of an old attack, dated relative clauses, anniversaries, sentences, rescues)
    "Thousands rally in Tel Aviv to demand a deal that would free the hostages seized by Hamas in October.",
    "Mourners gather in Jakarta to mark the 20th anniversary of the Bali bombings, which killed 202 people.",
    "The remains of a French journalist who was killed in Syria in 2013 are returned to Paris.",
    "The death toll from the storm that hit Myanmar last week rises to 140.",
    "Israel's cabinet approves a deal under which Hamas will release 50 women and children it abducted in October.",
    "The last two Thai farm workers taken hostage by Hamas in the October attack are released in Gaza.",
    "A French court convicts eight men over the truck attack in Nice in 2016, in which 86 people were killed.",
    "The Indonesian cleric who inspired the Bali bombings of 2002 is released from prison.",
    ("One year after Russian missiles destroyed the drama theatre in Mariupol, "
     "survivors still do not know how many died."),
    "Somalia's president visits the site of the truck bombing in Mogadishu, which killed 587 people two weeks ago.",
    "Relatives of 176 people killed when Iran shot down a Ukrainian airliner in 2020 mark the anniversary in Toronto.",
    "The army says the gunmen who killed nine tourists at a hotel in March were trained across the border.",
    "Police in Manila defuse a bomb found outside a church, days before Christmas.",
    "Rescuers pull 12 survivors from the rubble a week after the earthquake that killed 50,000 people.",
    "Turkey's president opens the rebuilt market in Hatay, a year after an earthquake flattened the city.",
    "The Nigerian army says its troops rescued 40 people kidnapped from a village in Kaduna state last month.",
    "A gunman who killed 10 people at a supermarket in Buffalo in 2022 is sentenced to life without parole.",
    "The brother of a slain Pakistani journalist files a case against the Kenyan police who shot him.",
    "A judge orders the release of three men held for the bombing of a bus in Jerusalem last year.",
    ("The Colombian government pays compensation to the families of 11 deputies "
     "kidnapped and killed by the FARC in 2007."),
    # (what a settlement follows, told in a relative clause)
    ("Russia and Turkey agree on a ceasefire in the north of the province, following "
     "a flare-up that had killed 34 soldiers."),
    "The two Sudans sign a border deal in Addis Ababa after a conflict over oil that killed hundreds of troops.",
    "The government and the rebels agree to a truce, ending a standoff in which 12 people were killed.",
]


@pytest.mark.parametrize("text", NON_EVENTS_BY_GRAMMAR)
def test_an_old_event_told_by_its_grammar_is_no_incident(run, text):
    assert _occurred(run, text).is_empty(), text


# ... and real incidents of the same look: an attack at a funeral or a memorial, a clash the day a truce is signed,
# fire into a crowd, a bomb that went off, captives seized today; the main clause tells them
LOOK_ALIKES_BY_GRAMMAR = [
    # (a grenade thrown that did not go off is an attack: the act is told)
    ("A grenade thrown at the house of a judge in Guwahati did not explode, police say.", "bombing", None),
    ("A hand grenade hurled at the governor's convoy in Srinagar did not go off, officials say.", "bombing", None),
    ("A suicide bomber blows himself up at the funeral of a tribal elder in Orakzai, killing 22 mourners.",
     "suicide_bombing", 22),
    ("Gunmen open fire on mourners at the funeral of a slain police officer in Juarez, killing four.",
     "shooting_armed_assault", 4),
    ("A bomb explodes at a memorial for the victims of last year's bombing in Quetta, killing seven people.",
     "bombing", 7),
    ("A car bomb hits a funeral procession in Baqubah on Saturday, killing 30 people.", "car_bomb", 30),
    ("Militants fired rockets at a memorial ceremony in Kandahar on Sunday, killing three officials.",
     "rocket_mortar_missile", 3),
    ("Ten years after the first attack on the town, gunmen kill 14 villagers in Djibo.", "shooting_armed_assault", 14),
    ("A year after the massacre, Fulani gunmen kill 20 farmers in Plateau State.", "shooting_armed_assault", 20),
    ("Months after a truce, rebels shell Goma, killing nine civilians.", None, 9),
    ("Four days of clashes between rival militias kill 47 people in Tripoli, health officials say.", None, 47),
    ("Two days of fighting between the army and rebels leave 30 dead in the town of Bunia.", None, 30),
    ("Shelling kills five civilians in Donetsk on the day a ceasefire is signed in Minsk.", "rocket_mortar_missile", 5),
    ("Air strikes kill 14 people in Gaza after militants fire rockets, days before a truce is agreed.",
     "airstrike", 14),
    ("Armenian and Azerbaijani forces clash along the border, killing 49 soldiers, a day before talks in Brussels.",
     None, 49),
    ("Soldiers fire into a crowd of protesters in Khartoum, killing seven people.", "other_violence", 7),
    ("Police fire live rounds into the crowd at a funeral in Srinagar, killing two mourners.",
     "shooting_armed_assault", 2),
    ("Gunmen fire into a wedding party in Mardin, killing 44 people.", "shooting_armed_assault", 44),
    ("Security forces fired into the air and then into the crowd in Conakry, killing three protesters.", None, 3),
    ("A bomb-laden car explodes near a police station in Diyarbakir, killing six officers.", "car_bomb", 6),
    ("A bomb left in a bag at the railway station in Bonn explodes, wounding three passengers.", "bombing", None),
    (("A bomb disguised as a laptop explodes aboard a Daallo Airlines plane after "
      "take-off from Mogadishu, killing the bomber."), "bombing", None),
    ("A pipe bomb explodes at a bus stop in Oslo on Monday, wounding two people.", "bombing", None),
    ("A bomb planted by militants explodes while police try to defuse it in Imphal, killing two officers.",
     "bombing", 2),
    ("Gunmen who stormed a hotel in Bamako on Friday killed 20 people, officials said.", "shooting_armed_assault", 20),
    ("Militants who attacked a police post in Tillaberi on Sunday killed 12 officers and seized weapons.", None, 12),
    ("A gunman, who had been released from prison in March, stabbed three people in Solingen on Friday.", None, None),
    ("Suicide bombers who were trained in Afghanistan attacked a mosque in Peshawar, killing 100 people.",
     "suicide_bombing", 100),
    ("Rebels who seized the town of Bunia on Monday have killed dozens of civilians, the UN says.", None, 24),
    ("Gunmen kidnap 15 people who were travelling to a wedding in Zamfara State.", "kidnapping", None),
    ("Armed men seize three Italian engineers in southern Libya, officials say.", "kidnapping", None),
    ("Pirates seize a Greek tanker off Togo and take 12 crew members hostage.", "kidnapping", None),
    ("Gunmen assassinate the mayor of Tepalcingo in Morelos state.", "assassination", None),
    ("Former prime minister Shinzo Abe is assassinated while giving a speech in Nara.", "assassination", 1),
    ("Opposition politician Chokri Belaid is shot dead outside his home in Tunis.", "assassination", 1),
    ("A journalist who exposed corruption is murdered in Valletta by a car bomb.", None, None),
    ("The son of a former minister is kidnapped in Port Harcourt by armed men.", "kidnapping", None),
    ("A US drone strike in Kabul kills ten members of a family, the Pentagon says.", "airstrike", 10),
    ("Russia's defence ministry says its missiles hit a shopping centre in Kremenchuk on Monday, killing 20 people.",
     "rocket_mortar_missile", 20),
    ("Iranian air defences shoot down a Ukrainian airliner near Tehran, killing all 176 people aboard.",
     "other_violence", 176),
    ("A missile fired from Lebanon hits a football pitch in Majdal Shams, killing 12 children.",
     "rocket_mortar_missile", 12),
    ("A suicide bomber attacks a church in Makassar on Palm Sunday, wounding 20 people.", "suicide_bombing", None),
    ("Jihadists attack a hotel frequented by foreigners in Ouagadougou, killing 30 people.", None, 30),
    ("Militants with car bombs attack an army base in Mali, killing 14 soldiers.", "car_bomb", 14),
    ("Gunmen attack the embassy of Azerbaijan in Tehran, killing its security chief.", "shooting_armed_assault", None),
    ("A North Korean torpedo sinks the South Korean warship Cheonan near Baengnyeong island, killing 46 sailors.",
     None, 46),
    ("Houthi missiles sink a Greek-owned cargo ship in the Red Sea, killing three crew members.",
     "rocket_mortar_missile", 3),
    ("A grenade is thrown into a crowd celebrating a football victory in Kampala, killing two people.", "bombing", 2),
    ("A gunman opens fire on a New Year's party in Istanbul, killing 39 people.", "shooting_armed_assault", 39),
    ("Gunmen fire into the air and then into a crowd of mourners at a funeral in Kirkuk, killing five people.",
     "shooting_armed_assault", 5),
    ("A bomb hidden under a coffin explodes at a funeral in Mosul, killing 21 mourners.", "bombing", 21),
    ("Militants attack a memorial service for slain soldiers in Kunar province, killing three policemen.", None, 3),
    ("Seven years after the first bombing there, a suicide bomber kills 15 people at the same market in Maiduguri.",
     "suicide_bombing", 15),
    ("A roadside bomb kills six soldiers in Kunar, months after the army declared the province cleared.", "ied", 6),
    ("Rebels who signed a peace deal in March attack an army base near Bambari, killing four soldiers.", None, 4),
    ("Gunmen kidnap the wife of a slain police chief in Kaduna.", "kidnapping", None),
    (("A suspected suicide bomber blows himself up at the funeral of assassinated "
      "governor Abdullah Khan in Paktia, killing 12."), None, 12),
    ("Assailants in March killed no one, but a bomb explodes in Quetta today, killing four people.", "bombing", 4),
    ("Police fire tear gas and live rounds at mourners in Harare, killing two people.", "shooting_armed_assault", 2),
    ("Armed men open fire on a celebration of the army's victory in Goma, killing eight.", "shooting_armed_assault", 8),
    ("Gunmen shoot dead a journalist who had reported on the kidnapping of schoolgirls in Zamfara.",
     "shooting_armed_assault", 1),
    ("Gunmen seize 12 aid workers in South Sudan, a month after five others were freed.", "kidnapping", None),
    ("Islamic State militants abducted 40 Indian workers in Mosul on Monday, the Indian foreign ministry said.",
     "kidnapping", None),
    ("Two years after the takeover of Kabul, a suicide bomber kills 30 people at a mosque in the city.",
     "suicide_bombing", 30),
    ("Gunmen who were released from prison last year attack a police station in Kano, killing four officers.",
     "shooting_armed_assault", 4),
    ("A bomb explodes at a ceremony marking a year since the Beirut port explosion, wounding six people.",
     "bombing", None),
    ("Israeli air strikes kill 27 people in Rafah, hours after hostages were freed under a truce deal.",
     "airstrike", 27),
    ("Bandits kidnap 80 villagers in Zamfara State, months after the government paid ransoms to free others.",
     "kidnapping", None),
    ("A Russian missile strikes the rebuilt theatre in Mariupol, killing three people.", "rocket_mortar_missile", 3),
    ("Gunmen fire at mourners leaving the funeral of a slain activist in Tegucigalpa, killing two.",
     "shooting_armed_assault", 2),
    ("Shelling that killed nine civilians in Donetsk on Sunday breaks a truce agreed last week.",
     "rocket_mortar_missile", 9),
    ("A rocket attack that killed four soldiers in Kabul hours after the truce took effect is blamed on the Taliban.",
     "rocket_mortar_missile", 4),
]


@pytest.mark.parametrize(("text", "incident_type", "killed"), LOOK_ALIKES_BY_GRAMMAR)
def test_a_new_event_told_by_a_main_clause_stays_read(run, text, incident_type, killed):
    row = first_incident(run, text, DAY)
    if killed is not None:
        assert row["killed_min"] == killed
    if incident_type:
        assert row["incident_type"] == incident_type


# Session 13: non-incidents written for the precision field, by category, with the frames fixed this round (charges
# and trials, calls to attack, kin of one victim, attributive participles, tallies by an abstract cause, names of
# bodies, commemorations of a place, the means of a condemned killing, arms shown or traded, reduced relatives dated
# in the past, reviews and investigations, mine clearance, memorial services).
NON_EVENTS_OWN = [
    # warnings and threats
    'The US State Department warns Americans in Nigeria of possible terrorist attacks on hotels in Abuja.',
    'Al-Shabaab threatens to attack Kenyan towns unless Nairobi withdraws its troops from Somalia.',
    'Police in Stockholm raise the terror threat level to four, citing a heightened risk of attacks.',
    'The Pakistani Taliban vow to kill police officers who take part in the polio vaccination campaign.',
    'Britain warned on Tuesday that Islamic State fighters were planning bombings in European cities.',
    "France's interior minister says the country faces a very high terrorist threat ahead of the Olympics.",
    'Germany issues a travel warning for Mali after reports that jihadists plan to kidnap foreigners.',
    'A video released by al-Qaeda calls on followers to attack Western embassies.',
    # foiled plots and arrests
    'Belgian police arrest four men suspected of planning a bomb attack on a Christmas market in Liege.',
    'Indian security forces foil a plot to bomb a temple in Jammu and arrest two militants.',
    'Moroccan authorities dismantled a cell of five people accused of preparing suicide attacks in Casablanca, the interior ministry said.',
    'Spanish police detain a man who was allegedly plotting to stab worshippers at a church in Seville.',
    'Kenyan police arrest three al-Shabaab suspects with explosives near the border town of Mandera.',
    'US federal agents arrest a man in Ohio who allegedly planned to shoot people at a synagogue.',
    "Turkish police detained 23 suspected Islamic State members accused of plotting attacks on New Year's Eve, state media said.",
    'Authorities in Dhaka arrest five members of Jamaat-ul-Mujahideen Bangladesh suspected of planning attacks.',
    # trials, verdicts, sentences
    'A court in Paris sentences a man to life in prison for the 2016 truck attack in Nice.',
    'An Indonesian court sentenced a militant cleric to death for inciting bombings in Jakarta.',
    'A Somali military court sentences two al-Shabaab fighters to death for a bombing in Mogadishu.',
    'A Pakistani anti-terrorism court acquits four men charged with the murder of a journalist.',
    'A German court convicted a Syrian man of murder on Thursday for stabbing a tourist in Dresden.',
    'A Nigerian court jails a Boko Haram commander for 20 years over the abduction of schoolgirls.',
    'Prosecutors in Oslo seek a 15-year sentence for a man charged with shooting two people at a bar.',
    'The Supreme Court in Dhaka upholds the death sentences of seven militants convicted over the cafe siege.',
    'A US jury finds a man guilty of killing ten people in a racist shooting at a supermarket in Buffalo.',
    # anniversaries, memorials, funerals
    'Spain marks the 20th anniversary of the Madrid train bombings that killed 191 people.',
    'Americans mark the anniversary of the September 11 attacks, when hijacked planes struck the World Trade Center.',
    'Sri Lanka commemorates the victims of the Easter Sunday bombings five years on.',
    'Hundreds of people gather in Nice to remember those killed when a truck ploughed into a crowd in 2016.',
    'A memorial to the victims of the Beslan school siege is unveiled in North Ossetia.',
    'Thousands of mourners attended the funeral of a police officer shot dead by militants in Peshawar.',
    'Kenya observes a minute of silence for the 148 students killed at Garissa University.',
    'Relatives lay wreaths at the site where a car bomb killed 22 people in Mogadishu last year.',
    # condemnations and statements
    "The UN Secretary-General condemns Israel's killing of aid workers in a strike on their convoy in Gaza.",
    'The European Union condemns the bombing of a mosque in Peshawar and calls for the perpetrators to be brought to justice.',
    'Iran denounced the assassination of a senior commander, calling it a cowardly act of terrorism.',
    'Pope Francis expresses sorrow over the massacre of villagers in eastern Congo.',
    'The Taliban deny any role in the suicide bombing at the Kabul airport.',
    'India blames Pakistan-based Lashkar-e-Taiba for the attack on tourists in Kashmir.',
    # sanctions and designations
    'The US designates the Houthis a terrorist organisation over their attacks on shipping in the Red Sea.',
    'Britain imposes sanctions on Israeli settlers over violent attacks on Palestinians in the West Bank.',
    'The UN Security Council adds two Islamic State leaders to its sanctions list for organising suicide bombings.',
    'Canada lists the Wagner Group as a terrorist entity, citing its killings of civilians in Africa.',
    'The European Union freezes the assets of Hamas commanders blamed for the October 7 attack.',
    'Washington offers a $10 million reward for information on the leaders of the Haqqani network.',
    # exercises and missile tests
    "North Korea test-fires two ballistic missiles into the sea off its east coast, South Korea's military says.",
    'Iran tests a new cruise missile during naval drills in the Gulf of Oman.',
    'Chinese warplanes fly near Taiwan during large-scale military exercises that simulate strikes on the island.',
    'Russia conducts nuclear drills with Belarus, practising missile launches.',
    'The US and South Korean air forces stage joint bombing drills over the Korean Peninsula.',
    'India successfully test-fired an Agni-5 missile from an island off the coast of Odisha.',
    'NATO troops practise repelling an attack during exercises in Lithuania.',
    'Pakistan conducted a training launch of a surface-to-surface missile, the army said.',
    # deployments and withdrawals
    'France completes the withdrawal of its troops from Niger.',
    'The United States deploys an aircraft carrier to the eastern Mediterranean after the Hamas attack on Israel.',
    'Kenya sends 1,000 police officers to Haiti to fight gangs.',
    'Russia withdraws troops from the west bank of the Dnieper near Kherson.',
    'The Pentagon announces that 3,000 troops will be sent to Poland.',
    # ceasefires and peace deals
    'Israel and Hamas agree to a four-day truce to allow the release of hostages.',
    'The Colombian government and the ELN rebels sign a six-month ceasefire in Havana.',
    'Ethiopia and Tigrayan forces agree to end two years of war that killed hundreds of thousands.',
    'A ceasefire between Armenia and Azerbaijan takes effect after two days of fighting.',
    "Sudan's warring parties sign a short-term ceasefire in Jeddah, mediated by Saudi Arabia and the US.",
    'The Philippine government signs a peace deal with the Moro Islamic Liberation Front, ending decades of conflict.',
    # meetings, calls, visits
    'Secretary of State Antony Blinken meets Israeli Prime Minister Benjamin Netanyahu in Tel Aviv to discuss the hostage crisis.',
    'Macron visits the scene of the knife attack in Arras and meets the family of the slain teacher.',
    'The Pakistani and Afghan foreign ministers discuss cross-border attacks by militants in a phone call.',
    'Biden calls the Israeli prime minister to urge restraint after the Iranian missile attack.',
    'The Indian home minister visits the wounded of the Pulwama bombing in hospital.',
    'The UN Security Council holds an emergency meeting on the air strike on a refugee camp in Jabalia.',
    # releases of captives and prisoner swaps
    'Russia and Ukraine exchange 95 prisoners of war each in a deal mediated by the United Arab Emirates.',
    'Hamas releases 13 Israeli hostages in exchange for 39 Palestinian prisoners.',
    'Boko Haram frees 82 Chibok schoolgirls in exchange for five of its commanders.',
    'A French journalist kidnapped in Mali two years ago is freed and flown home.',
    'The US and Iran swap prisoners in Doha as part of a deal that unfreezes $6 billion.',
    'Nigerian troops rescue 30 students kidnapped from a university in Kebbi.',
    'A kidnapped Italian priest was released unharmed in Niger on Sunday, the foreign ministry said.',
    # disasters and accidents
    'A passenger plane crashes shortly after take-off from Kathmandu, killing 72 people.',
    'A fire at a garment factory in Dhaka kills 17 workers.',
    'An explosion at a chemical plant in Jiangsu province kills 12 and injures dozens.',
    'A bus plunges into a ravine in northern Pakistan, killing 20 passengers.',
    'A gas leak explosion at a restaurant in Ningxia kills 31 people.',
    'Two trains collide in Odisha, killing more than 280 passengers.',
    'A blast at a coal mine in Colombia killed 21 miners, officials said.',
    'A stampede at a religious gathering in Uttar Pradesh kills 121 people.',
    'A ferry capsizes on Lake Victoria, drowning 36 passengers.',
    'A military helicopter crashes during a training flight in Kenya, killing the chief of defence forces.',
    'A fire in a migrant detention centre in Ciudad Juarez kills 39 people.',
    'A fireworks warehouse explodes in Thailand, killing at least 10 people.',
    # statistics
    'A UN report says 2,000 civilians were killed in Afghanistan in the first half of the year.',
    'The number of journalists killed worldwide rose to 99 last year, the Committee to Protect Journalists says.',
    'According to ACLED, political violence in the Sahel killed more than 10,000 people in 2023.',
    'The Global Terrorism Index shows deaths from terrorism rose by 22 percent.',
    'Mexico recorded more than 30,000 murders last year, the national statistics agency says.',
    'Gun violence killed nearly 43,000 Americans in 2023, according to the Gun Violence Archive.',
    # investigations and inquiries
    "Israel's military opens an investigation into the killing of a Palestinian-American journalist in Jenin.",
    'A UN inquiry concludes that government forces committed massacres in Tigray.',
    'The FBI is investigating the attempted assassination of a presidential candidate in Pennsylvania.',
    'A public inquiry into the London Bridge attack hears evidence from police officers.',
    # compensation
    'The government of Sri Lanka pays compensation to the families of those killed in the Easter bombings.',
    'A court orders the former president to pay damages to victims of the Easter attacks.',
    'The Dutch state agrees to compensate relatives of men executed by Dutch troops in Indonesia.',
    # extraditions
    'Rwanda extradites a genocide suspect to Belgium.',
    'Britain extradites a man wanted in the US for plotting to bomb a New York subway.',
    # court rulings
    'The International Court of Justice orders Israel to prevent acts of genocide in Gaza.',
    "Pakistan's Supreme Court rules that the military trials of civilians accused of attacking army bases are unconstitutional.",
    'A US appeals court reinstates a lawsuit against Facebook over Hamas attacks.',
    'The European Court of Human Rights rules that Russia violated the rights of victims of the Beslan siege.',
    # elections
    'Voters in Kashmir go to the polls amid tight security after a spate of militant attacks.',
    'Nigerians vote in a presidential election marred by sporadic reports of violence.',
    "The ruling party wins a landslide in Mali's election, which was boycotted by the opposition.",
    'Afghan voters defy Taliban threats to cast ballots in parliamentary elections.',
    # more miscellaneous
    'A documentary about the hijacked planes of 9/11 premieres at the Tribeca festival.',
    'The ruins of the bombed cathedral are turned into a museum.',
    'The mother of a soldier killed in Afghanistan writes a book about her grief.',
    "Ukraine's president awards medals to the soldiers who shot down Russian missiles over Kyiv.",
    'A new law makes it easier to prosecute people who finance terrorist attacks.',
    'Police step up security at mosques after threats of revenge attacks.',
    'A Kenyan survivor of the 1998 US embassy bombing in Nairobi testifies before a US court.',
    'Survivors of the Manchester Arena attack meet the prince.',
    'The Pentagon says it has no evidence that Russian troops used chemical weapons.',
    'The army denies that its troops shot civilians in the village.',
    # charged/accused frame
    'A Dutch court tries four men accused of plotting to kill a politician.',
    'Prosecutors charge a teenager with murder over the stabbing of a teacher in Arras.',
    'A former rebel commander is convicted of war crimes for the shelling of civilians in Sierra Leone.',
    'Interpol issues a red notice for a businessman wanted in connection with the bombing of a bus in Kenya.',
    'An Indian court acquits 12 men of the 2006 train bombings in Mumbai.',
    'The US indicts two Iranians over a plot to assassinate a former national security adviser.',
    'A judge sentenced a former soldier to 30 years in prison for the massacre of villagers in Guatemala in 1982.',
    'Ecuador extradites a gang leader accused of ordering the killing of a presidential candidate.',
    'Ugandan prosecutors charged an ADF commander on Monday with the murder of 42 students, court officials said.',
    # urge/call
    'The Islamic State group urges supporters to carry out knife attacks in Europe during the holidays.',
    'An al-Qaeda leader called on Muslims to attack Jewish and American targets, in an audio message released on Monday.',
    "Hezbollah's leader urges Iraqi militias to attack US bases.",
    # kin singular
    'The widow of a policeman killed in a Taliban attack receives a government pension.',
    'The father of a journalist murdered in Mexico calls for justice.',
    # attributive
    'Residents return to the shelled hospital in Kharkiv to salvage equipment.',
    'UNESCO pledges money to rebuild the bombed library in Mosul.',
    # abstract tally
    'Political violence killed more than 3,000 people in Nigeria last year, a report says.',
    'Conflict killed 12,000 civilians in Sudan in 2023, the UN says.',
    # name
    'The Bombing Survivors Network holds its annual meeting in Oklahoma City.',
    'Researchers at the Global Terrorism Database say attacks declined.',
    "China's PLA Rocket Force conducts a launch exercise.",
    # more non-incidents of various kinds
    "Kenya's parliament approves the deployment of police officers to Haiti.",
    "Israel's cabinet approves a deal for the release of 50 hostages held in Gaza.",
    'The Houthis say they will continue attacking ships linked to Israel until the war in Gaza ends.',
    'The Taliban announce an amnesty for former soldiers and police.',
    "Burkina Faso's junta suspends two foreign broadcasters over their reporting of a massacre.",
    "Colombia's president suspends the ceasefire with a dissident FARC faction.",
    'A landmine clearance team removes 300 mines from farmland in Cambodia.',
    'A Pakistani minister says the government will not negotiate with militants who attack schools.',
    'The Philippines army says Abu Sayyaf is no longer able to carry out kidnappings.',
    'Survivors of the Rohingya massacres testify at the International Court of Justice.',
    'The families of the hostages held by Hamas march to Jerusalem.',
    'A Swedish court rules that a man who burned a Koran may be deported.',
    "Nigeria's army chief visits troops in Borno State after a series of Boko Haram attacks.",
    "Somalia's president says al-Shabaab will be defeated within a year.",
    'Police in London say a suspicious package near Parliament was harmless.',
    'A hoax bomb threat forces the evacuation of a school in Paris.',
    'Iraqi forces search a village for Islamic State militants, finding weapons and explosives.',
    "Mali's junta orders French troops to leave the country.",
    'Lebanon mourns the victims of the port explosion four years on.',
    'The US Navy says it intercepted three Houthi drones over the Red Sea without damage.',
    'Ukrainian air defences shoot down 30 Russian drones overnight, the air force says.',
    'Egypt reopens the Rafah crossing for the wounded to leave Gaza.',
    'The mayor of Kyiv opens a bomb shelter in a metro station.',
    'A UN envoy warns that the violence in Darfur could amount to genocide.',
    'Saudi Arabia executes seven men convicted of terrorism.',
    'Iran hangs a man convicted of killing a cleric.',
    'Turkey says its warplanes will strike Kurdish militants if attacks continue.',
    'The German government bans the Hamas-linked group Samidoun.',
    'A study finds that drone strikes in Pakistan killed between 2,000 and 3,000 people from 2004 to 2014.',
    'Pakistani officials say they have arrested the mastermind of the Peshawar mosque bombing.',
    'The leader of a gang that kidnapped 17 missionaries in Haiti is extradited to the US.',
    'Ethiopia declares a state of emergency in Amhara after clashes between the army and militia.',
    'Thousands protest in Tel Aviv to demand a deal to bring home the hostages.',
    # commemoration + where/when
    'The Queen lays a wreath at the spot where the car bomb exploded, as Northern Ireland marks 25 years since the Omagh bombing.',
    'Survivors return to the beach where a gunman shot tourists, for a memorial service marking five years since the attack.',
    "Norway's king visits the island where a gunman killed 69 young people, on the tenth anniversary of the massacre.",
    # condemned means
    'The UN human rights chief condemned the killing of three aid workers in Gaza in an Israeli air strike.',
    "Iran's foreign ministry condemns the assassination of a nuclear scientist with a remote-controlled machine gun.",
    'The Arab League condemned the killing of a Palestinian journalist during an Israeli raid on Jenin.',
    # wire-lead past tense non-incidents
    "Pakistan's interior minister said on Tuesday that security had been stepped up at airports after intelligence warnings of a possible suicide attack.",
    'The Israeli military said on Monday it had completed an investigation into the deaths of seven aid workers killed in a drone strike last month.',
    'Two men went on trial in Paris on Monday accused of helping the gunman who attacked a kosher supermarket in 2015.',
    'The United States on Friday designated the Nigerian group Ansaru a terrorist organisation over its kidnappings of foreigners.',
    'A Kenyan court on Wednesday freed on bail three men charged with aiding the gunmen who attacked a university.',
    "South Korea's military said North Korea had fired two short-range ballistic missiles into the sea on Thursday.",
    "Somalia's government said on Saturday it had agreed to hold talks with clan militias that have fought al-Shabaab.",
    'The Nigerian army said on Wednesday it had rescued 20 of the schoolchildren abducted from Kuriga in March.',
    'France said on Tuesday it would pull its remaining troops out of Burkina Faso within a month.',
    'An Italian court ordered the extradition of an Algerian man wanted in France over a 1995 metro bombing.',
    'The European Union on Monday extended sanctions on six people linked to chemical weapons attacks in Syria.',
    "The death toll from last week's earthquake in western Afghanistan rose to 2,400, officials said.",
    'A gas cylinder explosion at a wedding in northern Iraq killed 100 guests, officials said.',
    'A coach carrying pilgrims overturned on a highway in Saudi Arabia, killing 20 people.',
    'A fire at a hospital in Baghdad killed 82 people after oxygen cylinders exploded, the health ministry said.',
    'Police in Texas said the shooting suspect had been known to them for making threats online.',
    'Thousands of people marched in Paris on Sunday to denounce a rise in antisemitic attacks.',
    'Hostages freed by Hamas were reunited with their families at a hospital near Tel Aviv.',
    'The ICC issued an arrest warrant for a Libyan commander accused of executing prisoners.',
    'The family of a British aid worker killed in Gaza said they wanted an independent investigation.',
    'Armenia and Azerbaijan exchanged prisoners of war on Wednesday as part of a peace process.',
    "Colombia's government and a FARC dissident group agreed on Tuesday to extend their ceasefire for six months.",
    'Indonesian police said on Monday they had arrested 40 suspected militants in a crackdown ahead of the elections.',
    "Mexico's president said the government would pay reparations to the families of 43 students who disappeared in 2014.",
    # present-tense "Current events" non-incidents
    'The United Nations Security Council votes to extend its peacekeeping mission in South Sudan.',
    'Russian and Chinese warships hold joint live-fire drills in the Sea of Japan.',
    'Iran unveils a hypersonic missile that it says can evade air defences.',
    "The Israeli parliament votes to expand the army's powers to detain suspects in the West Bank.",
    "India's defence minister says the army will respond strongly to any attack from across the Line of Control.",
    "The Philippines' president orders the military to crush the New People's Army within two years.",
    'A court in The Hague begins the trial of a Dutch man accused of helping plan attacks in Syria.',
    'Authorities in Kenya rename a street after the victims of the Garissa University attack.',
    'Uganda hands over 20 suspected ADF rebels to Congolese authorities.',
    'A bus carrying students plunges off a bridge in Peru, killing 24.',
    'A boiler explosion at a textile mill in Gujarat kills nine workers.',
    'An Indonesian passenger ferry catches fire and sinks off Sulawesi, killing 14.',
    'A landslide buries a gold mine in Sudan, killing 38 miners.',
    "Turkey's parliament ratifies Sweden's membership in NATO.",
    'A NATO report says Russian sabotage attacks in Europe are rising.',
    'The US Treasury sanctions three Hezbollah financiers accused of funding attacks.',
    'The US Treasury sanctions three Hezbollah financiers, hours after a rocket attack on a US base in Syria wounded four soldiers.',
    # more of every kind
    'The Kenyan government declares three days of national mourning for the victims of the Garissa attack.',
    'A Pakistani court issues arrest warrants for 14 police officers over the killing of a journalist.',
    'The Netherlands returns the remains of soldiers killed in Afghanistan to their families.',
    'Police publish CCTV images of a man they want to question about the stabbing of a student.',
    'A memorial concert is held in Manchester for the 22 people killed in the arena bombing.',
    'The Taliban promise to protect minorities after a string of attacks on Shia mosques.',
    'The Israeli army says it is reviewing the strike that killed seven aid workers in Gaza.',
    'A Bangladeshi court sentences eight men to death for the murder of a blogger in 2015.',
    "India's Supreme Court orders a fresh probe into the killing of 21 people by police in 2013.",
    'An al-Shabaab defector tells reporters how the group trained suicide bombers in Somalia.',
    'Turkish drones are sold to Ukraine and Azerbaijan, the manufacturer says.',
    'The US approves the sale of 1,000 Hellfire missiles to Saudi Arabia.',
    'Germany agrees to send Taurus cruise missiles to Ukraine.',
    'Russia displays captured Western tanks and missiles at an exhibition in Moscow.',
    'A Mexican judge orders the release of a cartel boss accused of ordering the massacre of 72 migrants.',
    'The widow of a murdered opposition leader accuses the Kremlin of his killing.',
    'A French court rules that the state bears responsibility for the deaths of two boys shot by police.',
    'Canada expels an Indian diplomat over the killing of a Sikh activist in British Columbia.',
    'Police in Ohio say the shooting suspects have been released on bail.',
    'The bombing suspects were known to the intelligence services, a report says.',
    'The widower of a woman killed in the Nice truck attack sues the city.',
    'North Korea displays new intercontinental ballistic missiles at a military parade.',
    'The Houthis show off drones and missiles at a parade in Sanaa.',
    'Human Rights Watch says Israeli forces killed at least 20 journalists in Gaza in 2023.',
    "Colombia's truth commission says 450,000 people were killed in the conflict between 1985 and 2018.",
]

LOOK_ALIKES_OWN = [
    ('The army drops the mother of all bombs on a tunnel network in Nangarhar, killing 36 militants.', None, None),
    ('Mourners at a funeral in Kandahar are attacked by a suicide bomber, killing 15.', 'suicide_bombing', 15),
    ('A day after the ceasefire took effect, rockets fired from Gaza killed five Israelis.', 'rocket_mortar_missile', 5),
    ('Militants attack a police convoy escorting a polio vaccination team in Khyber, killing three officers.', 'other_violence', 3),
    ('Suspected jihadists kidnap two Italian nuns in Mali on the anniversary of the 2012 coup.', 'kidnapping', None),
    ('Houthi rebels fire a missile at a commercial ship in the Red Sea, hours after new US sanctions.', 'rocket_mortar_missile', None),
    ('North Korea fires artillery at a South Korean island, killing two marines.', 'rocket_mortar_missile', 2),
    ('Gunmen open fire on voters at a polling station in Kano, killing four people.', 'shooting_armed_assault', 4),
    ('Bandits attack a village in Zamfara, killing 30 people and abducting dozens of women.', 'kidnapping', 30),
    ('An Israeli air strike kills 20 people in a school sheltering displaced families in Gaza.', 'airstrike', 20),
    ('A suicide bomber blew himself up at a memorial service in Baghdad on Friday, killing 11 people, police said.', 'suicide_bombing', 11),
    ('A car bomb kills the prosecutor leading the investigation into the murder of a journalist.', 'car_bomb', 1),
    ('Russian missiles hit Kharkiv during the visit of the Dutch prime minister, killing seven.', 'rocket_mortar_missile', 7),
    ('Gunmen abduct 40 passengers from a bus in Kogi State.', 'kidnapping', None),
    ('A man wanted for robbery opens fire on police in Lagos, killing two officers.', 'shooting_armed_assault', 2),
    ('Gunmen kill a man accused of blasphemy in Punjab.', 'shooting_armed_assault', 1),
    ('A man charged with assault stabs a guard in court in Dallas.', 'other_violence', None),
    ('Militants urged by a cleric attack a church in Kaduna, killing four.', 'other_violence', 4),
    ('Gunmen shoot dead the widow of a police officer in Kandahar.', 'shooting_armed_assault', None),
    ('The mother of a soldier is killed by a Russian missile in Dnipro.', 'rocket_mortar_missile', 1),
    ('Israeli jets strike the bombed hospital again, killing 12 people.', 'airstrike', 12),
    ("Violence killed 14 people in Haiti's capital on Monday, police said.", 'other_violence', 14),
    ('A suicide bomber attacked a police station in Quetta, killing five people.', 'suicide_bombing', 5),
    ('Gunmen abduct a judge who is trying suspects accused of kidnapping in Kaduna.', 'kidnapping', None),
    ('Shelling kills six people in Kherson, the regional governor says.', 'rocket_mortar_missile', 6),
    ('A bomb hidden in a car kills a prosecutor investigating the assassination of a former president.', 'car_bomb', 1),
    ("Gunmen attacked a ceremony in Kabul on Thursday where Shia Muslims were commemorating the anniversary of a leader's death, killing 32 people.", 'shooting_armed_assault', 32),
    ('A rocket struck a school where children were holding a memorial service in Kharkiv, killing four.', 'rocket_mortar_missile', 4),
    ('The UN condemns the killing of ten civilians in Darfur, as a drone strike kills another 15 people in El Fasher.', 'airstrike', 15),
    ('Gunmen killed a lawyer who had condemned the killing of protesters in a police raid.', 'shooting_armed_assault', 1),
    ('Two days after the peace deal was signed, rebels ambushed an army convoy in Cauca, killing six soldiers.', 'shooting_armed_assault', 6),
    ('Police shot dead a man who attacked officers with a knife outside a synagogue in Hamburg.', 'shooting_armed_assault', None),
    ('Gunmen attack a convoy carrying missiles to the front in Kharkiv, killing three drivers.', 'rocket_mortar_missile', 3),
    ('A drone strike killed a commander accused of the 2020 attack on a US base in Kenya.', 'airstrike', 1),
    ('Police shoot dead two suspects accused of kidnapping a businessman in Lagos, after they opened fire on officers.', 'shooting_armed_assault', 2),  # the police shooting told, not the kidnapping they were accused of
    # the rules read a shooting; the type model reads assassination (a killing with a person as its target, though
    # she is not named as the gold rule asks): a known wrong overrule. Here only that it stays an incident.
    ('The widow of a slain activist is shot dead outside her home in Honduras.', None, None),
    ('Sudanese paramilitary forces are accused of killing 40 villagers in Darfur.', 'other_violence', 40),
    ('Boko Haram, blamed for the kidnapping of the Chibok girls, abducts 30 more students in Borno.', 'kidnapping', None),
]


@pytest.mark.parametrize("text", NON_EVENTS_OWN)
def test_an_own_non_event_is_no_incident(run, text):
    assert _occurred(run, text).is_empty()


@pytest.mark.parametrize(("text", "incident_type", "killed"), LOOK_ALIKES_OWN)
def test_an_own_look_alike_incident_stays_read(run, text, incident_type, killed):
    row = first_incident(run, text, DAY)
    if killed is not None:
        assert row["killed_min"] == killed
    if incident_type:
        assert row["incident_type"] == incident_type


@pytest.mark.parametrize("text", [
    "Relatives gather to mark the massacre 20 years ago in the village of Srebrenica, where a bomb exploded on Monday.",
    "Relatives gather to mark the 1995 massacre in Tuzla, where a grenade exploded yesterday, wounding three people.",
])
def test_a_commemorated_place_where_an_attack_happened_on_a_day_of_its_own_stays_read(run, text):
    # the where-clause frame ("lays a wreath where the car bomb exploded 25 years ago") yields to a day of its own
    assert _occurred(run, text).height >= 1


def test_a_commemorated_place_of_an_old_attack_is_no_incident(run):
    assert _occurred(run, "The mayor lays a wreath where the car bomb exploded 25 years ago.").height == 0


# session 14: an attack told only inside its denial is no incident; a denial of the doer of an attack the sentence
# tells leaves the attack; an attack in an apology, a condemnation or a role with a recent day of its own is the news
@pytest.mark.parametrize("text", [
    "The army denies its troops killed civilians in Tigray.",
    "The army denied that its soldiers killed 20 villagers in Mopti on Sunday.",
    "Police deny firing on protesters in Nairobi.",
    "Pakistan's army denies its soldiers killed villagers in North Waziristan.",
    "The Nigerian military denied that its jets bombed a wedding in Zamfara.",
    "The ministry rejects reports that its forces shelled a hospital in Aleppo.",
])
def test_an_attack_told_only_inside_its_denial_is_no_incident(run, text):
    assert _occurred(run, text).is_empty()


@pytest.mark.parametrize(("text", "incident_type", "killed"), [
    ("The army denies involvement in the bombing of a market in Maiduguri on Monday that killed 15.", "bombing", 15),
    ("The militia denied carrying out the car bombing in Tripoli on Monday that killed eight people.", "car_bomb", 8),
    ("A car bomb kills nine people in Kirkuk; the Islamic State denies any role.", "car_bomb", 9),
    (("The US Navy expressed regret after its helicopter fired on a fishing boat off Dubai on Monday, killing one "
     "Indian fisherman."), "shooting_armed_assault", 1),
])
def test_a_denial_or_stance_beside_an_attack_the_sentence_tells_keeps_it(run, text, incident_type, killed):
    row = _occurred(run, text).sort("sentence_index", "char_start").row(0, named=True)
    assert (row["incident_type"], row["killed_min"]) == (incident_type, killed)
