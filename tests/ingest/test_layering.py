"""ingest/ is the pure-polars layer: importing all of it must not pull in Dagster or dbt."""

import subprocess
import sys


def test_ingest_imports_neither_dagster_nor_dbt():
    code = (
        "import pkgutil, sys, ingest\n"
        "for module in pkgutil.walk_packages(ingest.__path__, 'ingest.'):\n"
        "    __import__(module.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dagster', 'dagster_dbt', 'dbt')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
