"""The town model: its features, its guards, its training, and its place in the extraction (sentences written here)."""

import datetime as dt

import polars as pl
import pytest

from ingest.extract import place_model
from ingest.extract.place_model import BIAS_FEATURE, fill_missing_towns, load_place_weights, name_features
from ingest.train_place_model import cross_validate, labelled_names, main
from tests.ingest.extract.conftest import first_incident

DAY = dt.date(2012, 5, 10)


def _read(text: str, country: str | None = None) -> pl.DataFrame:
    return pl.DataFrame({"_at": [0], "text": [text], "country_code": [country]},
                        schema_overrides={"country_code": pl.String})


def test_names_are_runs_of_capitalised_words_with_their_neighbours(reference):
    names, features = name_features(_read("Gunmen attack the Kelmaraskes post near Vilnius, killing four.", "LTU"),
                                     ["_at"], reference)
    # (never the sentence's first word)
    assert names["name"].to_list() == ["Kelmaraskes", "Vilnius"]
    post = set(features.filter(pl.col("name_index") == 1)["feature"])
    assert {"p1=the", "p2=attack_the", "n1=post", "n2=post_near", "unknown_place", "word=kelmaraskes"} <= post
    vilnius = set(features.filter(pl.col("name_index") == 2)["feature"])
    assert {"p1=near", "n1=,", "major_place", "place_in_rules_country"} <= vilnius


def test_countries_armed_groups_and_regions_are_never_names_to_take(reference):
    names, _ = name_features(_read("Taliban fighters kill nine soldiers in Helmand, Afghanistan."), ["_at"],
                             reference)
    assert names["name"].to_list() == []


@pytest.mark.parametrize("text", [
    "A rocket lands north of the Israeli town of Sderot, causing no injuries.",
    "A drone strike kills two militants driving south of the Somali capital Mogadishu.",
    "Gunmen attack a bus travelling between Catacamas and Juticalpa, killing eight.",
])
def test_a_place_told_as_away_from_the_incident_is_never_taken(reference, text):
    # the labelling rule ("north of X" gives no town), kept as a rule, not left to the weights
    names, _ = name_features(_read(text), ["_at"], reference)
    assert not {"Sderot", "Mogadishu", "Catacamas", "Juticalpa"} & set(names["name"])


def _incident(text: str, city: str | None, country: str | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    incidents = pl.DataFrame({"article_id": ["a"], "sentence_index": [0], "city": [city], "place": [city],
                              "country_code": [country], "latitude": [None], "longitude": [None]},
                             schema_overrides={"sentence_index": pl.Int32, "latitude": pl.Float64,
                                               "longitude": pl.Float64, "city": pl.String, "place": pl.String,
                                               "country_code": pl.String})
    sentences = pl.DataFrame({"article_id": ["a"], "sentence_index": [0], "text": [text]},
                             schema_overrides={"sentence_index": pl.Int32})
    return incidents, sentences


def test_a_town_the_rules_gave_is_never_replaced(reference):
    incidents, sentences = _incident("Four border guards were shot dead at the Lavoriskes post.", "Vilnius", "LTU")
    assert fill_missing_towns(incidents, sentences, reference)["city"].to_list() == ["Vilnius"]


def test_the_best_name_above_the_threshold_fills_a_missing_town(reference):
    incidents, sentences = _incident("Four border guards were shot dead at the Lavoriskes post.", None, "LTU")
    weights = pl.DataFrame({"feature": [BIAS_FEATURE, "n1=post", "word=guards"], "weight": [-1.0, 3.0, -5.0]})
    filled = fill_missing_towns(incidents, sentences, reference, weights)
    assert filled.select("city", "place").row(0) == ("Lavoriskes", "Lavoriskes")
    # below the threshold nothing is taken
    weak = weights.with_columns(pl.when(pl.col("feature") == "n1=post").then(1.5).otherwise(pl.col("weight"))
                                .alias("weight"))
    assert fill_missing_towns(incidents, sentences, reference, weak)["city"].to_list() == [None]


def test_a_town_the_gazetteer_holds_in_the_incidents_country_gets_its_coordinates(reference):
    incidents, sentences = _incident("Gunmen kill four people in a raid at Kidal on Monday.", None, "MLI")
    weights = pl.DataFrame({"feature": [BIAS_FEATURE, "p1=at"], "weight": [0.0, 5.0]})
    row = fill_missing_towns(incidents, sentences, reference, weights).row(0, named=True)
    assert row["city"] == "Kidal" and row["latitude"] == pytest.approx(18.44, abs=0.1)


@pytest.mark.parametrize("text, town", [
    # ways of telling the place the rules do not read
    ("Jets bomb the airfield of Udbina in the Krajina region, destroying its runway.", "Udbina"),
    ("A drone strike hit a residential area of Jibkoro, in the Ambasel district, killing four people.", "Jibkoro"),
])
def test_the_extraction_takes_the_models_town_where_the_rules_give_none(run, monkeypatch, text, town):
    assert first_incident(run, text, DAY)["city"] == town
    monkeypatch.setattr(place_model, "THRESHOLD", float("inf"))
    assert first_incident(run, text + " ", DAY)["city"] is None  # (another text: the batch keeps the first reading)


@pytest.mark.parametrize("text", [
    "Gunmen kill 12 villagers in Guerrero on Saturday.",
    "Police in Iraq say a car bomb killed five people.",
    "Taliban fighters kill six policemen at a checkpoint in Helmand.",
    "A rocket lands north of the Israeli town of Sderot, causing no injuries.",
])
def test_plain_sentences_with_no_town_keep_none(run, text):
    assert first_incident(run, text, DAY)["city"] is None


def test_the_weights_file_loads_once():
    assert load_place_weights() is load_place_weights()


def test_the_committed_weights_are_what_training_on_the_gold_gives():
    assert main(["--check"]) == 0


def test_left_out_rounds_gain_more_towns_than_the_model_makes_up():
    # the reason the model exists: on rounds it did not learn from, it finds more of the towns the rules missed than
    # it invents where the gold has none
    incidents, names, features = labelled_names()
    table = cross_validate(incidents, names, features)
    pooled = table.filter(pl.col("code") == "pooled", pl.col("threshold") == place_model.THRESHOLD).row(0, named=True)
    assert pooled["found"] >= 4 * pooled["made_up"] and pooled["found"] - pooled["made_up"] >= 50
