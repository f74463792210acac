"""Where things live, read from the environment once and checked with one-line errors.

SITREP_LANDING_DIR   folder of incoming articles (default: the bundled sample, data/sample)
SITREP_WAREHOUSE     the published DuckDB file analysts open (default: warehouse/sitrep.duckdb)
SITREP_WORK_DIR      build state: the working DuckDB the run writes, parsed Parquet (default: .sitrep/)
SITREP_REFERENCE_DIR editable reference data read by extraction (default: dbt_project/seeds)
SITREP_MAX_ARTICLE_MB larger articles are quarantined, not parsed (default: 20)
SITREP_PARTITIONS_START first day of the daily published-date partitions (default: 2000-01-01)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


class SettingError(ValueError):
    """A setting is missing or wrong; the message names it and fits on one line."""


def _path_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    path = Path(value).expanduser() if value else default
    return path if path.is_absolute() else (Path.cwd() / path)


def _megabytes_from_env(name: str, default: float) -> int:
    value = os.environ.get(name, "").strip()
    try:
        megabytes = float(value) if value else default
    except ValueError:
        raise SettingError(f"{name}: expected a number of megabytes, got {value!r}") from None
    if megabytes <= 0:
        raise SettingError(f"{name}: must be more than 0, got {value!r}")
    return int(megabytes * 1_000_000)


def _date_from_env(name: str, default: date) -> date:
    value = os.environ.get(name, "").strip()
    try:
        return date.fromisoformat(value) if value else default
    except ValueError:
        raise SettingError(f"{name}: expected a YYYY-MM-DD date, got {value!r}") from None


@dataclass(frozen=True)
class Settings:
    landing_dir: Path
    warehouse_path: Path
    work_dir: Path
    reference_dir: Path
    max_article_bytes: int = 20_000_000
    # Articles published earlier are built by whole-folder builds only (no partition holds them).
    partitions_start: date = date(2000, 1, 1)

    @property
    def work_warehouse_path(self) -> Path:
        """The DuckDB file a run writes; only the publish step copies it to `warehouse_path`."""
        return self.work_dir / "build.duckdb"

    @property
    def parsed_dir(self) -> Path:
        return self.work_dir / "parsed"

    @property
    def dbt_target_dir(self) -> Path:
        """dbt's target folder for builds: one fixed place, so the next build reuses this build's parse."""
        return self.work_dir / "dbt_target"

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            landing_dir=_path_from_env("SITREP_LANDING_DIR", PROJECT_ROOT / "data" / "sample"),
            warehouse_path=_path_from_env("SITREP_WAREHOUSE", PROJECT_ROOT / "warehouse" / "sitrep.duckdb"),
            work_dir=_path_from_env("SITREP_WORK_DIR", PROJECT_ROOT / ".sitrep"),
            reference_dir=_path_from_env("SITREP_REFERENCE_DIR", DBT_PROJECT_DIR / "seeds"),
            max_article_bytes=_megabytes_from_env("SITREP_MAX_ARTICLE_MB", 20),
            partitions_start=_date_from_env("SITREP_PARTITIONS_START", date(2000, 1, 1)),
        )

    def validate(self) -> Settings:
        """Raise SettingError naming the first bad setting; create the folders a run writes to."""
        if not self.landing_dir.is_dir():
            raise SettingError(f"SITREP_LANDING_DIR: landing folder {self.landing_dir} does not exist")
        if not self.reference_dir.is_dir():
            raise SettingError(f"SITREP_REFERENCE_DIR: reference folder {self.reference_dir} does not exist")
        if self.warehouse_path.exists() and self.warehouse_path.is_dir():
            raise SettingError(
                f"SITREP_WAREHOUSE: {self.warehouse_path} is a folder, expected a .duckdb file path"
            )
        for setting, folder in (
            ("SITREP_WAREHOUSE", self.warehouse_path.parent),
            ("SITREP_WORK_DIR", self.work_dir),
        ):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise SettingError(
                    f"{setting}: cannot create folder {folder}: {error.strerror or error}"
                ) from None
            if not os.access(folder, os.W_OK):
                raise SettingError(f"{setting}: folder {folder} is not writable")
        return self
