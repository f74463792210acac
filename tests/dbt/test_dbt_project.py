"""The dbt project as a whole: schemas, contracts, docs, unit tests, and builds on empty or bad input."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import duckdb
import yaml
from dagster_dbt import DbtCliResource, dbt_assets

from tests.dbt.sample_warehouse import (
    DBT_PROJECT_DIR,
    NEW_ARAB,
    QUARANTINE,
    SAMPLE_ROWS,
    assert_succeeded,
    run_dbt,
    target_path,
    write_raw_warehouse,
)

MARTS = [
    "fct_incident_reports",
    "fct_incidents",
    "bridge_incident_reports",
    "dim_actors",
    "dim_actor_roles",
    "fct_diplomatic_contacts",
    "bridge_contact_participants",
    "fct_actor_dyads",
    "ops_quarantine",
]


# Incremental tables (tests/dbt/test_incremental.py compares them with a full refresh after several loads).
INCREMENTAL_MODELS = [
    "int_incident_reports_matched",
    "int_contacts_matched",
    "int_incidents_summarised",
    "int_actors_resolved",
    "int_actor_roles_aggregated",
    "int_contacts_named",
    "int_contact_participants_deduplicated",
]
# Marts that are views: each projects one of the incremental tables, without its bookkeeping columns.
MART_VIEWS = [
    "fct_incident_reports",
    "fct_incidents",
    "bridge_incident_reports",
    "dim_actors",
    "dim_actor_roles",
    "fct_diplomatic_contacts",
    "bridge_contact_participants",
]


def mart_contracts() -> dict[str, list[tuple[str, str]]]:
    """Column names and declared data types of every contracted model, from the model ymls."""
    contracts = {}
    for path in sorted((DBT_PROJECT_DIR / "models" / "marts").rglob("*.yml")):
        for model in yaml.safe_load(path.read_text()).get("models", []):
            if model.get("config", {}).get("contract", {}).get("enforced"):
                contracts[model["name"]] = [
                    (column["name"], column["data_type"]) for column in model["columns"]
                ]
    return contracts


def test_every_mart_has_an_enforced_contract():
    assert sorted(mart_contracts()) == sorted(MARTS)


def test_marts_have_their_contracted_columns_and_types(sample_dbt_build):
    with duckdb.connect(str(sample_dbt_build.warehouse), read_only=True) as con:
        for model, declared in mart_contracts().items():
            built = con.execute(
                """select column_name, data_type from information_schema.columns
                   where table_schema = 'marts' and table_name = ? order by ordinal_position""",
                [model],
            ).fetchall()
            assert [(name, dtype.upper()) for name, dtype in built] == [
                (name, dtype.upper()) for name, dtype in declared
            ], model


def test_layers_land_in_their_own_schemas(sample_dbt_build):
    with duckdb.connect(str(sample_dbt_build.warehouse), read_only=True) as con:
        kinds = dict(
            con.execute(
                """select table_schema || '.' || table_name, table_type from information_schema.tables
                   where table_schema in ('staging', 'intermediate', 'marts', 'reference')"""
            ).fetchall()
        )
    assert kinds["staging.stg_raw__articles"] == "VIEW"
    assert kinds["intermediate.int_incident_reports_enriched"] == "VIEW"
    assert kinds["intermediate.int_incident_reports_matched"] == "BASE TABLE"
    # Marts that only project an incremental intermediate table are views over it; the rest are tables.
    assert {mart: kinds[f"marts.{mart}"] for mart in MARTS} == {
        mart: "VIEW" if mart in MART_VIEWS else "BASE TABLE" for mart in MARTS
    }
    assert all(kinds[f"intermediate.{model}"] == "BASE TABLE" for model in INCREMENTAL_MODELS)
    assert kinds["reference.vocab_incident_types"] == "BASE TABLE"
    assert not any(name.startswith("main_") for name in kinds)


def test_unit_tests_of_the_matching_ran_and_passed(sample_dbt_build):
    results = json.loads((target_path(sample_dbt_build) / "run_results.json").read_text())["results"]
    unit_tests = {
        r["unique_id"].split(".")[-1]: r["status"] for r in results if r["unique_id"].startswith("unit_test.")
    }
    assert {
        "same_strike_in_two_articles_one_day_apart_is_one_incident",
        "same_type_and_day_in_different_cities_are_two_incidents",
        "planned_attack_is_never_merged_with_an_occurred_one",
        "an_article_joins_an_incident_with_one_report_only",
        "same_meeting_in_two_articles_is_one_contact_event",
    } <= set(unit_tests)
    assert set(unit_tests.values()) == {"pass"}
    statuses = {r["status"] for r in results}
    assert statuses <= {"success", "pass"}, statuses


def test_docs_generate_describes_every_mart_column(sample_dbt_build):
    assert_succeeded(run_dbt(sample_dbt_build.warehouse, "docs", "generate"))
    target = target_path(sample_dbt_build)
    catalog = json.loads((target / "catalog.json").read_text())
    manifest = json.loads((target / "manifest.json").read_text())
    for mart in MARTS:
        node = manifest["nodes"][f"model.sitrep.{mart}"]
        assert node["description"], mart
        assert all(column["description"].strip() for column in node["columns"].values()), mart
        assert f"model.sitrep.{mart}" in catalog["nodes"]


def test_sources_map_to_the_dagster_asset_keys_of_the_loaders(sample_dbt_build):
    manifest = json.loads((target_path(sample_dbt_build) / "manifest.json").read_text())
    sources = {(s["source_name"], s["name"]): s for s in manifest["sources"].values()}
    assert set(sources) == {("raw", name) for name in SAMPLE_ROWS} | {("ops", "quarantine")}
    for (schema, table), source in sources.items():
        assert source["schema"] == schema
        assert source["config"]["meta"]["dagster"]["asset_key"] == [schema, table]


def test_build_succeeds_on_empty_raw_tables(tmp_path: Path):
    # Named as every test warehouse (the catalog takes the file's name): one dbt parse serves them all.
    warehouse = tmp_path / "empty" / "sitrep.duckdb"
    warehouse.parent.mkdir()
    write_raw_warehouse(warehouse, {}, [])
    assert_succeeded(run_dbt(warehouse, "build"))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for mart in MARTS:
            assert con.execute(f"select count(*) from marts.{mart}").fetchone()[0] == 0, mart


def test_a_toll_whose_minimum_exceeds_its_maximum_fails_the_build(tmp_path: Path):
    warehouse = tmp_path / "bad" / "sitrep.duckdb"
    warehouse.parent.mkdir()
    bad_rows = {
        **SAMPLE_ROWS,
        "incident_mentions": [
            {**row, "killed_min": 9, "killed_max": 2}
            if row["article_id"] == NEW_ARAB and row["incident_index"] == 0
            else row
            for row in SAMPLE_ROWS["incident_mentions"]
        ],
    }
    write_raw_warehouse(warehouse, bad_rows, QUARANTINE)
    result = run_dbt(warehouse, "build", "--select", "+assert_casualty_minimum_not_above_maximum")
    assert result.returncode != 0
    assert "FAIL 1 assert_casualty_minimum_not_above_maximum" in result.stdout


def test_dagster_dbt_sees_the_raw_tables_upstream_and_tests_as_checks(sample_dbt_build):
    @dbt_assets(manifest=target_path(sample_dbt_build) / "manifest.json")
    def sitrep_models(context, dbt: DbtCliResource):  # dagster rejects the string "dg.AssetExecutionContext"
        yield from dbt.cli(["build"], context=context).stream()

    upstream = {key for deps in sitrep_models.asset_deps.values() for key in deps} - set(sitrep_models.keys)
    assert upstream == {dg.AssetKey(["raw", name]) for name in SAMPLE_ROWS} | {
        dg.AssetKey(["ops", "quarantine"])
    }
    checked_assets = {spec.asset_key.path[-1] for spec in sitrep_models.check_specs}
    assert set(MARTS) <= checked_assets
    # Singular tests reading several models are attached through meta.dagster.ref.
    check_names = {spec.name for spec in sitrep_models.check_specs}
    assert "assert_no_planned_report_in_an_occurred_incident" in check_names
