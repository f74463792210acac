"""The incident-type model: its scoring on hand-made counts, its training, and its place in the extraction."""

import datetime as dt

import polars as pl
import pytest

from ingest import train_type_model
from ingest.evaluate import WRITTEN_SETS
from ingest.extract.type_model import (
    OVERRULE_FEATURE_PREFIX,
    RULE_FEATURE_PREFIX,
    SENTENCES_FEATURE,
    load_type_model,
    model_from_counts,
    model_types,
    retype_incidents,
    sentence_features,
)
from ingest.train_type_model import COUNTS_SCHEMA, count_table, cross_validate, main, training_rows
from tests.ingest.extract.conftest import first_incident, make_articles, one_sentence_per_line

DAY = dt.date(2021, 5, 10)


def _counts(rows: list[tuple[str, str, int]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=COUNTS_SCHEMA, orient="row")


# 20 drone-strike sentences (airstrike), of which the rules typed 8 other_violence; 20 shootings, all read right;
# 10 attacks of no stated method, read right
TOY = _counts([
    (SENTENCES_FEATURE, "airstrike", 20), (SENTENCES_FEATURE, "shooting_armed_assault", 20),
    (SENTENCES_FEATURE, "other_violence", 10), (RULE_FEATURE_PREFIX + "other_violence", "other_violence", 10),
    ("killed", "other_violence", 8),
    (RULE_FEATURE_PREFIX + "airstrike", "airstrike", 12), (RULE_FEATURE_PREFIX + "other_violence", "airstrike", 8),
    (RULE_FEATURE_PREFIX + "shooting_armed_assault", "shooting_armed_assault", 20),
    ("drone", "airstrike", 20), ("drone_strike", "airstrike", 18), ("gunmen", "shooting_armed_assault", 19),
    ("killed", "airstrike", 15), ("killed", "shooting_armed_assault", 15),
])


def _types(texts_and_rules: list[tuple[str, str]], counts: pl.DataFrame = TOY) -> list[str]:
    rows = pl.DataFrame(texts_and_rules, schema={"text": pl.String, "rule_incident_type": pl.String}, orient="row")
    return model_types(rows, "text", model_from_counts(counts)).to_list()


def test_features_are_lowercased_words_and_adjacent_pairs():
    frame = pl.DataFrame({"k": [1], "text": ["A Drone strike hit a car-bomb factory."]})
    features = set(sentence_features(frame, "text", ["k"])["feature"])
    assert {"drone", "strike", "drone_strike", "car-bomb", "car-bomb_factory", "a_drone"} <= features
    assert "Drone" not in features and "strike_hit_a" not in features


def test_words_the_model_learned_overrule_a_rules_type_it_learned_to_doubt():
    assert _types([("A drone strike killed four people in the village.", "other_violence")]) == ["airstrike"]


def test_without_telling_words_the_rules_type_stands():
    # "killed" is as common in both types: the prior and the trust in the rules decide
    assert _types([("Four people were killed in the village.", "airstrike"),
                   ("Four people were killed in the village.", "shooting_armed_assault")]) == [
        "airstrike", "shooting_armed_assault"]


def test_a_type_the_rules_read_right_every_time_is_not_overruled_by_one_word():
    assert _types([("Gunmen opened fire after a drone was seen.", "shooting_armed_assault")]) == [
        "shooting_armed_assault"]


def test_a_rules_type_the_model_never_saw_is_kept():
    assert _types([("A drone strike killed four people.", "kidnapping")]) == ["kidnapping"]


def test_rows_keep_their_order_and_empty_text_is_scored():
    texts = [("Gunmen killed two.", "shooting_armed_assault"), ("", "airstrike"),
             ("A drone strike killed two.", "other_violence")]
    assert _types(texts) == ["shooting_armed_assault", "airstrike", "airstrike"]


def test_only_the_overrules_that_paid_off_are_made():
    text = [("A drone strike killed four people in the village.", "other_violence")]
    assert _types(text) == ["airstrike"]  # without overrule rows every overrule may be made
    allowed = pl.concat([TOY, _counts([(OVERRULE_FEATURE_PREFIX + "other_violence", "airstrike", 3)])])
    assert _types(text, allowed) == ["airstrike"]
    elsewhere = pl.concat([TOY, _counts([(OVERRULE_FEATURE_PREFIX + "other_violence", "shooting_armed_assault", 3)])])
    assert _types(text, elsewhere) == ["other_violence"]


def test_only_an_incident_alone_in_its_sentence_is_retyped():
    incidents = pl.DataFrame({"article_id": ["a", "a", "a"], "sentence_index": [0, 1, 1],
                              "incident_type": ["other_violence", "other_violence", "shooting_armed_assault"]},
                             schema_overrides={"sentence_index": pl.Int32})
    sentences = pl.DataFrame({"article_id": ["a", "a"], "sentence_index": [0, 1],
                              "text": ["A drone strike killed four.", "A drone strike and gunmen killed four."]},
                             schema_overrides={"sentence_index": pl.Int32})
    out = retype_incidents(incidents, sentences, model_from_counts(TOY))
    assert out["incident_type"].to_list() == ["airstrike", "other_violence", "shooting_armed_assault"]
    assert out["rule_incident_type"].to_list() == ["other_violence", "other_violence", "shooting_armed_assault"]


def test_the_committed_model_is_what_training_on_the_gold_gives():
    assert main(["--check"]) == 0


def test_training_reads_only_tuning_sets_and_one_sentence_per_incident(monkeypatch):
    rows = training_rows()
    assert rows.height > 1500 and rows["article_id"].n_unique() == rows.height
    tuning = {path.stem.rsplit("_", 1)[-1] for path, use in WRITTEN_SETS if use == "tuning"}
    assert set(rows["set"].unique()) <= tuning
    assert rows["sentence"].str.len_chars().min() > 0
    # a set still blind never trains the model: blind reads of it in the CSV are refused, not skipped
    newest = rows["set"].max()
    still_blind = [(path, "blind" if path.stem.endswith(f"_{newest}") else use) for path, use in WRITTEN_SETS]
    monkeypatch.setattr(train_type_model, "WRITTEN_SETS", still_blind)
    with pytest.raises(ValueError, match="not tuning sets"):
        training_rows()


def test_counts_hold_priors_the_rules_trust_and_only_words_seen_three_times():
    rows = pl.DataFrame({"set": ["x"] * 4, "code": ["c"] * 4, "article_id": list("abcd"),
                         "sentence": ["A drone strike.", "A drone strike.", "A drone strike.", "Gunmen fired."],
                         "rule_incident_type": ["airstrike", "other_violence", "airstrike", "shooting_armed_assault"],
                         "incident_type": ["airstrike", "airstrike", "airstrike", "shooting_armed_assault"]})
    counts = {(f, t): c for f, t, c in count_table(rows).iter_rows()}
    assert counts[(SENTENCES_FEATURE, "airstrike")] == 3
    assert counts[(RULE_FEATURE_PREFIX + "other_violence", "airstrike")] == 1
    assert counts[("drone_strike", "airstrike")] == 3
    assert ("gunmen", "shooting_armed_assault") not in counts


def test_left_out_rounds_are_typed_better_than_by_the_rules_alone():
    # the reason the model exists: on each round of sets it did not learn from, it beats the rules of that round
    table = cross_validate(training_rows())
    pooled = table.filter(pl.col("code") == "pooled").row(0, named=True)
    assert pooled["model"] >= pooled["rules"] + 0.02
    assert (table["model"] >= table["rules"]).all()


def test_extraction_keeps_the_rules_type_beside_the_models(reference):
    from ingest.extract import extract

    articles = make_articles([("a", "A drone strike killed four people in Mosul on Monday.", None)])
    incidents = extract(articles, one_sentence_per_line(articles), reference).incident_mentions
    assert incidents.height == 1
    assert incidents["rule_incident_type"][0] in {"airstrike", "other_violence", "rocket_mortar_missile"}
    assert incidents["incident_type"][0] == "airstrike"


PLAIN_READINGS = [
    ("Gunmen shoot dead two aid workers who were returning from a meeting in Darfur.", "shooting_armed_assault"),
    ("A car bomb explodes outside a police station in Diyarbakir, killing six officers.", "car_bomb"),
    ("A suicide bomber blows himself up at a checkpoint in Mogadishu, killing nine soldiers.", "suicide_bombing"),
    ("Israeli warplanes strike a building in Gaza City, killing five people.", "airstrike"),
    ("A roadside bomb hits an army patrol in Kunar province, killing three soldiers.", "ied"),
    ("Rebels fire mortar shells into a market in Goma, killing eleven civilians.", "rocket_mortar_missile"),
    ("Gunmen abduct 40 students from a boarding school in Zamfara State.", "kidnapping"),
    ("Opposition politician Anwar Deen is shot dead outside his home in Dhaka.", "assassination"),
    ("A grenade is thrown into a crowded bar in Bujumbura, wounding 14 people.", "bombing"),
    ("Unknown attackers burn down a church in Kaduna, killing four worshippers.", "other_violence"),
    ("Police fire tear gas and live rounds at protesters in Nairobi, killing two.", "shooting_armed_assault"),
    ("A drone strike kills three suspected militants in North Waziristan.", "airstrike"),
    ("Pirates seize a cargo ship off Somalia and take its 22 crew hostage.", "kidnapping"),
    ("A bomb planted under the car of judge Rafael Ortiz explodes in Medellin, killing him.", "assassination"),
    ("Rockets fired from Lebanon hit the northern Israeli town of Kiryat Shmona, wounding two.",
     "rocket_mortar_missile"),
    ("A man drives a truck into a Christmas market in Magdeburg, killing five people.", "other_violence"),
    ("A bomb hidden in a motorcycle explodes at a market in Peshawar, killing eight.", "bombing"),
    ("Fighter jets bomb rebel positions around Idlib, killing 20 fighters.", "airstrike"),
    ("Two journalists are kidnapped by armed men on the road to Kidal.", "kidnapping"),
]


def test_plain_readings_of_every_type_stand(run):
    # the model must not talk the rules out of sentences that say plainly what happened
    assert [first_incident(run, text, DAY)["incident_type"] for text, _ in PLAIN_READINGS] == [
        kind for _, kind in PLAIN_READINGS]


def test_the_model_types_a_strike_the_rules_leave_without_a_method(run):
    row = first_incident(run, "The US military says its strike killed an Islamic State leader in Raqqa.", DAY)
    assert row["rule_incident_type"] == "other_violence" and row["incident_type"] == "airstrike"


def test_the_model_file_loads_once():
    assert load_type_model() is load_type_model()


def test_a_sentence_that_states_its_method_is_not_turned_into_other_violence():
    # other_violence is "an attack whose method is not stated"; with no stated method the model may still choose it
    counts = pl.concat([TOY, _counts([(word, "other_violence", 9) for word in ("crowd", "a_crowd", "festival", "a_festival")]
                       + [(RULE_FEATURE_PREFIX + "shooting_armed_assault", "other_violence", 5)])])
    assert _types([("A man fired into a crowd at a festival.", "shooting_armed_assault"),
                   ("A man shot into a crowd at a festival.", "shooting_armed_assault"),
                   ("There was a mass shooting in a crowd at a festival.", "shooting_armed_assault"),
                   ("A man drove into a crowd at a festival.", "shooting_armed_assault")], counts) == [
        "shooting_armed_assault", "shooting_armed_assault", "shooting_armed_assault", "other_violence"]
