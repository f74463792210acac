"""The last step of a build: publish a consistent, read-only copy of the working database."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.assets.dbt import sitrep_dbt_models
from orchestration.batch_plan import read_batch_plan
from orchestration.resources import SitrepPaths
from orchestration.warehouse import publish, record_build_fingerprint


@dg.asset(
    key=["published_warehouse"],
    deps=list(sitrep_dbt_models.keys),
    group_name="publish",
    kinds={"duckdb"},
)
def published_warehouse(
    context: dg.AssetExecutionContext, paths: SitrepPaths, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Atomically replace SITREP_WAREHOUSE with the freshly built database.

    Runs only after every dbt model and test has passed, so analysts never see a half-built or
    failing warehouse; they keep querying the previous copy until the rename.
    """
    settings = paths.settings()
    # Recorded only now, after dbt succeeded: a failed build after an upgrade is retried in full.
    # A partition run rebuilt some days only, so the next whole-folder build still compares fingerprints.
    plan = read_batch_plan(settings)
    if plan.window is None:
        with duckdb.get_connection() as con:
            record_build_fingerprint(con, plan.fingerprint)
    publish(settings.work_warehouse_path, settings.warehouse_path)
    size_mb = settings.warehouse_path.stat().st_size / 1e6
    context.log.info(f"published {settings.warehouse_path} ({size_mb:.1f} MB)")
    return dg.MaterializeResult(metadata={"path": str(settings.warehouse_path), "size_mb": round(size_mb, 2)})
