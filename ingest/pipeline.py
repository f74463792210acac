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
        "incident_mentions": schemas.conform(extraction.incident_mentions, schemas.INCIDENT_MENTIONS),
        "contact_mentions": schemas.conform(extraction.contact_mentions, schemas.CONTACT_MENTIONS),
        "contact_participants": schemas.conform(
            extraction.contact_participants, schemas.CONTACT_PARTICIPANTS
        ),
    }
