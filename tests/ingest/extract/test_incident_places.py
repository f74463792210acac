"""Which town and country an incident takes from its sentence (ingest/extract/incident_places.py), on sentences
written for these tests."""

import datetime as dt

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
