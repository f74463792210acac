"""Daily partitions by published date: the windows, which files a partition run reads, and real runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from datetime import UTC, date, datetime
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from orchestration.partitions import PublishedWindow, files_to_read, fully_inside
from tests.conftest import PROJECT_ROOT, SAMPLE_DIR, build_env, run_build

DAY = PublishedWindow(date(2021, 3, 15), date(2021, 3, 16))


def test_a_window_needs_both_ends_in_order_and_none_means_the_whole_folder():
    assert PublishedWindow.parse(None, None) is None
    assert PublishedWindow.parse("2021-03-15", "2021-03-16") == DAY
    assert str(PublishedWindow.parse("2021-03-01", "2021-04-01")) == "2021-03-01..2021-03-31"
    for bad in (("2021-03-15", None), ("15/03/2021", "2021-03-16"), ("2021-03-16", "2021-03-15")):
        with pytest.raises(ValueError):
            PublishedWindow.parse(*bad)


def test_a_partition_run_rereads_only_files_that_can_hold_its_day():
    manifest = pl.DataFrame(
        {
            "source_file": ["before.jsonl", "spans.jsonl", "that-day.txt", "after.txt", "old-manifest.txt"],
            "signature": ["1", "2", "3", "4", "5"],
            "first_published": [
                date(2021, 3, 1),
                date(2021, 3, 1),
                date(2021, 3, 15),
                date(2021, 3, 16),
                None,
            ],
            "last_published": [
                date(2021, 3, 14),
                date(2021, 3, 31),
                date(2021, 3, 15),
                date(2021, 3, 20),
                None,
            ],
        }
    )
    # Skipped: files whose articles all lie before or after the day. Read: the rest (and new files).
    assert files_to_read(manifest, DAY) == {"before.jsonl": "1", "after.txt": "4"}


def test_only_files_loaded_whole_are_recorded_as_read():
    files = pl.DataFrame(
        {"source_file": ["day.txt", "mixed.jsonl", "undated.txt"], "signature": ["1", "2", "3"]}
    )
    articles = pl.DataFrame(
        {
            "source_file": ["day.txt", "mixed.jsonl", "mixed.jsonl", "undated.txt"],
            "published_at": [date(2021, 3, 15), date(2021, 3, 15), date(2021, 3, 16), None],
        }
    )
    assert fully_inside(files, articles, DAY)["source_file"].to_list() == ["day.txt"]


def test_the_nightly_schedule_asks_for_the_day_that_just_ended():
    from orchestration.definitions import defs

    job = defs.resolve_job_def("published_day_build")
    assert isinstance(job.partitions_def, dg.DailyPartitionsDefinition)
    schedule = defs.resolve_schedule_def("nightly_build")
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 2 * * *", "UTC")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    tick = datetime(2024, 3, 2, 2, 0, tzinfo=UTC)
    with (
        dg.build_schedule_context(
            scheduled_execution_time=tick, repository_def=defs.get_repository_def()
        ) as context,
        warnings.catch_warnings(),
    ):
        warnings.simplefilter("error", DeprecationWarning)  # no deprecated Dagster call on a tick
        (request,) = schedule.evaluate_tick(context).run_requests
    assert request.partition_key == "2024-03-01"
    window = request.run_config["ops"]["ingest__parsed_articles"]["config"]
    assert window == {"published_from": "2024-03-01", "published_to": "2024-03-02"}


# --- real runs: the nightly's partition run through Dagster, DuckDB and dbt --------------------------

FIRST_DAY = ("us-iraq-embassy-meeting", "wire-baghdad-airport-rocket")  # both published 2020-09-29
NEXT_DAY = "the-national-blinken-visit"  # published 2021-04-08


def _nightly(env: dict[str, str], day: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.orchestration.nightly_run", day],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"nightly run for {day} failed:\n{result.stderr[-6000:]}"


def _copy_article(name: str, landing: Path) -> None:
    for path in SAMPLE_DIR.glob(f"{name}.*"):
        shutil.copy2(path, landing / path.name)


def _snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = [
            row[0]
            for row in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
            ).fetchall()
        ]
        return {
            table: con.execute(f"select * from marts.{table} order by all").fetchall() for table in tables
        }


def _query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.mark.e2e
def test_nightly_partitions_add_only_the_new_day_and_rerunning_a_day_changes_nothing(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    for name in FIRST_DAY:
        _copy_article(name, landing)
    env = build_env(tmp_path, landing)
    warehouse = Path(env["SITREP_WAREHOUSE"])

    _nightly(env, "2020-09-29")
    first = _snapshot(warehouse)
    # The day's two reports of the Baghdad airport strike are one incident.
    assert _query(warehouse, "select max(report_count) from marts.fct_incidents") == [(2,)]

    _copy_article(NEXT_DAY, landing)
    _nightly(env, "2021-04-08")
    second = _snapshot(warehouse)
    articles = _query(warehouse, "select article_id, published_at from raw.articles order by 1")
    assert [article_id for article_id, _ in articles] == sorted(
        [
            "tn-2021-04-08-blinken-visits-baghdad",
            "tna-2020-09-29-us-iraq-embassy-meeting",
            "wire-2020-09-29-baghdad-airport-rocket",
        ]
    )
    # The first day's report rows are untouched; the new rows are the new article's, once each.
    assert set(first["fct_incident_reports"]) <= set(second["fct_incident_reports"])
    new_reports = set(second["fct_incident_reports"]) - set(first["fct_incident_reports"])
    report_articles = _query(
        warehouse,
        "select article_id, count(*), count(distinct incident_report_id) "
        "from marts.fct_incident_reports group by 1",
    )
    assert all(rows == distinct for _, rows, distinct in report_articles)
    assert len(new_reports) == {a: n for a, n, _ in report_articles}.get(
        "tn-2021-04-08-blinken-visits-baghdad", 0
    )
    assert len(second["fct_diplomatic_contacts"]) > len(first["fct_diplomatic_contacts"])

    _nightly(env, "2021-04-08")
    assert _snapshot(warehouse) == second


@pytest.mark.e2e
def test_a_day_of_a_mixed_file_loads_that_day_only_and_the_whole_folder_build_the_rest(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy2(SAMPLE_DIR / "wire-reports-2021.jsonl", landing)  # five days in one file
    env = build_env(tmp_path, landing)
    warehouse = Path(env["SITREP_WAREHOUSE"])

    _nightly(env, "2021-03-15")
    assert _query(warehouse, "select article_id from raw.articles") == [("wire-2021-03-15-mogadishu-attack",)]
    # Not recorded as read: it holds other days, so the next whole-folder build reads it.
    assert _query(warehouse, "select count(*) from ops.landing_files") == [(0,)]

    assert run_build(env).returncode == 0
    assert _query(warehouse, "select count(*) from raw.articles") == [(5,)]
    assert _query(
        warehouse, "select source_file, first_published, last_published from ops.landing_files"
    ) == [("wire-reports-2021.jsonl", date(2021, 3, 3), date(2021, 3, 16))]
