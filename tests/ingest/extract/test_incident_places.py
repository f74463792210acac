"""Which town and country an incident takes from its sentence (ingest/extract/incident_places.py), on sentences
written for these tests."""

import datetime as dt

import polars as pl

from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2023, 11, 20)


def _first(run, text):
    return first_incident(run, text, DAY, occurred_only=False)


def test_near_outside_and_the_outskirts_give_the_town(run):
    # the dev set's convention: only "north/south/east/west of X" leaves the town out
    for text in ["A car bomb exploded outside Kirkuk on Monday, killing seven people.",
                 "A car bomb exploded near Kirkuk on Monday, killing seven people.",
                 "A car bomb exploded on the outskirts of Kirkuk on Monday, killing seven people."]:
        assert _first(run, text)["city"] == "Kirkuk", text
    assert _first(run, "A car bomb exploded 20 km south of Kirkuk, killing seven people.")["city"] is None


def test_the_first_town_when_a_second_only_says_where_it_lies(run):
    # (the second town stands nearer the event word: position alone would take it)
    row = _first(run, "In Zawiya, near Tripoli, shelling killed 12 people on Sunday.")
    assert (row["city"], row["country_code"]) == ("Zawiya", "LBY")
    row = _first(run, "A driver rammed pedestrians on Manchester Bridge in central Liverpool, killing three people.")
    assert row["city"] == "Liverpool"
    row = _first(run, "In Chamalieres, outside Paris, gunmen killed six worshippers on Friday.")
    assert row["city"] == "Chamalieres"


def test_a_town_told_before_the_cause_of_the_attack_is_the_attacks(run):
    row = _first(run, "Warplanes bombed an arms depot in Kirkuk, in retaliation for the killing of a commander.")
    assert (row["city"], row["country_code"]) == ("Kirkuk", "IRQ")
    row = _first(run, "Jets struck targets across Somalia, including in the capital, Mogadishu, in response to the "
                      "group's attacks on shipping.")
    assert row["city"] == "Mogadishu"


def test_where_people_or_a_plane_came_from_is_not_the_place(run):
    row = _first(run, "A missile shot down a Kenya Airways jet shortly after take-off from Mogadishu, killing 30 people.")
    assert (row["city"], row["country_code"]) == (None, "SOM")
    row = _first(run, "A drone struck a tanker sailing from Oman to Jeddah, Saudi Arabia, off Eritrea's coast, "
                      "killing two sailors.")
    assert (row["city"], row["country_code"]) == (None, "ERI")
    row = _first(run, "Gunmen kidnapped 12 tourists from Italy and Spain at a desert camp in northern Mali.")
    assert row["country_code"] == "MLI"


def test_a_weapon_says_whose_it_is_and_officials_speak_for_the_place(run):
    # "an American drone strike" is no place in the USA; the speaking officials' country is the last resort
    row = _first(run, "Afghan officials said 11 people were killed when an American drone strike hit a wedding party in "
                      "the village of Sherzad Kalay in the Tora Bora hills.")
    assert (row["city"], row["country_code"]) == ("Sherzad Kalay", "AFG")
    row = _first(run, "Missiles believed to have been fired by a U.S. drone killed four men in North Waziristan, "
                      "Pakistani security officials said.")
    assert row["country_code"] == "PAK"
    # the place still wins over the officials: "Kenyan police said" of a raid in Somalia
    row = _first(run, "Gunmen killed nine herders in the village of Bulo Marer in southern Somalia, Kenyan police said.")
    assert (row["city"], row["country_code"]) == ("Bulo Marer", "SOM")


def test_a_district_or_venue_in_a_town_gives_the_town(run):
    row = _first(run, "Mortar rounds struck the Shiite district of Kadhimiya in Baghdad, killing 31 people.")
    assert (row["city"], row["country_code"]) == ("Baghdad", "IRQ")
    row = _first(run, "A rocket hit the Thames House offices at Millbank Tower in central London, wounding two guards.")
    assert (row["city"], row["country_code"]) == ("London", "GBR")
    # a town in a region is still the town; a town named with a town of another country stays itself
    row = _first(run, "A car bomb exploded in the town of Tuz Khurmatu in Salahuddin province, killing nine people.")
    assert row["city"] == "Tuz Khurmatu"


def test_a_nationality_that_says_whose_is_not_where(run):
    row = _first(run, "Gunmen attacked a convoy of the Canadian mining firm Iamgold in northern Burkina Faso, killing "
                      "eight workers.")
    assert row["country_code"] == "BFA"
    row = _first(run, "Rebels seized a plane at an airstrip in Mimika, Papua, and took its Australian pilot hostage.")
    assert row["country_code"] != "AUS"
    row = _first(run, "A car bomb hit the British-owned Grand Hotel near Kampala, Uganda, killing 14 people.")
    assert row["country_code"] == "UGA"
    row = _first(run, "Hamas was accused of the abduction of two Israeli teenagers in the northern West Bank.")
    assert row["country_code"] == "PSE"
    # a nationality alone still gives the country when nothing else does
    row = _first(run, "Gunmen killed two Turkish teachers on Sunday.")
    assert row["country_code"] == "TUR"


def test_a_village_in_a_region_named_like_a_town_stays_the_village(run):
    row = _first(run, "Gunmen shot dead 20 villagers in the village of Nadimarg in Jammu and Kashmir on Sunday.")
    assert row["city"] == "Nadimarg"


def test_the_lone_incident_takes_a_town_bound_to_no_event(run):
    row = _first(run, "Two bombers blew themselves up among mourners marking the anniversary of the cleric's death in "
                      "Najaf on Friday, an attack that killed 40 people.")
    assert (row["city"], row["country_code"]) == ("Najaf", "IRQ")
    # not when the sentence places the attack in another country
    row = _first(run, "Two bombers blew themselves up among mourners in Pakistan marking the anniversary of the cleric's "
                      "death in Najaf on Friday, an attack that killed 40 people.")
    assert (row["city"], row["country_code"]) == (None, "PAK")


def test_washington_dc_keeps_its_full_name(run):
    row = _first(run, "A gunman opened fire at a pizzeria in Washington, D.C., on Sunday, wounding two people.")
    assert (row["place"], row["city"], row["country_code"]) == ("Washington, D.C.", "Washington", "USA")
    assert _first(run, "A gunman opened fire at a pizzeria in Washington on Sunday, wounding two people.")["place"] == "Washington"


def test_a_bare_attack_word_does_not_take_the_town_of_a_past_attack(run):
    text = ("The minister raised the threat level, warning that a further attack may be imminent after the "
            "Brussels Airport bombing.")
    rows = run([("a", text, DAY)]).incident_mentions
    assert rows.filter(rows["city"] == "Brussels").is_empty()


def test_troops_pulled_out_of_a_town_do_not_place_the_event_there(run):
    row = _first(run, "Gunmen kidnapped two Korean engineers in Iraq and demanded that South Korea pull its troops "
                      "out of Erbil.")
    assert (row["city"], row["country_code"]) == (None, "IRQ")


def test_people_taken_from_a_place_were_taken_there(run):
    row = _first(run, "Three nurses were kidnapped from the Kakuma refugee camp in northwestern Kenya.")
    assert (row["city"], row["country_code"]) == ("Kakuma", "KEN")
    # (where people came from is still not the place)
    row = _first(run, "A missile shot down a plane shortly after take-off from Kandahar, killing 30 people.")
    assert row["city"] is None


def test_a_border_is_a_reference_not_the_place(run):
    for text in ["Shelling hit the town of Tal Abyad, near the Turkish border, killing five people.",
                 "Shelling hit the town of Tal Abyad, near the border with Turkey, killing five people."]:
        row = _first(run, text)
        assert row["city"] == "Tal Abyad" and row["country_code"] != "TUR", text


def test_the_lone_incident_takes_a_town_the_gazetteer_lacks_with_its_region(run):
    row = _first(run, "A gunman stormed a rural church in Pine Hollow, Ohio, on Sunday and shot six worshippers dead.")
    assert (row["city"], row["country_code"]) == ("Pine Hollow", "USA")


def test_a_weapons_country_is_not_the_place_also_written_us_with_periods(run):
    for text in ["A U.S. drone strike killed three fighters at a camp near Wadi Khor on Monday.",
                 "A US drone strike killed three fighters at a camp near Wadi Khor on Monday."]:
        assert _first(run, text)["country_code"] != "USA", text


def test_a_country_people_or_weapons_came_from_places_nothing(run):
    row = _first(run, "Two Pakistani soldiers were killed in a cross-border attack from Afghanistan, the army said.")
    assert row["country_code"] != "AFG"
    # ... while a country the sentence places the event in still does
    row = _first(run, "Two soldiers were killed in Pakistan in a cross-border attack from Afghanistan.")
    assert row["country_code"] == "PAK"


def test_a_district_of_a_town_told_with_its_part_of_town_is_the_town(run):
    row = _first(run, "A gunman shot dead two men in Croydon, south London, on Sunday.")
    assert (row["city"], row["country_code"]) == ("London", "GBR")
    row = _first(run, "A bomb exploded near Stratford station in east London, injuring four people.")
    assert row["city"] == "London"
    # the look-alike: a second town that only says where the first lies stays the first
    assert _first(run, "In Chamalieres, near Clermont-Ferrand, gunmen killed six people.")["city"] == "Chamalieres"


def test_troops_leaving_after_an_operation_leave_where_it_was(run):
    row = _first(run, "Israeli forces withdrew from Nablus after a three-day raid in which nine Palestinians were killed.")
    assert (row["city"], row["country_code"]) == ("Nablus", "PSE")
    row = _first(run, "Soldiers pulled out of the Balata refugee camp near Nablus following a raid that killed four men.")
    assert row["country_code"] == "PSE"


def test_people_taken_from_a_named_village_were_not_attacked_there(run):
    row = _first(run, "A roadside bomb hit a bus carrying workers from the Syrian village of Kafr Nabl, killing three "
                      "people.")
    assert (row["city"], row["country_code"]) == (None, "SYR")


def test_a_church_named_by_a_nationality_is_no_country(run):
    row = _first(run, "Militants killed five Greek Orthodox monks at a remote monastery, Egyptian officials said.")
    assert row["country_code"] == "EGY"


def test_a_national_institution_hit_gives_the_country_when_nothing_else_does(run):
    assert _first(run, "A roadside bomb hit a Pakistani army convoy, killing four soldiers.")["country_code"] == "PAK"
    # ... but a place named wins
    row = _first(run, "A roadside bomb hit a Turkish army convoy in northern Syria, killing four soldiers.")
    assert row["country_code"] == "SYR"


def test_the_articles_other_countries_are_the_last_resort(run):
    # a country named only as where people came from, a government's country, the one country of its armed groups
    row = _first(run, "Three reporters from a Kenyan daily were kidnapped near the village of Bula Hawa on Monday.")
    assert (row["city"], row["country_code"]) == ("Bula Hawa", "KEN")
    row = _first(run, "Gunmen killed four people at a Sufi shrine on Friday. Mali's government declared three days of "
                      "mourning.")
    assert row["country_code"] == "MLI"
    assert _first(run, "Houthi rebels fired a drone at a military parade, killing six soldiers.")["country_code"] == "YEM"


def test_intelligence_officials_of_a_country_speak_for_the_place(run):
    row = _first(run, "A drone struck a compound in North Waziristan, killing four militants, Pakistani intelligence "
                      "officials said.")
    assert (row["city"], row["country_code"]) == (None, "PAK")


def test_the_striking_state_then_the_people_named_are_the_very_last_resort(run):
    row = _first(run, "Pakistani military helicopters destroyed a seminary in the village of Darra Gai, killing 40 people.")
    assert (row["city"], row["country_code"]) == ("Darra Gai", "PAK")
    row = _first(run, "The motorcade carrying Peruvian President Alan Garcia was hit by gunfire as it left the airport, "
                      "but no one was hurt. Garcia called it an assassination attempt.")
    assert row["country_code"] == "PER"
    # ... while a place named still wins over the striking state
    row = _first(run, "Turkish warplanes bombed a village near Qandil in northern Iraq, killing six fighters.")
    assert row["country_code"] == "IRQ"


def test_conflict_regions_outside_iso_subdivisions_give_their_country_and_no_town(run):
    # ref_country_aliases.csv region rows: names news use that ISO 3166-2 spells otherwise or lacks
    for text, country in [("Gunmen kill nine villagers in South Darfur on Sunday.", "SDN"),
                          ("A drone strike kills four militants in North Waziristan.", "PAK"),
                          ("A car bomb kills 12 people at a market in Lahj province.", "YEM"),
                          ("Militants blow up an oil pipeline in the Niger Delta.", "NGA"),
                          ("Shelling kills three civilians in the Donbas.", "UKR")]:
        row = _first(run, text)
        assert (row["city"], row["country_code"]) == (None, country), text
    # "SWAT" (a police team) is no Swat Valley
    assert _first(run, "A SWAT team shot dead a gunman who killed three people in Dallas.")["country_code"] == "USA"


def test_the_attacked_army_s_nationality_gives_the_country_and_the_attackers_does_not(run):
    # ref_country_aliases.csv demonyms: "Macedonian" is North Macedonia's (news kept the old name)
    for text in ["Ethnic Albanian rebels ambushed a Macedonian police patrol near the village of Slupcane, killing five officers.",
                 "Rebels ambush a North Macedonian army convoy in the hills near the border, killing three soldiers."]:
        assert _first(run, text)["country_code"] == "MKD", text


def test_a_town_the_body_tells_beats_the_dateline(run):
    row = _first(run, "KANDY — A bomb exploded at a bus stand in Ganemulla, north of the capital, killing four people.")
    assert row["city"] == "Ganemulla"
    row = _first(run, "LAGOS, Nigeria — Gunmen killed eleven worshippers at a church in Ikorodu on Sunday, police said.")
    assert (row["city"], row["country_code"]) == ("Ikorodu", "NGA")
    # the look-alike: a body namesake of another country's town does not beat the dateline ("Carrefour" is in Haiti)
    row = _first(run, "PATTANI, Thailand — A bomb went off at a Carrefour supermarket in the town on Sunday, killing two people.")
    assert (row["city"], row["country_code"]) == ("Pattani", "THA")
    # ... and a dateline with nothing in the body stays the place
    row = _first(run, "PESHAWAR — A suicide bomber killed nine policemen at a checkpoint on Monday.")
    assert row["city"] == "Peshawar"


def test_a_distance_from_a_town_is_told_like_a_direction_from_it(run):
    # the town told first is the place, the one it lies a distance from gives only the country
    row = _first(run, "A suicide bomber killed nine people in Gamboru Ngala, 20 km from Maiduguri, on Sunday.")
    assert (row["city"], row["country_code"]) == ("Gamboru Ngala", "NGA")
    row = _first(run, "A roadside bomb killed four soldiers 30 kilometres from Kandahar on Monday.")
    assert (row["city"], row["country_code"]) == (None, "AFG")
    # the look-alike: where attackers came from is still no place
    row = _first(run, "Gunmen who came from Kandahar killed four guards in Herat on Monday.")
    assert row["city"] == "Herat"


def test_a_dateline_is_no_place_where_the_body_places_the_event_in_another_country(run):
    row = _first(run, "ADDIS ABABA, Ethiopia — Militants killed 19 soldiers in an ambush in central Somalia on Monday.")
    assert (row["city"], row["country_code"]) == (None, "SOM")
    row = _first(run, "LONDON — A drone strike killed six fighters in Yemen's Marib province on Sunday, officials said.")
    assert (row["city"], row["country_code"]) == (None, "YEM")
    # the look-alike: the body's country is the dateline's, or the body names none: the dateline stays the place
    # (a part of the country told by its direction is no dateline town since session 20: "KAMPALA - ... in western
    # Uganda"; see test_attribution_places_s20.py)
    row = _first(run, "ABUJA, Nigeria — Gunmen killed 14 worshippers at a church in Nigeria's capital on Sunday.")
    assert (row["city"], row["country_code"]) == ("Abuja", "NGA")
    row = _first(run, "DAKAR — Gunmen killed 14 people at a hotel on Sunday.")
    assert (row["city"], row["country_code"]) == ("Dakar", "SEN")


def test_a_countrys_own_border_with_another_is_in_it(run):
    row = _first(run, "Gunmen ambushed a patrol near Niger's border with Mali, killing nine soldiers.")
    assert row["country_code"] == "NER"
    row = _first(run, "A landmine killed three soldiers on Tunisia's frontier with Libya.")
    assert row["country_code"] == "TUN"
    # look-alike: the other side's border names where a place lies, not where it happened
    row = _first(run, "A car bomb killed six people in Kilis, near the Syrian border.")
    assert row["country_code"] == "TUR"


def test_a_nationality_before_what_a_place_is_tells_where(run):
    row = _first(run, "French investigators say the blast on the Greek island of Kos, killing 12 people, was an attack.")
    assert row["country_code"] == "GRC"
    row = _first(run, "British police say a bomb exploded on a boat off the Spanish coast on Friday, killing two tourists.")
    assert row["country_code"] == "ESP"
    # look-alike: the town the sentence tells still wins
    row = _first(run, "A bomb killed five people in Afghanistan on Monday, the Pakistani state broadcaster said.")
    assert row["country_code"] == "AFG"


def test_the_doers_nationality_and_a_weapons_model_are_no_place(run):
    row = _first(run, "Iranian Shahed drones hit a power plant in Kramatorsk, killing two workers.")
    assert row["country_code"] == "UKR"
    row = _first(run, "Russian Kh-101 missiles struck a hospital in Dnipro, killing four people.")
    assert row["country_code"] == "UKR"
    # the doers' ethnicity or nationality is where they come from: the country of the people who speak for the
    # place comes first, and the doers' alone give nothing
    row = _first(run, "Somali gunmen attacked a bus near the village of Bangale, killing 28 passengers.\n"
                      "Kenyan police said al-Shabaab was behind it.")
    assert row["country_code"] == "KEN"
    row = _first(run, "Ethnic Serb gunmen ambushed a police patrol near the village of Banjska, killing one officer.")
    assert row["country_code"] != "SRB"
    # look-alike: a nationality that tells the place still does
    row = _first(run, "Gunmen stormed a police station in the Indian town of Kathua, killing four officers.")
    assert row["country_code"] == "IND"


def test_the_country_the_sentence_names_is_the_country_of_the_country(run):
    row = _first(run, "Nine Malian soldiers are killed in an ambush near Boulkessi, in the centre of the country.")
    assert row["country_code"] == "MLI"
    row = _first(run, "Seven Nigerien gendarmes die in an attack on a post in the west of the country on Sunday.")
    assert row["country_code"] == "NER"


def test_officials_of_another_sentence_speak_before_an_armed_groups_home(run):
    row = _first(run, "Gunmen killed 12 villagers in the hamlet of Sopore Khurd.\nIndian police blame Jaish-e-Mohammed.")
    assert row["country_code"] == "IND"
    row = _first(run, "Militants killed 24 villagers in Kandi Pora in Kupwara district.\nIndian officials say "
                      "Lashkar-e-Taiba carried out the massacre.")
    assert row["country_code"] == "IND"
    # look-alike: a country the article names still comes first
    row = _first(run, "Gunmen killed 12 villagers in the hamlet of Gol in Afghanistan.\nPakistani officials blame "
                      "Jaish-e-Mohammed.")
    assert row["country_code"] == "AFG"


def test_where_travellers_were_going_is_not_the_place(run):
    for text in ["Gunmen abducted a Nigerian judge and his aide on Friday as they travelled by road to Abuja, police said.",
                 "A roadside bomb destroyed a minibus of pilgrims heading to Karbala, killing nine people.",
                 "Bandits ambushed a convoy of traders on their way to Maiduguri, killing 14 people.",
                 "A landmine struck a bus bound for Mosul, killing six passengers.",
                 "An air strike hit a convoy of elders travelling to Kandahar for a tribal meeting, killing 30 people."]:
        row = _first(run, text)
        assert row["city"] is None, text
    # ... nor is its country the place's, where the sentence names another
    row = _first(run, "Bolivia's consul to Peru was kidnapped on Tuesday in the Chapare region as he drove to Lima.")
    assert row["city"] is None and row["country_code"] != "PER"
    # look-alikes: where it happened, even after a trip ("flew to Kabul" is where the man was; "to" alone is kept)
    row = _first(run, "A suicide bomber struck a crowded market in Kandahar on the way to the mosque, killing 11 people.")
    assert row["city"] == "Kandahar"


def test_people_from_the_villages_of_a_town_were_not_hit_there(run):
    row = _first(run, "A car bomb hit buses carrying evacuees from the besieged pro-government villages of Nubl and "
                      "Zahraa near a checkpoint west of Aleppo, killing 40 people.")
    assert row["city"] is None and row["country_code"] == "SYR"
    row = _first(run, "A roadside bomb killed seven workers from the nearby rebel-held towns of Douma and Harasta.")
    assert row["city"] is None


def test_a_nationality_after_a_town_and_a_comma_is_about_someone(run):
    # "in Quetta, American X": the apposition names a foreigner, the town stays the gazetteer's
    row = _first(run, "Gunmen seized the director of an aid office in Peshawar, American Mark Ellis, on Monday, "
                      "shooting dead his guard, Pakistani police said.")
    assert (row["city"], row["country_code"]) == ("Peshawar", "PAK")
    row = _first(run, "Gunmen kidnapped a nurse in Herat, Italian aid worker Anna Rossi, killing her driver.")
    assert (row["city"], row["country_code"]) == ("Herat", "AFG")


def test_a_capitals_possessive_before_a_building_is_the_town(run):
    row = _first(run, "Gunmen stormed the Marriott, Islamabad's best-known hotel, on Saturday, killing at least "
                      "eight people including a Danish diplomat.")
    assert (row["city"], row["country_code"]) == ("Islamabad", "PAK")
    row = _first(run, "A suicide bomber blew himself up at the gate of Kabul's main hospital, killing 12 people.")
    assert (row["city"], row["country_code"]) == ("Kabul", "AFG")


def test_a_settlements_kind_written_before_it_is_no_part_of_its_name(run):
    row = _first(run, "A mortar shell fired from Gaza hit a playground near Kibbutz Kfar Aza on Friday, wounding three children.")
    assert row["city"] == "Kfar Aza"
    row = _first(run, "A rocket hit a barn outside Moshav Netiv HaAsara on Sunday, wounding two farmers.")
    assert row["city"] == "Netiv HaAsara"


def test_a_town_told_as_the_capital_of_a_region_is_the_place(run):
    # (towns the gazetteer lacks: the apposition says they are towns)
    row = _first(run, "Security forces launched an operation against armed supporters of a warlord in Zhanbolat, "
                      "capital of the Karakum region; officials say 14 soldiers and 20 gunmen are killed.")
    assert row["city"] == "Zhanbolat"
    row = _first(run, "Gunmen killed four police officers in Dastgir, the provincial capital of Badmurghab, on Tuesday.")
    assert row["city"] == "Dastgir"
    # look-alike: a capital named only by its country stays out of the town's name ("the capital" alone is no town)
    row = _first(run, "Gunmen killed four police officers in the capital of Badmurghab province on Tuesday.")
    assert row["city"] is None


def test_a_home_in_a_town_told_before_a_time_phrase_is_the_town(run):
    for text, town in [("A retired judge is shot dead outside his home in Villaverde two days before the referendum.", "Villaverde"),
                       ("A reporter was killed by a car bomb outside her home in Mosta late on Monday.", "Mosta"),
                       ("Gunmen shot dead a councillor outside his house in Beasain last week.", "Beasain")]:
        assert _first(run, text)["city"] == town, text


def test_a_namesake_that_only_qualifies_a_name_is_no_town_of_another_country(run):
    # Norfolk (United States) named as a platform's name off the Nigerian coast
    row = _first(run, "Militants in speedboats attacked Total's Norfolk gas platform, about 80 kilometres off the "
                      "Nigerian coast, before dawn on Friday.")
    assert (row["city"], row["country_code"]) == (None, "NGA")
    # look-alike: a town told after a preposition stays
    row = _first(run, "Militants attacked a gas platform near Warri, off the Nigerian coast, killing two guards.")
    assert (row["city"], row["country_code"]) == ("Warri", "NGA")


def test_the_nationality_of_doers_or_victims_when_nothing_else_places_it(run):
    row = _first(run, "Two Saudi gunmen open fire on British sailors during a drill on a small island, killing one "
                      "sailor.")
    assert row["country_code"] == "SAU"
    row = _first(run, "A landmine wounds several Malian soldiers hunting jihadists in the hills near the Mauritanian "
                      "border.")
    assert row["country_code"] == "MLI"
    # look-alike: a town of the sentence beats any nationality
    row = _first(run, "Two Saudi gunmen open fire on British sailors in Manama, killing one sailor.")
    assert row["country_code"] == "BHR"


def test_people_a_nationality_qualifies_through_a_word_are_whose_not_where(run):
    row = _first(run, "Militants ambushed gendarmes escorting Chinese construction workers near Setif, killing 12.")
    assert (row["city"], row["country_code"]) == ("Setif", "DZA")
    row = _first(run, "Gunmen killed two US Marines and a guard in Bamako on Saturday.")
    assert row["country_code"] == "MLI"


def test_a_us_state_named_new_is_no_country(run):
    row = _first(run, "Police arrest a 30-year-old New Mexico man after a stabbing at a fair in Denver.")
    assert row["country_code"] == "USA"


def test_the_town_of_the_sentence_before_when_the_event_is_read_from_the_second(run):
    row = _first(run, "Part of a bridge collapses in the Ukrainian city of Zhytomyr, killing at least four people.\n"
                      "Officials say it was hit by fragments of a Russian missile brought down by air defences.")
    assert (row["city"], row["country_code"]) == ("Zhytomyr", "UKR")
    # look-alike: a first sentence that tells its own event keeps its town to itself
    rows = run([("two", "A car bomb killed six people in Kirkuk on Monday.\nA second bomb killed two soldiers.", DAY)])
    second = rows.incident_mentions.filter(rows.incident_mentions["sentence_index"] == 1)
    assert second.is_empty() or second["city"].to_list() == [None] * second.height


def test_counted_victims_of_the_sentence_beat_a_background_persons_nationality(run):
    # a country's own marines are where they are; capitalised "Marines" is a named force sent abroad
    row = _first(run, "Twelve Indonesian marines are killed in a clash with rebels on a remote island while "
                      "searching for a kidnapped Dutch engineer.")
    assert row["country_code"] == "IDN"
    row = _first(run, "Two Yemeni gunmen open fire on US Marines during a drill on a small island, killing one.")
    assert row["country_code"] == "YEM"


def test_an_event_told_across_two_sentences_takes_the_town_of_the_first(run):
    # the first sentence tells the event without an incident word, the second its toll
    row = _first(run, "A man drove his car at high speed through a crowd watching a parade in Apeldoorn on Thursday, "
                      "police said.\nAt least five spectators were killed.")
    assert row["city"] == "Apeldoorn"
    row = _first(run, "A lorry ploughed into the Christmas market in Magdeburg late on Friday.\nFour people were killed.")
    assert row["city"] == "Magdeburg"
    # look-alike: an incident sentence with a town of its own keeps it
    row = _first(run, "The president was in Lyon on Monday.\nA bomb killed three people in Marseille.")
    assert row["city"] == "Marseille"


def test_a_generic_word_without_a_toll_takes_no_town_from_the_sentence_before(run):
    # ("fighting" alone is an incident only with a toll, a date or a place of its own sentence)
    rows = run([("x", "The governor visited Milwaukee on Tuesday.\nShe never stopped fighting for the people of the state.",
                 DAY)]).incident_mentions
    assert rows.filter(pl.col("status") == "occurred").is_empty()


def test_a_region_named_bare_gives_the_country_of_a_town_the_gazetteer_lacks(run):
    # (ISO 3166-2 names, read after "in"/"near" where the whole capitalised run is the region)
    row = _first(run, "Rebels blew up a police jeep near Kotmara in Chhattisgarh on Monday, killing seven policemen.")
    assert (row["city"], row["country_code"]) == ("Kotmara", "IND")
    row = _first(run, "Gunmen stopped a bus near Turbatpur in Balochistan and shot dead nine passengers.")
    assert row["country_code"] == "PAK"
    assert _first(run, "Gunmen killed 12 villagers in Central African Republic on Sunday.")["country_code"] == "CAF"
    assert _first(run, "Gunmen killed 12 villagers in Democratic Republic of Congo.")["country_code"] == "COD"
    # a region of several countries needs the article's country: Punjab is in India and in Pakistan
    assert _first(run, "A bomb killed four people in Punjab on Friday.")["country_code"] is None


def test_a_state_told_by_its_country_is_no_town(run):
    row = _first(run, "Rebels bombed two oil pipelines in the Mexican state of Veracruz on Monday, injuring no one.")
    assert (row["city"], row["country_code"]) == (None, "MEX")
    row = _first(run, "A gunman killed five people in the US state of Ohio on Sunday.")
    assert (row["city"], row["country_code"]) == (None, "USA")
    # ... but a state of emergency leaves the town
    row = _first(run, "A bomb killed three people in Lagos despite a state of emergency on Monday.")
    assert row["city"] == "Lagos"


def test_a_town_told_as_a_headquarters_or_by_a_compass_part(run):
    row = _first(run, "Insurgents overran Khotang Bazar, the headquarters of Nepal's Khotang district, killing 11 police.")
    assert (row["city"], row["country_code"]) == ("Khotang Bazar", "NPL")
    assert _first(run, "A suicide bomber struck a bus terminal in East Jakarta, killing three officers.")["city"] == "Jakarta"
    assert _first(run, "A car bomb killed nine people in West Mosul on Tuesday.")["city"] == "Mosul"
    # ("South Carolina" is a state, not Carolina in Puerto Rico)
    row = _first(run, "A gunman killed three people at a church in South Carolina on Sunday.")
    assert (row["city"], row["country_code"]) == (None, "USA")


def test_kurdish_places_no_country(run):
    # Kurds live in Turkey, Iraq, Syria and Iran: the word names none of them
    row = _first(run, "DIYARBAKIR, Turkey - A bomb exploded near a bus stop in this mainly Kurdish city on Tuesday, "
                      "killing 10 people.")
    assert (row["city"], row["country_code"]) == ("Diyarbakır", "TUR")
    assert _first(run, "Kurdish militants killed five soldiers in an ambush on Sunday.")["country_code"] is None


def test_a_weapon_named_after_a_man_is_no_town(run):
    # (the gazetteer's Molotov is Perm's name of 1940-1957)
    row = _first(run, "A man threw a Molotov cocktail at a church in Samarinda, injuring four children, and a bomb "
                      "exploded nearby.")
    assert row["city"] != "Perm" and row["country_code"] != "RUS"


def test_arabic_names_in_another_romanisation(run):
    # the gazetteer's "Albu Kamal", "Tall Afar", "Khan Shaykhun", "Ar Rutbah", "Ash Shaykh Zuwayd", "Sabratah"
    row = _first(run, "Islamic State fighters ambushed an army convoy near Abu Kamal, on Syria's border with Iraq, "
                      "killing 18 soldiers.")
    assert (row["city"], row["country_code"]) == ("Albu Kamal", "SYR")
    row = _first(run, "A suicide bomber killed 23 people at a Shiite mosque in Tal Afar, northern Iraq, on Friday.")
    assert (row["place"], row["country_code"]) == ("Tal Afar", "IRQ")
    row = _first(run, "Rebel shelling killed nine civilians in Khan Sheikhoun in Syria's Idlib province on Monday.")
    assert (row["city"], row["country_code"]) == ("Khan Shaykhun", "SYR")
    row = _first(run, "A car bomb killed 12 police officers at a checkpoint in Rutba in Iraq's western Anbar province.")
    assert (row["place"], row["country_code"]) == ("Rutba", "IRQ")
    row = _first(run, "Jihadists attacked an army post near Sheikh Zuweid in Egypt's North Sinai, killing six soldiers.")
    assert (row["place"], row["country_code"]) == ("Sheikh Zuweid", "EGY")
    assert _first(run, "Gunmen stormed a hotel in Sabratha, Libya, killing three guards.")["place"] == "Sabratha"
    # English names news gives towns the gazetteer holds under another
    row = _first(run, "A landmine killed three shepherds near Hodeidah on Wednesday, medics said.")
    assert (row["place"], row["country_code"]) == ("Hodeidah", "YEM")
    row = _first(run, "A bomb killed three Syrian soldiers near Palmyra on Sunday.")
    assert (row["place"], row["country_code"]) == ("Palmyra", "SYR")


def test_a_district_a_lowercase_word_describes_is_part_of_the_town(run):
    row = _first(run, "A grenade attack on a bar in the entertainment district of Pattaya, Thailand, wounded six tourists.")
    assert row["city"] == "Pattaya"
    row = _first(run, "A bomb exploded in the commercial district of Yala in southern Thailand on Sunday, killing two "
                      "people.")
    assert (row["city"], row["country_code"]) == ("Yala", "THA")
    assert _first(run, "Gunmen opened fire in the old quarter of Sanaa on Friday, killing four.")["city"] == "Sanaa"
    row = _first(run, "A series of bombs tore through the nightlife district of Sungai Golok, in Thailand's Narathiwat "
                      "province, killing three people.")
    assert (row["place"], row["country_code"]) == ("Sungai Golok", "THA")
    row = _first(run, "Two car bombs ripped through a crowded market district of Tal Afar, killing 20 people in the "
                      "northern Iraqi town.")
    assert row["place"] == "Tal Afar"
    # ... a named district of a region still names no town
    row = _first(run, "Militants attacked a police post in the Achin district of Nangarhar, killing four officers.")
    assert (row["city"], row["country_code"]) == (None, "AFG")


def test_a_station_named_after_its_town(run):
    row = _first(run, "A bomb exploded at Kotri station in Pakistan's Sindh province, killing four passengers.")
    assert (row["place"], row["country_code"]) == ("Kotri", "PAK")
    row = _first(run, "A bomb rips through a commuter train at Panadura station, just south of Colombo, killing "
                      "eight people.")
    assert (row["place"], row["country_code"]) == ("Panadura", "LKA")
    row = _first(run, "Gunmen attacked Sibi railway station on Tuesday, killing two police officers, Pakistani officials "
                      "said.")
    assert row["place"] == "Sibi"
    # a metro's stations are named after places in the town; a capitalised Station is a name
    row = _first(run, "A bomb hidden in a bag exploded at Oktyabrskaya station on the Minsk Metro in Belarus, killing "
                      "11 people.")
    assert row["city"] == "Minsk"
    row = _first(run, "A suicide bomber struck at Maalbeek metro station in central Brussels, killing 16 people.")
    assert row["city"] == "Brussels"
    row = _first(run, "A man stabbed three people at Union Station in Washington on Monday, police said.")
    assert row["city"] == "Washington"


def test_a_town_told_by_its_district_after_a_comma(run):
    row = _first(run, "Militants attacked a checkpoint in Spinwam, North Waziristan district, killing four soldiers.")
    assert (row["place"], row["country_code"]) == ("Spinwam", "PAK")
    row = _first(run, "A roadside bomb killed five policemen in Kalaya, Orakzai district, on Sunday, officials said.")
    assert (row["place"], row["country_code"]) == ("Kalaya", "PAK")
    row = _first(run, "A suicide bomber rammed a truck into an army compound in Daraban, Dera Ismail Khan district, "
                      "killing 23 soldiers.")
    assert row["place"] == "Daraban"


def test_regions_of_a_state_listed_before_their_plural_noun(run):
    row = _first(run, "Maoist rebels killed nine policemen in an ambush on the border of Jharkhand's Latehar and "
                      "Lohardaga districts.")
    assert (row["city"], row["country_code"]) == (None, "IND")
    row = _first(run, "Militants attacked police posts in Afghanistan's Kunar and Nuristan provinces overnight, killing "
                      "14 officers.")
    assert row["country_code"] == "AFG"


def test_an_airport_named_after_its_town(run):
    row = _first(run, "A man set off a homemade bomb in the arrivals hall at Beijing Capital International Airport, "
                      "wounding himself.")
    assert (row["city"], row["country_code"]) == ("Beijing", "CHN")
    row = _first(run, "A knife attack at Kunming Changshui International Airport left four people injured, police said.")
    assert row["city"] == "Kunming"


def test_a_country_written_before_what_the_town_is(run):
    # the gazetteer files West Bank settlements under Israel
    row = _first(run, "Gunmen opened fire on a car near the West Bank settlement of Ariel, killing an Israeli man.")
    assert (row["place"], row["country_code"]) == ("Ariel", "PSE")
    row = _first(run, "A rocket fired from Gaza hit a house in the Israeli town of Sderot, wounding two people.")
    assert (row["city"], row["country_code"]) == ("Sderot", "ISR")


def test_a_ships_flag_is_no_place(run):
    row = _first(run, "An explosion tore a hole in the French oil tanker Limburg off the coast of Yemen, killing one "
                      "crew member.")
    assert row["country_code"] == "YEM"
    assert _first(run, "Pirates fired on a Chinese fishing vessel off the coast of Somalia, wounding two crew "
                       "members.")["country_code"] == "SOM"
    assert _first(run, "A limpet mine exploded on a Greek oil tanker off the coast of Nigeria, killing one "
                       "sailor.")["country_code"] == "NGA"
    assert _first(run, "An explosion holed a Norwegian cargo ship off Yemen, wounding two sailors.")["country_code"] == "YEM"


def test_counted_victims_named_by_nationality_are_who_not_where(run):
    row = _first(run, "Egyptian military aircraft fired on a convoy of tourists in the desert on Sunday, killing eight "
                      "Mexicans and four Egyptians.")
    assert row["country_code"] == "EGY"
    assert _first(run, "Gunmen kill three Americans and a Kenyan in an attack on a hotel in Somalia, police "
                       "say.")["country_code"] == "SOM"
    assert _first(run, "A suicide bomber kills 12 Afghans and two Germans outside a NATO base, officials "
                       "say.")["country_code"] == "AFG"
    # ... but they still name the place where nothing else does
    assert _first(run, "Israeli troops shoot dead two Palestinians during a raid, the army says.")["country_code"] == "PSE"
    assert _first(run, "Eight Americans were killed yesterday in the latest mass shooting.")["country_code"] == "USA"


def test_a_place_on_the_outskirts_of_a_town_is_the_town(run):
    row = _first(run, "A mortar shell killed six people in Ain Zara, on the southern outskirts of Tripoli, on Saturday.")
    assert (row["city"], row["country_code"]) == ("Tripoli", "LBY")
    assert _first(run, "A car bomb exploded in Madalla, on the outskirts of Abuja, killing 35 worshippers.")["city"] == "Abuja"
    # ... but "near" names a reference point, and a town the gazetteer holds is its own place
    assert _first(run, "A car bomb exploded in Houla, near Homs, killing nine.")["place"] == "Houla"
    assert _first(run, "Gunmen seize six students from a boarding school in Ikorodu, on the outskirts of Lagos, "
                       "Nigeria.")["city"] == "Ikorodu"


def test_the_doers_country_after_by_is_no_place(run):
    row = _first(run, "A drone crashed into a building in the Egyptian Red Sea resort of Taba, injuring six people.\n"
                      "The Israeli military said it was one of several drones launched by Yemen's Houthis.")
    assert row["country_code"] != "YEM"
    row = _first(run, "Missiles launched by Yemen's Houthis struck a fuel depot in Jeddah, Saudi officials said.")
    assert (row["city"], row["country_code"]) == ("Jeddah", "SAU")


def test_a_town_told_before_the_attack_it_avenges(run):
    row = _first(run, "Iranian forces fired missiles at militant bases near Koysinjaq in Iraq's Kurdistan region, "
                      "saying they were avenging an attack in Zahedan.")
    assert (row["place"], row["country_code"]) == ("Koysinjaq", "IRQ")
    row = _first(run, "Revolutionary Guards fire ballistic missiles and send armed drones against targets near Abu Kamal "
                      "in eastern Syria, saying they are avenging an attack on a parade in Ahvaz.")
    assert row["city"] == "Albu Kamal"


def test_a_road_named_after_the_towns_it_links_gives_their_country(run):
    row = _first(run, "Gunmen ambushed a convoy on the Quetta-Karachi highway, killing six soldiers.")
    assert (row["city"], row["country_code"]) == (None, "PAK")
    row = _first(run, "A roadside bomb hit a police vehicle on the Maiduguri-Damboa road, killing four officers.")
    assert (row["city"], row["country_code"]) == (None, "NGA")
    row = _first(run, "A bomb hit a bus on the Kabul-Kandahar highway in Ghazni province, killing 10 passengers.")
    assert (row["city"], row["country_code"]) == (None, "AFG")
    # ... not a company's hyphenated name
    assert _first(run, "Gunmen attacked the Coca-Cola plant in Lagos, killing two guards.")["city"] == "Lagos"


def test_a_dateline_in_congo_may_be_either_congo(run):
    row = _first(run, "BUNIA, Congo - Militiamen hacked to death 22 people in a displacement camp north of the town, "
                      "officials said.")
    assert (row["city"], row["country_code"]) == ("Bunia", "COD")
    row = _first(run, "Gunmen killed 11 people in an attack on a camp for displaced people near Bunia, in Congo's Ituri "
                      "province.")
    assert (row["city"], row["country_code"]) == ("Bunia", "COD")


def test_a_dateline_town_the_gazetteer_lacks(run):
    row = _first(run, "KHAR, Pakistan — A suicide bomber killed 24 people at a polling station in the Bajaur tribal "
                      "region on Saturday.")
    assert (row["city"], row["country_code"]) == ("Khar", "PAK")
    row = _first(run, "BENI, Congo, May 3 (Reuters) - Rebels killed 14 villagers near the town overnight.")
    assert (row["city"], row["country_code"]) == ("Beni", "COD")
    # ... a town the body names comes first
    row = _first(run, "KHAR, Pakistan - Gunmen killed a tribal elder in the village of Inayat Kalay on Monday.")
    assert (row["city"], row["country_code"]) == ("Inayat Kalay", "PAK")


def test_a_dated_dateline_is_a_dateline(run):
    # "CITY, Mon DD (Agency) -": a town the body names is the place, the dateline only where the body names none
    row = _first(run, "LAGOS, March 3 - Gunmen killed 12 worshippers at a church in the northern town of Zaria on "
                      "Sunday, police said.")
    assert (row["city"], row["country_code"]) == ("Zaria", "NGA")
    row = _first(run, "NAIROBI, June 2 - Suspected militants killed five police officers near the coastal town of Lamu "
                      "on Friday.")
    assert (row["city"], row["country_code"]) == ("Lamu", "KEN")
    row = _first(run, "ISLAMABAD, Pakistan, Jan 3 (Reuters) - A suicide bomber killed 11 people at a market in "
                      "Peshawar on Monday.")
    assert (row["city"], row["country_code"]) == ("Peshawar", "PAK")
    # ... and the dateline itself where the body places the event nowhere else (look-alikes)
    for text, city in [(("BAGHDAD, May 5 (Reuters) - A car bomb killed 14 people at a market in the capital on "
                         "Thursday, police said."), "Baghdad"),
                       ("KABUL, Nov 12 - A suicide bomber killed nine people outside a mosque here on Friday.", "Kabul"),
                       (("BEIRUT, March 9 - A car bomb killed a militia commander in the city's southern suburbs "
                         "on Tuesday."), "Beirut")]:
        assert _first(run, text)["city"] == city, text


def test_a_dateline_is_no_place_where_the_body_tells_a_landscape_or_a_part_of_the_country(run):
    for text, country in [
        (("WINDHOEK, Jan 4 - Gunmen ambushed a car on the highway east of Rundu on Monday, shooting dead two "
          "tourists, officials said."), "NAM"),
        ("TBILISI, Aug 24 - Warplanes bombed villages in the Kodori Gorge on Friday, killing two men.", "GEO"),
        (("BOGOTA, Aug 30 - Rebels killed seven soldiers in an ambush in the mountains of southern Colombia on "
          "Tuesday, the army said."), "COL"),
        ("MANILA, April 4 - Gunmen beheaded two hostages on the island of Basilan, the military said.", "PHL"),
        ("CAIRO, May 14 - Gunmen killed eight police officers at a checkpoint in Egypt's northern Sinai on Monday.",
         "EGY"),
        ("QUETTA, Pakistan, Oct 9 (Reuters) - A roadside bomb killed four soldiers in the Kohlu district on Tuesday.",
         "PAK"),
        ("ALGIERS, Jan 6 - Islamist guerrillas killed 12 soldiers in an ambush in the Kabylie mountains on Saturday.",
         "DZA"),
        ("ANKARA, July 2 - Militants killed three soldiers in the country's remote south-east on Sunday.", "TUR"),
    ]:
        row = _first(run, text)
        assert (row["city"], row["country_code"]) == (None, country), text
    # ... but a town the body names in a part of the country is the place
    row = _first(run, "PESHAWAR, Jan 3 - A suicide bomber killed 11 people in Pakistan's northwestern Swat on Monday.")
    assert row["city"] != "Peshawar"


def test_travellers_named_by_nationality_are_no_place(run):
    for text, country in [
        ("Gunmen kidnapped a Dutch couple who were cycling through Mali near the town of Hombori.", "MLI"),
        ("Bandits shot dead a German family travelling through Kenya's Tsavo park on Monday.", "KEN"),
        ("Gunmen abducted three South Korean missionaries in Afghanistan's Ghazni province on Thursday.", "AFG"),
        ("Gunmen seized a Swiss couple touring Pakistan in a camper van in Loralai district.", "PAK"),
        ("WINDHOEK - Gunmen ambushed a car carrying a French family, shooting dead two children.", "NAM")]:
        assert _first(run, text)["country_code"] == country, text


def test_a_base_named_with_its_owners_country_is_in_the_host_country(run):
    row = _first(run, "Iranian missiles struck the US Ain al-Asad air base in Iraq on Wednesday, wounding dozens of troops.")
    assert row["country_code"] == "IRQ"
    row = _first(run, "Militia drones targeted the American Al Tanf garrison in Syria on Monday, causing no casualties.")
    assert row["country_code"] == "SYR"
    row = _first(run, "Iran fired missiles at the US Al Udeid air base in Qatar, causing no casualties.")
    assert row["country_code"] == "QAT"


def test_where_people_fled_to_is_no_place(run):
    row = _first(run, "BANGUI, March 4 - Rebels who swept into the capital fought troops around the presidential "
                      "palace on Sunday, killing 12, while thousands of residents fled across the river into Congo.")
    assert (row["city"], row["country_code"]) == ("Bangui", "CAF")


def test_a_route_between_two_word_towns(run):
    row = _first(run, "Gunmen stopped a bus travelling between Lashkar Gah and Kandahar and killed six passengers.")
    assert (row["city"], row["country_code"]) == (None, "AFG")
    row = _first(run, "A roadside bomb hit a minibus on the road between Dera Ismail Khan and Tank, killing five.")
    assert (row["city"], row["country_code"]) == (None, "PAK")


def test_the_sea_off_a_town_is_no_town(run):
    row = _first(run, "A Russian drone struck a grain ship in the Black Sea off Odesa, wounding two crew.")
    assert (row["city"], row["country_code"]) == (None, "UKR")
    row = _first(run, "Pirates attacked a yacht off the coast of Mombasa, killing a British tourist.")
    assert (row["city"], row["country_code"]) == (None, "KEN")
    row = _first(run, "A missile hit a tanker 30 nautical miles off Aden, killing two sailors.")
    assert (row["city"], row["country_code"]) == (None, "YEM")
    # ... but a place just off a square is in the town
    assert _first(run, "A suicide bomber blew himself up beside a police post just off a busy square in Istanbul, "
                       "killing two.")["city"] == "Istanbul"


def test_where_a_group_is_based_is_no_place(run):
    row = _first(run, "Fighters of a Syria-based group attacked a checkpoint in Anbar province, killing six Iraqi "
                      "soldiers.")
    assert row["country_code"] == "IRQ"
    row = _first(run, "Police blamed a Peshawar-based militant group for the bombing of a bus in Kohat that killed 12.")
    assert (row["city"], row["country_code"]) == ("Kohat", "PAK")
    row = _first(run, "A Britain-based monitoring group said air strikes killed 14 civilians in Idlib province.")
    assert (row["city"], row["country_code"]) == (None, "SYR")


def test_a_dateline_the_body_places_in_another_regions_district_or_at_sea(run):
    for text in [("QUETTA, March 12 - Separatists seized a train and took 40 passengers hostage in a remote part of "
                 "Balochistan's Bolan district on Tuesday, officials said."),
                 ("PESHAWAR, May 3 (Reuters) - Militants ambushed a police patrol in Khyber Pakhtunkhwa's Dera Ismail "
                 "Khan district on Thursday, killing four officers, police said."),
                 ("MUMBAI, May 3 - Maoist rebels killed 12 policemen in an ambush in Maharashtra's Gadchiroli district "
                 "on Sunday, police said."),
                 ("LAGOS, June 3 (Reuters) - Armed men in speedboats stormed a drilling rig about 40 miles off Nigeria's "
                 "coast early on Friday and seized eight foreign workers."),
                 "MOGADISHU, March 3 - Pirates seized a fishing boat off the coast of Somalia, killing two crew members.",
                 ("COLOMBO, July 17 - A roadside mine ripped through an army truck on the Jaffna peninsula on Sunday, "
                 "killing seven soldiers.")]:
        assert _first(run, text)["city"] is None, text
    # look-alikes: a district of the dateline town itself, a town the body names, a country's own region
    row = _first(run, "KABUL, May 3 (Reuters) - A suicide bomber killed six people in Kabul's Shash Darak district on "
                      "Thursday, officials said.")
    assert (row["city"], row["country_code"]) == ("Kabul", "AFG")
    row = _first(run, "NALCHIK, Russia - Militants attacked police stations in this city in Russia's "
                      "Kabardino-Balkaria region on Thursday, leaving 80 people dead.")
    assert row["city"] == "Nalchik"
    assert _first(run, "A bomb killed five people in Jaffna on Sunday, police said.")["city"] == "Jaffna"


def test_a_body_town_the_gazetteer_lacks_takes_no_country_from_a_foreign_dateline(run):
    row = _first(run, "NAIROBI, Feb 22 (Reuters) - Sudanese government helicopter gunships fired on villagers at a "
                      "food distribution point at Bieh, in Western Upper Nile, on Wednesday, killing 24 civilians.")
    assert (row["city"], row["country_code"]) == ("Bieh", "SDN")
    row = _first(run, "DAKAR, Feb 22 (Reuters) - Gunmen killed nine villagers at Tin-Hama, in the Gao region, on "
                      "Saturday, Malian officials said.")
    assert (row["city"], row["country_code"]) == ("Tin-Hama", "MLI")


def test_a_train_pulling_out_of_a_station_was_at_it(run):
    row = _first(run, "KARACHI, July 17 - A bomb ripped through a crowded Karachi-bound passenger train as it pulled "
                      "out of Hyderabad station on Sunday, killing 10 people.")
    assert (row["city"], row["country_code"]) == ("Hyderabad", "PAK")
    row = _first(run, "LAHORE, July 17 - A bomb exploded on a Lahore-bound bus as it left Multan on Sunday, killing "
                      "six passengers.")
    assert row["city"] == "Multan"
    # look-alike: troops pulling out of a town after a raid were not fighting in it ... a route's end is no place
    row = _first(run, "Gunmen stopped a bus travelling between Lashkar Gah and Kandahar and killed six passengers.")
    assert row["city"] is None


def test_the_neighbours_a_border_is_shared_with_are_no_place(run):
    row = _first(run, "Benin's government says 54 soldiers were killed when jihadists overran army positions in a "
                      "national park near the borders with Niger and Burkina Faso.")
    assert row["country_code"] == "BEN"
    row = _first(run, "Jihadists killed 20 soldiers in an attack near the borders with Mali and Niger, Burkina Faso's "
                      "army said.")
    assert row["country_code"] == "BFA"


def test_a_nationality_before_what_was_struck_is_where(run):
    row = _first(run, "The Royal Thai Air Force sends F-16 jets to strike Cambodian military targets across the "
                      "border, the Thai army says.")
    assert row["country_code"] == "KHM"
    row = _first(run, "Ethiopian jets bombed Eritrean positions along the frontier on Tuesday, killing 20 soldiers, "
                      "Ethiopia said.")
    assert row["country_code"] == "ERI"
    # look-alike: a weapon's nationality is whose it is
    row = _first(run, "Turkish jets struck Kurdish militant targets in northern Iraq on Friday, the army said.")
    assert row["country_code"] == "IRQ"


# --- session 15: places read wrong on the blind sets AE-AH, on sentences written for these tests ---

def _place(run, text):
    row = _first(run, text)
    return row["city"], row["country_code"]


def test_a_name_describing_the_town_named_after_it(run):
    assert _place(run, "A bomb tore through a crowded bus in the Volga city of Togliatti, killing eight people.") == (
        "Tolyatti", "RUS")
    assert _place(run, "A suicide bomber killed 14 people in the Kandahar town of Spin Boldak.")[1] == "AFG"
    # look-alike: a town named as itself
    assert _place(run, "A bomb tore through a bus in the city of Samara, killing eight people.") == ("Samara", "RUS")


def test_a_venue_named_after_one_town_in_another(run):
    assert _place(run, "Attackers hurled four grenades into the Machakos country bus station in central Nairobi, "
                       "killing six people.") == ("Nairobi", "KEN")
    assert _place(run, "A bomb exploded at the Lahore general hospital in Quetta, killing nine.")[0] == "Quetta"
    # look-alikes: a camp keeps its town, and a station in its own town
    assert _place(run, "Israeli airstrikes hit the Jabalia refugee camp in the northern Gaza Strip, killing 30 people.")[0] == (
        "Jabalya")
    assert _place(run, "A bomb explodes at a bus station in Kabul, killing four people.") == ("Kabul", "AFG")


def test_the_town_and_its_area(run):
    assert _place(run, "A gunman kills eight people at three spas in the Atlanta area.") == ("Atlanta", "USA")
    # look-alike: a named area of a town is not the town named before it
    assert _place(run, "A bomb exploded in a market in the Sundhara area of Kathmandu, injuring six.")[1] == "NPL"


def test_a_dateline_yields_to_a_province_the_body_names(run):
    assert _place(run, "KABUL, March 28 - Gunmen stopped two Red Cross vehicles on a road in Uruzgan province on "
                       "Thursday and shot dead an engineer.") == (None, "AFG")
    assert _place(run, "NAIROBI, June 14 (Reuters) - Eight Kenyan police officers were killed on Tuesday when their "
                       "vehicle ran over a bomb in Garissa County.") == (None, "KEN")
    # look-alikes: the dateline town's own district, and a dateline with nothing else
    assert _place(run, "KABUL, May 1 (Reuters) - A suicide bomber killed 12 people in Kabul's Shash Darak district.")[0] == (
        "Kabul")
    assert _place(run, "KABUL, May 1 (Reuters) - A suicide bomber killed 12 people at a wedding on Saturday.")[0] == "Kabul"


def test_where_travellers_were_heading_is_not_the_place(run):
    assert _place(run, "A bus carrying passengers towards Kabul hits a bomb buried in the highway in Nimroz province, "
                       "killing 25 civilians.") == (None, "AFG")
    assert _place(run, "Gunmen kidnap two aid workers in Somalia's Bakool region as they drive to the town of Hudur.") == (
        None, "SOM")
    # look-alike: rockets fired towards a town fell there
    assert _place(run, "Rockets fired towards Sderot from Gaza wound two people.")[0] == "Sderot"


def test_whose_forces_hold_a_country_is_not_its_country(run):
    assert _place(run, "A car bomb explodes in an industrial area of Afrin, in Turkish-held northern Syria, killing six "
                       "people.")[1] == "SYR"
    # look-alike: a disputed area labelled by who holds it keeps the holder
    assert _place(run, "Guerrillas captured three soldiers in the Israeli-held Shebaa Farms area.")[1] == "ISR"


def test_a_dateline_yields_to_a_landscape_named_by_its_country(run):
    assert _place(run, "ISLAMABAD, Nov 26 (Reuters) - Gunmen killed 14 soldiers in an ambush in Pakistan's Swat valley "
                       "on Wednesday.") == (None, "PAK")
    # look-alike: a town in the dateline's region keeps the body's town
    assert _place(run, "LAGOS, June 3 - A suicide car bomber attacked a church in the northern city of Bauchi on Sunday, "
                       "killing 12.")[0] == "Bauchi"


def test_a_people_s_name_before_its_fighters_is_no_town(run):
    # "Kuki" is also a Japanese city, "Naga" a Philippine one, "Bodo" a Norwegian one
    assert _place(run, "Security forces say they killed ten suspected Kuki militants in a gunfight in Manipur's Jiribam "
                       "district.") == (None, "IND")
    assert _place(run, "Naga rebels ambush an army convoy in Manipur, killing six soldiers.")[0] is None
    # look-alike: where the fighters are is still the place
    assert _place(run, "Militants storm a police post in Bannu, killing four officers.")[0] == "Bannu"


def test_a_dateline_yields_to_an_area_or_several_provinces(run):
    assert _place(run, "DAMASCUS, March 3 (Reuters) - Israeli air strikes on the Quneitra area in southern Syria killed "
                       "three soldiers, state media said.") == (None, "SYR")
    assert _place(run, "BANGKOK - Bombs hit dozens of targets across Thailand's three southernmost provinces on Sunday "
                       "night, killing two people.") == (None, "THA")
    # look-alikes: a dateline town the body does not place elsewhere stays, as does one whose own area is named
    assert _place(run, "BAGHDAD - A car bomb killed 12 people at a market on Sunday, police said.")[0] == "Baghdad"
    assert _place(run, "KARACHI, May 4 (Reuters) - Gunmen killed four policemen in the Lyari area of the city on Monday, "
                       "police said.")[0] == "Karachi"


def test_a_landmark_bridge_is_in_its_own_city(run):
    assert _place(run, "A man drove a car into pedestrians on Westminster Bridge and stabbed a police officer, killing "
                       "four people.") == ("London", "GBR")
    # look-alike: the Colorado town named with its state
    assert _place(run, "A gunman opened fire at a bar in Westminster, Colorado, killing two people.") == ("Westminster", "USA")


def test_a_yemeni_province_in_its_news_spelling(run):
    assert _place(run, "A coalition air strike killed 22 children in al-Durayhimi district of Hodeidah province on "
                       "Thursday.")[1] == "YEM"
