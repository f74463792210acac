"""The landing-folder sensor starts one build per change, remembered in its cursor."""

import dagster as dg

from orchestration.resources import SitrepPaths
from orchestration.schedules import landing_folder_sensor
from orchestration.settings import PROJECT_ROOT


def _evaluate(landing, cursor=None):
    paths = SitrepPaths(
        landing_dir=str(landing),
        warehouse_path=str(landing.parent / "pub" / "sitrep.duckdb"),
        work_dir=str(landing.parent / "work"),
        reference_dir=str(PROJECT_ROOT / "dbt_project" / "seeds"),
        max_article_bytes=1_000_000,
    )
    with dg.build_sensor_context(cursor=cursor, resources={"paths": paths}) as context:
        result = landing_folder_sensor(context)
        return result, context.cursor


def test_new_files_trigger_one_run_and_unchanged_folders_none(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    result, cursor = _evaluate(landing)
    assert isinstance(result, dg.SkipReason)

    (landing / "a.jsonl").write_text('{"id": "a", "text": "x", "published_at": "2021-01-01"}\n')
    result, cursor = _evaluate(landing, cursor)
    assert isinstance(result, dg.RunRequest) and result.tags["sitrep/changed_files"] == "1"

    again, cursor = _evaluate(landing, cursor)
    assert isinstance(again, dg.SkipReason)

    (landing / "b.jsonl").write_text('{"id": "b", "text": "y", "published_at": "2021-01-02"}\n')
    second, _ = _evaluate(landing, cursor)
    assert isinstance(second, dg.RunRequest) and second.run_key != result.run_key
