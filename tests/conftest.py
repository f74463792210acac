"""Shared fixtures. `built_warehouse` runs the real build, as a user does, into temporary folders."""

from __future__ import annotations

import os
import shutil
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
def sample_build(tmp_path_factory) -> Path:
    """The folder of one full build of the bundled sample from nothing, by the README's command:
    warehouse/ (published), work/ (working database, parsed files) and dagster_home/ (the instance)."""
    tmp = tmp_path_factory.mktemp("sample_build")
    env = build_env(tmp)
    result = run_build(env)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    return tmp


@pytest.fixture(scope="session")
def built_warehouse(sample_build) -> Path:
    """The published warehouse after one full build of the bundled sample."""
    return sample_build / "warehouse" / "sitrep.duckdb"


def copy_of_sample_build(sample_build: Path, tmp: Path) -> dict[str, str]:
    """The environment of a deployment in `tmp` that has built the sample once, as `sample_build` did.

    Its published warehouse, working folder and instance are copies of that build's, and its landing
    folder a copy of the sample with the same sizes and modification times, so the files count as
    already read: the next build is the same incremental run as after a first build of its own, without
    paying for that first build again. Tests that change the deployment change only their copy.
    """
    landing = tmp / "landing"
    shutil.copytree(SAMPLE_DIR, landing)  # copy2: sizes and mtimes, the landing signature, are kept
    for part in ("warehouse", "work", "dagster_home"):
        shutil.copytree(sample_build / part, tmp / part)
    return build_env(tmp, landing)


@pytest.fixture(scope="session")
def warehouse(built_warehouse):
    with duckdb.connect(str(built_warehouse), read_only=True) as con:
        yield con
