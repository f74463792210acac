"""Where each incident's trigger words stand in its sentence, and which incident a span near them (a toll, a
group, a city) belongs to: the nearest trigger word of its sentence."""

import polars as pl


def bind_to_incidents(candidates: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame,
                       start: str, end: str) -> pl.DataFrame:
    """Each candidate span (a group, a toll, a city) belongs to the nearest trigger word of its sentence and serves
    the incident that word belongs to (`a_iid`; none for an excluded word). Adds `_iid`."""
    keyed = candidates.with_row_index("_cand")
    gap = (
        pl.when(pl.col(end) <= pl.col("a_start")).then(pl.col("a_start") - pl.col(end))
        .when(pl.col(start) >= pl.col("a_end")).then(pl.col(start) - pl.col("a_end"))
        .otherwise(0)
    )
    nearest = (
        keyed.select("_cand", "article_id", "sentence_index", start, end)
        .join(anchors, on=["article_id", "sentence_index"])
        .with_columns(_gap=gap, _behind=pl.col("a_start") < pl.col(start))
        .sort("_cand", "_gap", "_behind", "a_start", "a_end", "a_iid", nulls_last=True)
        .unique("_cand", keep="first")
        .filter(pl.col("a_iid").is_not_null())
        .select("_cand", pl.col("a_iid").alias("_iid"))
    )
    return keyed.join(nearest, on="_cand").drop("_cand")


def trigger_anchors(all_triggers: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """Every trigger word with the incident it belongs to: its own, else (a generic word beside a specific one,
    a weaker explosive word) the nearest incident of the same status in its sentence; excluded words none."""
    # a cue-less "strike" is no event word at all ("a rocket strike on Baghdad Airport"): not an anchor
    words = all_triggers.filter(~pl.col("requires_cue") | (pl.col("status") != "occurred")).select(
        "article_id", "sentence_index", pl.col("trigger_start").alias("a_start"), pl.col("trigger_end").alias("a_end"),
        pl.col("status").alias("a_status"), pl.col("incident_type").alias("a_type"), "_excluded",
    ).with_row_index("_word")
    owners = (
        words.filter(~pl.col("_excluded"))
        .join(incidents.select("_iid", "article_id", "sentence_index", pl.col("status").alias("a_status"),
                               pl.col("incident_type").alias("_type"), "trigger_start"),
              on=["article_id", "sentence_index", "a_status"])
        .with_columns(_own=pl.col("_type") == pl.col("a_type"),
                      _d=(pl.col("trigger_start") - pl.col("a_start")).abs())
        .sort("_word", "_own", "_d", "_iid", descending=[False, True, False, False])
        .unique("_word", keep="first")
        .select("_word", pl.col("_iid").alias("a_iid"))
    )
    return words.join(owners, on="_word", how="left").select(
        "article_id", "sentence_index", "a_start", "a_end", "a_iid")


def bound_elsewhere(mentions: pl.DataFrame, anchors: pl.DataFrame, incidents: pl.DataFrame) -> pl.DataFrame:
    """(_iid, article_id, sentence_index, start) of the mentions an incident must not take: those with a trigger
    word of another incident of the sentence between them and the incident's own nearest trigger word
    ("planning an operation like the 2012 attack in the Libyan city of Benghazi": Libya is the 2012 attack's;
    in "bombed a camp in Gaza after rocket attacks against Sderot, Israel", Gaza is still the bombing's)."""
    spans = incidents.select("_iid", "article_id", "sentence_index").join(
        mentions.select("article_id", "sentence_index", "start", "end").unique(), on=["article_id", "sentence_index"])
    if spans.is_empty():
        return spans.select("_iid", "article_id", "sentence_index", "start")
    own = spans.join(anchors.rename({"a_iid": "_iid"}), on=["article_id", "sentence_index", "_iid"]).with_columns(
        _d=pl.when(pl.col("a_end") <= pl.col("start")).then(pl.col("start") - pl.col("a_end"))
        .otherwise(pl.col("a_start") - pl.col("end")).abs()
    ).sort("_iid", "start", "_d", "a_start").unique(["_iid", "start"], keep="first").select(
        "_iid", "article_id", "sentence_index", "start", "end", pl.col("a_start").alias("_own_start"))
    others = anchors.filter(pl.col("a_iid").is_not_null()).select(
        "article_id", "sentence_index", pl.col("a_start").alias("_o_start"), pl.col("a_iid").alias("_o_iid"))
    between = own.join(others, on=["article_id", "sentence_index"]).filter(
        pl.col("_o_iid") != pl.col("_iid"),
        pl.col("_o_start").is_between(pl.min_horizontal("_own_start", "start"),
                                      pl.max_horizontal("_own_start", "start"), closed="none"))
    return between.select("_iid", "article_id", "sentence_index", "start").unique()
