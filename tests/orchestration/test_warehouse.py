"""load_batch and publish against real DuckDB files."""

from datetime import UTC, date, datetime

import duckdb
import polars as pl
import pytest

from ingest import schemas
from orchestration.warehouse import load_batch, publish


def _batch(article_ids: list[str], text: str = "A rocket hit Baghdad on Monday.") -> dict[str, pl.DataFrame]:
    articles = pl.DataFrame(
        {
            "article_id": article_ids,
            "source_file": [f"{a}.txt" for a in article_ids],
            "line_number": [None] * len(article_ids),
            "title": ["t"] * len(article_ids),
            "text": [text] * len(article_ids),
            "published_at": [date(2020, 9, 29)] * len(article_ids),
            "published_at_status": ["ok"] * len(article_ids),
            "source": ["Wire"] * len(article_ids),
            "url": [""] * len(article_ids),
            "content_hash": [f"h{a}" for a in article_ids],
            "text_bytes": [len(text)] * len(article_ids),
        }
    )
    sentences = pl.DataFrame(
        {
            "article_id": article_ids,
            "paragraph_index": [0] * len(article_ids),
            "sentence_index": [0] * len(article_ids),
            "char_start": [0] * len(article_ids),
            "char_end": [len(text)] * len(article_ids),
            "sentence_text": [text] * len(article_ids),
        }
    )
    tables = {name: schemas.empty(schema) for name, schema in schemas.RAW_TABLES.items()}
    tables["articles"] = schemas.conform(articles, schemas.ARTICLES)
    tables["sentences"] = schemas.conform(sentences, schemas.SENTENCES)
    return tables


def _quarantine(*reasons: str) -> pl.DataFrame:
    return schemas.conform(
        pl.DataFrame(
            {
                "source_file": ["bad.jsonl"] * len(reasons),
                "line_number": list(range(1, len(reasons) + 1)),
                "reason": list(reasons),
                "quarantined_at": [datetime(2026, 1, 1, tzinfo=UTC)] * len(reasons),
            }
        ),
        schemas.QUARANTINE,
    )


def _table(path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_loading_the_same_batch_twice_leaves_the_same_rows(tmp_path):
    database = tmp_path / "build.duckdb"
    with duckdb.connect(str(database)) as con:
        first = load_batch(con, _batch(["a", "b"]), _quarantine("broken json"))
        second = load_batch(con, _batch(["a", "b"]), _quarantine("broken json"))
    assert first.row_counts == second.row_counts
    assert first.row_counts["raw.articles"] == 2
    assert first.new_quarantine_rows == 1 and second.new_quarantine_rows == 0


def test_a_new_batch_adds_rows_and_a_changed_article_replaces_its_old_version(tmp_path):
    database = tmp_path / "build.duckdb"
    with duckdb.connect(str(database)) as con:
        load_batch(con, _batch(["a", "b"]), _quarantine())
        load_batch(con, _batch(["b", "c"], text="Changed text."), _quarantine())
    assert _table(database, "select article_id, text from raw.articles order by 1") == [
        ("a", "A rocket hit Baghdad on Monday."),
        ("b", "Changed text."),
        ("c", "Changed text."),
    ]
    assert _table(database, "select count(*) from raw.sentences") == [(3,)]


def test_a_failed_load_rolls_back_completely(tmp_path):
    database = tmp_path / "build.duckdb"
    with duckdb.connect(str(database)) as con:
        load_batch(con, _batch(["a"]), _quarantine())
        broken = _batch(["b"])
        broken["sentences"] = broken["sentences"].drop("sentence_text")  # violates the contract
        with pytest.raises(ValueError, match="sentence_text"):
            load_batch(con, broken, _quarantine())
    assert _table(database, "select article_id from raw.articles") == [("a",)]


def test_publish_replaces_the_target_with_a_consistent_copy_while_a_reader_holds_it(tmp_path):
    work, published = tmp_path / "work" / "build.duckdb", tmp_path / "pub" / "sitrep.duckdb"
    work.parent.mkdir()
    with duckdb.connect(str(work)) as con:
        load_batch(con, _batch(["a"]), _quarantine())
    publish(work, published)

    reader = duckdb.connect(str(published), read_only=True)  # an analyst with the old copy open
    with duckdb.connect(str(work)) as con:
        load_batch(con, _batch(["b"]), _quarantine())
    publish(work, published)
    assert reader.execute("select count(*) from raw.articles").fetchone() == (1,)
    reader.close()
    assert _table(published, "select count(*) from raw.articles") == [(2,)]
    assert sorted(p.name for p in published.parent.iterdir()) == ["sitrep.duckdb"]  # no temp files left


def test_the_same_content_under_a_new_id_in_a_later_batch_is_quarantined_as_a_duplicate(tmp_path):
    database = tmp_path / "build.duckdb"
    with duckdb.connect(str(database)) as con:
        load_batch(con, _batch(["a"]), _quarantine())
        copy = _batch(["a-copy"])
        copy["articles"] = copy["articles"].with_columns(content_hash=pl.lit("ha"))  # same text as "a"
        result = load_batch(con, copy, _quarantine("x"))
    assert _table(database, "select article_id from raw.articles") == [("a",)]
    assert _table(database, "select count(*) from raw.sentences") == [(1,)]
    reasons = {row[0] for row in _table(database, "select reason from ops.quarantine")}
    assert reasons == {"x", "duplicate of a (same content)"}
    assert result.new_quarantine_rows == 2


def test_the_landing_manifest_is_recorded_with_the_batch(tmp_path):
    from orchestration.warehouse import landing_manifest

    database = tmp_path / "build.duckdb"
    files = pl.DataFrame({"source_file": ["a.txt", "b.jsonl"], "signature": ["1:2", "3:4"]})
    with duckdb.connect(str(database)) as con:
        assert landing_manifest(con).is_empty()
        load_batch(con, _batch(["a"]), _quarantine(), files)
        load_batch(con, _batch(["b"]), _quarantine(), files.with_columns(signature=pl.lit("9:9")).head(1))
        manifest = landing_manifest(con)
        assert dict(manifest.select("source_file", "signature").iter_rows()) == {
            "a.txt": "9:9",
            "b.jsonl": "3:4",
        }
        # Written before files carried their published dates: the dates read as unknown.
        assert manifest["first_published"].null_count() == 2
