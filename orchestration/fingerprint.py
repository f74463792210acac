"""A fingerprint of the code and reference data that shape the warehouse.

Incremental runs skip landing files already read and let dbt's incremental models keep earlier rows.
Both are only right while the extraction code, its reference data and the dbt project stay the same:
after an upgrade or an edit of a seed, the next run re-reads everything and rebuilds dbt in full.
"""

import hashlib
from pathlib import Path

from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT

_INGEST_DIR = PROJECT_ROOT / "ingest"
_DBT_PARTS = ("dbt_project.yml", "models", "macros", "seeds")
_SUFFIXES = {".py", ".sql", ".yml", ".yaml", ".csv", ".md"}


def build_fingerprint(reference_dir: Path) -> str:
    """sha256 over the ingest package, the dbt project's models/macros/seeds and the reference data."""
    roots = [_INGEST_DIR, *(DBT_PROJECT_DIR / part for part in _DBT_PARTS), reference_dir]
    digest = hashlib.sha256()
    seen: set[Path] = set()
    for root in roots:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if path.suffix not in _SUFFIXES or "__pycache__" in path.parts or path.resolve() in seen:
                continue
            seen.add(path.resolve())
            digest.update(str(path.relative_to(root.parent) if root.is_dir() else path.name).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
