"""One call from cleaned articles to every raw table: segment, then extract."""

from __future__ import annotations

import itertools
import math
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

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


# Text per parse slice: the intermediate frames of extraction are ~10x the text, so this bounds memory.
SLICE_TEXT_BYTES = 64_000_000
# Below this much text, one slice: each slice has a fixed cost (big reference patterns) that two
# threads would not win back.
SPLIT_FOR_THREADS_ABOVE_BYTES = 8_000_000


def parse_in_slices(
    articles: pl.DataFrame,
    reference: Reference,
    max_text_bytes: int = SLICE_TEXT_BYTES,
    threads: int | None = None,
) -> Iterator[dict[str, pl.DataFrame]]:
    """parse_articles over slices of `articles`, one dict per slice, in slice order.

    Slices are parsed `threads` at a time (default: the usable cores). Most extraction is regex over one
    string column, which polars runs on one core per call; it releases the GIL, so threads on separate
    slices use the other cores. At most `threads` slices are in flight, so memory stays bounded.
    """
    threads = threads or len(os.sched_getaffinity(0))
    total = int(articles["text_bytes"].sum() or 0)
    slices = math.ceil(total / max_text_bytes)
    if total > SPLIT_FOR_THREADS_ABOVE_BYTES:
        slices = max(slices, threads)
    batches = interleaved_slices(articles, max(slices, 1))
    with ThreadPoolExecutor(threads) as pool:
        in_flight = deque(
            pool.submit(parse_articles, batch, reference) for batch in itertools.islice(batches, threads)
        )
        for batch in batches:
            done = in_flight.popleft().result()
            in_flight.append(pool.submit(parse_articles, batch, reference))
            yield done
        while in_flight:
            yield in_flight.popleft().result()


def interleaved_slices(articles: pl.DataFrame, count: int) -> Iterator[pl.DataFrame]:
    """`count` slices of `articles`, dealt out in turn (article i goes to slice i mod count), in input order
    within each.

    Dealt rather than cut in runs because a corpus's cost per byte can change along it (the two halves of the
    White House corpus differ by about 6 % of CPU), and two threads on two runs would wait for the dearer one.
    Extraction works article by article, so any slicing gives the rows of parsing the whole; slicing bounds the
    memory of the intermediate frames to one slice's.
    """
    if articles.is_empty():
        yield articles
        return
    position = pl.int_range(pl.len()) % count
    for index in range(min(count, articles.height)):
        yield articles.filter(position == index)


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
