"""Train the incident-type model of ingest/extract/type_model.py from the gold sets.

    python -m ingest.train_type_model          # write ingest/extract/type_model_counts.csv
    python -m ingest.train_type_model --check  # exit 1 if the committed counts differ from a fresh training
    python -m ingest.train_type_model --cv     # leave one round of sets out at a time: rules' type vs the model's

The training rows are the gold incidents of the written tuning sets (E-DN in session 37) that the rules detected while the set was still
blind: tests/gold/rule_types_when_blind.csv holds, for each, the code of that round (`code`), the sentence the rules
found it in and the type they gave (made by bench/rule_types_when_blind.py from the git history). The rules' type
from that code, not today's, is what the model must learn to trust or overrule: today's code has been tuned on
these sets and is right on nearly all of them, as it is not on new text. Blind sets are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys

import polars as pl

from ingest.evaluate import WRITTEN_GOLD, WRITTEN_SETS, gold_sentences
from ingest.extract.text import normalise_space
from ingest.extract.type_model import (
    OVERRULE_FEATURE_PREFIX,
    RULE_FEATURE_PREFIX,
    SENTENCES_FEATURE,
    TYPE_MODEL_COUNTS,
    model_from_counts,
    model_types,
    sentence_features,
)

RULE_TYPES_WHEN_BLIND = WRITTEN_GOLD / "rule_types_when_blind.csv"
MIN_SENTENCES_PER_FEATURE = 3  # rarer words are mostly names and places: noise, and memorising
COUNTS_SCHEMA = {"feature": pl.String, "incident_type": pl.String, "count": pl.Int64}


def training_rows() -> pl.DataFrame:
    """One row per detected gold incident: set, code (the round), article_id, sentence, rule and gold types."""
    blind_reads = pl.read_csv(RULE_TYPES_WHEN_BLIND, schema_overrides={"sentence_index": pl.Int32}).filter(
        pl.col("rule_type").is_not_null())
    tuning = {path.stem.rsplit("_", 1)[-1] for path, use in WRITTEN_SETS if use == "tuning"}
    unknown = set(blind_reads["set"].unique()) - tuning
    if unknown:
        raise ValueError(f"{RULE_TYPES_WHEN_BLIND.name} names sets that are not tuning sets: {sorted(unknown)}")
    gold = [json.loads(line) for s in sorted(tuning & set(blind_reads["set"]))
            for line in (WRITTEN_GOLD / f"incidents_heldout_{s}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    labels = pl.DataFrame([(g["id"], g["incident_type"]) for g in gold if g["is_incident"]],
                          schema={"article_id": pl.String, "incident_type": pl.String}, orient="row")
    sentences = gold_sentences([{"id": g["id"], "text": g["text"], "published_at": g["date"]} for g in gold]).select(
        "article_id", pl.col("sentence_index").cast(pl.Int32), normalise_space(pl.col("sentence_text")).alias("sentence"))
    # the code of that round may have split the text one sentence differently: take the last one then
    last = sentences.group_by("article_id").agg(pl.col("sentence").last().alias("_last"))
    return blind_reads.join(labels, on="article_id").join(
        sentences, on=["article_id", "sentence_index"], how="left").join(last, on="article_id").select(
        "set", "code", "article_id", pl.coalesce("sentence", "_last").alias("sentence"),
        pl.col("rule_type").alias("rule_incident_type"), "incident_type").sort("set", "article_id")


def count_table(rows: pl.DataFrame, overrules: bool = True) -> pl.DataFrame:
    """Counts per (feature, gold type): words and pairs of the sentences, sentences per type, rules' type per type;
    with `overrules`, the overrules that paid off on rounds left out (see overrule_counts)."""
    features = sentence_features(rows.with_row_index("_row"), "sentence", ["_row"]).join(
        rows.with_row_index("_row").select("_row", "incident_type"), on="_row")
    vocabulary = features.group_by("feature").agg(pl.len().alias("_n")).filter(
        pl.col("_n") >= MIN_SENTENCES_PER_FEATURE).select("feature")
    words = features.join(vocabulary, on="feature").group_by("feature", "incident_type").agg(pl.len().alias("count"))
    per_type = rows.group_by("incident_type").agg(pl.len().alias("count")).with_columns(
        feature=pl.lit(SENTENCES_FEATURE))
    rules = rows.group_by("rule_incident_type", "incident_type").agg(pl.len().alias("count")).select(
        (pl.lit(RULE_FEATURE_PREFIX) + pl.col("rule_incident_type")).alias("feature"), "incident_type", "count")
    parts = [per_type, rules, words] + ([overrule_counts(rows)] if overrules else [])
    return pl.concat([frame.select(list(COUNTS_SCHEMA)).cast(COUNTS_SCHEMA) for frame in parts]).sort(
        "feature", "incident_type")


def _left_out_predictions(rows: pl.DataFrame, overrules: bool) -> pl.DataFrame:
    """Every row typed by a model trained on the other rounds: rows plus `model_type`."""
    typed = []
    for code in rows["code"].unique().sort():
        held = rows.filter(pl.col("code") == code)
        model = model_from_counts(count_table(rows.filter(pl.col("code") != code), overrules=overrules))
        typed.append(held.with_columns(model_types(held, "sentence", model).alias("model_type")))
    return pl.concat(typed)


def overrule_counts(rows: pl.DataFrame) -> pl.DataFrame:
    """Which overrules (rules' type -> model's type) to allow: those that, on rounds left out, set a wrong type right
    more often than they undid a right one ("shooting -> other_violence" did not: it is left to the rules).
    count = right overrules minus undone right readings."""
    if rows["code"].n_unique() < 2:  # nothing to leave out
        return pl.DataFrame(schema=COUNTS_SCHEMA)
    flips = _left_out_predictions(rows, overrules=False).filter(pl.col("model_type") != pl.col("rule_incident_type"))
    return flips.group_by("rule_incident_type", "model_type").agg(
        ((pl.col("model_type") == pl.col("incident_type")).sum().cast(pl.Int64)
         - (pl.col("rule_incident_type") == pl.col("incident_type")).sum().cast(pl.Int64)).alias("count")).filter(
        pl.col("count") > 0).select(
        (pl.lit(OVERRULE_FEATURE_PREFIX) + pl.col("rule_incident_type")).alias("feature"),
        pl.col("model_type").alias("incident_type"), "count")


def cross_validate(rows: pl.DataFrame) -> pl.DataFrame:
    """Per round left out: incidents, the rules' accuracy and the model's (trained on the other rounds, its allowed
    overrules chosen on those rounds alone)."""
    typed = _left_out_predictions(rows, overrules=True)
    table = typed.group_by("code").agg(
        pl.col("set").unique().sort().str.join(",").alias("sets"), pl.len().alias("incidents"),
        (pl.col("rule_incident_type") == pl.col("incident_type")).mean().alias("rules"),
        (pl.col("model_type") == pl.col("incident_type")).mean().alias("model"),
        (pl.col("model_type") != pl.col("rule_incident_type")).sum().alias("overrules")).sort("code")
    pooled = typed.select(pl.lit("pooled").alias("code"), pl.lit("").alias("sets"), pl.len().alias("incidents"),
                          (pl.col("rule_incident_type") == pl.col("incident_type")).mean().alias("rules"),
                          (pl.col("model_type") == pl.col("incident_type")).mean().alias("model"),
                          (pl.col("model_type") != pl.col("rule_incident_type")).sum().alias("overrules"))
    return pl.concat([table, pooled.cast(table.schema)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the committed counts with a fresh training")
    parser.add_argument("--cv", action="store_true", help="leave-one-round-out accuracy of the rules and the model")
    args = parser.parse_args(argv)
    rows = training_rows()
    if args.cv:
        with pl.Config(tbl_rows=40, float_precision=3):
            print(cross_validate(rows))
        return 0
    counts = count_table(rows)
    if args.check:
        committed = pl.read_csv(TYPE_MODEL_COUNTS, schema=COUNTS_SCHEMA)
        if not committed.equals(counts):
            print(f"{TYPE_MODEL_COUNTS} differs from a fresh training: run python -m ingest.train_type_model",
                  file=sys.stderr)
            return 1
        print(f"{TYPE_MODEL_COUNTS.name} matches a fresh training ({rows.height} incidents, {counts.height} counts)")
        return 0
    counts.write_csv(TYPE_MODEL_COUNTS)
    print(f"wrote {TYPE_MODEL_COUNTS} from {rows.height} incidents ({counts.height} counts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
