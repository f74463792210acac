"""One call from cleaned articles to every raw table: segment, then extract."""

from __future__ import annotations

import polars as pl

from ingest import schemas
from ingest.extract import Reference, extract
from ingest.segment import split_sentences


def parse_articles(articles: pl.DataFrame, reference: Reference) -> dict[str, pl.DataFrame]:
    """Return the frames of schemas.RAW_TABLES for `articles` (schemas.ARTICLES)."""
    articles = schemas.conform(articles, schemas.ARTICLES)
    sentences = split_sentences(articles)
    extraction = extract(articles, sentences, reference)
    return {
        "articles": articles,
        "sentences": schemas.conform(sentences, schemas.SENTENCES),
        "actor_mentions": schemas.conform(extraction.actor_mentions, schemas.ACTOR_MENTIONS),
        "incident_mentions": consistent_ranges(
            schemas.conform(extraction.incident_mentions, schemas.INCIDENT_MENTIONS)
        ),
        "contact_mentions": schemas.conform(extraction.contact_mentions, schemas.CONTACT_MENTIONS),
        "contact_participants": schemas.conform(
            extraction.contact_participants, schemas.CONTACT_PARTICIPANTS
        ),
    }


def consistent_ranges(incidents: pl.DataFrame) -> pl.DataFrame:
    """Drop a casualty maximum below its minimum: two figures from different clauses, not a range.

    The minimum is what the text states happened at least; a contradicting maximum is no bound.
    """
    return incidents.with_columns(
        pl.when(pl.col(f"{kind}_max") < pl.col(f"{kind}_min"))
        .then(None)
        .otherwise(pl.col(f"{kind}_max"))
        .alias(f"{kind}_max")
        for kind in ("killed", "wounded")
    )
