"""The multiprocess executor configuration loads and runs two partitions, each in its own process,
with one loader writing DuckDB (bench/parallel_parse.py, the shape proposed in docs/scaling.md)."""

import os

import duckdb

from bench import synth
from bench.parallel_parse import ParallelParseConfig, execute, parallel_parse_job, step_pids


def test_job_uses_the_multiprocess_executor():
    assert parallel_parse_job.executor_def.name == "multiprocess"


def test_two_partitions_parse_in_separate_processes_and_load_once(tmp_path):
    partitions = []
    for index, first in enumerate((0, 1_000)):
        folder = tmp_path / "landing" / f"2021-03-0{index + 1}"
        synth.generate(folder, 25, seed=11, first_article=first, file_prefix=f"day{index}")
        partitions.append(str(folder))
    config = ParallelParseConfig(
        partition_dirs=partitions,
        parsed_dir=str(tmp_path / "parsed"),
        warehouse_path=str(tmp_path / "build.duckdb"),
    )

    result = execute(config, max_concurrent=2, dagster_home=tmp_path / "dagster_home")

    assert result.success
    pids = step_pids(result)
    assert len(pids) == 2
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()
    for folder in partitions:
        assert (tmp_path / "parsed" / os.path.basename(folder) / "articles.parquet").exists()
    with duckdb.connect(str(tmp_path / "build.duckdb"), read_only=True) as con:
        assert con.execute("select count(*), count(distinct article_id) from raw.articles").fetchone() == (
            50,
            50,
        )
        assert con.execute("select count(*) from raw.sentences").fetchone()[0] > 50
