"""DuckDB side of a run: load parsed frames into the working database, publish a read-only copy.

Plain Python (no Dagster) so it can be tested and reused directly. Data enters DuckDB only through
Arrow (polars -> Arrow -> DuckDB); no SQL is ever built from article text.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from ingest import schemas

RAW_SCHEMA = "raw"
OPS_SCHEMA = "ops"
QUARANTINE_TABLE = f"{OPS_SCHEMA}.quarantine"


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


def load_batch(
    con: duckdb.DuckDBPyConnection, tables: dict[str, pl.DataFrame], quarantine: pl.DataFrame
) -> LoadResult:
    """Upsert one parsed batch in a single transaction.

    Every raw table is keyed by article_id: the batch's articles replace any earlier version of
    themselves, so loading the same batch twice leaves the same rows. Quarantine rows are kept once
    per (source_file, line_number, reason).
    """
    con.execute(f"create schema if not exists {RAW_SCHEMA}")
    con.execute(f"create schema if not exists {OPS_SCHEMA}")
    con.execute("begin transaction")
    try:
        con.register("batch_article_ids", tables["articles"].select("article_id").unique().to_arrow())
        for name, schema in schemas.RAW_TABLES.items():
            frame = schemas.conform(tables.get(name, schemas.empty(schema)), schema)
            con.register("incoming", frame.to_arrow())
            qualified = f"{RAW_SCHEMA}.{name}"
            _ensure_table(con, qualified, "incoming")
            con.execute(f"delete from {qualified} where article_id in (select article_id from batch_article_ids)")
            con.execute(f"insert into {qualified} by name select * from incoming")
            con.unregister("incoming")
        con.register("incoming_quarantine", schemas.conform(quarantine, schemas.QUARANTINE).to_arrow())
        _ensure_table(con, QUARANTINE_TABLE, "incoming_quarantine")
        quarantined_before = _count(con, QUARANTINE_TABLE)
        con.execute(
            f"""
            insert into {QUARANTINE_TABLE} by name
            select distinct on (source_file, line_number, reason) q.*
            from incoming_quarantine q
            where not exists (
                select 1 from {QUARANTINE_TABLE} old
                where old.source_file = q.source_file
                  and old.line_number is not distinct from q.line_number
                  and old.reason = q.reason
            )
            """
        )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    row_counts = {f"{RAW_SCHEMA}.{name}": _count(con, f"{RAW_SCHEMA}.{name}") for name in schemas.RAW_TABLES}
    row_counts[QUARANTINE_TABLE] = _count(con, QUARANTINE_TABLE)
    return LoadResult(row_counts=row_counts, new_quarantine_rows=row_counts[QUARANTINE_TABLE] - quarantined_before)


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
