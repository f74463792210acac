"""Incremental builds: after any sequence of loads and `dbt build`s, the marts equal a full refresh.

Raw rows go in through the real loader (orchestration.warehouse.load_batch), which stamps each load's
articles with a rising load_id; the incremental models pick up the articles of newer loads.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from ingest import schemas
from orchestration.warehouse import load_batch
from tests.dbt.sample_warehouse import (
    ARTICLES,
    KABUL,
    NEW_ARAB,
    SAMPLE_ROWS,
    TUELLER,
    WIRE,
    assert_succeeded,
    frame,
    run_dbt,
)
from tests.dbt.test_dbt_project import INCREMENTAL_MODELS, MARTS


def rows_of(article_ids: set[str], **replaced: list[dict]) -> dict[str, pl.DataFrame]:
    """The sample rows of these articles, one frame per raw table; `replaced` overrides a table's rows."""
    return {
        name: frame(
            replaced[name]
            if name in replaced
            else [row for row in SAMPLE_ROWS[name] if row["article_id"] in article_ids],
            schema,
        )
        for name, schema in schemas.RAW_TABLES.items()
    }


def load(warehouse: Path, tables: dict[str, pl.DataFrame]) -> None:
    with duckdb.connect(str(warehouse)) as con:
        load_batch(con, tables, schemas.empty(schemas.QUARANTINE))


def build(warehouse: Path, *extra: str) -> None:
    """`dbt build` as the nightly asset runs it; `extra` adds e.g. --full-refresh or --vars."""
    assert_succeeded(run_dbt(warehouse, "build", "--exclude-resource-type", "unit_test", *extra))


def mart_rows(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {mart: con.execute(f"select * from marts.{mart} order by all").fetchall() for mart in MARTS}


def full_refresh_of(warehouse: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    """The marts a full rebuild of the same raw data gives (on a copy, in its own folder)."""
    copy_dir = tmp_path / f"full-refresh-{len(list(tmp_path.glob('full-refresh-*')))}"
    copy_dir.mkdir()
    copy = copy_dir / "sitrep.duckdb"
    shutil.copyfile(warehouse, copy)
    build(copy, "--full-refresh")
    return mart_rows(copy)


def materializations(warehouse: Path) -> dict[str, str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return dict(
            con.execute(
                "select table_name, table_type from information_schema.tables where table_schema = 'intermediate'"
            ).fetchall()
        )


@pytest.fixture()
def warehouse(tmp_path) -> Path:
    incremental_dir = tmp_path / "incremental"
    incremental_dir.mkdir()
    return incremental_dir / "sitrep.duckdb"


# Starting points that several tests share, loaded and built once per module; each test builds on a copy
# of the file (the incremental tables and their load ids are all in it), so no test sees another's builds.
@pytest.fixture(scope="module")
def wire_and_kabul_built(tmp_path_factory) -> tuple[Path, dict[str, list[tuple]]]:
    """The wire report of the Baghdad strike and the Kabul IED loaded and built, and the marts that a full
    refresh of the same raw data gives (computed once for the tests that start here)."""
    tmp = tmp_path_factory.mktemp("wire_and_kabul")
    warehouse = tmp / "incremental" / "sitrep.duckdb"
    warehouse.parent.mkdir()
    load(warehouse, rows_of({WIRE, KABUL}))
    build(warehouse)
    return warehouse, full_refresh_of(warehouse, tmp)


@pytest.fixture(scope="module")
def all_three_built(tmp_path_factory) -> Path:
    """The three sample articles loaded in one batch and built."""
    warehouse = tmp_path_factory.mktemp("all_three") / "incremental" / "sitrep.duckdb"
    warehouse.parent.mkdir()
    load(warehouse, rows_of({WIRE, KABUL, NEW_ARAB}))
    build(warehouse)
    return warehouse


def copy_to(built: Path, warehouse: Path) -> Path:
    shutil.copyfile(built, warehouse)
    return warehouse


def test_loads_built_one_by_one_give_the_marts_of_a_full_refresh(wire_and_kabul_built, warehouse, tmp_path):
    # 1. The wire report of the Baghdad strike and the Kabul IED.
    built, full_refresh = wire_and_kabul_built
    copy_to(built, warehouse)
    assert {name: materializations(warehouse).get(name) for name in INCREMENTAL_MODELS} == dict.fromkeys(
        INCREMENTAL_MODELS, "BASE TABLE"
    )
    first = mart_rows(warehouse)
    assert first == full_refresh

    # 2. An earlier report of the strike arrives later: it anchors the incident, which takes its id,
    #    and the meeting both outlets report becomes one contact event.
    load(warehouse, rows_of({NEW_ARAB}))
    build(warehouse)
    second = mart_rows(warehouse)
    assert second == full_refresh_of(warehouse, tmp_path)
    incidents = {row[0]: row for row in second["fct_incidents"]}
    assert any(row[20] == 2 for row in incidents.values()), "the Baghdad strike should have two reports"
    assert second != first

    # 3. The New Arab article is loaded again without its incidents, contacts and participants: its
    #    old rows must go, and the wire report anchors the strike again.
    load(warehouse, rows_of({NEW_ARAB}, incident_mentions=[], contact_mentions=[], contact_participants=[]))
    build(warehouse)
    third = mart_rows(warehouse)
    assert third == full_refresh_of(warehouse, tmp_path)
    assert not any(row[2] == NEW_ARAB for row in third["fct_incident_reports"])
    assert third["fct_incidents"] == first["fct_incidents"]


def test_a_build_with_no_new_load_leaves_the_marts_identical(warehouse):
    load(warehouse, rows_of({WIRE, KABUL}))
    load(warehouse, rows_of({NEW_ARAB}))
    build(warehouse)
    before = mart_rows(warehouse)
    build(warehouse)
    assert mart_rows(warehouse) == before


def test_loading_the_same_batch_again_leaves_the_marts_identical(all_three_built, warehouse):
    copy_to(all_three_built, warehouse)  # the three articles loaded in one batch and built
    before = mart_rows(warehouse)
    load(warehouse, rows_of({WIRE, KABUL, NEW_ARAB}))
    build(warehouse)
    assert mart_rows(warehouse) == before


def window_vars(published_from: str, published_to: str) -> tuple[str, str]:
    return "--vars", json.dumps({"published_from": published_from, "published_to": published_to})


def stored_value(warehouse: Path, sql: str, *params) -> object:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, list(params)).fetchone()[0]


def test_a_partition_window_re_derives_the_rows_of_its_articles(all_three_built, warehouse, tmp_path):
    copy_to(all_three_built, warehouse)  # the three articles loaded in one batch and built
    expected = mart_rows(warehouse)
    # Damage the stored rows of the New Arab article (published 2020-09-29), as a half-finished or
    # outdated derivation would leave them.
    with duckdb.connect(str(warehouse)) as con:
        con.execute(
            "update intermediate.int_incident_reports_matched set killed_max = 999 where article_id = ?",
            [NEW_ARAB],
        )
        con.execute(
            "update intermediate.int_contacts_named set topic = 'damaged' where article_id = ?", [NEW_ARAB]
        )
        con.execute(
            "update intermediate.int_contact_participants_deduplicated set participant_role = 'participant'"
            " where article_id = ?",
            [NEW_ARAB],
        )
    damaged_incidents = "select count(*) from marts.fct_incident_reports where killed_max = 999"

    # Nothing new was loaded: a plain build keeps the stored rows ...
    build(warehouse)
    assert stored_value(warehouse, damaged_incidents) > 0

    # ... a window that misses the article keeps them too ...
    build(warehouse, *window_vars("2020-09-30", "2020-10-01"))
    assert stored_value(warehouse, damaged_incidents) > 0

    # ... and the window [2020-09-29, 2020-09-30) re-derives them: the marts are the full build's again.
    build(warehouse, *window_vars("2020-09-29", "2020-09-30"))
    assert stored_value(warehouse, damaged_incidents) == 0
    assert mart_rows(warehouse) == expected == full_refresh_of(warehouse, tmp_path)


def test_partition_vars_must_come_as_a_pair_of_dates(warehouse):
    load(warehouse, rows_of({WIRE}))
    result = run_dbt(
        warehouse,
        "build",
        "--exclude-resource-type",
        "unit_test",
        "--vars",
        '{"published_from": "2020-09-29"}',
    )
    assert result.returncode != 0
    assert "published_from and published_to go together" in result.stdout


def test_actor_names_counts_and_roles_follow_later_loads(wire_and_kabul_built, warehouse, tmp_path):
    # 1. The wire report and the planned meeting of the Kabul article both list Tueller.
    built, full_refresh = wire_and_kabul_built
    copy_to(built, warehouse)
    assert full_refresh == mart_rows(warehouse)
    tueller_name = "select name from marts.dim_actors where actor_key = ?"
    assert stored_value(warehouse, tueller_name, TUELLER) == "Matthew Tueller"

    # 2. A later article names him "Matt Tueller" three times, with a new role: his canonical name
    #    changes, and every contact he took part in lists the new name, though none of them was loaded again.
    profile = "profile-2020-10-02-tueller"
    mentions = [
        {
            "article_id": profile,
            "sentence_index": index,
            "char_start": 0,
            "char_end": 12,
            "mention_text": "Matt Tueller",
            "actor_key": TUELLER,
            "actor_name": "Matt Tueller",
            "actor_kind": "person",
            "country_code": "USA",
            "role_title": "Envoy",
            "evidence": "(sentence)",
        }
        for index in range(3)
    ]
    article = {
        **ARTICLES[0],
        "article_id": profile,
        "content_hash": "h-profile",
        "published_at": date(2020, 10, 2),
    }
    load(warehouse, rows_of(set(), articles=[article], actor_mentions=mentions))
    build(warehouse)
    assert mart_rows(warehouse) == full_refresh_of(warehouse, tmp_path)
    assert stored_value(warehouse, tueller_name, TUELLER) == "Matt Tueller"
    names = "select count(*) from marts.fct_diplomatic_contacts where list_contains(participant_names, ?)"
    assert stored_value(warehouse, names, "Matt Tueller") == 2
    assert (
        stored_value(warehouse, "select role_title from marts.dim_actors where actor_key = ?", TUELLER)
        == "Envoy"
    )

    # 3. The profile is loaded again without its mentions: the name, counts and roles go back.
    load(warehouse, rows_of(set(), articles=[article]))
    build(warehouse)
    assert mart_rows(warehouse) == full_refresh_of(warehouse, tmp_path)
    assert stored_value(warehouse, tueller_name, TUELLER) == "Matthew Tueller"
    assert (
        stored_value(warehouse, "select count(*) from marts.dim_actor_roles where role_title = 'Envoy'") == 0
    )

    # 4. The Kabul article is loaded again without anything: the Taliban, only ever mentioned there, are gone.
    load(
        warehouse,
        rows_of(
            {KABUL}, actor_mentions=[], incident_mentions=[], contact_mentions=[], contact_participants=[]
        ),
    )
    build(warehouse)
    assert mart_rows(warehouse) == full_refresh_of(warehouse, tmp_path)
    assert (
        stored_value(
            warehouse, "select count(*) from marts.dim_actors where actor_key = 'armed_group:taliban'"
        )
        == 0
    )
