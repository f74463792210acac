"""DuckDB side of a run: load parsed frames into the working database, publish a read-only copy.

Plain Python (no Dagster) so it can be tested and reused directly. Data enters DuckDB only through
Arrow (polars -> Arrow -> DuckDB); no SQL is ever built from article text.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from ingest import schemas

RAW_SCHEMA = "raw"
OPS_SCHEMA = "ops"
QUARANTINE_TABLE = f"{OPS_SCHEMA}.quarantine"
LANDING_FILES_TABLE = f"{OPS_SCHEMA}.landing_files"
BUILD_STATE_TABLE = f"{OPS_SCHEMA}.build_state"
# raw.articles.load_id: 1, 2, ... one per load_batch, stamped on the articles it (re)loads. Not part of
# ingest/schemas.py: the loader owns it. Incremental dbt models process articles of newer loads.
LOAD_ID_COLUMN = "load_id"


@dataclass(frozen=True)
class LoadResult:
    row_counts: dict[str, int]  # rows per table after the load, e.g. {"raw.articles": 9}
    new_quarantine_rows: int


def _ensure_table(con: duckdb.DuckDBPyConnection, qualified: str, frame_view: str) -> None:
    """Create `qualified` shaped like the registered frame, or add columns it has gained since."""
    con.execute(f"create table if not exists {qualified} as select * from {frame_view} limit 0")
    existing = {row[0] for row in con.execute(f"describe {qualified}").fetchall()}
    for name, dtype, *_ in con.execute(f"describe select * from {frame_view}").fetchall():
        if name not in existing:
            con.execute(f'alter table {qualified} add column "{name}" {dtype}')


def _table_exists(con: duckdb.DuckDBPyConnection, qualified: str) -> bool:
    schema, table = qualified.split(".")
    return (
        con.execute(
            "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
            [schema, table],
        ).fetchall()[0][0]
        > 0
    )


def last_build_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    """The code fingerprint of the last build that completed (see orchestration/fingerprint.py)."""
    if not _table_exists(con, BUILD_STATE_TABLE):
        return None
    rows = con.execute(f"select fingerprint from {BUILD_STATE_TABLE}").fetchall()
    return rows[0][0] if rows else None


def record_build_fingerprint(con: duckdb.DuckDBPyConnection, fingerprint: str) -> None:
    con.execute(f"create schema if not exists {OPS_SCHEMA}")
    con.execute(f"create or replace table {BUILD_STATE_TABLE} (fingerprint varchar, built_at timestamptz)")
    con.execute(f"insert into {BUILD_STATE_TABLE} values (?, now())", [fingerprint])


MANIFEST = pl.Schema(
    {
        "source_file": pl.String,
        "signature": pl.String,  # size and mtime of the file (and sidecar) when it was read
        "first_published": pl.Date,  # published dates of its articles: partition runs read only
        "last_published": pl.Date,  # the files that can hold their days
    }
)


def empty_manifest() -> pl.DataFrame:
    return pl.DataFrame(schema=MANIFEST)


def landing_manifest(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """One row per landing file an earlier run has loaded whole (MANIFEST; empty at first)."""
    if not _table_exists(con, LANDING_FILES_TABLE):
        return empty_manifest()
    columns = {row[0] for row in con.execute(f"describe {LANDING_FILES_TABLE}").fetchall()}
    # Manifests written before the date columns existed: dates unknown (null), so partition runs read.
    selected = ", ".join(
        name if name in columns else f"null::{'date' if dtype == pl.Date else 'varchar'} as {name}"
        for name, dtype in MANIFEST.items()
    )
    frame = pl.from_arrow(con.sql(f"select {selected} from {LANDING_FILES_TABLE}").to_arrow_table())
    return schemas.conform(frame, MANIFEST)


def load_batch(
    con: duckdb.DuckDBPyConnection,
    tables: Mapping[str, pl.DataFrame] | Iterable[Mapping[str, pl.DataFrame]],
    quarantine: pl.DataFrame,
    landing_files: pl.DataFrame | None = None,
) -> LoadResult:
    """Upsert one parsed batch in a single transaction.

    `tables` is one slice (frames keyed like schemas.RAW_TABLES) or an iterable of slices, loaded one
    after the other so only one slice is in memory. Every raw table is keyed by article_id: the batch's
    articles replace any earlier version of themselves, so loading the same batch twice leaves the same
    rows. An incoming article whose content is already in the warehouse (or in an earlier slice) under
    another id is quarantined as a duplicate. Quarantine rows are kept once per (source_file,
    line_number, reason). `landing_files` (MANIFEST columns) is recorded in the same transaction, so a
    file counts as read only once it is loaded.
    """
    slices = [tables] if isinstance(tables, Mapping) else tables
    con.execute(f"create schema if not exists {RAW_SCHEMA}")
    con.execute(f"create schema if not exists {OPS_SCHEMA}")
    con.execute("begin transaction")
    try:
        con.execute(
            "create or replace temp table duplicate_articles "
            "(article_id varchar, source_file varchar, line_number bigint, reason varchar)"
        )
        load_id = None
        for slice_tables in slices:
            load_id = _load_slice(con, slice_tables, load_id)

        con.register("incoming_quarantine", schemas.conform(quarantine, schemas.QUARANTINE).to_arrow())
        _ensure_table(con, QUARANTINE_TABLE, "incoming_quarantine")
        quarantined_before = _count(con, QUARANTINE_TABLE)
        con.execute(
            f"""
            insert into {QUARANTINE_TABLE} by name
            select distinct on (source_file, line_number, reason) q.*
            from (
                select * from incoming_quarantine
                union all by name
                select source_file, line_number, reason,
                       (select max(quarantined_at) from incoming_quarantine) as quarantined_at
                from duplicate_articles
            ) q
            where not exists (
                select 1 from {QUARANTINE_TABLE} old
                where old.source_file = q.source_file
                  and old.line_number is not distinct from q.line_number
                  and old.reason = q.reason
            )
            """
        )
        if landing_files is not None:
            con.register("incoming_files", landing_files.to_arrow())
            _ensure_table(con, LANDING_FILES_TABLE, "incoming_files")
            con.execute(
                f"delete from {LANDING_FILES_TABLE} where source_file in (select source_file from incoming_files)"
            )
            con.execute(f"insert into {LANDING_FILES_TABLE} by name select * from incoming_files")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    row_counts = {f"{RAW_SCHEMA}.{name}": _count(con, f"{RAW_SCHEMA}.{name}") for name in schemas.RAW_TABLES}
    row_counts[QUARANTINE_TABLE] = _count(con, QUARANTINE_TABLE)
    return LoadResult(
        row_counts=row_counts, new_quarantine_rows=row_counts[QUARANTINE_TABLE] - quarantined_before
    )


def _load_slice(
    con: duckdb.DuckDBPyConnection, tables: Mapping[str, pl.DataFrame], load_id: int | None
) -> int:
    """Upsert one slice inside load_batch's transaction; returns the load_id it stamped."""
    incoming = {
        name: schemas.conform(tables.get(name, schemas.empty(schema)), schema)
        for name, schema in schemas.RAW_TABLES.items()
    }
    for name, frame in incoming.items():
        con.register(f"incoming_{name}", frame.to_arrow())
        _ensure_table(con, f"{RAW_SCHEMA}.{name}", f"incoming_{name}")
    con.execute(f"alter table {RAW_SCHEMA}.articles add column if not exists {LOAD_ID_COLUMN} bigint")
    if load_id is None:
        load_id = con.execute(
            f"select coalesce(max({LOAD_ID_COLUMN}), 0) + 1 from {RAW_SCHEMA}.articles"
        ).fetchall()[0][0]
    con.execute(
        f"""
        insert into duplicate_articles
        select distinct on (new.article_id) new.article_id, new.source_file, new.line_number,
               'duplicate of ' || kept.article_id || ' (same content)' as reason
        from incoming_articles new
        join {RAW_SCHEMA}.articles kept
          on kept.content_hash = new.content_hash and kept.article_id <> new.article_id
        order by new.article_id, kept.article_id
        """
    )
    for name in schemas.RAW_TABLES:
        qualified = f"{RAW_SCHEMA}.{name}"
        con.execute(
            f"""delete from {qualified} where article_id in (
                    select article_id from incoming_articles
                    except select article_id from duplicate_articles)"""
        )
        stamp = f", {int(load_id)} as {LOAD_ID_COLUMN}" if name == "articles" else ""
        con.execute(
            f"""insert into {qualified} by name select *{stamp} from incoming_{name}
                where article_id not in (select article_id from duplicate_articles)"""
        )
    for name in incoming:
        con.unregister(f"incoming_{name}")
    return int(load_id)


def _count(con: duckdb.DuckDBPyConnection, qualified: str) -> int:
    return con.execute(f"select count(*) from {qualified}").fetchall()[0][0]


def publish(work_database: Path, published: Path) -> None:
    """Atomically replace `published` with a consistent copy of `work_database`.

    Analysts hold `published` open (read-only) while builds run; DuckDB lets no other process open a
    file that a writer holds, so builds never write to it. The copy is written beside the target and
    renamed over it: a reader sees the old file or the new one, never a half-written one.
    """
    with duckdb.connect(str(work_database)) as con:
        con.execute("checkpoint")
    published.parent.mkdir(parents=True, exist_ok=True)
    staging = published.with_name(f".{published.name}.{uuid.uuid4().hex}.tmp")
    try:
        shutil.copyfile(work_database, staging)
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, published)
    finally:
        staging.unlink(missing_ok=True)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
