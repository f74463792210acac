"""Shared fixtures. `built_warehouse` runs the real build, as a user does, into temporary folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = PROJECT_ROOT / "data" / "sample"
SHARED_DIR = Path(os.environ.get("SITREP_SHARED_DIR", PROJECT_ROOT.parent / "shared"))
DAGSTER = Path(sys.executable).with_name("dagster")


def build_env(tmp: Path, landing_dir: Path = SAMPLE_DIR) -> dict[str, str]:
    """Environment for a build that writes only under `tmp`."""
    (tmp / "dagster_home").mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "SITREP_LANDING_DIR": str(landing_dir),
        "SITREP_WAREHOUSE": str(tmp / "warehouse" / "sitrep.duckdb"),
        "SITREP_WORK_DIR": str(tmp / "work"),
        "DAGSTER_HOME": str(tmp / "dagster_home"),
    }


def run_build(env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess:
    """The README's build command: materialize every asset from the landing folder."""
    return subprocess.run(
        [str(DAGSTER), "asset", "materialize", "-m", "orchestration.definitions", "--select", "*"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,  # callers assert on the return code and show the log
    )


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory) -> Path:
    """The published warehouse after one full build of the bundled sample."""
    tmp = tmp_path_factory.mktemp("sample_build")
    env = build_env(tmp)
    result = run_build(env)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    return Path(env["SITREP_WAREHOUSE"])


@pytest.fixture(scope="session")
def warehouse(built_warehouse):
    with duckdb.connect(str(built_warehouse), read_only=True) as con:
        yield con
