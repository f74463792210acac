"""Killed builds and concurrent readers: the published warehouse stays whole and queryable.

Tests that start from a deployment that has built the sample once take a copy of the session's build
(tests/conftest.py: copy_of_sample_build) instead of building it again; each changes only its copy.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import DAGSTER, PROJECT_ROOT, SAMPLE_DIR, build_env, copy_of_sample_build, run_build

pytestmark = pytest.mark.e2e

EXTRA_ARTICLE = (
    '{"id": "late-2021-03-20-aden-blast", "title": "", "text": "A car bomb exploded in Aden on Saturday, '
    'killing five people, officials said.", "published_at": "2021-03-20", "source": "Wire", "url": ""}\n'
)


def _counts(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            table: con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("raw.articles", "marts.fct_incident_reports", "marts.dim_actors",
                          "marts.fct_diplomatic_contacts")
        }


def _landing_copy(tmp: Path) -> Path:
    landing = tmp / "landing"
    shutil.copytree(SAMPLE_DIR, landing)
    return landing


def _start_build(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [str(DAGSTER), "asset", "materialize", "-m", "orchestration.definitions", "--select", "*"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group, so the kill reaches dbt too
    )


def _kill_when(process: subprocess.Popen, marker: str, timeout: float = 300) -> bool:
    """SIGKILL the build's whole process group once its log shows `marker`; False if it ended first."""
    deadline = time.monotonic() + timeout
    for line in process.stderr:
        if marker in line:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            return True
        if time.monotonic() > deadline:
            break
    process.wait()
    return False


@pytest.mark.parametrize(
    "marker",
    ['STEP_START - Started execution of step "raw_tables"', 'Started execution of step "sitrep_dbt_models"'],
    ids=["while-loading", "while-dbt-runs"],
)
def test_a_killed_build_leaves_the_published_warehouse_unchanged_and_the_next_run_completes(
    sample_build, tmp_path, marker
):
    env = copy_of_sample_build(sample_build, tmp_path)
    landing, warehouse = Path(env["SITREP_LANDING_DIR"]), Path(env["SITREP_WAREHOUSE"])
    before = _counts(warehouse)

    (landing / "late.jsonl").write_text(EXTRA_ARTICLE)
    assert _kill_when(_start_build(env), marker), f"build finished before {marker!r}"
    assert _counts(warehouse) == before

    result = run_build(env)
    assert result.returncode == 0, result.stderr[-4000:]
    after = _counts(warehouse)
    assert after["raw.articles"] == before["raw.articles"] + 1


def test_analysts_can_query_the_published_file_throughout_a_build(sample_build, tmp_path):
    env = copy_of_sample_build(sample_build, tmp_path)
    landing, warehouse = Path(env["SITREP_LANDING_DIR"]), Path(env["SITREP_WAREHOUSE"])

    errors: list[str] = []
    queries = 0
    stop = threading.Event()

    def query_in_a_loop() -> None:
        nonlocal queries
        while not stop.is_set():
            try:
                with duckdb.connect(str(warehouse), read_only=True) as con:
                    con.execute("select count(*) from marts.fct_incidents").fetchone()
                    con.execute("select count(*) from marts.dim_actors").fetchone()
                queries += 1
            except Exception as error:  # noqa: BLE001 - every failure is what this test counts
                errors.append(repr(error))

    (landing / "late.jsonl").write_text(EXTRA_ARTICLE)
    reader = threading.Thread(target=query_in_a_loop)
    reader.start()
    try:
        result = run_build(env)
    finally:
        stop.set()
        reader.join()
    assert result.returncode == 0, result.stderr[-4000:]
    assert errors == []
    assert queries > 10
    assert _counts(warehouse)["raw.articles"] == 9


def _marts_snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [row[0] for row in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        return {table: con.execute(f"select * from marts.{table} order by all").fetchall() for table in tables}


def _load_ids(warehouse: Path) -> set[int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {row[0] for row in con.execute("select distinct load_id from raw.articles").fetchall()}


def test_rebuilding_unchanged_input_leaves_identical_marts_and_new_files_add_only_their_rows(sample_build, tmp_path):
    env = copy_of_sample_build(sample_build, tmp_path)
    landing, warehouse = Path(env["SITREP_LANDING_DIR"]), Path(env["SITREP_WAREHOUSE"])
    first = _marts_snapshot(warehouse)
    first_loads = _load_ids(warehouse)

    assert run_build(env).returncode == 0
    assert _marts_snapshot(warehouse) == first
    assert _load_ids(warehouse) == first_loads  # nothing new: no article re-read

    (landing / "late.jsonl").write_text(EXTRA_ARTICLE)
    (landing / "resent-copy.jsonl").write_text(EXTRA_ARTICLE.replace("late-2021", "copy-2021"))
    second = run_build(env)
    assert second.returncode == 0
    # dbt reuses the previous build's parse of the project (same database path, fixed target folder)
    assert "Unable to do partial parsing" not in second.stdout + second.stderr
    after = _marts_snapshot(warehouse)
    assert set(first["fct_incident_reports"]) <= set(after["fct_incident_reports"])
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from raw.articles").fetchone()[0] == 9
        reports_per_article = dict(con.execute(
            "select article_id, count(*) from marts.fct_incident_reports group by 1").fetchall())
        reasons = [row[0] for row in con.execute("select reason from ops.quarantine").fetchall()]
    assert len(after["fct_incident_reports"]) - len(first["fct_incident_reports"]) == reports_per_article[
        "late-2021-03-20-aden-blast"] >= 1
    assert any(reason.startswith("duplicate of late-2021-03-20-aden-blast") for reason in reasons)


def test_changed_reference_data_rebuilds_everything_and_unchanged_input_reloads_nothing(tmp_path):
    """Skipping files already read is only right while the extraction stays the same.

    That an unchanged rebuild re-reads no article is checked in the test above (the same sample and the
    same skip rule, with the project's reference data); here the first build has its own reference folder.
    """
    reference = tmp_path / "reference"
    shutil.copytree(PROJECT_ROOT / "dbt_project" / "seeds", reference)
    env = {**build_env(tmp_path, _landing_copy(tmp_path)), "SITREP_REFERENCE_DIR": str(reference)}
    warehouse = Path(env["SITREP_WAREHOUSE"])
    assert run_build(env).returncode == 0
    first = _load_ids(warehouse)

    armed_groups = reference / "ref_armed_groups.csv"
    armed_groups.write_text(armed_groups.read_text().rstrip("\n") + "\nSitrep Test Brigade,Sitrep Test Brigade,,MILITIA\n")
    result = run_build(env)
    assert result.returncode == 0, result.stderr[-4000:]
    reloaded = _load_ids(warehouse)
    assert len(reloaded) == 1 and reloaded.isdisjoint(first)  # every article re-read in one new load
