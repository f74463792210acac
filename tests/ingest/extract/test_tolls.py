"""Casualty counts read from sentence shapes of news text (ingest.extract.tolls), on sentences written for these
tests: names, places and numbers are made up."""

import datetime as dt

import polars as pl
import pytest

from ingest.extract.tolls import sum_parts
from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2023, 11, 20)  # a Monday


def _first(run, text):
    """The first occurred incident's (killed_min, killed_max, wounded_min)."""
    row = first_incident(run, text, DAY)
    return row["killed_min"], row["killed_max"], row["wounded_min"]


@pytest.mark.parametrize(("text", "killed"), [
    # a victim's age in apposition is no toll
    ("Reporter Dana Kovac, 34, was shot dead outside her home in Split on Friday.", 1),
    ("Aid worker Tomas Ferreira, 51, was killed when a bomb exploded near his car in Kandahar.", 1),
    # a named victim after titles and capitalised words
    ("Moldovan Interior Minister Petru Ganea is shot dead by a gunman outside the ministry in Chisinau.", 1),
    # ... with companions before the verb
    ("Militia commander Yusuf Darwish and two of his guards are killed in a drone strike in Deir ez-Zor.", 3),
    ("Opposition leader Karim Haddad and his driver were killed when a bomb hit their car in Tripoli.", 2),
    # the object of a present-tense verb ("forces kill leader X")
    ("Commandos kill militia leader Adnan Rashid in a raid on a farm near Kirkuk.", 1),
])
def test_named_victims(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a list of parts after an active verb, each a number or a possessed person
    ("A rocket hits a house in Sderot, killing a man, his two sons and a neighbour.", 4),
    ("A bomb exploded at a bus stop in Quetta, killing two soldiers, a policeman and a civilian, and wounding 12.", 4),
    # the list ends at the first part that is no count
    ("Gunmen stormed a village in Borno, killing 12 farmers, burning 30 houses and 4 shops.", 12),
    ("An airstrike hit a school in Marib, killing 9 pupils and their teacher.", 10),
    ("An airstrike hit a school in Marib, killing 9 pupils and their parents.", 9),
    # an aside that counts no one of its own
    ("Militants attacked a market in Gao, killing 20 traders, most of them women, and two soldiers.", 22),
])
def test_parts_after_an_active_verb(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # "along with" parts after the verb ...
    (("Four police officers were killed on Monday when a bomb struck their patrol in Khost, along with a "
     "shopkeeper and two children."), 7),
    # ... or between the subject and its verb
    (("Twelve soldiers, most of them conscripts, along with three civilians and a translator, were killed when "
     "militants ambushed their convoy in Kunduz."), 16),
    ("Five miners, along with their foreman, were killed in an attack on a mine near Kidal.", 6),
])
def test_parts_joined_by_along_with(run, text, killed):
    assert _first(run, text)[0] == killed


def test_the_object_of_another_verb_is_no_subject_of_a_later_death(run):
    # 61 is wounded; "shot dead" is the gunman's own death
    assert _first(run, "A gunman kills 27 people and wounds 61 at a concert in Lyon before being shot dead by "
                       "police.") == (27, 27, 61)
    # "shot him dead": another's death
    assert _first(run, "A gunman opened fire in a mall in Perth, killing one shopper and injuring three others "
                       "before a guard shot him dead.")[0] == 1
    # "36 of them dead" stays a toll
    assert _first(run, "Gunmen attack a bus near Wajir, separating the passengers and shooting 28 of them dead.")[0] == 28


def test_counted_bodies_are_dead(run):
    assert _first(run, "Monitors count more than 60 bodies, including 14 children, in Tal Abyad after a massacre.")[:2] == (
        60, None)


def test_a_participle_tolls_the_clause_before_it_not_a_past_event_after_it(run):
    i = run([("x", ("Artillery shells pound Donetsk and Horlivka during the morning, killing at least 9 people and "
                   "wounding 31, a week after the bombing of a bridge in Kherson."), DAY)]).incident_mentions
    shelling = i.filter(pl.col("incident_type") == "rocket_mortar_missile").row(0, named=True)
    assert (shelling["killed_min"], shelling["wounded_min"]) == (9, 31)


def test_other_people_in_the_next_sentence_add_to_a_named_victim(run):
    assert _first(run, "Provincial governor Omar Latif was killed on Friday when a bomb exploded at a mosque in "
                       "Jalalabad. At least eight other people died, officials said.")[:2] == (9, None)


def test_a_toll_whose_own_verb_is_an_excluded_word_still_counts(run):
    # "killed when buildings collapsed" alone tells no attack; after a strike it is the strike's toll
    assert _first(run, "The coalition admitted on Monday that its jets had struck a district of Raqqa where "
                       "residents say more than 40 civilians were killed when buildings collapsed.")[0] == 40


def test_sum_parts_on_a_tiny_frame(reference):
    from ingest.extract.tolls import number_pattern
    frame = pl.DataFrame({"plist": ["a woman, her three daughters and a neighbour", "5 soldiers and their children",
                                    "their children and 3 others", "at least 20 soldiers and two civilians",
                                    "one of his bodyguards", "", None]})
    got = sum_parts(frame, "plist", "n", number_pattern(reference), reference)
    assert got["n_min"].to_list() == [5, 5, None, 22, 1, None, None]
    assert got["n_max"].to_list() == [5, 5, None, None, 1, None, None]


@pytest.mark.parametrize(("text", "killed"), [
    ("Two dozen people were killed when a bomb exploded at a bus station in Kano.", (24, 24)),
    ("A car bomb killed half a dozen soldiers at a checkpoint in Mosul.", (6, 6)),
    ("More than two hundred villagers were killed in attacks on farms in Plateau state.", (200, None)),
    # lives claimed or cost are a toll; claimed attacks are not
    ("A bombing at a market in Peshawar claimed 41 lives on Friday.", (41, 41)),
    ("The blast at a mosque in Maiduguri cost 17 lives.", (17, 17)),
])
def test_number_words_and_lives(run, text, killed):
    assert _first(run, text)[:2] == killed


def test_claimed_attacks_are_no_toll(run):
    assert _first(run, "The Taliban claimed 3 attacks in Kabul that killed 5 people.")[0] == 5


def test_casualties_on_empty_and_unmatched_frames(reference):
    from ingest.extract.tolls import casualties
    schema = {"article_id": pl.String, "sentence_index": pl.Int32, "text": pl.String}
    for texts in ([], ["The central bank kept rates unchanged."], [""]):
        frame = pl.DataFrame({"article_id": ["a"] * len(texts), "sentence_index": list(range(len(texts))),
                              "text": texts}, schema=schema)
        found = casualties(frame, reference)
        assert found.is_empty()
        assert {"kind", "n_min", "n_max", "c_start", "c_end", "backward", "other"} <= set(found.columns)


@pytest.mark.parametrize(("text", "killed"), [
    # the parts listed before a subject toll are added to it
    ("Three soldiers, two policemen and a civilian were killed when a bomb exploded in Tal Afar.", 6),
    ("A police officer, his wife and their two children were killed when gunmen attacked their home in Samarra.", 4),
    (("Major Ivan Petrenko, head of a border unit, his wife, their ten-year-old daughter and three guards were killed "
     "when a mine exploded under their car near Sumy."), 6),
    # ... but not a clause, a time, an apposition or a place before it
    ("Two churches are bombed in northern Iraq and a priest is killed.", 1),
    ("Two days later, five soldiers were killed in a bombing in Tal Afar.", 5),
    ("Eleven people, nine pilgrims and two guards, were killed when a bomb exploded near a shrine in Karbala.", 11),
    ("Hassan Qadir, one of the militia's senior commanders, was killed by a car bomb in Basra.", 1),
    ("In Baquba, four policemen were killed when a bomb exploded near their checkpoint.", 4),
])
def test_parts_listed_before_a_subject_toll(run, text, killed):
    assert _first(run, text)[0] == killed


def test_the_bodies_of_people_found_are_dead(run):
    assert _first(run, "The bodies of more than 25 men, some with their hands tied, are found in a ditch near "
                       "Tal Abyad after a massacre.")[:2] == (25, None)


def test_a_share_of_a_part_is_not_added(run):
    assert _first(run, "A rocket struck a house near Basra airport, killing five civilians, three of them children, "
                       "and wounding two others.")[::2] == (5, 2)


def _killed_readings(reference, text):
    """Every killed toll read in one sentence, as (n_min, n_max)."""
    from ingest.extract.tolls import casualties
    frame = pl.DataFrame({"article_id": ["a"], "sentence_index": [0], "text": [text]},
                         schema={"article_id": pl.String, "sentence_index": pl.Int32, "text": pl.String})
    found = casualties(frame, reference).filter(pl.col("kind") == "killed")
    return list(zip(found["n_min"].to_list(), found["n_max"].to_list(), strict=True))


@pytest.mark.parametrize(("text", "killed"), [
    # a title of any case before the name, a rank, a possessive before the title
    ("A roadside bomb killed army Major Tomas Reyes Ortega near Cali on Monday.", 1),
    ("Militants kill Somalia's former defence minister Abdi Warsame Nur near Baidoa.", 1),
    # "fatally shooting" a named person, told in a sentence about the arrest
    ("Police questioned the man arrested for fatally shooting former Mayor Ilse Brandt at a rally in Graz on Sunday.", 1),
    # "had died after being shot", "dies ... a day after a man stabbed her"
    ("Officials confirmed that Governor Aliyu Bamidele had died after being shot by a guard at his residence in Kano.", 1),
    ("Dutch Justice Minister Karin Velde dies in a Rotterdam hospital, a day after a man stabbed her at a market.", 1),
    # a pronoun for the named victim, alone or with others
    (("Gunmen riddle the car of the province's education minister, Farid Qasemi, with bullets in Herat, killing "
      "him."), 1),
    ("Rebels blow up a car carrying lawmaker Rosa Quispe in Ayacucho, killing her and three bodyguards on Friday.", 4),
    # the named victim, a description of him and "N other people", joined by "and" or "along with"
    (("A car bomb in Aden kills Colonel Nasser al-Yafei, head of the port police, along with at least three other "
      "people."), 4),
    (("A drone strike on a house in Idlib kills Khalid Aswad, commander of the group's special unit, and 9 other "
      "people, four of them women."), 10),
])
def test_named_and_titled_victims_count_one(run, text, killed):
    assert _first(run, text)[0] == killed


def test_a_past_killing_or_the_attackers_death_is_no_named_toll(reference):
    # "the killing of General X" is the cause of a later attack, not its toll
    assert _killed_readings(reference, "Militias fired rockets at a base in Kirkuk, in revenge for the killing of "
                                       "General Hassan Rostami.") == []
    # the attacker killed by police, told by a pronoun
    assert (1, 1) not in _killed_readings(reference, "Police opened fire on the knifeman in a Lyon street, killing him "
                                                     "after he stabbed two passers-by.")
    # "her husband and two children": not "her" alone
    assert (1, 1) not in _killed_readings(reference, "A man stabbed a woman at a bus stop in Malmo, killing her husband "
                                                     "and two children.")


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # "the" and a singular noun after a counted part is one more victim
    ("A bomb tore through a minibus near Quetta, killing seven pilgrims and the Afghan driver.", 8, None),
    # ... the bomber listed with the dead of his blast too (session 27: the gold sets sum him, BR, CD)
    ("A suicide bomber struck a market in Kabul, killing four traders and the bomber.", 5, None),
    # two objects of one verb, then another verb with "other" people: the others are other than the dead
    (("A man with an axe killed a cleaner and a student and injured three other people at a college in Turku on "
      "Monday."), 2, 3),
    # two objects of one verb, each with its own place and time
    (("An attacker shot dead a priest in a church in Lille on Tuesday morning and a nurse outside the hospital in "
      "Roubaix later that day."), 2, None),
    # an ordinal in the subject; a count of weapons is no toll
    ("Four Danish soldiers from the 3rd Engineer Battalion were killed by two mines near Musa Qala.", 4, None),
])
def test_parts_summed_over_a_sentence(run, text, killed, wounded):
    got = _first(run, text)
    assert (got[0], got[2]) == (killed, wounded)


def test_a_weapon_after_and_is_no_second_victim(run):
    assert _first(run, "Militants killed a guard near the gate and a bomb in Kandahar wounded two people on Monday.")[0] == 1


@pytest.mark.parametrize(("text", "killed"), [
    # a participle's toll after two methods of one attack joined by "and" is the first method's
    ("Truck bombs and rockets hit the Kurdish town of Sinjar, killing more than 200 people.", (200, None)),
    (("Insurgents detonate a roadside bomb under an army convoy near Kunduz, and then open fire on the soldiers, "
      "killing at least 19."), (19, None)),
    # "rises above" is "more than"
    (("Clashes between herders and farmers near Jos spread to two more districts as the death toll rises above "
      "60."), (60, None)),
    # the present tense of summaries, in a later clause
    ("A mob attacked a police station in Lima on Sunday; three people die, among them a constable.", (3, 3)),
])
def test_tolls_far_from_the_trigger_word(run, text, killed):
    assert _first(run, text)[:2] == killed


def test_a_toll_after_an_attack_told_elsewhere_in_the_sentence(run):
    assert _first(run, "The group says two of its fighters detonated explosive belts among worshippers at a shrine in "
                       "Quetta on Friday, an attack that killed at least 31 people.")[:2] == (31, None)


def test_a_death_that_may_come_is_no_toll(reference):
    assert _killed_readings(reference, "Doctors warn that thousands of people could die if the siege of Mariupol "
                                       "continues.") == []


@pytest.mark.parametrize("text", [
    "A grenade was thrown at a police post in Srinagar on Monday, causing no injuries.",
    "A pipe bomb exploded outside a bank in Belfast overnight, damaging the front but hurting no one.",
    "A rocket hit an empty warehouse in Ashkelon without injuring anyone.",
])
def test_no_injuries_is_no_dead_and_no_wounded(run, text):
    assert _first(run, text) == (0, 0, 0)


def test_no_injuries_beside_a_toll_leaves_the_toll(run):
    assert _first(run, "A bomb exploded at a bus stop in Jos, killing two people; no injuries were reported among "
                       "the police.")[0] == 2


# --- session 6: lists of victims, companions of a named victim, the attacker, shares, added tolls ---

@pytest.mark.parametrize(("text", "killed"), [
    # a part told with many words, then a described person
    ("A suicide bomber kills five Britons working for an aid agency and a Kenyan driver at a compound in Garissa.", 6),
    (("A truck bomb explodes near an army base in Mosul, killing two French members of a television crew, an Iraqi "
      "soldier and a Kurdish fixer."), 4),
    # a possessed person first, a name in apposition to it, then a share of his kin
    ("An airstrike on a farmhouse near Sirte killed the militia leader's eldest son, Omar Salem, and two of his nephews.", 3),
    ("Drones hit a wedding in Marib, killing the groom's father and four of his cousins.", 5),
    # single nationals after a count that add up to it tell that count again
    ("A car bomb explodes in Kabul, killing at least 8 civilians as well as two foreign soldiers, a Dane and a Pole.", 10),
    # ... a policeman and a civilian do not
    ("A bomb explodes at a bus stop in Quetta, killing two soldiers, a policeman and a civilian.", 4),
    # "around a" is a place, not "about one" more victim
    ("Gunmen killed six people at and around a market in Jos and wounded several others.", 6),
    # the list stops where the next verb's clause begins
    ("A man with an axe killed a cook and a waiter and wounded two other people at a hotel in Bergen.", 2),
])
def test_lists_of_victims_after_an_active_verb(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a named victim's companions after "and"/"along with": possessed kin counted, "N other people" too
    ("Gunmen kill provincial governor Hamid Karimi and his three bodyguards in an ambush near Herat.", 4),
    (("Opposition journalist Lina Haddad is killed along with her daughter and six other people when a bomb explodes "
      "outside a cafe in Tripoli."), 8),
    ("Union leader Tomas Ruiz was shot dead along with two colleagues outside his office in Rosario.", 3),
    # another clause after "and" adds no one
    ("Police chief Ahmed Sadiq is killed, the ministry says, and four officers are wounded in an attack in Basra.", 1),
    (("Senator Maria Lopez died after being attacked in Cali on Monday, and Colombia's police said they suspected a "
      "drug gang."), 1),
    # a description after the name is that person ("X, the group's deputy leader, and 11 other fighters")
    ("Soldiers killed Idris Kamara, the group's deputy leader, and at least 11 other fighters in a raid near Kailahun.", 12),
    # shot and stabbed, beaten: to death
    ("Newspaper editor Pavel Orlov is shot and stabbed to death outside his home in Kazan.", 1),
    ("Activist Rosa Mendes was beaten to death by a mob in Belem.", 1),
])
def test_named_victims_and_their_companions(run, text, killed):
    assert _first(run, text)[0] == killed


def test_a_possessed_person_in_a_list_before_a_passive_verb(run):
    assert _first(run, "Four Dutch peacekeepers and their Bosnian interpreter died when a landmine hit their vehicle "
                       "near Tuzla.")[0] == 5
    assert _first(run, "Five miners and their foreman were wounded when a bomb exploded at a mine near Quetta.")[2] == 6


def test_the_attacker_is_no_part_of_the_toll(run):
    # a second killing in sequence adds to the toll; "himself" in that later act does not (told apart, as "before
    # shooting himself")
    assert _first(run, "A gunman shoots dead eight people at a nightclub in Malmo, then kills his brother and himself "
                       "at a flat nearby.")[:2] == (9, 9)
    assert _first(run, "A gunman killed seven people at a school in Tuzla and wounded several others before shooting "
                       "himself, police said.") == (7, 7, 3)


def test_a_share_of_those_shot_who_died(run):
    # the dead are the share, the rest of those shot or stabbed survived wounded
    assert _first(run, "Attackers stabbed 9 worshippers, four of whom died, at a mosque in Sokoto.") == (4, 4, 5)
    assert _first(run, "A gunman shot 12 students, three of whom later died, at a college in Perm.") == (3, 3, 9)
    # a share told as an aside is no death of its own
    assert _first(run, "Police said 30 people, six of them children, were killed in a bombing in Aleppo.")[0] == 30


def test_no_one_hurt_in_the_present_tense(run):
    assert _first(run, "A rocket hits an empty school in Sderot; no one is hurt.") == (0, 0, 0)
    assert _first(run, "A bomb explodes outside a courthouse in Derry; nobody has been injured.") == (0, 0, 0)


def test_a_toll_of_more_adds_to_the_one_told_before(run):
    # a second attack's toll of "more" in the next sentence: the gold sums them (set G)
    assert _first(run, "Two car bombs explode outside a bank in Narathiwat, killing at least 6 people.\n"
                       "A second bomb at a market in Pattani kills four more.")[:2] == (10, None)
    assert _first(run, "Gunmen storm a hotel in Mogadishu, killing 12 people.\n"
                       "Another five people died in hospital on Sunday.")[:2] == (17, 17)
    # "more" of another kind is that kind's own toll
    assert _first(run, "A suicide bomber kills 20 soldiers and injures 35 more at a base in Aden.") == (20, 20, 35)
    # "other" people already count the one told before
    assert _first(run, "Former minister Karim Nasser was killed when a bomb hit his car in Sidon, a blast that also "
                       "killed at least five other people.")[:2] == (6, None)


def test_sum_parts_of_named_and_national_parts(reference):
    from ingest.extract.tolls import number_pattern
    frame = pl.DataFrame({"plist": ["the leader's youngest son, Ali Hassan, and three of his grandchildren",
                                    "two foreign soldiers, a Dane and a Pole", "nine people at and around a square",
                                    "his two bodyguards", "his eldest sons"]})
    got = sum_parts(frame, "plist", "n", number_pattern(reference), reference)
    assert got["n_min"].to_list() == [4, 2, 9, 2, None]


def test_possessed_things_and_contractions_are_no_victims(reference):
    from ingest.extract.tolls import casualties
    texts = ["Exporters say rivals are killing their currency to win markets.",
             "The agency also executed the government's first solar contract in Nevada.",
             "The storm hurt his reputation badly.",
             "There’s one dead and at least four injured, police said.",
             "The blast killed his mother and took Omar's hand."]
    frame = pl.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "sentence_index": [0] * len(texts),
                          "text": texts}, schema={"article_id": pl.String, "sentence_index": pl.Int32, "text": pl.String})
    found = casualties(frame, reference)
    best = found.group_by("article_id", "kind").agg(pl.col("n_min").max())
    got = {(r["article_id"], r["kind"]): r["n_min"] for r in best.iter_rows(named=True)}
    assert ("a0", "killed") not in got and ("a1", "killed") not in got and ("a2", "wounded") not in got
    assert got[("a3", "wounded")] == 4 and got[("a3", "killed")] == 1
    assert got[("a4", "killed")] == 1


@pytest.mark.parametrize(("text", "killed"), [
    # an office held by the victim opens a list like a count does
    ("Gunmen kill the mayor of Tepalcatepec, his wife and their driver in an ambush.", 3),
    ("A sniper killed the commander and two of his guards near Aleppo.", 3),
    # the attacker's own death listed with his victims is part of the stated toll, first or last (session 27), and
    # alone no toll
    ("A suicide bomber blows himself up at a mosque in Quetta, killing himself and 12 worshippers.", 13),
    ("A suicide bomber blows himself up at a shrine in Sehwan, killing 31 pilgrims and himself.", 32),
    ("A bomber blew himself up at a checkpoint in Kirkuk, killing himself and wounding three soldiers.", None),
])
def test_offices_and_the_attacker_in_a_list(run, text, killed):
    assert _first(run, text)[0] == killed


def test_a_sentence_opening_also_adds_its_toll(run):
    assert _first(run, "Three soldiers are killed when rebels raid an army post near Tumaco.\n"
                       "Also, in Narino province, rebels bomb a pipeline and then fire at repair crews, leaving two "
                       "dead.")[:2] == (5, 5)
    # without it, the next sentence's own attack keeps its toll
    assert _first(run, "Three soldiers are killed when rebels raid an army post near Tumaco.\n"
                       "In Narino province, rebels bomb a pipeline, leaving two dead.")[:2] == (3, 3)


@pytest.mark.parametrize(("text", "killed"), [
    # the number after an article or a group's noun
    ("An airstrike hit a house in Rafah, killing a family of five.", 5),
    ("A missile struck a car in Khan Younis, killing the two men inside.", 2),
    ("Gunmen ambushed a minibus near Mardan, killing all seven passengers.", 7),
    # a year after the article is a date
    ("Gunmen killed the 2015 bombing's planner in a raid near Kunduz.", None),
])
def test_a_number_after_an_article_or_a_group(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a named victim "found" dead, or told so "reportedly", in any tense, alone or with a companion
    ("Opposition politician Pavel Sokolov is found shot dead near a bridge in Samara.", 1),
    ("Human rights lawyer Ana Ruiz was found stabbed to death in her flat in Arequipa.", 1),
    ("Judge Paolo Rinaldi and his bodyguard were found murdered outside Catania on Sunday.", 2),
    ("Radio host Lucas Braga and his wife, Marta Braga, are found shot dead at their farm near Goiania.", 2),
    ("Blogger Tariq Aziz was reportedly shot dead by gunmen in Peshawar on Friday.", 1),
    # after a dateline's dash, with a long description
    (("KARACHI, Pakistan — Anwar Qureshi, a lawyer known for defending jailed bloggers, was shot dead by unknown "
      "gunmen outside his office on Monday, police said."), 1),
    ("QUETTA (Reuters) - Nadia Baloch, a provincial lawmaker, was killed by a bomb on Tuesday.", 1),
    # a title, the name, then "of" a country
    ("President Ali Diallo of Mali was shot dead by a group of soldiers at his home in Bamako.", 1),
    ("Prime Minister Juan Ortega of Costa Verde is assassinated by a sniper in the capital.", 1),
    # initials in the name
    ("Senator R. K. Mehta was shot dead by gunmen outside his office in Patna.", 1),
    ("Transport Minister A. B. Perera is killed when a suicide bomber strikes his motorcade in Kandy.", 1),
])
def test_named_victims_found_dead_after_a_dateline_or_with_initials(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # "along with at least N other people": the named victim and the others, no maximum
    (("Industries Minister K. L. Fernando is killed along with at least 15 other people when a suicide bomber blows "
      "himself up at a rally in Galle."), (16, None)),
    ("Governor Hamid Saberi was killed along with 7 other people when a bomb hit his convoy in Kunduz.", (8, 8)),
])
def test_a_named_victim_along_with_others_keeps_the_open_bound(run, text, killed):
    assert _first(run, text)[:2] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the death of a named or described person confirmed or announced
    (("The rebel alliance confirms the death of its military commander, Yusuf Haidari, who was wounded on Sunday "
      "in a suicide bombing in Taloqan."), 1),
    ("Hamas announced the death of its commander, Omar Nasser, in an air strike on Rafah on Monday.", 1),
    ("The army confirmed the deaths of two soldiers in an ambush near Gao on Friday.", 2),
    ("Officials reported the deaths of at least 12 civilians after shelling hit a market in Donetsk.", 12),
])
def test_a_death_confirmed_or_announced_is_a_toll(run, text, killed):
    assert _first(run, text)[0] == killed


def test_a_death_only_mentioned_is_no_toll(reference):
    # no reporting verb: the death is the cause of what happened, not a toll
    assert _killed_readings(reference, "Protesters attacked a police station in Bogota to demand an inquiry into the "
                                       "death of a student.") == []


@pytest.mark.parametrize(("text", "killed"), [
    # a described victim, one or more, passive in any death verb
    ("A British soldier is run down by a car and then hacked to death by two men near his barracks in Leeds.", 1),
    ("A policeman was abducted on Monday and later shot dead in Tikrit.", 1),
    ("A shopkeeper was dragged from his shop and beaten to death by a mob in Jos.", 1),
    ("Two farmers were kidnapped and beheaded by militants near Mopti.", 2),
    ("Three police officers were gunned down at a checkpoint in Juarez.", 3),
    ("Two men were stabbed to death in an attack outside a bar in Leeds.", 2),
    ("Four aid workers were found dead after gunmen attacked their convoy near Kidal.", 4),
])
def test_a_passive_death_verb_or_two_verbs_joined(run, text, killed):
    assert _first(run, text)[0] == killed


def test_two_passive_verbs_of_other_events_are_not_joined(reference):
    # "wounded and a civilian killed": a second subject, told by its own reading
    assert (3, 3) not in _killed_readings(reference, "Three soldiers were wounded in the blast and a civilian was "
                                                     "killed in Kirkuk.")


@pytest.mark.parametrize(("text", "killed"), [
    # a part with its own verb ("hundreds of inmates escaped") is no part of the dead
    (("The group claims the assaults on two prisons near Baghdad, in which hundreds of inmates escaped and more "
      "than 20 guards were killed."), 20),
    ("Dozens of prisoners fled and 12 guards were killed when gunmen stormed the jail in Kaduna.", 12),
    ("Thousands of residents fled and at least 30 people died when militants attacked the town of Beni.", 30),
    # ... a list of people is still summed
    ("Two soldiers and three civilians were killed in a bomb blast in Mosul.", 5),
])
def test_only_quantities_of_the_dead_are_summed(run, text, killed):
    assert _first(run, text)[0] == killed


def _readings(reference, text, kind):
    from ingest.extract.tolls import casualties
    frame = pl.DataFrame({"article_id": ["a"], "sentence_index": [0], "text": [text]},
                         schema={"article_id": pl.String, "sentence_index": pl.Int32, "text": pl.String})
    found = casualties(frame, reference).filter(pl.col("kind") == kind)
    return list(zip(found["n_min"].to_list(), found["n_max"].to_list(), strict=True))


def test_a_date_a_model_a_time_span_or_a_death_to_come_is_no_count(reference):
    # a day of a month
    readings = _killed_readings(reference, "On September 10, aid worker Lena Brandt was assassinated in Goma.")
    assert (10, 10) not in readings and (1, 1) in readings
    # a number glued to a model's letters
    assert (17, 17) not in _killed_readings(reference, "The MH-17 passengers were killed when a missile hit the plane "
                                                       "over Donetsk.")
    # a span of time before the toll: the toll is the next number
    assert _killed_readings(reference, "Two weeks ago when three soldiers were killed in an ambush near Kidal, the "
                                       "army vowed revenge.") == [(3, 3)]
    assert _killed_readings(reference, "Ten years on, families of those who died in the siege of the school still "
                                       "wait.") == []
    # a death that may come
    assert (200, 200) not in _killed_readings(reference, "Officials warned that 200 civilians could be killed if the "
                                                         "shelling of Kharkiv continues.")


def test_the_killed_and_wounded_together_are_no_count_of_the_wounded(reference):
    assert _readings(reference, "Thousands of people have been killed and wounded in the shelling of Aleppo.",
                     "wounded") == []
    # ... a wounded person who died later is dead
    assert _killed_readings(reference, "A police officer was wounded and later died in hospital in Basra.") == [(1, 1)]


@pytest.mark.parametrize(("text", "killed"), [
    # a bare verb with an object is active: its subject is the attacker, not the dead
    ("Four attackers murdered the village chief in a raid on Gwoza.", 1),
    ("Two gunmen murdered Judge Ana Ortiz outside a court in Cali.", 1),
    ("Three militants killed his brother at a checkpoint in Kunduz.", 1),
    # an office alone after the verb is one victim
    ("A roadside bomb killed the governor of Helmand on Monday.", 1),
    # ... a headline's passive stays a toll
    ("Two soldiers killed Monday in an ambush near Gao.", 2),
    ("Five people killed in a car bomb blast in Kabul.", 5),
])
def test_the_subject_of_an_active_verb_is_no_toll(run, text, killed):
    assert _first(run, text)[0] == killed


def test_hurting_an_office_is_no_wound(reference):
    assert _readings(reference, "Critics said the failed raid on the militia camp would hurt the president.",
                     "wounded") == []


@pytest.mark.parametrize(("text", "killed"), [
    # names joined before a passive death verb: each one
    ("Journalists Ana Ruiz and Pedro Gomez were shot dead by gunmen in Tijuana.", 2),
    ("Activists Rosa Vera, Pedro Gomez and Luis Mora were killed by gunmen in Cauca.", 3),
    # "a man and his son": the possessed person is one more, and no clause between them
    ("A man and his son were killed when a shell hit their house in Donetsk.", 2),
    # "both"
    ("Both pilots were killed when the helicopter was shot down near Idlib.", 2),
    # the attacker's own death listed with the others is part of the toll (session 27)
    ("A suicide bomber killed himself and three others at a market in Maiduguri.", 4),
])
def test_names_joined_a_possessed_person_and_both(run, text, killed):
    assert _first(run, text)[0] == killed


def test_both_sides_are_no_victims(reference):
    assert _killed_readings(reference, "Both sides accused each other after the clashes near Tripoli.") == []


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # an adverb between the verb of being and the wound
    ("A Catholic police officer is seriously injured when a bomb explodes under his car near Lurgan.", None, 1),
    ("A border guard was critically wounded in a shooting at a checkpoint near Narva.", None, 1),
    # "fatally wounded" is dead
    ("A policeman was fatally wounded in an attack on a checkpoint in Dagestan.", 1, None),
])
def test_an_adverb_before_the_wound_and_fatal_wounds(run, text, killed, wounded):
    row = _first(run, text)
    assert (row[0], row[2]) == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # a named object after a description in any words, with its companions
    (("The rebels admitted that one of their landmines killed university football player Marco Tolentino, 22, and "
      "his cousin Arnel in Masbate City on Sunday."), 2),
    ("Gunmen shot dead human rights defender Lucia Herrera at her home in La Ceiba.", 1),
])
def test_a_named_object_after_any_description(run, text, killed):
    assert _first(run, text)[0] == killed


def test_a_clause_before_a_name_is_no_description(reference):
    assert _killed_readings(reference, "Hundreds were killed across Northern Ireland during the Troubles.") == [
        (200, None)]
    assert _killed_readings(reference, "Israel says its soldiers were killed through Hamas Border Tunnels.") == []


def _largest_killed(reference, text):
    """The largest killed reading of one sentence (None when there is none)."""
    readings = [low for low, _ in _killed_readings(reference, text) if low is not None]
    return max(readings) if readings else None


@pytest.mark.parametrize("text", [
    # a threat or an aim is no toll, whatever the verb and the victim
    "A militant group says it has abducted Marco Bellini, an Italian aid worker, in Kabul and threatens to kill him.",
    "Gunmen kidnap two engineers in Port Harcourt and vow to kill them unless a ransom is paid.",
    "Rebels abduct 12 schoolgirls in Kaduna and threaten to kill all of them.",
    "Insurgents kidnap a Turkish truck driver in Mosul and say they could kill him within 48 hours.",
    "Kidnappers in Sulu said they would kill the two hostages if the army attacked.",
    "The group vowed to kill Governor Felix Amadi after seizing his aide in Owerri.",
])
def test_a_threat_is_no_toll(reference, text):
    assert _killed_readings(reference, text) == []


def test_a_past_killing_after_an_aim_is_a_toll(run):
    # ... but a killing told after it is: "later kill him", "is said to have killed"
    assert _first(run, "Gunmen abduct a mayor in Guerrero and later kill him.")[0] == 1
    assert _first(run, "The militia is said to have killed 40 villagers in an attack on Djugu on Friday.")[0] == 40


@pytest.mark.parametrize(("text", "killed"), [
    # "the" and one person with an "of" after it is one more victim
    ("A bomb hits a minibus in Diyarbakir, killing three police officers and the young son of one of them.", 4),
    ("Gunmen attack a wedding in Kandahar, killing six guests and the father of the bride.", 7),
    ("A rocket strikes a house in Ashkelon, killing two children and the elderly grandmother of one of them.", 3),
    # "the" before a number counts them all
    ("A car bomb explodes in Aden, killing the two men inside and a passer-by.", 3),
    ("A truck ploughs into a market in Lyon, killing the four people inside and three pedestrians and injuring 20.", 7),
    ("A bomb explodes in a bus in Peshawar, killing the 12 passengers and two policemen.", 14),
    # ... but not a year after it
    ("A car bomb in Mogadishu killed the 2019 marathon champion and two of his coaches.", 3),
    # look-alikes: a share of a group counts no one of its own
    ("A bomb explodes in Kano, killing four soldiers and the rest of the patrol.", 4),
    ("Militants attack a convoy in Helmand, killing five soldiers and the bulk of the unit.", 5),
    ("A shell hits a shelter in Kharkiv, killing three women and the other.", 3),
])
def test_a_described_person_and_the_before_a_number(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a crowd's deaths told with other verbs than "killed"
    ("Thirty pilgrims are trampled to death in a stampede after a bomb blast in Karbala.", 30),
    # a toll of "other" people after a count adds to it, in the same sentence or the next
    (("Eleven prisoners are crushed to death after guards open fire on a crowd in Kinshasa; three other inmates were "
      "shot dead."), 14),
    ("Five soldiers were killed when a bomb hit their convoy in Kunduz; two other soldiers died later in hospital.", 7),
    ("A bomb killed four policemen in Mardin.\nThree other officers died of their wounds on Tuesday.", 7),
    # ... and "other" after a named victim still counts the named one once
    ("Gunmen shot dead councillor Ana Ruiz in Morelia on Friday; two other people died in the attack.", 3),
])
def test_tolls_of_other_people_add_to_the_count_before(run, text, killed):
    assert _first(run, text)[0] == killed


def test_an_intransitive_death_verb_before_a_crushed_to_death(reference):
    text = "Forty-two migrants suffocate or are crushed to death in a truck near Sabha after smugglers abandon it."
    assert _largest_killed(reference, text) == 42
    # "sentenced to death" is a verdict, no toll
    assert _largest_killed(reference, "Three men were sentenced to death in Cairo for the bombing of a church.") is None


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a named victim between the verb and "to death" (or "dead"), with an aside, and a possessed person wounded
    ("A man stabs Anna Kovacs, a local councillor, to death in a market in Gdansk and wounds her husband.", 1, 1),
    ("A man stabbed Maria Lopez to death in Seville on Friday.", 1, None),
    ("A gunman shoots Pavel Novak, a journalist, dead outside his home in Brno.", 1, None),
    ("A gunman opened fire in a bank in Graz and wounded her husband.", None, 1),
])
def test_a_named_victim_stabbed_to_death_and_a_possessed_person_wounded(run, text, killed, wounded):
    row = _first(run, text)
    assert (row[0], row[2]) == (killed, wounded)


def test_a_name_with_a_particle_beaten_to_death(reference):
    assert _largest_killed(reference, "A mob beat Samir el-Masri, a student, to death in Tanta on Monday.") == 1


@pytest.mark.parametrize(("text", "killed"), [
    # "along with" after the place and the day, and an aside with a list of its own before the verb
    (("General Oleg Petrov, head of Russia's missile, artillery and rocket forces, was killed in Donetsk on Monday "
      "along with an aide when a mine exploded under his car."), 2),
    ("Colonel Ivan Sokolov was killed in Luhansk on Friday along with his driver when a bomb hit their car.", 2),
    ("Militia leader Hassan Nouri was killed in a drone strike near Baghdad airport along with two bodyguards.", 3),
    ("Judge Amir Khan was shot dead in Quetta on Tuesday together with his son.", 2),
    # look-alike: "along with" in another clause is no companion of the dead
    ("Judge Rafael Soto was shot dead in Cali on Monday when gunmen attacked his car along with a police escort.", 1),
])
def test_companions_along_with_after_place_and_day(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the toll of the earlier event a strike answers is not the strike's
    ("U.S. jets bombed militia sites in Syria after a drone attack that killed three soldiers in Jordan.", None),
    ("Israeli jets struck 40 targets in Gaza on Sunday in retaliation for a rocket attack that killed two Israelis.", None),
    ("A car bomb killed seven people in Mosul, two days after an attack that killed 12 soldiers in Tikrit.", 7),
    (("The army shelled rebel positions near Idlib in response to an ambush that killed 12 soldiers.\n"
     "Local medics said nine civilians were killed."), 9),
    # look-alikes: a sentence that opens with the earlier event keeps its toll, and so does an event told only in
    # that clause
    ("Following a bombing that killed 14 people at a bus station in Jos, police imposed a curfew.", 14),
    ("Crowds gathered in Quetta on Sunday after a suicide bombing that killed 30 people at a market.", 30),
    ("Protests erupted in Rafah following an Israeli strike that killed dozens of displaced people.", 24),
])
def test_a_toll_of_an_earlier_event_is_not_this_ones(run, text, killed):
    assert _first(run, text)[0] == killed


def test_the_bodies_of_parts_are_summed(reference):
    text = "Police find the bodies of 12 men and three women, most of them farmers, in a ravine near Acapulco."
    assert _largest_killed(reference, text) == 15
    assert _largest_killed(reference, "Soldiers found the bodies of 20 men at a mass grave near Bunia.") == 20


@pytest.mark.parametrize(("text", "killed"), [
    # a toll told first, its cause in the next sentence: the toll serves that sentence's incident
    (("A military transport plane crashed near Goma on Friday, killing all 40 people on board.\n"
     "Officials said it may have been shot down by a rocket fired by rebels."), 40),
    (("A passenger jet came down over a village in eastern Ukraine, killing 298 people.\n"
     "Western governments said it was hit by a surface-to-air missile fired by separatists."), 298),
    # look-alikes: the next incident's own toll outranks it, and a war's toll serves no one event
    ("A cargo plane crashed near Juba, killing 12 people.\nOn Monday a car bomb exploded in Aden, killing four soldiers.",
     4),
    ("The war has killed more than 10,000 people since 2015.\nOn Monday a car bomb exploded in Aden.", None),
    # ... and so does a toll before a sentence that opens on another day or place
    ("A cargo plane crashed near Juba, killing 12 people.\nOn Monday a car bomb exploded in Aden.", None),
    ("A cargo plane crashed near Juba, killing 12 people.\nElsewhere, gunmen attacked a bus near Wau.", None),
])
def test_a_toll_before_the_sentence_of_its_cause(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # more verbs of death: burned alive, succumbed to injuries
    ("Gunmen burned 14 villagers alive in a church near Jos.", 14),
    ("Fourteen villagers were burned alive in their homes near Jos.", 14),
    ("Three soldiers succumbed to their injuries in hospital after the ambush near Gao.", 3),
    # the dead told by their parts
    ("Among the dead were three soldiers and two civilians.", 5),
    ("The dead included four policemen and a journalist, officials in Herat said.", 5),
    # one person by a noun of a doer, first in a list after the verb
    ("A bomb tore through a bus in Quetta, killing the driver and 11 passengers.", 12),
    # look-alikes: "killed or injured" counts no dead, and a thing is no victim
    ("Nearly 300 people were killed or injured in the attack on the market in Maiduguri.", None),
    ("The explosion killed the momentum and two bystanders' hopes.", None),
])
def test_more_death_verbs_the_dead_told_by_parts_and_a_doer_first(reference, text, killed):
    assert _largest_killed(reference, text) == killed


def test_killed_or_injured_is_no_wounded_count_either(reference):
    from ingest.extract.tolls import casualties
    frame = pl.DataFrame({"article_id": ["a"], "sentence_index": [0],
                          "text": ["Nearly 300 people were killed or injured in the attack on the market in Maiduguri."]},
                         schema={"article_id": pl.String, "sentence_index": pl.Int32, "text": pl.String})
    assert casualties(frame, reference).filter(pl.col("n_min") > 0).is_empty()


def test_no_one_killed_or_injured_is_none_of_either(reference):
    from ingest.extract.tolls import casualties
    frame = pl.DataFrame({"article_id": ["a"], "sentence_index": [0],
                          "text": ["No soldiers or civilians were killed or injured in the rocket attack on the base."]},
                         schema={"article_id": pl.String, "sentence_index": pl.Int32, "text": pl.String})
    found = casualties(frame, reference)
    assert sorted(zip(found["kind"].to_list(), found["n_min"].to_list(), strict=True)) == [("killed", 0), ("wounded", 0)]


@pytest.mark.parametrize(("text", "killed"), [
    # a pronoun for the victim and a companion, in a sentence where police only tried to help
    (("A bomb strapped to a shopkeeper in Tarija went off on Friday as police technicians tried to defuse it, killing "
      "him and a bomb-squad sergeant."), 2),
    ("A parcel bomb exploded in a post office in Oruro as police officers tried to open it, killing her and a clerk.", 2),
    ("Gunmen ambushed a police patrol near Tula on Monday, killing him and two constables.", 3),
])
def test_a_pronoun_victim_with_police_nearby(run, text, killed):
    assert _first(run, text)[0] == killed


def test_the_attacker_killed_by_a_force_is_still_no_toll(reference):
    # police, troops or commandos as the subject of a use of force: the pronoun is the attacker
    for text in ("Troops returned fire on the gunman at a checkpoint in Nice, killing him.",
                 "Security forces stormed the flat in Lens where the bomber was hiding, killing him.",
                 "Commandos raided the farmhouse near Setif, killing her."):
        assert (1, 1) not in _killed_readings(reference, text), text


@pytest.mark.parametrize(("text", "killed"), [
    # the named victim, an apposition with an event word of its own, and "N other men": the participle's toll is
    # the strike's, not the past bombing's
    (("A drone strike destroyed a pickup in Shabwa province on Friday, killing Nasser al-Harbi, a commander "
      "suspected in the 2008 embassy bombing, and four other men, officials said."), 5),
    (("An airstrike hit a farmhouse near Idlib, killing Omar Khatib, a militia chief wanted for the 2015 market "
      "attack, and two other people."), 3),
])
def test_a_participle_named_list_serves_the_strike(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a bare name as the whole object, and a second named person wounded
    (("Men on a motorbike fixed a magnet bomb to the car of two engineers in Isfahan, killing Reza Karimi and "
      "wounding Hamid Soltani."), 1, 1),
    ("A sniper fired at a convoy leaving Aleppo, killing Hussein Darwish.", 1, None),
    ("Gunmen opened fire on a minibus in Quetta, killing Ali Reza Jafari and injuring his son.", 1, 1),
    # ... before a place or time, and a list of bare names
    ("Gunmen killed Farid Nouri in Zahedan on Monday.", 1, None),
    ("Gunmen shot dead Omid Karimi and Reza Tavakoli outside a mosque in Zahedan.", 2, None),
    ("Gunmen killed Omid Karimi, Reza Tavakoli and Ali Nouri at a checkpoint near Khash.", 3, None),
    ("Gunmen on motorcycles killed Omid Karimi and wounded two of his bodyguards in Zahedan.", 1, 2),
    # a group is no name
    ("An airstrike hit the base near Ramadi, killing US Marines.", None, None),
    ("Airstrikes killed Islamic State fighters in Raqqa on Sunday.", None, None),
])
def test_a_named_object_alone(run, text, killed, wounded):
    got = _first(run, text)
    assert (got[0], got[2]) == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # the part is within the whole: the whole is the toll
    (("Two employees of the Dutch consulate in Herat are among nine people killed when a suicide bomber blows "
      "himself up near the gate on Sunday."), (9, 9)),
    ("A British aid worker was among at least 14 people who died when a car bomb exploded in Mogadishu.", (14, None)),
    ("Three police officers are among the 11 dead after gunmen stormed a hotel in Kismayo.", (11, 11)),
    # without a whole, the part is the toll
    ("Two Canadians were among those killed when a bomb exploded at a bar in Bali.", (2, 2)),
])
def test_a_part_among_the_whole(run, text, killed):
    assert _first(run, text)[:2] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the manner of death before the count, and two verbs joined by "and"
    (("Militiamen raid a camp for displaced people near Bunia late on Friday, shooting and burning to death more "
      "than 60 villagers."), (60, None)),
    ("Militants stormed a village near Gao, hacking to death 23 farmers.", (23, 23)),
    ("Rioters set fire to a church near Jos, burning alive 12 worshippers and injuring 30.", (12, 12)),
    # burning houses is no toll
    ("Rebels burned 40 houses in a raid on Beni.", (None, None)),
])
def test_the_manner_of_death_before_the_count(run, text, killed):
    assert _first(run, text)[:2] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a titled, named victim and a companion before the verb, in two clauses joined by "while": both counted
    (("Mali's government says it has foiled a mutiny in the Kayes region, where regional governor Amadou Traore and "
      "a bodyguard were shot dead in Kayes, while army chief of staff Oumar Diallo and a colonel were killed by "
      "mutineers in Bamako."), 4),
    (("Two soldiers were killed in a bomb attack in Kandahar on Monday, while three civilians died in a second "
      "blast in the city."), 5),
    ("A car bomb exploded in Kirkuk, killing two soldiers; three civilians were also killed.", 5),
    # the attackers' own deaths in the second clause are not added
    ("Gunmen stormed a hotel in Bamako, killing five guests, while three gunmen were shot dead by police.", 5),
])
def test_a_second_clause_adds_its_dead(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a death shown, claimed or confirmed by a noun of killing
    (("Ansar al-Jabal, a group that has sworn loyalty to al-Qaeda, releases a video showing the beheading of "
      "Belgian aid worker Luc Peeters, whom it seized in May near Tessalit."), 1),
    ("The Taliban claimed the killing of three soldiers in an ambush in Helmand on Friday.", 3),
    ("Al-Shabaab claims responsibility for the murder of a judge in Baidoa.", 1),
    # a killing named only as a cause is no toll
    ("Militias fired rockets at a base in Kirkuk, in revenge for the killing of General Hassan Rostami.", None),
])
def test_a_killing_shown_or_claimed(run, text, killed):
    assert _first(run, text)[0] == killed


def _wounded_readings(reference, text):
    """Every wounded toll read in one sentence, as (n_min, n_max)."""
    from ingest.extract.tolls import casualties
    frame = pl.DataFrame({"article_id": ["a"], "sentence_index": [0], "text": [text]},
                         schema={"article_id": pl.String, "sentence_index": pl.Int32, "text": pl.String})
    found = casualties(frame, reference).filter(pl.col("kind") == "wounded")
    return list(zip(found["n_min"].to_list(), found["n_max"].to_list(), strict=True))


def test_a_named_person_shot_is_wounded(reference):
    # shot, with no casualty word, after a description in apposition
    assert _wounded_readings(reference, "Opposition general Somchai Rattana, an adviser to the protest movement, is "
                                        "shot in the head by a sniper at the camp in central Chiang Mai.") == [(1, 1)]
    assert _wounded_readings(reference, "Gunmen opened fire on a car in Sinaloa, wounding Judge Rosa Medina.") == [(1, 1)]
    # shot dead, or a thing after the verb, is no wounded person
    assert _wounded_readings(reference, "Opposition general Somchai Rattana is shot dead at the camp in Chiang Mai.") == []
    assert _wounded_readings(reference, "The sanctions are hurting the power sector in Caracas.") == []


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a named person wounded, with others hurt "also" in a later clause
    (("Governor Ahmed Rashid is lightly wounded when mortar shells strike his compound in Hodeidah; several "
      "guards are also hurt."), None, 4),
    # ... but one who died of it is dead, not wounded
    ("Opposition leader Juan Ortiz was shot in the chest outside his home in Cali and died in hospital.", 1, None),
    ("Mayor Ana Lopez was stabbed at a rally in Gdansk on Sunday and died the next day.", 1, None),
    # a role as the only object
    ("A bomb goes off in a bus in Leeds on Friday, killing the conductor and injuring the driver.", 1, 1),
])
def test_one_person_wounded(run, text, killed, wounded):
    got = _first(run, text)
    assert (got[0], got[2]) == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # a vague quantity is a least count: no maximum
    ("Gunmen stormed a village near Maiduguri, killing dozens of people.", (24, None)),
    ("Rebels attacked a barracks and offices in Ghazni, killing dozens of soldiers and police.", (24, None)),
    ("A suicide bomber struck a market in Mosul, killing several policemen.", (3, None)),
    ("Hundreds of villagers were hacked to death in raids on villages near Jos.", (200, None)),
    # an exact count keeps its maximum
    ("A car bomb killed a dozen soldiers at a checkpoint in Aden.", (12, 12)),
])
def test_a_vague_quantity_has_no_maximum(run, text, killed):
    assert _first(run, text)[:2] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # "another" or "the other" after one killed is one wounded
    ("A border guard is killed and another wounded when gunmen ambush a patrol near Tiraspol.", 1, 1),
    (("Two customs officers are shot at a petrol station in Hendaye; one is killed and the other critically "
      "wounded."), 1, 1),
    ("One soldier died and another was injured when a mine exploded under their truck near Kidal.", 1, 1),
])
def test_another_wounded(run, text, killed, wounded):
    got = _first(run, text)
    assert (got[0], got[2]) == (killed, wounded)


def test_another_wounded_as_an_adjective_is_no_toll(reference):
    assert _wounded_readings(reference, "Another wounded soldier died in hospital in Kabul after the blast.") == []


@pytest.mark.parametrize(("text", "killed"), [
    # deaths counted by a noun, and "a total of"
    ("A car bomb in Basra caused 12 deaths on Monday.", (12, 12)),
    ("A car bomb exploded outside a court in Basra on Monday; nine deaths were reported.", (9, 9)),
    ("A suicide bomber struck a funeral in Tal Afar, killing a total of 22 mourners.", (22, 22)),
    # "no deaths" is none
    ("A bomb exploded outside a bank in Basra on Monday but caused no deaths.", (0, 0)),
])
def test_deaths_counted_by_a_noun(run, text, killed):
    assert _first(run, text)[:2] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a second subject after ", and" or ";" adds its dead
    ("Two soldiers were killed on Monday, and a third died of his wounds on Tuesday after the ambush near Gao.", 3),
    ("Four policemen were killed in the blast in Menaka, and three civilians also died.", 7),
    # ... not a share of those counted
    ("Five people were killed when a bomb exploded in a market in Gao; two of them died in hospital.", 5),
    ("Ten people were killed in a bomb attack in Ansongo, and five of the dead were soldiers.", 10),
    ("At least 30 people were killed in the bombing in Gao; 12 children were among the dead.", 30),
])
def test_a_second_subject_after_and(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # more qualifiers of a least count
    ("Gunmen attacked a village near Mopti, killing close to 100 people.", (100, None)),
    ("A suicide bomber struck a rally in Quetta, killing upwards of 40 people.", (40, None)),
    ("Well over 200 people were killed when militants stormed the town of Baga.", (200, None)),
    ("Airstrikes on Saada killed in excess of 60 civilians.", (60, None)),
])
def test_more_least_count_qualifiers(run, text, killed):
    assert _first(run, text)[:2] == killed


def test_deaths_to_prevent_are_no_toll(reference):
    assert _killed_readings(reference, "The standards will prevent nearly 3,000 premature deaths and more than 18,000 "
                                       "cases of asthma attacks.") == []
    assert _killed_readings(reference, "More than 100 fatalities have been reported after the storm.") == []


@pytest.mark.parametrize(("text", "killed"), [
    # a named victim, an aside about them, then "and N others": each counted
    ("A drone strike kills Ahmed Karimov, a deputy commander of the rebel army, and at least 10 others near Raqqa.",
     (11, None)),
    ("Soldiers shot dead Jamal Osei, a local militia chief, and four others in an ambush near Gao.", (5, 5)),
    ("The car bomb killed Maria Lopez, the mayor of the town, and seven others in Saltillo.", (8, 8)),
    # a named victim, an aside, then "and his <kin>" before the verb
    ("Omar Haddad, mayor of the northern town, and his driver are killed by a roadside bomb in Mosul.", (2, 2)),
    ("Lina Petrova, a reporter for a local paper, and her husband were shot dead outside their home in Kharkiv.",
     (2, 2)),
    ("Judge Samuel Okafor, 61, and his two bodyguards were killed when gunmen fired on his car in Kano.", (3, 3)),
])
def test_named_victim_with_an_aside_and_companions(run, text, killed):
    assert _first(run, text)[:2] == killed


def test_others_of_another_clause_are_not_companions(run):
    # look-alikes: the others are the subject of their own verb, or wounded
    assert _first(run, "The bomb killed Peter Hansen, a police officer, and three others were wounded in Kaduna.")[0] == 1
    assert _first(run, "Omar Haddad, mayor of the town, and his driver were wounded by a roadside bomb in Tikrit.")[0] \
        is None


@pytest.mark.parametrize(("text", "killed"), [
    # "N people, M of whom ..., were killed": the share told aside is inside the toll, not added to it
    ("Twelve soldiers, four of whom were officers, were killed in an ambush near Tillaberi.", 12),
    ("Nine miners, two of whom are later beheaded, are killed by gunmen near Anka.", 9),
    ("At least 20 villagers, 15 of whom were women, died when militants stormed Kukawa.", 20),
    # look-alike: the share is the dead of those shot
    ("Gunmen shot 10 schoolgirls in Kano, five of whom died.", 5),
])
def test_a_share_told_aside_is_inside_the_toll(run, text, killed):
    assert _first(run, text)[0] == killed


def test_a_relative_clause_in_a_list_is_no_victim(run):
    assert _first(run, "Troops say they have killed rebel commander Idris Walo, who led raids on border towns, along "
                       "with six others in an air strike near Kidal.")[:2] == (7, 7)


@pytest.mark.parametrize(("text", "killed"), [
    # a body found is one dead, told before or after the verb
    ("The body of provincial governor Hugo Salcedo is found near Neiva, a day after gunmen kidnapped him.", 1),
    ("The body of a kidnapped engineer was found on Sunday near Kaduna, two days after gunmen seized him.", 1),
    ("Soldiers found the body of an abducted aid worker near Gao, a week after gunmen seized him from his car.", 1),
])
def test_a_body_found_is_one_dead(run, text, killed):
    assert _first(run, text)[0] == killed


def test_the_attacker_as_the_only_dead_is_no_toll(run):
    assert _first(run, "A suicide bomber blew himself up at a police post in Poso, wounding 12 officers. The bomber "
                       "was the only one killed.")[:3] == (None, None, 12)
    # look-alike: a victim as the only dead is a toll
    assert _first(run, "A bomb exploded at a bus stop in Garissa; a guard was the only one killed.")[0] == 1


def test_a_body_of_a_thing_is_no_toll(reference):
    assert _killed_readings(reference, "The body of the plane was found in the sea off Sumatra.") == []


@pytest.mark.parametrize(("text", "killed"), [
    # the attackers' own dead told apart after the toll are not in it, nor the largest reading
    (("Gunmen ambush a convoy near Djibo, killing 20 civilians, 11 soldiers and two volunteers, the army says; 45 "
      "attackers are also reported killed."), 33),
    ("Gunmen stormed a hotel in Kismayo, killing 12 guests and two guards; four attackers were also killed.", 14),
    # ... alone, they are the toll
    ("Four assailants were killed near Djibo.", 4),
    # ... but not when they died in their own assault (the gold rule: attackers count only within a stated toll)
    ("Four assailants were killed when they stormed a police post near Djibo.", None),
    ("Four gunmen are killed by police in a shootout in Dagestan after attacking a traffic post.", None),
    # ... and the victims told after them are the toll
    ("Ten militants were killed by troops as they attacked a checkpoint in Kunar; two soldiers also died.", 2),
    # look-alikes: the victims killed after an assault by others, militants killed by a strike
    ("Three soldiers are killed after militants storm their base in Kidal.", 3),
    ("Six policemen were killed as militants attacked a checkpoint in Sinai.", 6),
    ("Two militants were killed when a drone struck their vehicle in Shabwa.", 2),
    ("Five militants and two soldiers are killed after an attack on a checkpoint near Bannu.", 7),
])
def test_the_attackers_told_apart_are_not_the_toll(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a count of people named in an aside before the verb: the count is the toll
    ("Two Italian engineers working for a road builder, Marco Bellini and Luca Ferro, are found shot dead near Sirte.", 2),
    ("Three aid workers of a Swiss charity, Anna Berg, Paul Roux and Ivo Kral, were shot dead near Gao.", 3),
])
def test_a_count_of_named_victims(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the attackers killed by the forces that ended the attack are no toll; the attack's own toll, told in a clause
    # after, is
    (("Troops stormed the mall and killed three gunmen who had held out inside overnight after a raid on Friday "
      "that left at least 41 shoppers and guards dead, officials said."), 41),
    ("Soldiers killed four attackers who had stormed a hotel in Beledweyne, where the siege left 19 guests and staff dead.", 19),
    # ... and so are the attackers shot dead at the end of it ("before all four are shot dead")
    ("Three gunmen attack a bank in Zaria, killing a guard and two customers before all three are shot dead.", 3),
    ("Two militants stormed a checkpoint near Bannu, killing four policemen before both were killed.", 4),
    # look-alike: victims counted after "before" are no attackers' toll
    ("Gunmen ambushed a convoy near Arlit and fought for hours before four soldiers were killed.", 4),
    # look-alike: a clause after the toll about an earlier, other event keeps its toll apart
    ("Jets struck 30 targets near Idlib in retaliation for a rocket attack that killed three soldiers.", None),
])
def test_the_attackers_killed_apart_from_the_stated_toll(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a named victim and possessed companions in a list before the verb: each one
    ("Kenya's envoy to Somalia, Daniel Mwangi, his police bodyguard and their Somali driver are killed near Baidoa.", 3),
    ("Mexican reporter Ana Ruiz, her cameraman and their driver were shot dead in Culiacan on Sunday.", 3),
    ("Provincial governor Ali Musa, his bodyguard, his secretary and his driver were killed when a bomb hit his convoy.", 4),
    # a named victim with a long aside: "X, a teacher who had ..., is beheaded"
    (("Karel Novak, a retired schoolteacher who had campaigned for years against the quarry near his village, is "
      "beheaded outside his home in Brno."), 1),
])
def test_named_victims_with_companions_and_long_asides(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # the named person hurt and a possessed companion killed, the verb of the second elided
    (("Nationalist writer Igor Vlasov, a vocal backer of the regime, is injured and his driver killed when a bomb "
      "blows up their car near Tver."), 1, 1),
    ("Opposition leader Omar Nadir was wounded and his bodyguard killed when gunmen fired on his car in Mogadishu.", 1, 1),
    ("Mayor Luis Ortega escaped unhurt but his driver was shot dead when gunmen ambushed their car in Uruapan.", 1, None),
    # look-alike: companions unhurt are no toll
    ("Senator Paul Okafor was wounded when gunmen opened fire on his convoy in Enugu; his wife and children were unhurt.",
     None, 1),
])
def test_a_possessed_companion_killed_beside_a_named_person_hurt(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # the parts of a total, told with how each died, retell it
    (("Three Dutch soldiers have died after their truck hit a roadside bomb near Gao on Friday; two were killed "
      "instantly and the third died of his injuries."), 3),
    ("Four policemen were killed when a mine exploded under their car in Tal Afar; three died at the scene and the fourth in hospital.", 4),
    # look-alike: a second count with its own time adds
    ("Three soldiers were killed in an ambush near Dara on Monday; two were killed in a second ambush on Tuesday.", 5),
    ("Two soldiers were killed by a roadside bomb near Gao on Monday, and a third died on Tuesday.", 3),
])
def test_parts_that_retell_a_total_do_not_add_to_it(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # one count over two nouns joined by "and"
    ("Five soldiers and policemen were killed when a roadside bomb struck their convoy near Kirkuk.", 5),
    ("A bomb tore through a bus station in Jos, and officials said eleven women and children died.", 11),
    # ... and before "dead" after "left"/"leaving"
    ("A car bomb exploded outside a police station in Mosul, leaving 14 recruits and passers-by dead.", 14),
    # look-alike: the wounded before "and one dead" are no dead
    ("A bomb exploded in a market in Hilla, leaving 20 wounded and one dead.", 1),
])
def test_one_count_over_two_nouns(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a killing after another by the same doer, in sequence ("and then ..., killing"), adds to it
    ("A gunman shot dead his wife at their home and then drove to a school, where he opened fire, killing three teachers.", 4),
    # look-alike: "then" with no second killing adds nothing
    ("A gunman shot dead two guards at a bank in Kano and then fled with the cash.", 2),
])
def test_a_killing_in_sequence_adds(run, text, killed):
    assert _first(run, text)[0] == killed


def test_all_survived_is_no_dead(run):
    assert _first(run, "A gunman opened fire on two police officers outside a station in Lyon; both survived.")[0] == 0
    # look-alike: one survived is no count of the dead
    assert _first(run, "A gunman shot dead three people at a bar in Lyon; a fourth survived.")[0] == 3


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one more hurt as the object: "killing one ... and wounding another before they are shot dead"
    ("Two gunmen open fire on a patrol near Tessit, killing one soldier and wounding another before they are shot dead.",
     1, 1),
    ("Gunmen shot dead a shopkeeper in Kano and wounded another before fleeing.", 1, 1),
    # look-alike: "another" and a count is that count
    ("Gunmen shot dead a shopkeeper in Kano and wounded another 12 people before fleeing.", 1, 12),
    # a possessed companion hurt, with a relative clause
    ("A bomb exploded under a judge's car in Lahore, killing him; his wife, who was in the passenger seat, was injured.",
     1, 1),
    # a named person stabbed and not killed is hurt; stabbed and dying later is dead
    ("Journalist Oleg Popov was stabbed in the neck outside his flat in Kursk, police said.", None, 1),
    ("Mayor Pawel Nowik is stabbed on stage at a charity concert in Gdansk and dies the next day.", 1, None),
])
def test_one_more_hurt_or_dead_beside_the_first(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # a named object and a list of possessed companions after a comma
    ("Gunmen killed Judge Amir Khan, his bodyguard and their driver in Peshawar on Monday.", 3),
    # look-alike: one possessed person after a comma is the named one told again
    ("Gunmen killed Tariq Aziz, his nephew told reporters in Peshawar on Monday.", 1),
    # the verbs of one death, active and passive: beheaded, lynched, strangled, stabbed to death
    ("Militants beheaded a village chief near Beni on Sunday.", 1),
    ("A mob lynched two men accused of theft in a market in Lagos.", 2),
    ("An attacker stabbed to death a teacher outside a school in Arras.", 1),
    # look-alike: a threat to behead is no toll
    ("Militants threatened to behead a village chief near Beni on Sunday after a raid on the village.", None),
    # the parts retold after a total, with how each died
    (("Five policemen died after a bomb hit their patrol near Quetta; three were killed on the spot and two died "
      "in hospital."), 5),
])
def test_named_companions_and_verbs_of_one_death(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a manner of death in the present tense
    ("Rebels hack to death more than 60 villagers, many of them women, in raids around Aru, aid agencies say.", 60),
    # look-alike: the same verb without "to death" is no death
    ("Militants stab two guards at a checkpoint near Jenin.", None),
    # dead told by how they were found
    (("Two aid workers of a Swiss charity, one of them a nurse, are found with their throats cut in their office in "
      "the town of Gao."), 2),
    ("A man was found with his throat slit in a park in Nice.", 1),
])
def test_manners_of_death(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a named victim and companions: "with a friend", "along with her aide", "and N <people>"
    ("Local councillor Amina Yusuf is shot dead with a colleague outside the party office in Kano.", 2),
    ("Radio presenter Luis Ortega was stabbed to death with a friend at a bar in Tegucigalpa on Saturday.", 2),
    ("Former senator Paolo Rinaldi is found shot dead in a car along with his communications adviser near Palermo.", 2),
    ("Gunmen shoot dead opposition lawmaker Peter Mwangi and his driver on a road outside Nakuru.", 2),
    ("A car bomb killed police chief Arturo Mena and three bodyguards in Culiacan on Tuesday.", 4),
    ("A suicide bomber rams a convoy in Kandahar, killing senior diplomat Henri Dubois and two Afghan civilians.", 3),
    (("Gunmen killed community leader Rosa Quintero and four unarmed village guards and wounded six other people "
      "near Toribio."), 5),
    ("A bomb killed army general Viktor Sokolov and two soldiers travelling with him in Donetsk.", 3),
    # two named victims, each with a title
    ("Human rights lawyer Sami Haddad and journalist Rana Aziz are shot dead in a café in Basra.", 2),
    ("Militant commander Abu Khalid and his deputy Abu Omar were killed in a drone strike in North Waziristan.", 2),
    # named victims "among those killed" (at least them)
    (("Defence Minister Ali Rahman and army chief General Tariq Aziz are among those killed in the attack on the "
      "barracks in Mogadishu."), 2),
    ("Former president Jean Baptiste, his wife and his son are among the dead after gunmen stormed their house.", 3),
    # a name and the office in apposition count one
    (("Hari Prasad Koirala, the chief of the border police, his wife and a bodyguard are shot dead on a morning walk "
      "near Pokhara."), 3),
    # look-alikes: an instrument after "with", a companion wounded, a clause after "and"
    ("Journalist Omar Farouk was killed with a single bullet outside his home in Mosul.", 1),
    ("Cleric Ahmed Saleh was shot dead with an assault rifle as he left a mosque in Aden.", 1),
    ("Mayor Carlos Vega is shot dead and his bodyguard is wounded in an attack in Acapulco.", 1),
    ("Gunmen shot dead judge Rafael Soto and two days later police arrested a suspect in Guayaquil.", 1),
])
def test_named_victims_with_companions(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # one more told by a clause of its own with a long subject
    ("Mayor Jaime Rojas is shot dead at a market in Cali; a street vendor standing beside him is also killed.", 2, None),
    ("A soldier is shot dead at a checkpoint in Hebron; a Palestinian man who was nearby was also killed.", 2, None),
    ("A bomb kills three people at a bus station in Kano; a policeman who rushed to the scene is also killed.", 4, None),
    # a share of those shot or stabbed died, the rest were hurt
    ("A man stabs three shoppers, one of them fatally, in a supermarket in Auckland before police arrest him.", 1, 2),
    ("A gunman shoots seven people, two of them fatally, at a school in Memphis.", 2, 5),
    ("Gunmen opened fire on a market in Jos, wounding 30 people, four of them fatally.", 4, 26),
    # no injuries caused: none dead and none hurt
    ("A rocket fired from Gaza lands in an open field near Sderot without causing injuries.", 0, 0),
    ("A bomb exploded outside a bank in Athens early on Sunday without causing any casualties.", 0, 0),
    # only the attacker died: no toll
    ("A suicide bomber blew himself up at a checkpoint in Kabul, killing no one but himself.", None, None),
    # an aside that lists its own members is inside the count; a part after the closed aside adds
    ("Gunmen kill nine people at a hotel in Kabul, including a journalist, his wife and two of their children.", 9, None),
    ("Gunmen kill nine people, including a journalist, and three soldiers at a hotel in Kabul.", 12, None),
    # parts with long nouns
    ("The army says 12 members of the security forces and 77 insurgents are killed in attacks in Rakhine.", 89, None),
    ("Officials say 9 officers of the border police and 6 soldiers were killed in the ambush near Tillaberi.", 15, None),
    # the dead told in other words
    ("Scores of villagers were massacred by militiamen in Ituri province, the UN says.", 40, None),
    ("A drone strike hits a car near Marib; among those killed was a senior commander of the group.", 1, None),
    ("An explosion at a market in Maiduguri left nine people dead and 22 injured.", 9, 22),
])
def test_more_ways_of_telling_a_toll(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # the toll of an earlier attack told after "after" is not today's
    ("Militants fire rockets at Israel after an Israeli air strike killed a militant commander in Gaza.", None),
    ("Turkish jets bomb militant positions in northern Iraq, hours after a roadside bomb killed 8 soldiers in Hakkari.",
     None),
    # look-alike: the participle after "after ..., " is today's toll
    ("A car bomb exploded in a market in Baquba after gunmen opened fire on a checkpoint, killing 11 people.", 11),
    # the toll told by one side in the next sentence, of "the strikes"
    ("Israeli aircraft strike a camp in Gaza.\nPalestinian health officials say 20 people were killed in the strikes.", 20),
    (("Turkish jets hit 30 militant targets in northern Syria.\nThe Kurdish-led SDF says the strikes killed 11 "
      "civilians."), 11),
])
def test_whose_toll(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # parts before a verb of dying, the wounded apart
    (("Gunmen storm a parliament building in Grozny; two police officers and a parliament employee die and 17 people "
      "are injured."), 3, 17),
    ("An explosion at a bus depot in Kaduna left eleven people dead and 30 injured.", 11, 30),
    # a revised toll told with "later" replaces the first count
    ("A bomb at a shrine in Sehwan kills 31 people; officials later raised the toll to 88.", 88, None),
    # an age is no count
    ("A 12-year-old boy was killed when a mortar round hit his home in Gorlovka.", 1, None),
    # security forces killed the one who attacked: no toll of the dead; "no one else was hurt" is none wounded
    # (the two he stabbed are hurt: a knife's living victims are wounded, as the gold sets count them)
    ("Police shot dead a man at a railway station in Lyon after he stabbed two officers; no one else was hurt.", None, 2),
    ("Police shot dead a man who opened fire on passers-by outside a mall in Bangkok.", None, None),
    ("Police shot dead the gunman after he opened fire at a checkpoint in Nice; no one else was hurt.", None, 0),
    # look-alike: a man shot by soldiers with no attack of his told is the toll
    ("Soldiers shot dead a man at a protest in Mandalay, witnesses said.", 1, None),
    # look-alike: the bombers told again in apposition are no toll
    (("Two suicide bombers blew themselves up at the gate of a church in Medan, wounding 14 people.\nPolice said the "
      "bombers, a young married couple who died in the blast, belonged to a local cell."), None, 14),
])
def test_dead_and_hurt_apart(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # one described person and possessed companions before the verb
    ("A British tourist, his wife and their guide are shot dead by gunmen near Luxor.", 3),
    ("A farmer, his wife and their daughter were hacked to death by raiders in Benue.", 3),
    ("A shopkeeper and his son were killed when a shell hit their store in Kharkiv.", 2),
    ("An Israeli couple and their infant son are killed when a rocket hits their house in Ashdod.", 3),
    # look-alike: the companion only hurt
    ("A policeman was killed and his partner wounded in a shooting in Marseille.", 1),
])
def test_a_person_and_possessed_companions(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # a named person found wounded after a long clause, and dying later
    (("Walter Berger, the head of the regional council, is found with a gunshot wound to the head on the terrace of "
      "his home near Kassel and dies in hospital."), 1, None),
    # look-alike: taken to hospital, not dead
    (("Prosecutor Nadia Benali is shot twice in the chest outside the courthouse in Oran and is taken to hospital in a "
      "serious condition."), None, 1),
])
def test_a_named_victim_dying_later(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # a toll reported rather than told: "are reported killed", "are said to have been killed"
    ("Rebels attack a police post in the hills of Kirinyaga; twelve officers are reported killed.", 12),
    (("Insurgents storm a district headquarters in Badghis overnight, and at least 30 soldiers and militiamen are "
      "reported killed in the fighting."), 30),
    ("Dozens of fighters and villagers were reported killed when militants raided the town of Damasak on Sunday.", 24),
    ("A car bomb explodes outside a police station in Diyarbakir; four officers are reported dead.", 4),
    ("Gunmen ambush a bus on the road to Mandera and three passengers are said to have been killed.", 3),
    # one count over a list of nouns
    (("Hundreds of rebels overrun a garrison town in the north, attacking the barracks and the jail; dozens of soldiers, "
      "policemen and rebels are reported killed."), 24),
])
def test_reported_tolls(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # "together with" / "along with" after a pronoun, an office or a name
    ("Gunmen spray the car of a provincial governor with bullets in Kandahar, killing him together with his driver and a bodyguard.", 3),
    ("A roadside bomb hits the convoy of a police chief in Peshawar, killing him along with three of his guards.", 4),
    ("Militants ambush the deputy mayor of Gao on his way home, killing him together with his son.", 2),
    # ... and a companion that shares the possessive before it ("his driver and bodyguard")
    (("A suicide bomber blows himself up next to the motorcade of a senior cleric in Quetta, killing the cleric together "
      "with his driver and bodyguard."), 3),
    ("A parcel bomb kills prosecutor Maria Santos together with her secretary and driver in Medellin.", 3),
    ("Gunmen kill a village chief and his wife and son in Borno.", 3),
    ("A rebel commander was killed together with three of his fighters in a drone strike in Idlib.", 4),
    # ... with the wounded after it ("and wounded 12 others")
    ("A car bomb killed four policemen and three bystanders outside a bank in Benghazi and wounded 12 others.", 7),
    # look-alikes: children are no count; a companion who escaped is none
    ("Gunmen shot dead a village chief in Borno; his wife and children escaped.", 1),
    ("Gunmen killed a teacher and his wife in Yala province.", 2),
])
def test_companions_together_with(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # only the attacker died: no toll of the dead
    ("A suicide bomber blows himself up at a checkpoint in Baidoa, wounding three soldiers.\nNobody but the bomber died.",
     None, 3),
    ("Two gunmen open fire on a bus in Tunis before police shoot them dead; the two attackers were the only dead.", None, None),
    ("Three militants attacked a police post in Quetta on Monday; the attackers were the only ones killed.", None, None),
    ("A man detonates a bomb at a bus stop in Volgograd, injuring four people; the bomber was the only fatality.", None, 4),
    # ... killed by his own device
    ("A militant is killed by his own bomb while planting it near a checkpoint in Mosul.", None, None),
    ("A man is killed by his own homemade explosives outside a bank in Athens; two passers-by are lightly hurt.", None, 2),
    ("A suspected separatist dies when his own bomb goes off in his car in Bilbao.", None, None),
    # look-alikes: killed by his own comrades' fire is a death; a gunman's victims are the toll
    ("A soldier is killed by his own comrades' fire during a night patrol near Kupiansk.", 1, None),
    ("A gunman shot dead three people at a supermarket in Mannheim before turning the gun on himself.", 3, None),
])
def test_only_the_attacker_died(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # "without hurting anyone" belongs to the clause before it, not the reply after it
    (("A rocket fired from southern Lebanon hits an empty field near Kiryat Shmona without injuring anyone; Israeli "
      "artillery then shells the area of the launch."), 0, 0),
    ("A mortar shell lands near the embassy in Baghdad's Green Zone, causing no casualties; the army blames militias.", 0, 0),
    # captives or passengers freed unhurt
    ("Gunmen seize 20 passengers from a bus in Zamfara; all of them are released unhurt after troops surround the forest.",
     0, 0),
    ("Pirates hijack a tanker off Lagos with 18 crew members on board; all 18 are released unharmed a week later.", 0, 0),
    # look-alikes: captives still held "unharmed", one person unhurt
    ("Gunmen abducted 14 workers from a construction site in Kogi; the kidnappers say the captives are unharmed.", None, None),
    ("The minister escaped unhurt when a grenade was thrown at his convoy in Bujumbura.", None, None),
])
def test_no_one_hurt(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # an earlier killing told after "after" with a bare plural subject is not today's toll
    ("Hamas fires rockets at Ashkelon on Tuesday, after Israeli troops killed two of its members near Khan Younis.", None),
    ("Hezbollah fires anti-tank missiles at an army post, a day after Israeli jets killed three of its fighters in Syria.", None),
    # look-alike: the killing is the news (a curfew imposed after it would be a measure, no incident: see
    # test_incidents_s20.py)
    ("Residents fled the market in Jos after gunmen killed 12 people at a bus station.", 12),
    # a count over weeks is a tally, no one event's toll
    (("Israeli jets strike Hezbollah positions in south Lebanon, wounding six people. The army says the raids answer a "
      "series of attacks that have killed four of its soldiers in the past three weeks."), None),
    # look-alike: two days of shelling are told as one toll
    ("Two days of shelling killed five civilians in Avdiivka, officials said.", 5),
    # a total reported in a second clause is the whole toll, not more dead
    (("An airstrike on a house in Rafah killed a senior commander of the group; local health officials said at least 12 "
      "people died in the raid."), 12),
    ("A bomb killed a senior police officer in Quetta; hospital officials said at least ten people died in the blast.", 10),
    # look-alike: a third who died later adds
    ("A roadside bomb killed two soldiers in Helmand; a third died later in hospital.", 3),
])
def test_earlier_tallies_and_totals(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # one victim told with what he was doing ("serving with", "working for")
    ("A French soldier serving with the UN mission in Mali is shot dead by gunmen near Kidal.", 1),
    ("An Indian engineer working for a road construction company is shot dead by Taliban gunmen in Zabul province.", 1),
    ("A Red Cross worker travelling in a marked vehicle was killed when his car hit a landmine near Kismayo.", 1),
    ("A man walking his dog was shot dead by masked gunmen in west Belfast.", 1),
    # parts listed before the last one after a clause of its own
    ("Police and rebels clash outside a market in Bunia after an arrest; two officers, a trader and a rebel commander are killed.",
     4),
    # look-alike: a bus carrying passengers is no toll
    ("A bus carrying 40 pilgrims was hit by a roadside bomb near Samarra.", None),
])
def test_one_victim_and_listed_parts(run, text, killed):
    assert _first(run, text)[0] == killed


# (incidents.py passes the sentence after an occurred incident's to casualties())
@pytest.mark.parametrize(("text", "killed", "wounded"), [
    ("Gunmen fired on a minibus carrying five aid workers near Kandahar on Tuesday.\nAll five survived.", 0, None),
    ("A rocket fired from Gaza struck a house in Sderot.\nOne person was lightly injured.", None, 1),
    ("A car bomb exploded outside a hotel in Mogadishu, killing six people.\nTwelve others were wounded.", 6, 12),
    ("Suspected rebels ambushed an army patrol near Beni.\nTwo soldiers lost their lives.", 2, None),
    ("A grenade was hurled into a crowd at a rally in Dhaka on Saturday.\nNine people were wounded, police said.", None, 9),
])
def test_a_toll_alone_in_the_next_sentence(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), [
    # compound number words and a handful
    ("One hundred people were killed when militants attacked a village in Borno.", 100, None),
    ("Four hundred civilians were killed in the massacre near Bunia, the UN says.", 400, None),
    ("A bomb explodes at a market in Jalalabad, killing a handful of shoppers.", 3, None),
    # a toll by another name, reached without "to"
    ("The number of dead from Friday's bombing of a mosque in Zaria has reached 40, officials say.", 40, None),
    ("The death toll from Friday's bombing of a mosque in Zaria reached 40 on Sunday.", 40, None),
    # "no one was killed but N were hurt": the count after "but" is the wounded
    ("A bomb went off outside a bank in Athens; nobody was killed but two passers-by were slightly hurt.", 0, 2),
    ("A bomb exploded near a mosque in Sirte; no deaths were reported but several people were injured.", 0, 3),
    # look-alike: no one killed or injured
    ("No one was killed or injured when a bomb exploded outside a tax office in Thessaloniki.", 0, 0),
    # lives lost in the present tense or by one person
    ("Seven border guards lose their lives when smugglers open fire at a post on the Turkish border.", 7, None),
    ("A policeman lost his life when gunmen attacked a checkpoint near Arish.", 1, None),
    # a named victim with two asides
    (("Opposition politician Marek Novak, known for his campaign against corruption, whom prosecutors had accused of "
      "leaking state secrets to the press, is shot dead outside his home in Brno."), 1, None),
    # look-alike: a count inside a relative clause is no subject
    (("Human rights lawyer Ana Lopez, who had defended several indigenous leaders in land disputes with mining firms, "
      "is shot dead by gunmen on a motorbike in Tegucigalpa."), 1, None),
])
def test_number_words_and_clauses(run, text, killed, wounded):
    assert _first(run, text)[0::2] == (killed, wounded)


@pytest.mark.parametrize(("text", "killed"), [
    # only the attackers died: no toll (the doers counted with "of the", "all N" killed by the force, or killed in
    # their own assault)
    ("Police kill three of the gunmen and arrest a fourth after they open fire on a checkpoint in Peshawar.", None),
    ("Soldiers shot dead two of the assailants and captured another after the attack on a barracks near Gao on Tuesday.", None),
    ("Troops killed all five attackers after they stormed a police station in Maiduguri, the army said.", None),
    ("Five gunmen attack a hotel in Mogadishu; all five are killed by security forces after a six-hour siege.", None),
    ("Two attackers armed with knives stormed a synagogue in Djerba on Friday; both were shot dead by police.", None),
    ("Six militants armed with rifles were killed after storming an army post in North Waziristan, the military said.", None),
    ("Three gunmen were shot dead as they attacked a checkpoint outside Arish.", None),
    ("Four gunmen are shot dead by police while trying to storm a border post in Kunar province.", None),
    # ... "killing no one else", "the only person killed was the bomber"
    ("A suicide bomber blew himself up outside a church in Makassar on Sunday, killing no one else.", None),
    ("A bomber detonates his vest at a checkpoint in Kirkuk, killing nobody else and wounding two police officers.", None),
    ("A bomb went off in a market in Osh, but the only person killed was the man who planted it, police said.", None),
    ("Two blasts shook the city of Aktobe on Friday; the only person killed was the bomber, officials said.", None),
    # look-alikes: militants as the victims, attackers inside one stated toll, hostages with the gunmen
    ("Air strikes killed 30 militants in Helmand province on Monday, the defence ministry said.", 30),
    ("Nine attackers and a soldier are killed in a gun battle at a base in Diffa.", 10),
    ("Police kill two of the hostages and two gunmen in a botched raid on a bank in Lagos.", 4),
    (("Two soldiers and three civilians were killed when gunmen attacked a market in Menaka; police later killed two of "
     "the attackers."), 5),
    ("Four gunmen were killed.", 4),
])
def test_only_the_attackers_died(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the attackers listed apart with "along with" are no part of the toll
    (("Islamist fighters attacked the town of Kidal on Sunday.\nThe army says four soldiers and a civilian were killed, "
     "along with 40 of the militants."), 5),
    (("Militants raided a checkpoint in Sinai, and three policemen were killed along with 12 of the attackers, the army "
     "said."), 3),
    # look-alike: victims along with victims
    ("Six soldiers were killed along with three civilians when rebels attacked a convoy near Beni.", 9),
    # the attackers within a list of the dead after "leaving" count
    ("Gunmen attacked a village in Plateau state, leaving 12 villagers, five soldiers and three attackers dead.", 20),
    # the attackers' number before a present active verb is no toll
    ("Two men on a motorbike shoot dead a prosecutor in Karachi as he leaves his office.", 1),
    ("Three gunmen shoot dead a journalist outside his home in Veracruz.", 1),
    ("Masked men shot dead the mayor of Celaya outside the town hall on Wednesday.", 1),
    # look-alike: a headline's passive
    ("Two men shot dead in Karachi as police hunt for gunmen on motorbikes.", 2),
])
def test_attackers_apart_and_as_subjects(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # victims with their ages
    ("A gunman opened fire in a mall in Oslo, killing a 16-year-old boy and a 72-year-old woman, police said.", 2),
    ("An air strike hit a house in Rafah, killing a 5-year-old girl, her mother and her 9-year-old brother.", 3),
    # a companion before a reporting clause
    (("Journalist Carlos Mendez was shot dead in his car in Tijuana on Monday along with his cameraman, local "
     "prosecutors said."), 2),
    ("Mayor Ana Lopez was killed along with her bodyguard, Mexican officials said.", 2),
    # a count with an aside naming one of them, and a possessed companion
    ("Three judges, among them Ahmed Karimi, and their driver were shot dead outside a court in Herat.", 4),
    # a titled name in apposition to a described person is that person
    ("A bomb hit a mosque in Quetta, killing its imam, cleric Abdul Rahman Khan, and five other worshippers.", 6),
    # a possessive before the count
    ("Rebels shoot down a military plane near Goma, killing its four crew members.", 4),
    ("A missile hit the vehicle, killing its three occupants.", 3),
    # a described person among the dead, told in the next sentence
    (("Gunmen attacked the presidential guard in Bangui.\nThe army chief of staff was among those killed, officials "
     "said."), 1),
])
def test_victim_lists(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a later blast brings the toll to a whole count
    (("A car bomb killed police chief Omar Farah in Kismayo, and a second blast near the hospital brought the death toll "
     "to 30."), 30),
    # a whole count of people reported in the next sentence replaces the named victim
    ("Gunmen attacked a wedding in Oyo, killing the groom Ade Bello.\nPolice say 40 people have been killed.", 40),
    (("Israeli jets strike Tehran, killing Revolutionary Guards commander Hossein Salami.\nIran's envoy says 78 people "
     "have been killed and 320 wounded."), 78),
    # look-alikes: another event's count, or no count
    ("Gunmen shot dead a judge in Peshawar.\nPolice say 3 people have been killed in a separate attack in the city.", 1),
    ("A sniper killed commander Ali Hasan in Idlib.\nOfficials say the attack was carried out by a rival group.", 1),
    # a total over several attacks, then its parts: the parts are not added
    (("Twelve soldiers, eight of them Malians, are killed in separate attacks in central Mali; five of the Malians die "
     "when a mine hits their truck."), 12),
    (("Eight policemen are killed in several attacks across Balochistan; three of the policemen die in an ambush near "
     "Turbat."), 8),
    # look-alike: more dead told after one attack add
    ("Three soldiers were killed on Monday when a bomb hit their convoy in Kunar, and two more died on Tuesday.", 5),
    # a toll reported inside a relative clause
    ("The group claims Friday's car bombing in Mogadishu, in which police say six people were killed and 20 wounded.", 6),
    ("Hamas claims the bombing of a bus in Jerusalem, in which officials said nine passengers died.", 9),
    ("The army blamed rebels for the ambush in Kasai, in which 11 soldiers were killed.", 11),
])
def test_later_totals_and_parts(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # killing verbs in the present tense
    ("A mob of gunmen massacre 20 villagers in Ituri, local officials say.", 20),
    ("Gunmen slaughter 12 herders in an attack on a camp near Tillaberi.", 12),
    ("Rebels slaughtered 40 civilians in a raid on a village near Beni.", 40),
    # look-alike: the noun and a time
    ("Relatives gather to mark the massacre 20 years ago in the village of Srebrenica, where a bomb exploded on Monday.",
     None),
    ("A bomb exploded at a rally in Lahore where a cleric called for death for anyone who murders a police officer.",
     None),
])
def test_killing_verbs_in_the_present(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a side's own losses it tells after the toll of a clash are no part of that toll
    (("Clashes between the army and the Mahdi Army in Basra killed 40 people; the group said hundreds of its members "
     "were killed."), 40),
    (("Government troops fought ISIS fighters in Sirte on Tuesday, killing 30; dozens of its fighters were killed in "
     "the past month."), 30),
    (("Clashes between the army and rebels in Lashio on Monday killed 18 soldiers; the rebels said dozens of their "
     "fighters died."), 18),
    (("Rebels clashed with the army in Beni on Sunday, leaving 12 soldiers dead, and the rebels said scores of their "
     "fighters died."), 12),
    ("Gunmen attacked a village in Zamfara, killing 20; five of their own fighters were killed by vigilantes.", 20),
    # ... alone, they are its toll; other dead told as more still add
    ("Hundreds of its members were killed in clashes with the army in Kirkuk, the group said.", 200),
    ("Clashes in Kandahar killed 15 soldiers, while 30 Taliban fighters were also killed.", 45),
])
def test_a_sides_own_losses_told_after_a_toll_are_not_added(run, text, killed):
    assert _first(run, text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the attackers' own dead told in a clause after their attack are no toll
    ("Militants stormed a police station in Tank; all five attackers were killed.", None),
    ("Gunmen raided a bank in Kandahar, and three gunmen were shot dead by police.", None),
    ("Separatists attacked an army base in Quetta, killing 12 soldiers, and 20 attackers were killed.", 12),
    # ... not attackers counted with others, nor attackers told alone
    ("Gunmen attacked a hotel in Mogadishu; three gunmen and two guards were killed.", 5),
    ("Four assailants were killed in a gunfight with police in Srinagar.", 4),
])
def test_the_attackers_dead_told_after_their_attack_are_no_toll(run, text, killed):
    assert _first(run, text)[0] == killed
