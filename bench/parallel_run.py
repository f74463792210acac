"""Run bench.parallel_parse's job once: `python -m bench.parallel_run --partitions D1 D2 --processes 2 --scratch DIR`.

Prints one JSON line: success, which process parsed each partition, and the raw row counts loaded.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.parallel_parse import ParallelParseConfig, execute, step_pids


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.parallel_run")
    parser.add_argument("--partitions", nargs="+", required=True)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--scratch", type=Path, required=True)
    args = parser.parse_args(argv)
    config = ParallelParseConfig(
        partition_dirs=args.partitions,
        parsed_dir=str(args.scratch / "parsed"),
        warehouse_path=str(args.scratch / "build.duckdb"),
    )
    started = time.perf_counter()
    result = execute(config, args.processes, args.scratch / "dagster_home")
    seconds = time.perf_counter() - started
    pids = step_pids(result)
    print(
        json.dumps(
            {
                "success": result.success,
                "job_seconds": round(seconds, 2),
                "max_concurrent": args.processes,
                "parse_processes": len(set(pids.values())),
            }
        )
    )
    raise SystemExit(0 if result.success else 1)


if __name__ == "__main__":
    main()
