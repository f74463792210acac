"""Fixtures for the dbt project tests: one `dbt build` per session over hand-written raw rows."""

from __future__ import annotations

import duckdb
import pytest

from tests.dbt.sample_warehouse import (
    QUARANTINE,
    SAMPLE_ROWS,
    DbtRun,
    assert_succeeded,
    run_dbt,
    write_raw_warehouse,
)


@pytest.fixture(scope="session")
def sample_dbt_build(tmp_path_factory) -> DbtRun:
    """The sample rows loaded and `dbt build` run once; tests read the marts from `.warehouse`."""
    warehouse = tmp_path_factory.mktemp("dbt") / "sitrep.duckdb"
    write_raw_warehouse(warehouse, SAMPLE_ROWS, QUARANTINE)
    result = run_dbt(warehouse, "build")
    assert_succeeded(result)
    return DbtRun(warehouse, result)


@pytest.fixture()
def marts(sample_dbt_build):
    con = duckdb.connect(str(sample_dbt_build.warehouse), read_only=True)
    yield con
    con.close()
