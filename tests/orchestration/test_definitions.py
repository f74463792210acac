"""The Definitions load and contain what the UI and the daemon need."""

import dagster as dg

from orchestration.definitions import defs


def test_definitions_resolve_with_every_layer_of_the_graph():
    repository = defs.get_repository_def()
    keys = {key.to_user_string() for key in repository.asset_graph.get_all_asset_keys()}
    assert {"ingest/parsed_articles", "raw/articles", "ops/quarantine", "published_warehouse"} <= keys
    for mart in (
        "fct_incident_reports",
        "fct_incidents",
        "dim_actors",
        "fct_diplomatic_contacts",
        "bridge_contact_participants",
    ):
        assert f"marts/{mart}" in keys


def test_raw_tables_feed_the_dbt_sources_so_lineage_joins_up():
    graph = defs.get_repository_def().asset_graph
    staging_articles = next(key for key in graph.get_all_asset_keys() if key.path[-1] == "stg_raw__articles")
    assert dg.AssetKey(["raw", "articles"]) in graph.get(staging_articles).parent_keys


def test_nightly_schedule_runs_the_published_day_job_and_the_sensor_the_whole_folder_build():
    assert defs.resolve_schedule_def("nightly_build").job_name == "published_day_build"
    assert defs.resolve_sensor_def("landing_folder_sensor").job_name == "build_everything"


def test_dbt_tests_are_asset_checks():
    checks = list(defs.get_repository_def().asset_graph.asset_check_keys)
    assert any(check.asset_key.path[0] == "marts" for check in checks)
    assert any(check.name == "quarantine_not_growing" for check in checks)


def test_the_shipped_instance_settings_run_one_build_at_a_time(tmp_path, monkeypatch):
    """Backfill runs, the nightly and the sensor all write the same working database: they must queue."""
    import shutil

    from orchestration.settings import PROJECT_ROOT

    shutil.copy(PROJECT_ROOT / "orchestration" / "dagster.yaml", tmp_path / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    with dg.DagsterInstance.get() as instance:
        assert instance.get_concurrency_config().run_queue_config.max_concurrent_runs == 1
