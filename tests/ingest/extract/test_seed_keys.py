"""The reference seeds keep the unique keys their dbt yml declares: a duplicate row fails the dbt build (and with it
every warehouse test), so it is caught here, in the fast layer, first."""

from pathlib import Path

import polars as pl
import pytest
import yaml

SEEDS = Path(__file__).resolve().parents[3] / "dbt_project" / "seeds"


def _unique_columns():
    spec = yaml.safe_load((SEEDS / "_reference_seeds.yml").read_text(encoding="utf-8"))
    for seed in spec["seeds"]:
        for column in seed.get("columns", []):
            if "unique" in (column.get("data_tests") or []):
                yield seed["name"], column["name"]


@pytest.mark.parametrize(("seed", "column"), list(_unique_columns()))
def test_seed_keys_declared_unique_are_unique(seed, column):
    values = pl.read_csv(SEEDS / f"{seed}.csv", infer_schema=False)[column]
    duplicated = values.filter(values.is_duplicated()).unique().to_list()
    assert not duplicated, f"{seed}.{column} repeats {duplicated}"
    assert values.null_count() == 0
