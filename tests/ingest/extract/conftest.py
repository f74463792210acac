import datetime as dt

import polars as pl
import pytest

from ingest import schemas
from ingest.extract import load_reference


@pytest.fixture(scope="session")
def reference():
    return load_reference()


def make_articles(rows: list[tuple[str, str, dt.date | None]], source: str = "Test Wire") -> pl.DataFrame:
    """ARTICLES frame from (article_id, text, published_at)."""
    frame = pl.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "source_file": ["test.jsonl"] * len(rows),
            "line_number": list(range(1, len(rows) + 1)),
            "title": [""] * len(rows),
            "text": [r[1] for r in rows],
            "published_at": [r[2] for r in rows],
            "published_at_status": ["ok"] * len(rows),
            "source": [source] * len(rows),
            "url": [""] * len(rows),
            "content_hash": [r[0] for r in rows],
            "text_bytes": [len((r[1] or "").encode()) for r in rows],
        },
        schema=schemas.ARTICLES,
    )
    return frame


def one_sentence_per_line(articles: pl.DataFrame) -> pl.DataFrame:
    """A tiny stand-in splitter for unit tests: each line of the text is one sentence."""
    lines = articles.select("article_id", pl.col("text").fill_null("").str.split("\n").alias("sentence_text")).explode(
        "sentence_text")
    lines = lines.with_columns(
        sentence_index=pl.int_range(pl.len(), dtype=pl.Int32).over("article_id"),
        _len=pl.col("sentence_text").str.len_chars().cast(pl.Int64),
    ).with_columns(char_start=(pl.col("_len") + 1).cum_sum().over("article_id") - pl.col("_len") - 1)
    return lines.select(
        "article_id",
        pl.col("sentence_index").alias("paragraph_index"),
        "sentence_index",
        "char_start",
        (pl.col("char_start") + pl.col("_len")).alias("char_end"),
        "sentence_text",
    )


@pytest.fixture
def run(reference):
    from ingest.extract import extract

    def _run(rows, source="Test Wire"):
        articles = make_articles(rows, source)
        return extract(articles, one_sentence_per_line(articles), reference)

    return _run


def first_incident(run, text: str, day: dt.date, occurred_only: bool = True) -> dict:
    """The first incident (by position) of a one-article text, as a dict; only occurred ones unless told."""
    incidents = run([("x", text, day)]).incident_mentions
    if occurred_only:
        incidents = incidents.filter(pl.col("status") == "occurred")
    assert incidents.height >= 1, text
    return incidents.sort("sentence_index", "char_start").row(0, named=True)
