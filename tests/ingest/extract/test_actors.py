import datetime as dt

import polars as pl

DAY = dt.date(2024, 2, 7)


def _actors(run, text, source="Test Wire"):
    ex = run([("x", text, DAY)], source)
    return ex.actor_mentions


def test_titled_people_get_country_sector_and_role(run):
    a = _actors(run, "Kenyan Defence Minister Aden Duale met the French ambassador to Kenya, Claire Dubois, "
                     "and General Omar Haji of Somalia.")
    by_key = {r["actor_key"]: r for r in a.iter_rows(named=True)}
    assert by_key["person:aden duale"]["country_code"] == "KEN"
    assert by_key["person:aden duale"]["sector"] == "MIL"
    assert by_key["person:claire dubois"]["country_code"] == "FRA"  # the demonym, not "to Kenya"
    assert by_key["person:claire dubois"]["role_title"] == "French ambassador to Kenya"
    assert by_key["person:omar haji"]["country_code"] == "SOM"


def test_later_surname_is_the_same_person(run):
    a = _actors(run, "Chilean Foreign Minister Alberto van Klaveren arrived on Monday.\n"
                     "Van Klaveren said the visit went well.\nLater, Klaveren left.")
    assert set(a.filter(pl.col("actor_kind") == "person")["actor_key"]) == {"person:alberto van klaveren"}
    assert a.filter(pl.col("mention_text") == "Klaveren")["country_code"].to_list() == ["CHL", "CHL"]


def test_alias_keys_normalise_diacritics_and_al_prefix(run):
    a = _actors(run, "Prime Minister Ahmad al Sharif of Jordan spoke.\nLater Jordanian Prime Minister Ahmad Al-Sharif left.")
    assert a.filter(pl.col("actor_kind") == "person")["actor_key"].unique().to_list() == ["person:ahmad al-sharif"]


def test_armed_groups_generic_militias_and_no_media(run):
    a = _actors(run, "Reuters and Al Jazeera said Daesh and Russian-backed militias attacked, according to posts on Telegram.")
    keys = set(a["actor_key"])
    assert "armed_group:islamic state" in keys
    assert "armed_group:pro-russia militias" in keys
    assert not {"Reuters", "Al Jazeera", "Telegram"} & set(a["mention_text"])


def test_readout_president_is_the_writers_president(run):
    a = _actors(run, "The President spoke today with Chancellor Klaus Berger of Austria.", source="The White House")
    people = dict(a.filter(pl.col("actor_kind") == "person").select("actor_key", "country_code").iter_rows())
    assert people == {"person:joe biden": "USA", "person:klaus berger": "AUT"}


def test_empty_article(run):
    assert run([("e", "", DAY), ("n", None, DAY)]).actor_mentions.is_empty()


def test_person_mention_is_the_name_with_the_title_in_role(run):
    text = ("Kenyan Defence Minister Aden Duale met the French ambassador to Kenya, Claire Dubois, on Monday.\n"
            "Jan Nowak, Poland's foreign minister, said Duale and Dubois agreed.\n"
            "Qatar's emir, Sheikh Hamad Al-Rashid, later phoned Duale.")
    a = _actors(run, text).filter(pl.col("actor_kind") == "person")
    for row in a.iter_rows(named=True):
        assert text[row["char_start"]:row["char_end"]] == row["mention_text"]
    by_text = {r["mention_text"]: r for r in a.iter_rows(named=True)}
    assert {"Aden Duale", "Claire Dubois", "Jan Nowak", "Hamad Al-Rashid", "Duale", "Dubois"} <= set(by_text)
    assert not [m for m in by_text if "Minister" in m or "ambassador" in m or "Sheikh" in m or "emir" in m]
    assert by_text["Claire Dubois"]["role_title"] == "French ambassador to Kenya"
    assert by_text["Aden Duale"]["role_title"] == "Kenyan Defence Minister"
    assert by_text["Jan Nowak"]["country_code"] == "POL"
    assert by_text["Hamad Al-Rashid"]["country_code"] == "QAT"
