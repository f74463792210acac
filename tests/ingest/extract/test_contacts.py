import datetime as dt

import polars as pl

DAY = dt.date(2022, 6, 10)  # a Friday


def _contacts(run, text, source="Test Wire"):
    ex = run([("x", text, DAY)], source)
    parts = ex.contact_participants.group_by("contact_index").agg(pl.col("actor_key").sort())
    return ex.contact_mentions.join(parts, on="contact_index", how="left").sort("contact_index")


def test_call_with_two_leaders_is_two_calls(run):
    c = _contacts(run, "Japanese Prime Minister Kenji Sato phoned Indian Prime Minister Ravi Menon and "
                       "Australian Prime Minister Grace Hall on Wednesday to discuss shipping lanes.")
    assert c["contact_type"].to_list() == ["phone_call", "phone_call"]
    assert set(c["initiator_actor_key"]) == {"person:kenji sato"}
    assert set(c["contact_date"]) == {dt.date(2022, 6, 8)}
    assert c["topic"][0] == "shipping lanes"


def test_meeting_and_visit(run):
    c = _contacts(run, "German Chancellor Anna Vogel visited Warsaw on Thursday and met Polish President Jan Nowak.")
    assert set(c["contact_type"]) == {"visit", "meeting"}
    assert all("person:jan nowak" in keys for keys in c["actor_key"])


def test_readout_includes_the_writers_side(run):
    c = _contacts(run, "The President met today with Prime Minister Lena Holm of Sweden.", source="The White House")
    row = c.row(0, named=True)
    assert row["contact_type"] == "meeting" and row["contact_date"] == DAY
    assert row["actor_key"] == ["person:joe biden", "person:lena holm"]


def test_no_contact_without_a_counterpart(run):
    assert _contacts(run, "The minister spoke about inflation.").is_empty()


def test_coordinated_subjects_are_both_participants(run):
    # "A and B met": the first subject starts it, the one next to the verb is the counterpart
    c = _contacts(run, "President Anna Lind of Sweden and Prime Minister Jan Nowak of Poland met today in Oslo.")
    row = c.row(0, named=True)
    assert row["initiator_actor_key"] == "person:anna lind"
    assert row["actor_key"] == ["person:anna lind", "person:jan nowak"]


def test_coordinated_subject_after_jr(run):
    c = _contacts(run, "President Joseph R. Biden, Jr. and President Marta Silva of Chile spoke today about trade.",
                  source="The White House")
    assert c.row(0, named=True)["actor_key"] == ["person:joe biden", "person:marta silva"]


def test_subjects_in_separate_clauses_are_not_coordinated(run):
    c = _contacts(run, "Prime Minister Jan Nowak of Poland, who arrived yesterday, met President Anna Lind of Sweden.")
    assert c.row(0, named=True)["actor_key"] == ["person:anna lind", "person:jan nowak"]
    assert c.row(0, named=True)["initiator_actor_key"] == "person:jan nowak"


def _country_of(ex, key):
    rows = ex.actor_mentions.filter(pl.col("actor_key") == key)["country_code"].unique().to_list()
    return rows


def test_counterpart_takes_the_country_of_the_meeting_city(run):
    ex = run([("x", "Vice President Kamala Harris met with President Tomas Okello today in Nairobi, Kenya.", DAY)],
             "The White House")
    assert _country_of(ex, "person:tomas okello") == ["KEN"]


def test_counterpart_takes_the_foreign_country_named_in_the_sentence(run):
    text = ("President Joseph R. Biden, Jr. and President Rui Costa met today to discuss the ties between "
            "the United States and Portugal.")
    ex = run([("x", text, DAY)], "The White House")
    assert _country_of(ex, "person:rui costa") == ["PRT"]


def test_counterpart_with_a_country_of_their_own_keeps_it(run):
    ex = run([("x", "Vice President Kamala Harris met with Prime Minister Lena Holm of Sweden today in Nairobi, Kenya.",
               DAY)], "The White House")
    assert _country_of(ex, "person:lena holm") == ["SWE"]


def test_no_country_named_leaves_it_unknown(run):
    ex = run([("x", "Vice President Kamala Harris met with President Tomas Okello today.", DAY)], "The White House")
    assert _country_of(ex, "person:tomas okello") == [None]
