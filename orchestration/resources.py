"""Resources, declared once and configured from the environment (see orchestration/settings.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from orchestration.settings import DBT_PROJECT_DIR, Settings


class SitrepPaths(dg.ConfigurableResource):
    """The folders and files of one deployment; defaults come from SITREP_* environment variables."""

    landing_dir: str
    warehouse_path: str
    work_dir: str
    reference_dir: str
    max_article_bytes: int

    @classmethod
    def from_settings(cls, settings: Settings) -> SitrepPaths:
        return cls(
            landing_dir=str(settings.landing_dir),
            warehouse_path=str(settings.warehouse_path),
            work_dir=str(settings.work_dir),
            reference_dir=str(settings.reference_dir),
            max_article_bytes=settings.max_article_bytes,
        )

    def settings(self) -> Settings:
        """The checked settings; raises SettingError (one line, naming the setting) when one is wrong."""
        return Settings(
            landing_dir=Path(self.landing_dir),
            warehouse_path=Path(self.warehouse_path),
            work_dir=Path(self.work_dir),
            reference_dir=Path(self.reference_dir),
            max_article_bytes=self.max_article_bytes,
        ).validate()


def build_resources(settings: Settings) -> dict[str, object]:
    return {
        "paths": SitrepPaths.from_settings(settings),
        # The working database: only runs write it; analysts read the published copy.
        "duckdb": DuckDBResource(database=str(settings.work_warehouse_path)),
        "dbt": DbtCliResource(
            project_dir=str(DBT_PROJECT_DIR),
            profiles_dir=str(DBT_PROJECT_DIR),
            dbt_executable=_dbt_executable(),
        ),
    }


def _dbt_executable() -> str:
    """The dbt installed beside this Python, so a run works without an activated venv."""
    beside_python = Path(sys.executable).with_name("dbt")
    return str(beside_python) if beside_python.exists() else (shutil.which("dbt") or "dbt")
