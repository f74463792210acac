"""parse_articles chains the stages and keeps the raw tables' invariants."""

from datetime import date

import polars as pl

from ingest import schemas
from ingest.pipeline import consistent_ranges


def test_a_maximum_below_the_minimum_is_dropped_and_sound_ranges_kept():
    incidents = pl.DataFrame(
        {
            "killed_min": [6000, 3, None, 2],
            "killed_max": [1400, 4, 5, None],
            "wounded_min": [160, None, 1, 0],
            "wounded_max": [45, None, 1, 0],
        },
        schema={name: pl.Int32 for name in ("killed_min", "killed_max", "wounded_min", "wounded_max")},
    )
    fixed = consistent_ranges(incidents)
    assert fixed["killed_max"].to_list() == [None, 4, 5, None]
    assert fixed["wounded_max"].to_list() == [None, None, 1, 0]
    assert fixed["killed_min"].to_list() == incidents["killed_min"].to_list()


def test_parse_articles_returns_every_raw_table_in_its_schema(tmp_path):
    from ingest.extract import load_reference
    from ingest.pipeline import parse_articles
    from orchestration.settings import DBT_PROJECT_DIR

    articles = schemas.conform(
        pl.DataFrame(
            {
                "article_id": ["a1", "a2"],
                "source_file": ["x.jsonl", "x.jsonl"],
                "line_number": [1, 2],
                "title": ["", None],
                "text": ["A car bomb exploded in Kabul on Saturday, killing five people.", ""],
                "published_at": [date(2021, 3, 14), None],
                "published_at_status": ["ok", "missing"],
                "source": ["Wire", None],
                "url": ["", None],
                "content_hash": ["h1", "h2"],
                "text_bytes": [60, 0],
            }
        ),
        schemas.ARTICLES,
    )
    tables = parse_articles(articles, load_reference(DBT_PROJECT_DIR / "seeds"))
    assert set(tables) == set(schemas.RAW_TABLES)
    for name, schema in schemas.RAW_TABLES.items():
        assert tables[name].schema == schema, name
    incident = tables["incident_mentions"].row(0, named=True)
    assert (incident["incident_type"], incident["city"], incident["killed_min"]) == ("car_bomb", "Kabul", 5)
    assert incident["occurred_on"] == date(2021, 3, 13)


def test_interleaved_slices_deal_articles_in_turn_and_keep_every_article_once():
    from ingest.pipeline import interleaved_slices

    articles = pl.DataFrame({"article_id": list("abcdefg"), "text_bytes": [10, 10, 10, 50, 5, 5, None]})
    slices = [batch["article_id"].to_list() for batch in interleaved_slices(articles, 3)]
    assert slices == [["a", "d", "g"], ["b", "e"], ["c", "f"]]
    # more slices than articles: one article each; nothing to slice: one empty slice
    assert [batch.height for batch in interleaved_slices(articles, 10)] == [1] * 7
    assert [batch.height for batch in interleaved_slices(articles.head(0), 3)] == [0]


def test_parsing_in_slices_gives_the_rows_of_parsing_the_whole():
    """The parse step slices large batches (memory) and parses slices in threads (cores); extraction must
    not see across articles."""
    from ingest.extract import load_reference
    from ingest.landing import read_landing
    from ingest.pipeline import parse_articles, parse_in_slices
    from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT

    articles = read_landing(PROJECT_ROOT / "data" / "sample").articles
    reference = load_reference(DBT_PROJECT_DIR / "seeds")
    whole = parse_articles(articles, reference)
    # one article per slice, two threads at a time: the same rows, in slice order
    slices = list(parse_in_slices(articles, reference, max_text_bytes=1, threads=2))
    assert [tables["articles"]["article_id"].to_list() for tables in slices] == [
        [article_id] for article_id in articles["article_id"]
    ]
    for name in schemas.RAW_TABLES:
        sliced = pl.concat([tables[name] for tables in slices])
        assert sliced.sort(pl.all()).equals(whole[name].sort(pl.all())), name
