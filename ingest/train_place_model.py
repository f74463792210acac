"""Train the town model of ingest/extract/place_model.py from the gold sets.

    python -m ingest.train_place_model          # write ingest/extract/place_model_weights.csv
    python -m ingest.train_place_model --check  # exit 1 if the committed weights differ from a fresh training
    python -m ingest.train_place_model --cv     # leave one round of sets out at a time: what the model would change

The training rows are those of ingest.train_type_model: the gold incidents of the written tuning sets that the rules
detected while the set was still blind (tests/gold/rule_types_when_blind.csv), each with the sentence, country and
town that round's code gave. Every capitalised name of the sentence (but its first word) is an example: is it the
gold town? The model is used only where the rules give no town, so `--cv` scores it on those incidents of the round
left out: towns found (gold names that town), towns made up (gold has none), and wrong towns (gold has another).
Blind sets are never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import defaultdict

import polars as pl

from ingest.evaluate import WRITTEN_GOLD, gold_sentences
from ingest.extract import load_reference
from ingest.extract.place_model import (
    BIAS_FEATURE,
    PLACE_MODEL_WEIGHTS,
    THRESHOLD,
    incident_sentences_for_places,
    name_features,
    name_scores,
)
from ingest.extract.reference import place_key
from ingest.extract.text import normalise_space
from ingest.train_type_model import RULE_TYPES_WHEN_BLIND, training_rows

EPOCHS, LEARNING_RATE, L2 = 6, 0.1, 1e-4
MIN_EXAMPLES_PER_FEATURE = 3  # rarer features are mostly one town's own name: memorising
_KEYS = ["_at"]
CV_THRESHOLDS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def labelled_names() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(incidents: _at, code, article_id, rules_city_missing, gold_city; names: _at, name_index, name, label;
    features: _at, name_index, feature)."""
    rows = training_rows().select("set", "code", "article_id")
    blind = pl.read_csv(RULE_TYPES_WHEN_BLIND, schema_overrides={"sentence_index": pl.Int32}).filter(
        pl.col("rule_type").is_not_null()).select("article_id", "sentence_index", "city", "country_code")
    gold = [json.loads(line) for s in sorted(set(rows["set"]))
            for line in (WRITTEN_GOLD / f"incidents_heldout_{s}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    towns = pl.DataFrame([(g["id"], g["city"]) for g in gold if g["is_incident"]],
                         schema={"article_id": pl.String, "gold_city": pl.String}, orient="row")
    incidents = rows.join(blind, on="article_id").join(towns, on="article_id").with_columns(
        rules_city_missing=pl.col("city").is_null()).with_row_index("_at").with_columns(pl.col("_at").cast(pl.Int64))
    sentences = gold_sentences([{"id": g["id"], "text": g["text"], "published_at": g["date"]} for g in gold]).select(
        "article_id", pl.col("sentence_index").cast(pl.Int32), normalise_space(pl.col("sentence_text")).alias("text"))
    # that round's code may have split the text one sentence differently: its last sentence then
    last = sentences.group_by("article_id").agg(pl.col("sentence_index").max().alias("_last"))
    incidents = incidents.join(last, on="article_id").with_columns(
        sentence_index=pl.min_horizontal("sentence_index", "_last")).drop("_last")
    read = incident_sentences_for_places(incidents, sentences)
    names, features = name_features(read, _KEYS, load_reference())
    gold_keys = incidents.select("_at", pl.col("gold_city").str.split(";").alias("_g")).explode("_g").drop_nulls(
        "_g").select("_at", place_key(pl.col("_g").str.strip_chars()).alias("_gk"), pl.lit(True).alias("label"))
    names = names.with_columns(_gk=place_key(pl.col("name"))).join(gold_keys, on=["_at", "_gk"], how="left").with_columns(
        label=pl.col("label").fill_null(False)).drop("_gk").unique([*_KEYS, "name_index"])
    return incidents.select("_at", "code", "article_id", "rules_city_missing", "gold_city"), names, features


def fit(names: pl.DataFrame, features: pl.DataFrame) -> pl.DataFrame:
    """Logistic regression by stochastic gradient descent (a fixed seed: the same weights every run)."""
    common = features.group_by("feature").len().filter(pl.col("len") >= MIN_EXAMPLES_PER_FEATURE).select("feature")
    grouped = features.join(common, on="feature").group_by(*_KEYS, "name_index").agg(pl.col("feature").sort())
    examples = names.join(grouped, on=[*_KEYS, "name_index"], how="left").sort(*_KEYS, "name_index").select(
        "feature", "label").rows()
    weights: dict[str, float] = defaultdict(float)
    bias = 0.0
    order = list(range(len(examples)))
    shuffle = random.Random(0)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            words, label = examples[index]
            words = words or []
            z = bias + sum(weights[w] for w in words)
            error = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) - label
            bias -= LEARNING_RATE * error
            for w in words:
                weights[w] -= LEARNING_RATE * (error + L2 * weights[w])
    rows = [(BIAS_FEATURE, round(bias, 6))] + sorted((w, round(v, 6)) for w, v in weights.items() if abs(v) >= 1e-4)
    return pl.DataFrame(rows, schema={"feature": pl.String, "weight": pl.Float64}, orient="row")


def best_names(incidents: pl.DataFrame, names: pl.DataFrame, features: pl.DataFrame,
               weights: pl.DataFrame) -> pl.DataFrame:
    """Per incident the rules left without a town: its best-scoring name, the score, and whether it is gold's."""
    scored = name_scores(names.drop("label"), features, _KEYS, weights).join(
        names.select(*_KEYS, "name_index", "label"), on=[*_KEYS, "name_index"])
    best = scored.sort("score", "name_index", descending=[True, False]).group_by("_at").first()
    return incidents.filter("rules_city_missing").join(best, on="_at", how="left")


def cross_validate(incidents: pl.DataFrame, names: pl.DataFrame, features: pl.DataFrame) -> pl.DataFrame:
    """Per round left out (and pooled): for each threshold, the towns the model would add to the incidents the rules
    of that round left without one: found (gold's town), made up (gold has none) and wrong (gold has another)."""
    found = []
    for code in incidents["code"].unique(maintain_order=True).to_list():
        held = incidents.filter(pl.col("code") == code)["_at"]
        train = names.filter(~pl.col("_at").is_in(held.implode()))
        weights = fit(train, features.join(train.select("_at").unique(), on="_at"))
        found.append(best_names(incidents.filter(pl.col("code") == code), names, features, weights))
    found = pl.concat(found)
    rows = []
    for threshold in CV_THRESHOLDS:
        taken = found.filter(pl.col("score") > threshold).with_columns(
            right=pl.col("label"), made_up=pl.col("gold_city").is_null())
        for code, part in [("pooled", taken), *taken.group_by("code", maintain_order=True)]:
            code = code if isinstance(code, str) else code[0]
            rows.append({"code": code, "threshold": threshold, "found": part["right"].sum(),
                         "made_up": part["made_up"].sum(), "wrong": part.height - part["right"].sum() - part["made_up"].sum(),
                         "incidents": incidents.height if code == "pooled" else
                         incidents.filter(pl.col("code") == code).height})
    return pl.DataFrame(rows)


def print_cross_validation(table: pl.DataFrame, incidents: pl.DataFrame) -> None:
    missing = incidents.filter("rules_city_missing")
    print(f"{missing.height} incidents of {incidents.height} left without a town by the rules while blind "
          f"({missing['gold_city'].is_not_null().sum()} of them have a gold town); left out one round at a time:")
    for row in table.filter(pl.col("code") == "pooled").iter_rows(named=True):
        mark = "  <- THRESHOLD" if row["threshold"] == THRESHOLD else ""
        print(f"  threshold {row['threshold']:>4}: towns found {row['found']:>4}, made up {row['made_up']:>4}, "
              f"wrong {row['wrong']:>3}, net {row['found'] - row['made_up']:+d} of {row['incidents']}{mark}")
    print(f"per round at {THRESHOLD}:")
    for row in table.filter(pl.col("code") != "pooled", pl.col("threshold") == THRESHOLD).iter_rows(named=True):
        print(f"  {row['code']}: found {row['found']}, made up {row['made_up']}, wrong {row['wrong']} "
              f"({row['incidents']} incidents)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare a fresh training with the committed weights")
    parser.add_argument("--cv", action="store_true", help="leave one round out at a time")
    args = parser.parse_args(argv)
    incidents, names, features = labelled_names()
    if args.cv:
        print_cross_validation(cross_validate(incidents, names, features), incidents)
        return 0
    weights = fit(names, features)
    if args.check:
        committed = pl.read_csv(PLACE_MODEL_WEIGHTS, schema={"feature": pl.String, "weight": pl.Float64})
        same = committed.equals(weights)
        print("place model weights match a fresh training" if same else "place model weights differ: retrain")
        return 0 if same else 1
    weights.write_csv(PLACE_MODEL_WEIGHTS)
    print(f"wrote {PLACE_MODEL_WEIGHTS} ({weights.height} weights from {names.height} names of "
          f"{incidents.height} incidents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
