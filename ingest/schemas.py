"""The frames that pass between ingest stages and into DuckDB's `raw` schema.

Each schema here is a contract: ingest functions return frames with exactly these columns (in this
order) and dbt sources read the same columns from `raw.<name>`. Change them together.
"""

import polars as pl

# One row per article kept. `text` is the cleaned body (page furniture removed, line endings
# normalised); every character offset elsewhere points into it.
ARTICLES = pl.Schema(
    {
        "article_id": pl.String,  # the input `id`, else "h-" + content hash
        "source_file": pl.String,  # path relative to the landing folder
        "line_number": pl.Int64,  # 1-based line in a .jsonl file; null for .txt
        "title": pl.String,
        "text": pl.String,
        "published_at": pl.Date,  # null when missing/unparseable (see published_at_status)
        "published_at_status": pl.String,  # ok | missing | unparseable
        "source": pl.String,
        "url": pl.String,
        "content_hash": pl.String,  # hash of the normalised text: finds the same article under two names
        "text_bytes": pl.Int64,
    }
)

# One row per input that was not kept, with the reason. Good rows of the same file are still kept.
QUARANTINE = pl.Schema(
    {
        "source_file": pl.String,
        "line_number": pl.Int64,
        "reason": pl.String,
        "quarantined_at": pl.Datetime("us", "UTC"),
    }
)

# One row per sentence; offsets are [char_start, char_end) into ARTICLES.text.
SENTENCES = pl.Schema(
    {
        "article_id": pl.String,
        "paragraph_index": pl.Int32,
        "sentence_index": pl.Int32,  # article-wide, 0-based
        "char_start": pl.Int64,
        "char_end": pl.Int64,
        "sentence_text": pl.String,
    }
)

# Every extracted row carries its evidence: sentence index, offsets and the sentence text.
ACTOR_MENTIONS = pl.Schema(
    {
        "article_id": pl.String,
        "sentence_index": pl.Int32,
        "char_start": pl.Int64,  # offsets of the mention itself
        "char_end": pl.Int64,
        "mention_text": pl.String,  # as written: "Al-Kadhimi", "Iraqi", "Washington"
        "actor_key": pl.String,  # cross-article identity, e.g. "person:mustafa al-kadhimi", "country:IRQ"
        "actor_name": pl.String,  # canonical display name: "Mustafa Al-Kadhimi", "Iraq"
        "actor_kind": pl.String,  # person | country | armed_group | organization
        "country_code": pl.String,  # ISO 3166-1 alpha-3
        "sector": pl.String,  # GOV | MIL | LEG | MILITIA | ... ; null if unknown
        "role_title": pl.String,  # "Prime Minister", "US ambassador to Iraq"
        "evidence": pl.String,  # the sentence text
    }
)

INCIDENT_MENTIONS = pl.Schema(
    {
        "article_id": pl.String,
        "incident_index": pl.Int32,  # 0-based within the article
        "sentence_index": pl.Int32,
        "char_start": pl.Int64,
        "char_end": pl.Int64,
        "incident_type": pl.String,  # bombing | ied | suicide_bombing | car_bomb | rocket_mortar_missile | airstrike
        #                              | shooting_armed_assault | assassination | kidnapping | other_violence
        "rule_incident_type": pl.String,  # the hand-written rules' type; incident_type is the type model's reading
        "status": pl.String,  # occurred | planned | threatened
        "occurred_on": pl.Date,  # first day of the period for month/year granularity
        "occurred_until": pl.Date,  # last day when the text gives a span ("Sunday and Monday"), else null
        "date_granularity": pl.String,  # day | week | month | year | ongoing | unknown
        "date_text": pl.String,  # the date as written, resolved into occurred_on ("on Monday", "yesterday")
        "place": pl.String,  # as written: "Baghdad Airport"
        "city": pl.String,
        "country_code": pl.String,
        "latitude": pl.Float64,
        "longitude": pl.Float64,
        "attack_count": pl.Int32,  # "three IED attacks" -> 3; else 1
        "killed_min": pl.Int32,
        "killed_max": pl.Int32,
        "wounded_min": pl.Int32,
        "wounded_max": pl.Int32,
        "perpetrator_name": pl.String,
        "perpetrator_actor_key": pl.String,  # when the perpetrator is an actor in ACTOR_MENTIONS
        "perpetrator_status": pl.String,  # claimed | accused | suspected | stated | unknown
        "target": pl.String,
        "evidence": pl.String,
    }
)

CONTACT_MENTIONS = pl.Schema(
    {
        "article_id": pl.String,
        "contact_index": pl.Int32,  # 0-based within the article
        "sentence_index": pl.Int32,
        "char_start": pl.Int64,
        "char_end": pl.Int64,
        "contact_type": pl.String,  # meeting | phone_call | visit | talks | briefing | other
        "status": pl.String,  # occurred | planned ("will meet", "plans to visit"); never null
        "contact_date": pl.Date,
        "date_granularity": pl.String,  # day | week | month | year | unknown
        "date_text": pl.String,  # the date as written, resolved into contact_date ("today", "on Wednesday")
        "initiator_actor_key": pl.String,
        "place": pl.String,
        "topic": pl.String,
        "evidence": pl.String,
    }
)

# Each participant's actor_key also appears in ACTOR_MENTIONS for the same article.
CONTACT_PARTICIPANTS = pl.Schema(
    {
        "article_id": pl.String,
        "contact_index": pl.Int32,
        "actor_key": pl.String,
        "participant_role": pl.String,  # initiator | counterpart | participant
    }
)

RAW_TABLES: dict[str, pl.Schema] = {
    "articles": ARTICLES,
    "sentences": SENTENCES,
    "actor_mentions": ACTOR_MENTIONS,
    "incident_mentions": INCIDENT_MENTIONS,
    "contact_mentions": CONTACT_MENTIONS,
    "contact_participants": CONTACT_PARTICIPANTS,
}


def empty(schema: pl.Schema) -> pl.DataFrame:
    return pl.DataFrame(schema=schema)


def conform(frame: pl.DataFrame, schema: pl.Schema) -> pl.DataFrame:
    """Select and cast `frame` to `schema`; a missing column is a bug, so it raises."""
    missing = [name for name in schema if name not in frame.columns]
    if missing:
        raise ValueError(f"frame lacks columns {missing} required by the schema")
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
