"""The last step of a build: publish a consistent, read-only copy of the working database."""

import dagster as dg

from orchestration.assets.dbt import sitrep_dbt_models
from orchestration.resources import SitrepPaths
from orchestration.warehouse import publish


@dg.asset(
    key=["published_warehouse"],
    deps=list(sitrep_dbt_models.keys),
    group_name="publish",
    kinds={"duckdb"},
)
def published_warehouse(context: dg.AssetExecutionContext, paths: SitrepPaths) -> dg.MaterializeResult:
    """Atomically replace SITREP_WAREHOUSE with the freshly built database.

    Runs only after every dbt model and test has passed, so analysts never see a half-built or
    failing warehouse; they keep querying the previous copy until the rename.
    """
    settings = paths.settings()
    publish(settings.work_warehouse_path, settings.warehouse_path)
    size_mb = settings.warehouse_path.stat().st_size / 1e6
    context.log.info(f"published {settings.warehouse_path} ({size_mb:.1f} MB)")
    return dg.MaterializeResult(metadata={"path": str(settings.warehouse_path), "size_mb": round(size_mb, 2)})
