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
    ("Police open fire on protesters in Khartoum, killing four people.", "shooting_armed_assault", 4),
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
