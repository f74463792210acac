"""A learned second reading of incident types: naive Bayes over the incident sentence's words and the rules' type.

Why: the hand-written rules type about 0.97 of the gold sentences they were tuned on, but 0.868 of sets they had
never seen (5,961 incidents of sets E-CH, each read by the code of the round in which its set was still blind).
The errors are ways of telling no rule lists yet ("a bomb fixed to the minister's car" is an assassination, "a drone
strike" an airstrike, "seized 30 passengers" a kidnapping). Counting, over those incidents,
  - which words and word pairs the sentence holds, per gold type, and
  - which type the rules gave, per gold type (so the model knows how far to trust each of the rules' readings),
gives P(type | sentence words, rules' type); its argmax is the incident's type, where it beats the rules' by a margin,
in a direction (rules' type -> model's type) that paid off on rounds the model did not learn from, and not into
other_violence when the sentence states gunfire or an explosion (METHOD_FEATURES). Left out one round of sets at a
time (`python -m ingest.train_type_model --cv`, the allowed directions chosen without the round left out), it reads
0.898 of the 5,961 types against the rules' 0.868 (276 overrules); on the newest round, CA-CH, 0.873 -> 0.897. On
blind sets: 0.846 -> 0.867 (AE-AH, session 14), 0.829 -> 0.833 (AI-AL, session 15), 0.938 -> 0.941 with the rules of
session 17 (AQ-AT, trained on E-AP), 0.895 -> 0.898 retrained on E-AT (AU-AX, session 18), 0.928 -> 0.935 retrained on
E-AX (AY-BB, session 19), 0.862 -> 0.866 retrained on E-BB (BC-BF, session 20), 0.881 -> 0.892 retrained on E-BF
(BG-BJ, session 21), 0.920 -> 0.920 retrained on E-BJ (BK-BN, session 22; the margin
raised to 0.9 after that scoring, see OVERRULE_MARGIN, +0.003), 0.862 -> 0.866 retrained on E-BN (BO-BR,
session 23, with EXTRA_MARGINS), 0.868 -> 0.868 retrained on E-BR (BS-BV, session 24), 0.893 -> 0.897 retrained
on E-BV (BW-BZ, session 25), 0.906 -> 0.906 retrained on E-BZ (CA-CD, session 26; one type each way); retrained on E-CH in session 27,
E-CP (6,559 incidents) in session 28, E-CT in 29, E-CX (7,113) in 30, E-DB (7,405) in 32, E-DF in 33, E-DJ (7,929) in 35 and E-DN (8,161) in 37. Tried and not used: a feature "the
sentence names a person" (0.901 left out on E-AH, but "a farmer shot near the home of Governor X" became an
assassination; docs/extraction_history.md, "Session 15"); a
multinomial logistic regression over the same words plus the first clause's words (session 16: 0.893 pooled, 0.871 and
0.864 on the two newest rounds left out, but overruling deliberate look-alikes of
tests/ingest/extract/test_incidents.py in every direction: "gunmen seized control of the market after a gunfight"
became a kidnapping, a car bomb wounding a named minister a car_bomb); ten variants of session 21 (other features,
margins per direction, complement naive Bayes), none 0.005 better left out without losing a newest round
(docs/extraction_history.md, "Session 21").

The counts live in type_model_counts.csv, written by `python -m ingest.train_type_model` from the gold sets and
tests/gold/rule_types_when_blind.csv; this module only scores. The rules' own reading stays on every row as
`rule_incident_type`, so an analyst can see where the model overrode it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

TYPE_MODEL_COUNTS = Path(__file__).with_name("type_model_counts.csv")
# naive Bayes takes every word as independent evidence, which overstates it: the weights below were chosen by the
# leave-one-round-out check before the margin and the directions (0.15-0.25 and 0.7-1.5 all read 0.896-0.903). On
# E-BB (session 20) word weights 0.22-0.28 read 0.904-0.905 left out against 0.901 at 0.2, but each turns the
# farmer shot near a governor's home (test_incidents.py) into an assassination: 0.2 is kept
WORD_WEIGHT = 0.2
RULE_WEIGHT = 1.0
# the model overrules the rules only when its type scores this much above theirs (a likelihood ratio of about 2.2).
# Left out, margins 0.5 to 0.8 read 0.898-0.900 on E-AT; at 0.5 the model trained on E-AT crossed a deliberate
# look-alike of test_incidents.py (a farmer shot near a governor's home became an assassination), at 0.8 it keeps
# 138 overrules instead of 158: fewer and surer. Retrained on E-BJ (session 22) the model crossed it again at 0.8 (by
# 0.07); left out, 0.9 reads 0.899 against 0.898 at 0.8 (1.0: 0.899), no newest round lower, and keeps it
# Retrained on E-DF (session 33) it crossed 0.9 on two look-alikes of test_non_events.py (a planted bomb police try
# to defuse became an ied, by 0.06; militants attacking a convoy, no weapon told, a shooting, by 0.03); left out on
# E-DF, 1.0 reads 0.885 as 0.9 does (382 overrules against 391) and keeps both
OVERRULE_MARGIN = 1.0
# overrules that must beat the rules by more than the margin. A shooting the rules read is turned into an
# assassination mostly by a titled name, wherever it stands in the sentence; retrained on E-BN (session 23) the
# model crossed the farmer-near-a-governor's-home look-alike by 0.4-0.5 here. Left out, 0.5-0.8 more read
# 0.8997-0.9001 against 0.9014 with none (6-7 of 4,525 types); 0.6 kept it. Retrained on E-BR (session 24) it crossed
# 0.6 by 0.03; left out, 0.6 / 0.8 / 1.0 / 1.3 read 0.8982 / 0.8980 / 0.8976 / 0.8974 of 4,823: 0.8 keeps it by 0.17
# Retrained on E-CH (session 27) it crossed 0.8 on "the body of a local radio host was found with gunshot wounds" (an
# unnamed victim, typed by the method); 1.0 keeps it: left out 0.898 against 0.899, CA-CH and the blind sets unchanged.
# Retrained on E-CP (session 28) it crossed 1.3 there (journalists shot are mostly assassinations in the gold); 1.5
# keeps it: left out 0.8965 against 0.8966 at 1.0 (one type of 6,559)
# Retrained on E-DN (session 37) it turned militants attacking a convoy, no weapon told (test_non_events.py), from
# other_violence into a shooting by 0.14 over 1.0 ("an attack whose method is not stated is other_violence"); 1.3
# keeps it: left out 0.885 either way (406 overrules against 414, four types of 8,161 lost)
EXTRA_MARGINS = {("shooting_armed_assault", "assassination"): 1.5, ("other_violence", "shooting_armed_assault"): 1.3}
SMOOTHING = 0.5
SENTENCES_FEATURE = "__sentences__"  # count row: gold incidents of the type
RULE_FEATURE_PREFIX = "__rule__:"  # count row: gold incidents of the type the rules gave this type
OVERRULE_FEATURE_PREFIX = "__overrule__:"  # row: the model may turn this rules' type into the row's type
_TOKEN = r"[a-z]+(?:-[a-z]+)*"
# "an attack whose method is not stated is other_violence" (labelling rules): a sentence that states gunfire or an
# explosion is never turned into other_violence by the model, whatever its other words ("a man fired into a crowd at
# a festival"); fixed from the labelling rule, not chosen on the gold
# ("live rounds" and "shootout" joined in session 35: retrained on E-DJ, the model turned police firing tear gas
# and live rounds at demonstrators into other_violence, a look-alike of test_incidents.py)
NO_METHOD_TYPE = "other_violence"
METHOD_FEATURES = (
    "fired", "shot", "shoots", "shooting", "shootings", "gunfire", "gunshots", "gunshot", "bullets", "bullet",
    "opened_fire", "open_fire", "opens_fire", "fire_on", "fire_at", "fire_into", "fired_on", "fired_at", "fired_into",
    "gun_battle", "gunfight", "shootout", "shootouts", "live_rounds", "live_ammunition", "bomb", "bombs", "bombing", "explosion", "exploded", "explodes", "blast", "explosive",
    "explosives", "grenade", "rocket", "rockets", "mortar", "mortars", "missile", "missiles", "shelling", "airstrike",
    "airstrikes", "air_strike", "air_strikes")


@dataclass(frozen=True)
class TypeModel:
    word_weights: pl.DataFrame  # feature, incident_type, weight: one row per vocabulary feature and type
    type_bias: pl.DataFrame  # rule_incident_type, incident_type, bias: prior plus the trust in the rules' reading
    overrules: pl.DataFrame | None  # rule_incident_type, incident_type: the overrules allowed (None: all)


def sentence_features(frame: pl.DataFrame, text: str, keys: list[str]) -> pl.DataFrame:
    """The distinct lowercased words and adjacent word pairs ("car_bomb") of `text`, one row per (keys, feature)."""
    tokens = frame.select(*keys, pl.col(text).str.to_lowercase().str.extract_all(_TOKEN).alias("feature")).explode(
        "feature").drop_nulls("feature")
    pairs = tokens.with_columns(_next=pl.col("feature").shift(-1).over(keys)).drop_nulls("_next").select(
        *keys, pl.concat_str("feature", pl.lit("_"), "_next").alias("feature"))
    return pl.concat([tokens, pairs]).unique(maintain_order=True)


def model_from_counts(counts: pl.DataFrame) -> TypeModel:
    """Weights from a counts table (feature, incident_type, count), as written by ingest.train_type_model."""
    per_type = counts.filter(pl.col("feature") == SENTENCES_FEATURE).select("incident_type", pl.col("count").alias("n"))
    types = per_type.select("incident_type")
    total = per_type["n"].sum()
    allowed = counts.filter(pl.col("feature").str.starts_with(OVERRULE_FEATURE_PREFIX)).select(
        pl.col("feature").str.strip_prefix(OVERRULE_FEATURE_PREFIX).alias("rule_incident_type"), "incident_type")
    words = counts.filter(~pl.col("feature").str.starts_with("__"))
    vocabulary = words.select("feature").unique()
    word_weights = vocabulary.join(types, how="cross").join(words, on=["feature", "incident_type"], how="left").join(
        per_type, on="incident_type").select(
        "feature", "incident_type",
        (WORD_WEIGHT * ((pl.col("count").fill_null(0) + SMOOTHING) / (pl.col("n") + 1)).log()).alias("weight"))
    rules = counts.filter(pl.col("feature").str.starts_with(RULE_FEATURE_PREFIX)).select(
        pl.col("feature").str.strip_prefix(RULE_FEATURE_PREFIX).alias("rule_incident_type"), "incident_type", "count")
    rule_types = pl.concat([types.rename({"incident_type": "rule_incident_type"}),
                            rules.select("rule_incident_type")]).unique()
    type_bias = rule_types.join(types, how="cross").join(
        rules, on=["rule_incident_type", "incident_type"], how="left").join(per_type, on="incident_type").select(
        "rule_incident_type", "incident_type",
        ((pl.col("n") / total).log() + RULE_WEIGHT * (
            (pl.col("count").fill_null(0) + SMOOTHING) / (pl.col("n") + SMOOTHING * types.height)).log()).alias("bias"))
    # a table without overrule rows (a model being chosen inside the training) allows every overrule
    return TypeModel(word_weights=word_weights, type_bias=type_bias, overrules=allowed if allowed.height else None)


@lru_cache(maxsize=4)
def load_type_model(path: Path = TYPE_MODEL_COUNTS) -> TypeModel:
    counts = pl.read_csv(path, schema={"feature": pl.String, "incident_type": pl.String, "count": pl.Int64})
    return model_from_counts(counts)


def model_types(rows: pl.DataFrame, text: str, model: TypeModel) -> pl.Series:
    """The model's type for each row of `rows` (its `text` column and its `rule_incident_type`), in row order."""
    keyed = rows.select(pl.col(text).alias("_text"), "rule_incident_type").with_row_index("_row")
    features = sentence_features(keyed, "_text", ["_row"])
    words = features.join(model.word_weights, on="feature").group_by(
        "_row", "incident_type").agg(pl.col("weight").sum().alias("_words"))
    bias = model.type_bias
    if model.overrules is not None:  # the rules' own type, and the types the rules' type may be turned into
        bias = bias.filter(pl.col("incident_type") == pl.col("rule_incident_type")).vstack(
            bias.join(model.overrules, on=["rule_incident_type", "incident_type"], how="semi").filter(
                pl.col("incident_type") != pl.col("rule_incident_type")))
    scored = keyed.select("_row", "rule_incident_type").join(bias, on="rule_incident_type").join(
        words, on=["_row", "incident_type"], how="left").with_columns(
        _score=pl.col("bias") + pl.col("_words").fill_null(0.0))
    stated = features.filter(pl.col("feature").is_in(METHOD_FEATURES)).select("_row").unique()
    scored = scored.join(stated, on="_row", how="anti").vstack(scored.join(stated, on="_row", how="semi").filter(
        (pl.col("incident_type") != NO_METHOD_TYPE) | (pl.col("rule_incident_type") == NO_METHOD_TYPE)))
    # the rules' reading gets the margin; ties go to the type's name, so a rebuild gives the same rows
    rules = pl.col("incident_type") == pl.col("rule_incident_type")
    extra = pl.lit(0.0)
    for (rule_type, model_type), margin in EXTRA_MARGINS.items():
        extra = pl.when((pl.col("rule_incident_type") == rule_type) & (pl.col("incident_type") == model_type)).then(
            margin).otherwise(extra)
    best = scored.with_columns(
        _score=pl.col("_score") - extra + pl.when(rules).then(OVERRULE_MARGIN).otherwise(0.0)).sort(
        ["_row", "_score", "incident_type"], descending=[False, True, False]).unique("_row", keep="first")
    # a rules' type the model has never seen (a new trigger type) is kept as it is
    return keyed.join(best.select("_row", pl.col("incident_type").alias("_model")), on="_row", how="left").sort(
        "_row").select(pl.coalesce("_model", "rule_incident_type"))["_model"].rename("incident_type")


def retype_incidents(incidents: pl.DataFrame, sentences: pl.DataFrame, model: TypeModel) -> pl.DataFrame:
    """Keep the rules' type as `rule_incident_type` and type each incident by the model.

    Only an incident alone in its sentence is retyped: where the rules found two incidents in one sentence they
    tell them apart by their words ("a car bomb and then gunmen"), which one sentence's words cannot do.
    """
    incidents = incidents.with_columns(rule_incident_type=pl.col("incident_type"))
    alone = pl.len().over("article_id", "sentence_index") == 1
    single = incidents.with_row_index("_at").filter(alone).join(
        sentences.select("article_id", "sentence_index", pl.col("text").alias("_sentence")),
        on=["article_id", "sentence_index"], how="left")
    if single.is_empty():
        return incidents
    retyped = single.select("_at").with_columns(model_types(single, "_sentence", model).alias("_model"))
    return incidents.with_row_index("_at").join(retyped, on="_at", how="left").with_columns(
        incident_type=pl.coalesce("_model", "incident_type")).sort("_at").drop("_at", "_model")
