"""What the figures were measured on: cores, memory, CPU model, load and library versions."""

from __future__ import annotations

import os
import platform
from importlib import metadata
from pathlib import Path

LIBRARIES = ("polars", "duckdb", "dagster", "dbt-core", "dbt-duckdb", "pyarrow", "spacy")


def _first_line_with(path: str, prefix: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def describe_machine() -> dict:
    mem_kb = _first_line_with("/proc/meminfo", "MemTotal")
    return {
        "hostname": platform.node(),
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)),
        "ram_gb": round(int(mem_kb.split()[0]) / 1024**2, 1) if mem_kb else None,
        "cpu_model": _first_line_with("/proc/cpuinfo", "model name") or platform.processor(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "libraries": {name: _version(name) for name in LIBRARIES},
        "load_average_at_start": load_average(),
    }


def machine_line(machine: dict) -> str:
    libs = ", ".join(f"{k} {v}" for k, v in machine["libraries"].items() if v)
    return (
        f"machine: {machine['nproc']} cores ({machine['usable_cpus']} usable), {machine['ram_gb']} GB RAM, "
        f"{machine['cpu_model']}; Python {machine['python']}; {libs}; "
        f"load average {machine['load_average_at_start']}"
    )
