"""Incremental builds: after any sequence of loads and `dbt build`s, the marts equal a full refresh.

Raw rows go in through the real loader (orchestration.warehouse.load_batch), which stamps each load's
articles with a rising load_id; the incremental models pick up the articles of newer loads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import polars as pl
import pytest

from ingest import schemas
from orchestration.warehouse import load_batch
from tests.dbt.sample_warehouse import (
    KABUL,
    NEW_ARAB,
    SAMPLE_ROWS,
    WIRE,
    assert_succeeded,
    frame,
    run_dbt,
)
from tests.dbt.test_dbt_project import MARTS

INCREMENTAL_MODELS = ["int_incident_reports_matched", "int_contacts_matched"]


def rows_of(article_ids: set[str], **replaced: list[dict]) -> dict[str, pl.DataFrame]:
    """The sample rows of these articles, one frame per raw table; `replaced` overrides a table's rows."""
    return {
        name: frame(
            replaced[name]
            if name in replaced
            else [row for row in SAMPLE_ROWS[name] if row["article_id"] in article_ids],
            schema,
        )
        for name, schema in schemas.RAW_TABLES.items()
    }


def load(warehouse: Path, tables: dict[str, pl.DataFrame]) -> None:
    with duckdb.connect(str(warehouse)) as con:
        load_batch(con, tables, schemas.empty(schemas.QUARANTINE))


def build(warehouse: Path, *extra: str) -> None:
    assert_succeeded(run_dbt(warehouse, "build", "--exclude-resource-type", "unit_test", *extra))


def mart_rows(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {mart: con.execute(f"select * from marts.{mart} order by all").fetchall() for mart in MARTS}


def full_refresh_of(warehouse: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    """The marts a full rebuild of the same raw data gives (on a copy, in its own folder)."""
    copy_dir = tmp_path / f"full-refresh-{len(list(tmp_path.glob('full-refresh-*')))}"
    copy_dir.mkdir()
    copy = copy_dir / "sitrep.duckdb"
    shutil.copyfile(warehouse, copy)
    build(copy, "--full-refresh")
    return mart_rows(copy)


def materializations(warehouse: Path) -> dict[str, str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return dict(
            con.execute(
                "select table_name, table_type from information_schema.tables where table_schema = 'intermediate'"
            ).fetchall()
        )


@pytest.fixture()
def warehouse(tmp_path) -> Path:
    incremental_dir = tmp_path / "incremental"
    incremental_dir.mkdir()
    return incremental_dir / "sitrep.duckdb"


def test_loads_built_one_by_one_give_the_marts_of_a_full_refresh(warehouse, tmp_path):
    # 1. The wire report of the Baghdad strike and the Kabul IED.
    load(warehouse, rows_of({WIRE, KABUL}))
    build(warehouse)
    assert {name: materializations(warehouse)[name] for name in INCREMENTAL_MODELS} == dict.fromkeys(
        INCREMENTAL_MODELS, "BASE TABLE"
    )
    first = mart_rows(warehouse)
    assert first == full_refresh_of(warehouse, tmp_path)

    # 2. An earlier report of the strike arrives later: it anchors the incident, which takes its id,
    #    and the meeting both outlets report becomes one contact event.
    load(warehouse, rows_of({NEW_ARAB}))
    build(warehouse)
    second = mart_rows(warehouse)
    assert second == full_refresh_of(warehouse, tmp_path)
    incidents = {row[0]: row for row in second["fct_incidents"]}
    assert any(row[20] == 2 for row in incidents.values()), "the Baghdad strike should have two reports"
    assert second != first

    # 3. The New Arab article is loaded again without its incidents, contacts and participants: its
    #    old rows must go, and the wire report anchors the strike again.
    load(warehouse, rows_of({NEW_ARAB}, incident_mentions=[], contact_mentions=[], contact_participants=[]))
    build(warehouse)
    third = mart_rows(warehouse)
    assert third == full_refresh_of(warehouse, tmp_path)
    assert not any(row[2] == NEW_ARAB for row in third["fct_incident_reports"])
    assert third["fct_incidents"] == first["fct_incidents"]


def test_a_build_with_no_new_load_leaves_the_marts_identical(warehouse):
    load(warehouse, rows_of({WIRE, KABUL}))
    load(warehouse, rows_of({NEW_ARAB}))
    build(warehouse)
    before = mart_rows(warehouse)
    build(warehouse)
    assert mart_rows(warehouse) == before


def test_loading_the_same_batch_again_leaves_the_marts_identical(warehouse):
    load(warehouse, rows_of({WIRE, KABUL, NEW_ARAB}))
    build(warehouse)
    before = mart_rows(warehouse)
    load(warehouse, rows_of({WIRE, KABUL, NEW_ARAB}))
    build(warehouse)
    assert mart_rows(warehouse) == before
