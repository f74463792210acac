"""dbt models, seeds and tests as Dagster assets and asset checks (via dagster-dbt).

The manifest is prepared at set-up (`make setup` runs `dbt parse`), never at import: importing this
module only reads dbt_project/target/manifest.json.
"""

import json
import os
from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
import polars as pl
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from dagster_duckdb import DuckDBResource

from orchestration.batch_plan import read_batch_plan
from orchestration.metadata import markdown_table
from orchestration.resources import SitrepPaths
from orchestration.settings import DBT_PROJECT_DIR

DBT_PROJECT = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
PREVIEW_ROWS = 5

if not DBT_PROJECT.manifest_path.exists():
    raise FileNotFoundError(
        f"dbt manifest missing at {DBT_PROJECT.manifest_path}: run `make setup` "
        "(or `dbt parse --project-dir dbt_project --profiles-dir dbt_project`) first"
    )


class SitrepDbtTranslator(DagsterDbtTranslator):
    """Keys are [schema, name] (raw.articles, marts.fct_incidents): the same key a Python asset gives
    the table it writes, so lineage joins up. Groups follow the dbt layer."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        return dg.AssetKey([dbt_resource_props["schema"], dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return dbt_resource_props["schema"]


@dbt_assets(
    manifest=DBT_PROJECT.manifest_path, project=DBT_PROJECT, dagster_dbt_translator=SitrepDbtTranslator()
)
def sitrep_dbt_models(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, paths: SitrepPaths, duckdb: DuckDBResource
) -> Iterator[Any]:
    """`dbt build` (seeds, models, tests) in the working database, with row counts and a preview."""
    settings = paths.settings()
    # profiles.yml reads the database path from this variable; dbt inherits our environment.
    os.environ["SITREP_BUILD_WAREHOUSE"] = str(settings.work_warehouse_path)
    # DuckDB allows one writer: read row counts only after dbt has exited, so hold events until then.
    # dbt unit tests check the SQL, not the data: CI runs them (tests/dbt); nightly builds skip them.
    args = ["build", "--exclude-resource-type", "unit_test"]
    plan = read_batch_plan(settings)
    if plan.full_refresh:
        args.append("--full-refresh")
    if plan.window is not None:
        # A partition run: incremental models re-derive the rows of articles published in the window.
        args += ["--vars", json.dumps(plan.window.dbt_vars())]
    # A fixed target folder (not dagster-dbt's one per run) keeps dbt's partial parse between builds: the
    # project's own parse (`make dbt-parse`) was made for another database path, so dbt would re-parse every time.
    events = list(dbt.cli(args, context=context, target_path=settings.dbt_target_dir).stream())
    with duckdb.get_connection() as con:
        for event in events:
            if isinstance(event, dg.Output):
                schema, table = context.asset_key_for_output(event.output_name).path[-2:]
                yield event.with_metadata({**event.metadata, **_table_metadata(con, schema, table)})
            else:
                yield event


def _table_metadata(con, schema: str, table: str) -> dict[str, Any]:
    relation = f'"{schema}"."{table}"'
    row_count = con.execute(f"select count(*) from {relation}").fetchall()[0][0]
    metadata: dict[str, Any] = {"dagster/row_count": row_count}
    if schema == "marts":
        preview = pl.from_arrow(con.sql(f"select * from {relation} limit {PREVIEW_ROWS}").to_arrow_table())
        metadata["preview"] = dg.MetadataValue.md(markdown_table(preview))
    return metadata
