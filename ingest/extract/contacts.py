"""Diplomatic contacts: trigger words (ref_contact_triggers.csv), initiator = the person before the verb,
counterparts = the people after it. A phone call with two counterparts ("phoned President X and Prime
Minister Y") is two calls; a meeting keeps all its participants."""

import polars as pl

from ingest.extract.dates import nearest_date
from ingest.extract.reference import Reference
from ingest.extract.text import find_all

_GENERIC_CALL_PRIORITY = 40
# between two coordinated subjects: "Joseph R. Biden, Jr. and President X", "the President and Prime Minister X"
_COORDINATED_GAP = r"^(?:,? Jr)?\.?,? and (?:(?:the|his|her) )?(?:\p{Lu}[\p{L}\-]*\.? )*$"
_TOPIC = r"(?i:to discuss|discussed|discussing|to talk about|talked about|to review|reviewed|to coordinate on|talked about|spoke about|about) ([^;.]{3,120}?)(?:[;.]|, (?:and |while |where |as )|$)"


def contact_mentions(sentences: pl.DataFrame, reference: Reference, dates: pl.DataFrame, actors: pl.DataFrame,
                     cities: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(contacts, participants); contacts carry sentence-relative trigger_start/trigger_end."""
    base = sentences.select("article_id", "sentence_index", "text")
    people = actors.filter(pl.col("actor_kind") == "person")
    with_people = base.join(people.select("article_id", "sentence_index").unique(), on=["article_id", "sentence_index"])
    rows = []
    for pattern, contact_type, priority in reference.contact_triggers.iter_rows():
        found = find_all(with_people, rf"(?-u:\b)(?:{pattern})(?-u:\b)", match_col="trigger")
        rows.append(found.with_columns(contact_type=pl.lit(contact_type), priority=pl.lit(priority, pl.Int32)))
    triggers = pl.concat(rows)
    # "spoke" counts as a call only when nothing more specific is said; talks inside a meeting are the meeting
    sentence_types = triggers.group_by("article_id", "sentence_index").agg(
        (pl.col("priority") > _GENERIC_CALL_PRIORITY).any().alias("_specific"),
        (pl.col("contact_type") == "meeting").any().alias("_meeting"),
    )
    triggers = triggers.join(sentence_types, on=["article_id", "sentence_index"]).filter(
        (pl.col("priority") > _GENERIC_CALL_PRIORITY) | ~pl.col("_specific"),
        (pl.col("contact_type") != "talks") | ~pl.col("_meeting"),
    )
    after = pl.col("text").str.slice(pl.col("trigger_end"), 20)
    triggers = triggers.filter(~after.str.contains(r"^ (?:about|to reporters|to the press|at a|in an interview)"))
    # the first trigger of each type in a sentence; sorted on a total key so that _tid is the same every run
    triggers = triggers.sort("article_id", "sentence_index", "trigger_start", "trigger_end", "contact_type").group_by(
        "article_id", "sentence_index", "contact_type", maintain_order=True
    ).agg(pl.col("trigger_start").first(), pl.col("trigger_end").first(), pl.col("text").first())

    # who: the nearest person before the verb starts it; people after it are counterparts
    pairs = triggers.with_row_index("_tid").join(
        people.select("article_id", "sentence_index", "start", "end", "actor_key", "country_code"),
        on=["article_id", "sentence_index"],
    )
    initiators = (
        pairs.filter(pl.col("end") <= pl.col("trigger_start"))
        .sort(["start", "end", "actor_key"], descending=[True, True, False])
        .unique("_tid", keep="first")
        .select("_tid", pl.col("actor_key").alias("initiator_actor_key"))
    )
    # "President A and Prime Minister B met today": coordinated subjects are all participants; the first one
    # (the writer's side in a readout) starts it, the one next to the verb is a counterpart
    before = pairs.filter(pl.col("end") <= pl.col("trigger_start")).select("_tid", "start", "end", "actor_key", "text")
    nearest = before.join(initiators, on="_tid").filter(pl.col("actor_key") == pl.col("initiator_actor_key")).sort(
        "_tid", "start", descending=[False, True]).unique("_tid", keep="first", maintain_order=True).select(
        "_tid", pl.col("start").alias("_p_start"), pl.col("end").alias("_p_end"))
    gap = pl.col("text").str.slice(pl.col("end"), (pl.col("_p_start") - pl.col("end")).clip(0))
    coordinated = (
        before.join(nearest, on="_tid")
        .filter(pl.col("end") <= pl.col("_p_start"), gap.str.contains(_COORDINATED_GAP))
        .sort(["_tid", "start", "actor_key"], descending=[False, True, False])
        .unique("_tid", keep="first", maintain_order=True)
        .select("_tid", pl.col("actor_key").alias("_first_subject"), "_p_start")
    )
    subject_counterparts = coordinated.join(initiators, on="_tid").select(
        "_tid", pl.col("_p_start").alias("start"), pl.col("initiator_actor_key").alias("actor_key"))
    initiators = initiators.join(coordinated, on="_tid", how="left").select(
        "_tid", pl.coalesce("_first_subject", "initiator_actor_key").alias("initiator_actor_key"))
    # counterparts end where the topic starts
    topic_start = pl.col("text").str.find(r"(?i:(?-u:\b)(?:to discuss|discussed|to talk about|and warned|, where|, to )(?-u:\b))")
    counterparts = (
        pairs.with_columns(_topic_start=topic_start)
        .filter(pl.col("start") >= pl.col("trigger_end"))
        .filter(pl.col("_topic_start").is_null() | (pl.col("start") < pl.col("_topic_start")))
        .select("_tid", "start", "actor_key")
        .vstack(subject_counterparts)
        .sort("_tid", "start", "actor_key")
        .unique(["_tid", "actor_key"], keep="first", maintain_order=True)
    )
    contacts = triggers.with_row_index("_tid").join(initiators, on="_tid", how="left")
    counterparts = counterparts.join(contacts.select("_tid", "initiator_actor_key"), on="_tid").filter(
        pl.col("initiator_actor_key").is_null() | (pl.col("actor_key") != pl.col("initiator_actor_key"))
    )
    # one call per counterpart; other contacts gather all counterparts
    per_call = counterparts.join(contacts.select("_tid", "contact_type"), on="_tid").with_columns(
        _split=pl.when(pl.col("contact_type") == "phone_call").then(pl.col("start")).otherwise(-1)
    )
    units = per_call.select("_tid", "_split", "actor_key")
    contacts = contacts.join(units.select("_tid", "_split").unique(), on="_tid", how="inner")
    contacts = nearest_date(contacts, dates, "trigger_start")
    topic = pl.col("text").str.slice(pl.col("trigger_end")).str.extract(_TOPIC, 1)
    place_hits = contacts.select("_tid", "_split", "article_id", "sentence_index", "trigger_start").join(
        cities, on=["article_id", "sentence_index"]).with_columns(
        _d=(pl.col("city_start") - pl.col("trigger_start")).abs()).sort("_d", "city_start", "city_text").unique(["_tid", "_split"],
                                                                                   keep="first")
    contacts = contacts.join(place_hits.select("_tid", "_split", pl.col("city_text").alias("_city")),
                             on=["_tid", "_split"], how="left")
    contacts = contacts.with_columns(
        topic=topic.str.strip_chars(),
        status=pl.lit("occurred"),
        contact_date=pl.col("date_on"),
        place=pl.coalesce(pl.col("text").str.extract(r"(?-u:\b)(?:at|in) the (White House|Oval Office|Kremlin|Elysee Palace|United Nations)"), "_city"),
    ).sort("article_id", "sentence_index", "trigger_start", "contact_type", "_split")
    contacts = contacts.with_columns(contact_index=pl.int_range(pl.len(), dtype=pl.Int32).over("article_id"))
    participants = pl.concat([
        contacts.filter(pl.col("initiator_actor_key").is_not_null()).select(
            "article_id", "contact_index", pl.col("initiator_actor_key").alias("actor_key"),
            pl.lit("initiator").alias("participant_role")),
        contacts.select("article_id", "contact_index", "_tid", "_split").join(units, on=["_tid", "_split"]).select(
            "article_id", "contact_index", "actor_key", pl.lit("counterpart").alias("participant_role")),
    ]).unique(["article_id", "contact_index", "actor_key"], keep="first", maintain_order=True).sort(
        "article_id", "contact_index", "participant_role", "actor_key")
    return contacts, participants


def counterpart_countries(contacts: pl.DataFrame, participants: pl.DataFrame, actors: pl.DataFrame,
                          cities: pl.DataFrame) -> pl.DataFrame:
    """(article_id, actor_key, country_code) for counterparts the article gives no country of their own.

    The contact's sentence says where they come from: the country of the city the contact takes place in ("met with
    President X today in Lusaka, Zambia"), else the country named nearest to them in that sentence ("the relationship
    between the United States and Brazil", "German Federal Minister of Defense X"), the initiator's own excepted.
    """
    people = actors.filter(pl.col("actor_kind") == "person")
    known = people.filter(pl.col("country_code").is_not_null()).select("article_id", "actor_key").unique()
    first_country = people.filter(pl.col("country_code").is_not_null()).sort(
        "article_id", "actor_key", "sentence_index", "start").group_by("article_id", "actor_key").agg(
        pl.col("country_code").first().alias("_initiator_country"))
    counterparts = (
        participants.filter(pl.col("participant_role") == "counterpart")
        .join(known, on=["article_id", "actor_key"], how="anti")
        .join(contacts.select("article_id", "contact_index", "sentence_index", "initiator_actor_key"),
              on=["article_id", "contact_index"])
        .join(first_country.rename({"actor_key": "initiator_actor_key"}), on=["article_id", "initiator_actor_key"],
              how="left")
        .join(people.select("article_id", "sentence_index", "actor_key", pl.col("start").alias("_at")),
              on=["article_id", "sentence_index", "actor_key"])
    )
    if counterparts.is_empty():
        return pl.DataFrame(schema={"article_id": pl.String, "actor_key": pl.String, "country_code": pl.String})
    places = pl.concat([
        cities.filter(pl.col("country_code").is_not_null()).select(
            "article_id", "sentence_index", pl.col("city_start").alias("_where"), "country_code",
            pl.lit(0, pl.Int32).alias("_kind")),
        actors.filter(pl.col("actor_kind") == "country", pl.col("country_code").is_not_null()).select(
            "article_id", "sentence_index", pl.col("start").alias("_where"), "country_code",
            pl.lit(1, pl.Int32).alias("_kind")),
    ])
    candidates = counterparts.join(places, on=["article_id", "sentence_index"]).filter(
        pl.col("_initiator_country").is_null() | (pl.col("country_code") != pl.col("_initiator_country")))
    return (
        candidates.with_columns(_distance=(pl.col("_where") - pl.col("_at")).abs())
        .sort("article_id", "actor_key", "sentence_index", "_kind", "_distance", "_where", "country_code")
        .unique(["article_id", "actor_key"], keep="first", maintain_order=True)
        .select("article_id", "actor_key", "country_code")
    )
