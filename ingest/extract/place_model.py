"""A learned second reading of the incident's town, for incidents the rules leave without one.

Why: the place rules read 0.95 of the towns of the gold sets they were tuned on, but about 0.90 of sets they had never
seen (tests/gold/rule_types_when_blind.csv). Nearly half of those misses are incidents left with no town although the
text names it: a village the gazetteer lacks ("at Navaly on the Jaffna peninsula"), a town told in a way no rule lists
yet ("the runway of Udbina airfield"). The rules keep every reading they make; only where they give no town does this
model look at the capitalised names of the incident's sentence and take the one it scores highest, if it scores above
THRESHOLD. Datelines stay the rules' (they know when a dateline is only where the report was filed): left out, the
model read with them found 2 more towns and made up 9 more.

The model is a logistic regression over each name's neighbourhood: the two words before and after it, its
punctuation (commas), whether the gazetteer knows it and in which country (against the country the
rules gave), whether it is a country, an armed group or in capitals, its own lowercased words (so "Police" or
"Taliban" learn to be no towns), and its place among the sentence's names. It is trained by
`python -m ingest.train_place_model` on the gold incidents the rules of each round left without a town while the set
was still blind (every name of every such incident: is it the gold town?); the weights live in
place_model_weights.csv.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import polars as pl

from ingest.extract.places import subdivisions
from ingest.extract.reference import Reference, place_key

PLACE_MODEL_WEIGHTS = Path(__file__).with_name("place_model_weights.csv")
BIAS_FEATURE = "__bias__"
# the score (log-odds) a name must pass to be taken as the town: chosen left out one round at a time
# (`python -m ingest.train_place_model --cv`), see that module
THRESHOLD = 1.5
# words, and the punctuation that tells an apposition ("in Kidal, Mali")
_TOKEN = r"(?:(?:al|el|ad|ar|as|an|at|az|ash)-)?[\p{L}\d][\p{L}\d'’\.\-]*|[—–,;:()]"
# a name starts with a capital ("al-Farhatiya" too)
_CAPITALISED = r"^(?:(?:al|el|ad|ar|as|an|at|az|ash)-)?\p{Lu}"
_MAX_NAME_TOKENS = 4
_FEATURE_LAST = (r"(?-u:\b)(?:Bay|Gulf|Sea|Straits?|Lake|River|Islands?|Peninsula|University|College|Mountains?|Valley"
                 r"|Province|District|Region|County)$")
_PARTICLES = ["da", "de", "del", "do", "dos", "das", "di", "du", "la", "le", "el", "al", "ul", "bin", "ibn"]
_AWAY_WINDOW = 9
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# (the words between are lowercase, a people's adjective or a town before "and": "north of the Israeli town of Sderot",
# "between Catacamas and Juticalpa")
_AWAY_BEFORE = (rf"(?i:(?-u:\b){_COMPASS} of|countryside of|(?-u:\b)(?:km|kilometres|kilometers|miles) (?:away )?from"
                r"|(?:road|highway|motorway|route) to|(?-u:\b)(?:between|off|from|to|towards?|out of|linking|connecting)"
                r"|(?-u:\b)(?:districts?|provinces?|regions?|states?|count(?:y|ies)|governorates?) of"
                # (a sea, a strait, a mountain named after the town is not the town: "in the Gulf of Aden")
                r"|(?-u:\b)(?:gulf|bay|straits?|sea|lake|cape|isles?|islands?|canal|river|mount|mountains?|valley) of)"
                r"(?: [\p{Ll}\-]+| \p{Lu}\p{Ll}+(?:i|ian|ese|ish|an)|(?: \p{Lu}[\p{L}\-]*)+ and)*$")
_CALENDAR = (r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
             r"|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)")


def _tokens(frame: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """One row per token of `text`: keys, position, token."""
    return frame.select(*keys, pl.col("text").str.extract_all(_TOKEN).alias("token")).explode("token").drop_nulls(
        "token").with_columns(position=pl.int_range(pl.len()).over(keys))


_GAZETTEER: dict[int, tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]] = {}


def _gazetteer(reference: Reference) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(known: _key, _major; same_country: _key, _cc; regions: _key, _region), keyed once per loaded gazetteer (keying
    its 240,000 names costs about 0.4 s, paid once per process, not once per batch)."""
    cached = _GAZETTEER.get(id(reference.cities))
    if cached is None:
        cities = reference.cities.select(place_key(pl.col("surface")).alias("_key"), "country_code", "major",
                                         "alternate")
        # (a large town only under its own name: "Bihar" is the state, not an other name of Bihar Sharif)
        known = cities.group_by("_key").agg((pl.col("major") & ~pl.col("alternate")).any().alias("_major"))
        same_country = cities.select("_key", pl.col("country_code").alias("_cc")).unique()
        regions = subdivisions().select(pl.col("key").alias("_key"), pl.lit(True).alias("_region"))
        cached = _GAZETTEER[id(reference.cities)] = (known, same_country, regions)
    return cached


_COORDINATES: dict[int, pl.DataFrame] = {}


def _coordinates(reference: Reference) -> pl.DataFrame:
    """_key, country_code, _lat, _lon: the most populous place of each name in each country (once per gazetteer)."""
    if id(reference.cities) not in _COORDINATES:
        _COORDINATES[id(reference.cities)] = reference.cities.select(
            place_key(pl.col("surface")).alias("_key"), "country_code", pl.col("latitude").alias("_lat"),
            pl.col("longitude").alias("_lon"), "population").sort("population", descending=True).unique(
            ["_key", "country_code"], keep="first").drop("population")
    return _COORDINATES[id(reference.cities)]


def name_features(frame: pl.DataFrame, keys: list[str], reference: Reference) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The capitalised names of `text` (a frame with `keys`, `text` and the rules' `country_code`) and their features,
    but never the sentence's first word(s). Returns (names: keys, name_index, name; features: keys, name_index,
    feature)."""
    tokens = _tokens(frame, keys).with_columns(
        token=pl.col("token").str.replace(r"['’]s$", "").str.strip_chars_end(".'’"))
    tokens = tokens.with_columns(capital=pl.col("token").str.contains(_CAPITALISED))
    tokens = tokens.with_columns(run=pl.col("capital").rle_id().over(keys))
    names = tokens.filter(pl.col("capital")).group_by(*keys, "run").agg(
        pl.col("token").head(_MAX_NAME_TOKENS).str.join(" ").alias("name"),
        pl.col("position").min().alias("first"), pl.col("position").max().alias("last"),
        pl.len().alias("length"))
    names = names.with_columns(name_index=pl.col("first").rank("ordinal").over(keys).cast(pl.Int32) - 1)
    context = tokens.select(*keys, "position", pl.col("token").str.to_lowercase().alias("word"))
    names = names.join(frame.select(*keys, pl.col("country_code").cast(pl.String)), on=keys, how="left")
    for offset, column in ((-1, "p1"), (-2, "p2"), (1, "n1"), (2, "n2")):
        anchor = "first" if offset < 0 else "last"
        names = names.with_columns(_position=pl.col(anchor) + offset).join(
            context.rename({"position": "_position", "word": column}), on=[*keys, "_position"], how="left").drop("_position")
    # the words a little further off, as a bag: "north of the town of X", "between X and Y", "X, 200 km from"
    further = [names.with_columns(_position=pl.col(anchor) + offset).join(
        context.rename({"position": "_position"}), on=[*keys, "_position"]).select(
        *keys, "name_index", pl.concat_str(pl.lit(prefix), pl.col("word")).alias("feature"))
        for anchor, prefix, offsets in (("first", "before=", (-3, -4, -5)), ("last", "after=", (3, 4)))
        for offset in offsets]
    # the labelling rules that place an incident away from a town are kept, not learned ("south of the Somali capital
    # Mogadishu", "35 km from Kutum", "in the countryside of Salamiyah", "on the road to Najaf", "between X and Y",
    # "off X", people taken "from" a village, driving "to the town of X", troops pulled "out of X", "the districts of
    # Kitgum, Pader and Gulu"): the words just before the name rule it out
    before = tokens.select(*keys, "position", pl.col("token").alias("word")).filter(
        pl.col("word").str.contains(r"^[\p{L}\d]")).join(
        names.select(*keys, "name_index", "first"), on=keys).filter(
        pl.col("position") < pl.col("first"), pl.col("position") >= pl.col("first") - _AWAY_WINDOW).group_by(
        *keys, "name_index").agg(pl.col("word").sort_by("position").str.join(" ").alias("_before"))
    away = before.filter(pl.col("_before").str.contains(_AWAY_BEFORE)).select(*keys, "name_index")
    names = names.join(away, on=[*keys, "name_index"], how="anti")
    key = place_key(pl.col("name"))
    known, same_country, regions = _gazetteer(reference)
    countries = reference.countries.select(pl.col("surface").alias("name")).unique().with_columns(_country=pl.lit(True))
    groups = reference.armed_groups.select(pl.col("alias").alias("name")).unique().with_columns(_group=pl.lit(True))
    names = names.with_columns(_key=key).join(known, on="_key", how="left").join(regions, on="_key", how="left").join(
        same_country.with_columns(_same=pl.lit(True)), left_on=["_key", "country_code"], right_on=["_key", "_cc"],
        how="left").join(countries, on="name", how="left").join(groups, on="name", how="left")
    flag = lambda condition, label: pl.when(condition).then(pl.lit(label))  # noqa: E731
    features = names.select(
        *keys, "name_index",
        pl.concat_list(
            pl.concat_str(pl.lit("p1="), pl.col("p1").fill_null("^")),
            pl.concat_str(pl.lit("p2="), pl.col("p2").fill_null("^"), pl.lit("_"), pl.col("p1").fill_null("^")),
            pl.concat_str(pl.lit("n1="), pl.col("n1").fill_null("$")),
            pl.concat_str(pl.lit("n2="), pl.col("n1").fill_null("$"), pl.lit("_"), pl.col("n2").fill_null("$")),
            pl.concat_str(pl.lit("length="), pl.col("length").clip(1, 3).cast(pl.String)),
            pl.concat_str(pl.lit("index="), pl.col("name_index").clip(0, 4).cast(pl.String)),
            pl.when(pl.col("_major").is_null()).then(pl.lit("unknown_place")).when(pl.col("_major")).then(
                pl.lit("major_place")).otherwise(pl.lit("small_place")),
            flag(pl.col("_same").fill_null(False), "place_in_rules_country"),
            flag(pl.col("_major").is_not_null() & pl.col("_same").is_null() & pl.col("country_code").is_not_null(),
                 "place_in_other_country"),
            flag(pl.col("_country").fill_null(False), "country_name"),
            flag(pl.col("_group").fill_null(False), "armed_group"),
            flag(pl.col("_region").fill_null(False), "region_name"),
            flag(pl.col("name").str.contains(r"^[\p{Lu}\s\-]{3,}$"), "all_capitals"),
        ).alias("feature"),
        pl.col("name").str.to_lowercase().str.split(" ").list.eval(pl.concat_str(pl.lit("word="), pl.element()))
        .alias("_words"),
    ).select(*keys, "name_index", pl.concat_list("feature", "_words").alias("feature")).explode("feature")
    features = pl.concat([features, *further]).drop_nulls("feature").unique()
    # the rules' own knowledge stands: a country, an armed group, or a region that is no large town is never the town
    # ("Gunmen kill 12 villagers in Guerrero")
    # ... nor a town the gazetteer holds only in another country than the one the rules placed the incident in ("in
    # Pakistan ... the anniversary of the cleric's death in Najaf"), nor the sentence's first word, nor a month or a
    # weekday ("in March", "on Monday")
    never = pl.col("_country").fill_null(False) | pl.col("_group").fill_null(False) | (
        pl.col("_region").fill_null(False) & ~pl.col("_major").fill_null(False)) | (
        pl.col("_major").is_not_null() & pl.col("_same").is_null() & pl.col("country_code").is_not_null()) | (
        # ... nor a feature named after a place ("Kilindi Bay", "Coastal State University"), nor a name cut before its
        # particle ("Ribeira" of "Ribeira da Praia district")
        pl.col("name").str.contains(_FEATURE_LAST)) | pl.col("n1").is_in(_PARTICLES) | (
        pl.col("first") == 0) | pl.col(
        "name").str.contains(_CALENDAR)
    return names.filter(~never).select(*keys, "name_index", "name").sort(*keys, "name_index"), features


@lru_cache(maxsize=1)
def load_place_weights(path: Path = PLACE_MODEL_WEIGHTS) -> pl.DataFrame:
    return pl.read_csv(path, schema={"feature": pl.String, "weight": pl.Float64})


def name_scores(names: pl.DataFrame, features: pl.DataFrame, keys: list[str], weights: pl.DataFrame) -> pl.DataFrame:
    """Each name's log-odds of being the incident's town: keys, name_index, name, score."""
    bias = weights.filter(pl.col("feature") == BIAS_FEATURE)["weight"].sum()
    summed = features.join(weights, on="feature", how="left").group_by(*keys, "name_index").agg(
        pl.col("weight").fill_null(0.0).sum().alias("score"))
    return names.join(summed, on=[*keys, "name_index"], how="left").with_columns(
        score=pl.col("score").fill_null(0.0) + bias)


def incident_sentences_for_places(incidents: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """The text the model reads for each incident (`_at`): its own sentence."""
    return incidents.select("_at", "article_id", "sentence_index", "country_code").join(
        sentences.select("article_id", "sentence_index", "text"), on=["article_id", "sentence_index"]).select(
        "_at", "country_code", "text")


def fill_missing_towns(incidents: pl.DataFrame, sentences: pl.DataFrame, reference: Reference,
                       weights: pl.DataFrame | None = None) -> pl.DataFrame:
    """Where the rules gave no town, the model's best-scoring name above THRESHOLD becomes `city` and `place` (with
    coordinates when the gazetteer holds it in the incident's country)."""
    weights = load_place_weights() if weights is None else weights
    missing = incidents.with_row_index("_at").filter(pl.col("city").is_null())
    if missing.is_empty():
        return incidents
    keys = ["_at"]
    read = incident_sentences_for_places(missing, sentences)
    names, features = name_features(read, keys, reference)
    scored = name_scores(names, features, keys, weights)
    best = scored.sort("score", "name_index", descending=[True, False]).group_by("_at").first().filter(
        pl.col("score") > THRESHOLD).select("_at", pl.col("name").alias("_town"))
    if best.is_empty():
        return incidents
    coordinates = _coordinates(reference)
    best = best.join(missing.select("_at", "country_code"), on="_at").with_columns(_key=place_key(pl.col("_town"))).join(
        coordinates, on=["_key", "country_code"], how="left").select("_at", "_town", "_lat", "_lon")
    return incidents.with_row_index("_at").join(best, on="_at", how="left").with_columns(
        city=pl.coalesce("city", "_town"), place=pl.coalesce("_town", "place"),
        latitude=pl.when(pl.col("_town").is_not_null()).then(pl.col("_lat")).otherwise(pl.col("latitude")),
        longitude=pl.when(pl.col("_town").is_not_null()).then(pl.col("_lon")).otherwise(pl.col("longitude")),
    ).sort("_at").drop("_at", "_town", "_lat", "_lon")
