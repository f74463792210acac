"""Assembles Sitrep's Dagster definitions; the parts live in orchestration/assets and schedules."""

import dagster as dg

from orchestration.assets.dbt import sitrep_dbt_models
from orchestration.assets.ingest import parsed_articles, raw_tables
from orchestration.assets.publish import published_warehouse
from orchestration.partitions import published_day_build
from orchestration.resources import build_resources
from orchestration.schedules import build_everything, landing_folder_sensor, nightly_build
from orchestration.settings import Settings

settings = Settings.from_env()
published_days = published_day_build(settings.partitions_start)

defs = dg.Definitions(
    assets=[parsed_articles, raw_tables, sitrep_dbt_models, published_warehouse],
    jobs=[build_everything, published_days],
    schedules=[nightly_build(published_days)],
    sensors=[landing_folder_sensor],
    resources=build_resources(settings),
    # One process per run: steps are sequential anyway (one DuckDB writer), and a process per step
    # would re-import polars, the extraction reference and dbt's adapter each time.
    executor=dg.in_process_executor,
)
