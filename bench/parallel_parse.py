"""Prototype of the partitioned parse stage: partitions parsed in parallel by Dagster's multiprocess
executor, each writing Parquet, then one loader writing DuckDB (its single writer).

    list_partitions --(one dynamic output per landing partition)--> parse_partition --> load_partitions

A "partition" here is a landing sub-folder (a day, a month, or a shard of files). The benchmark uses
it to measure the speed-up of 2 processes over 1 on this machine, and tests/bench runs it on two
small partitions. It is the shape proposed for orchestration/ in docs/scaling.md; the production
assets there stay the lead's.
"""

import os
import time
from pathlib import Path

import dagster as dg
import polars as pl
from dagster import JobExecutionResult

from ingest import schemas

QUARANTINE_PARQUET = "quarantine.parquet"


class ParallelParseConfig(dg.Config):
    partition_dirs: list[str]  # landing sub-folders, one per partition
    parsed_dir: str  # Parquet goes to <parsed_dir>/<partition name>/<table>.parquet
    warehouse_path: str  # the DuckDB file the loader writes
    reference_dir: str | None = None


@dg.op(out=dg.DynamicOut(str))
def list_partitions(config: ParallelParseConfig):
    for index, folder in enumerate(config.partition_dirs):
        yield dg.DynamicOutput(folder, mapping_key=f"p{index}_{Path(folder).name}".replace("-", "_"))


@dg.op
def parse_partition(context: dg.OpExecutionContext, config: ParallelParseConfig, partition_dir: str) -> str:
    """read_landing + parse_articles on one partition; Parquet out. Runs in its own process."""
    from ingest.extract import load_reference
    from ingest.landing import read_landing
    from ingest.pipeline import parse_articles

    started = time.perf_counter()
    landing = read_landing(Path(partition_dir))
    tables = parse_articles(
        landing.articles, load_reference(Path(config.reference_dir) if config.reference_dir else None)
    )
    out = Path(config.parsed_dir) / Path(partition_dir).name
    out.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.write_parquet(out / f"{name}.parquet")
    landing.quarantine.write_parquet(out / QUARANTINE_PARQUET)
    context.add_output_metadata(
        {
            "pid": os.getpid(),
            "articles": tables["articles"].height,
            "seconds": round(time.perf_counter() - started, 3),
        }
    )
    return str(out)


@dg.op
def load_partitions(context: dg.OpExecutionContext, config: ParallelParseConfig, parsed: list[str]) -> dict:
    """The single writer: upserts every partition's Parquet into DuckDB, one transaction each."""
    import duckdb

    from orchestration.warehouse import load_batch

    Path(config.warehouse_path).parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(config.warehouse_path) as con:
        for folder in sorted(parsed):
            tables = {name: pl.read_parquet(Path(folder) / f"{name}.parquet") for name in schemas.RAW_TABLES}
            result = load_batch(con, tables, pl.read_parquet(Path(folder) / QUARANTINE_PARQUET))
    context.add_output_metadata({"partitions": len(parsed), **result.row_counts})
    return result.row_counts


@dg.job(executor_def=dg.multiprocess_executor)
def parallel_parse_job():
    load_partitions(list_partitions().map(parse_partition).collect())


def run_config(config: ParallelParseConfig, max_concurrent: int) -> dict:
    op_config = {"config": config.model_dump(exclude_none=True)}
    return {
        "ops": {name: op_config for name in ("list_partitions", "parse_partition", "load_partitions")},
        "execution": {"config": {"max_concurrent": max_concurrent}},
    }


def execute(config: ParallelParseConfig, max_concurrent: int, dagster_home: Path) -> JobExecutionResult:
    """Run the job out of process (multiprocess needs a reconstructable job and a real instance)."""
    dagster_home.mkdir(parents=True, exist_ok=True)
    with dg.DagsterInstance.local_temp(str(dagster_home)) as instance:
        return dg.execute_job(
            dg.reconstructable(parallel_parse_job),
            instance=instance,
            run_config=run_config(config, max_concurrent),
            raise_on_error=False,
        )


def step_pids(result: JobExecutionResult) -> dict[str, int]:
    """Which process ran each parse step, from the output metadata."""
    pids = {}
    for event in result.all_events:
        if event.event_type_value == "STEP_OUTPUT" and event.step_key.startswith("parse_partition"):
            pids[event.step_key] = event.event_specific_data.metadata["pid"].value
    return pids
