"""Hand-written raw rows, a writer that loads them into a DuckDB file as the ingest does (raw.* and
ops.quarantine, schemas from ingest/schemas.py), and a helper that runs dbt against that file.

The rows tell one small story: two outlets report the same Baghdad-airport rocket strike (3 and 4 killed),
one of them also a planned attack; both report the Tueller / Al-Araji meeting; one reports Pompeo's call
to Salih; a third article reports a Taliban-claimed IED in Kabul. Al-Kadhimi appears under two spellings.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import polars as pl

from ingest import schemas

REPO_ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
DBT_EXECUTABLE = REPO_ROOT / ".venv" / "bin" / "dbt"

NEW_ARAB = "new-arab-2020-09-29-embassy"
WIRE = "wire-2020-09-30-airport-rocket"
KABUL = "wire-2021-03-14-kabul-ied"

ARTICLES = [
    {
        "article_id": NEW_ARAB,
        "source_file": "us-iraq-embassy-meeting.txt",
        "title": "US and Iraqi officials meet",
        "text": "(text)",
        "published_at": date(2020, 9, 29),
        "published_at_status": "ok",
        "source": "The New Arab",
        "url": "",
        "content_hash": "h1",
        "text_bytes": 6,
    },
    {
        "article_id": WIRE,
        "source_file": "wire.jsonl",
        "line_number": 1,
        "title": "Rocket hits house near Baghdad airport",
        "text": "(text)",
        "published_at": date(2020, 9, 30),
        "published_at_status": "ok",
        "source": "Wire Service",
        "url": "",
        "content_hash": "h2",
        "text_bytes": 6,
    },
    {
        "article_id": KABUL,
        "source_file": "wire.jsonl",
        "line_number": 2,
        "title": "",
        "text": "(text)",
        "published_at": date(2021, 3, 14),
        "published_at_status": "ok",
        "source": "Wire Service",
        "url": "",
        "content_hash": "h3",
        "text_bytes": 6,
    },
]

SENTENCES = [
    {
        "article_id": NEW_ARAB,
        "paragraph_index": 0,
        "sentence_index": 0,
        "char_start": 0,
        "char_end": 6,
        "sentence_text": "(text)",
    },
    {
        "article_id": WIRE,
        "paragraph_index": 0,
        "sentence_index": 0,
        "char_start": 0,
        "char_end": 6,
        "sentence_text": "(text)",
    },
]


def _actor(article_id, sentence_index, mention, key, name, kind, country, sector=None, role=None):
    return {
        "article_id": article_id,
        "sentence_index": sentence_index,
        "char_start": 0,
        "char_end": len(mention),
        "mention_text": mention,
        "actor_key": key,
        "actor_name": name,
        "actor_kind": kind,
        "country_code": country,
        "sector": sector,
        "role_title": role,
        "evidence": "(sentence)",
    }


KADHIMI = "person:mustafa al-kadhimi"
TUELLER = "person:matthew tueller"
ARAJI = "person:qasim al-araji"
POMPEO = "person:mike pompeo"
SALIH = "person:barham salih"
MILITIAS = "armed_group:pro-iran militias"
TALIBAN = "armed_group:taliban"

ACTOR_MENTIONS = [
    _actor(
        NEW_ARAB, 0, "Tueller", TUELLER, "Matthew Tueller", "person", "USA", "GOV", "US ambassador to Iraq"
    ),
    _actor(
        NEW_ARAB, 0, "Al-Araji", ARAJI, "Qasim Al-Araji", "person", "IRQ", "GOV", "national security advisor"
    ),
    _actor(NEW_ARAB, 1, "Pompeo", POMPEO, "Mike Pompeo", "person", "USA", "GOV", "Secretary of State"),
    _actor(NEW_ARAB, 1, "Salih", SALIH, "Barham Salih", "person", "IRQ", "GOV", "President"),
    _actor(
        NEW_ARAB, 2, "Al-Kadhimi", KADHIMI, "Mustafa Al-Kadhimi", "person", "IRQ", "GOV", "Prime Minister"
    ),
    _actor(NEW_ARAB, 5, "Mustafa al-Kadhimi", KADHIMI, "Mustafa al-Kadhimi", "person", "IRQ", "GOV", None),
    _actor(NEW_ARAB, 3, "Washington", "country:USA", "United States", "country", "USA"),
    _actor(NEW_ARAB, 3, "pro-Iran militias", MILITIAS, "pro-Iran militias", "armed_group", "IRQ", "MILITIA"),
    _actor(NEW_ARAB, 4, "Iraqi", "country:IRQ", "Iraq", "country", "IRQ"),
    _actor(WIRE, 0, "Iraqi", "country:IRQ", "Iraq", "country", "IRQ"),
    _actor(WIRE, 1, "Iran-backed militias", MILITIAS, "pro-Iran militias", "armed_group", "IRQ", "MILITIA"),
    _actor(WIRE, 2, "Tueller", TUELLER, "Matthew Tueller", "person", "USA", "GOV", "Ambassador"),
    _actor(WIRE, 2, "Al-Araji", ARAJI, "Qasim Al-Araji", "person", "IRQ", "GOV", None),
    _actor(WIRE, 3, "Kadhimi", KADHIMI, "Mustafa Al-Kadhimi", "person", "IRQ", "GOV", "prime minister"),
    _actor(KABUL, 0, "Afghan", "country:AFG", "Afghanistan", "country", "AFG"),
    _actor(KABUL, 1, "The Taliban", TALIBAN, "Taliban", "armed_group", "AFG", "MILITIA"),
]


def _incident(article_id, index, incident_type, status, occurred_on, granularity, city, country, **extra):
    row = {
        "article_id": article_id,
        "incident_index": index,
        "sentence_index": index,
        "char_start": 0,
        "char_end": 6,
        "incident_type": incident_type,
        "status": status,
        "occurred_on": occurred_on,
        "date_granularity": granularity,
        "city": city,
        "country_code": country,
        "attack_count": 1,
        "perpetrator_status": "unknown",
        "evidence": "(sentence)",
    }
    row.update(extra)
    return row


INCIDENT_MENTIONS = [
    _incident(
        NEW_ARAB,
        0,
        "rocket_mortar_missile",
        "occurred",
        date(2020, 9, 28),
        "day",
        "Baghdad",
        "IRQ",
        place="Baghdad Airport",
        latitude=33.26,
        longitude=44.23,
        killed_min=3,
        killed_max=3,
        target="a home near Baghdad Airport",
    ),
    _incident(
        NEW_ARAB,
        1,
        "other_violence",
        "planned",
        None,
        "unknown",
        None,
        "IRQ",
        perpetrator_name="Iran-backed militias",
        perpetrator_actor_key=MILITIAS,
        perpetrator_status="accused",
        target="US diplomatic presence in Iraq",
    ),
    _incident(
        NEW_ARAB,
        2,
        "rocket_mortar_missile",
        "occurred",
        None,
        "ongoing",
        "Baghdad",
        "IRQ",
        place="US embassy, Green Zone",
        perpetrator_name="pro-Iran militias",
        perpetrator_actor_key=MILITIAS,
        perpetrator_status="accused",
        target="US embassy in Baghdad",
    ),
    _incident(
        WIRE,
        0,
        "rocket_mortar_missile",
        "occurred",
        date(2020, 9, 28),
        "day",
        "Baghdad",
        "IRQ",
        place="Baghdad International Airport",
        latitude=33.26,
        longitude=44.23,
        killed_min=4,
        killed_max=4,
        wounded_min=2,
        wounded_max=2,
        target="a house",
    ),
    # Same type, city and day as the strike, but only planned: must stay a separate incident.
    _incident(
        WIRE,
        1,
        "rocket_mortar_missile",
        "planned",
        date(2020, 9, 28),
        "day",
        "Baghdad",
        "IRQ",
        perpetrator_name="Iran-backed militias",
        perpetrator_actor_key=MILITIAS,
        perpetrator_status="accused",
    ),
    _incident(
        KABUL,
        0,
        "ied",
        "occurred",
        date(2021, 3, 13),
        "day",
        "Kabul",
        "AFG",
        wounded_min=7,
        wounded_max=7,
        perpetrator_name="Taliban",
        perpetrator_actor_key=TALIBAN,
        perpetrator_status="claimed",
        target="a police vehicle",
    ),
]

CONTACT_MENTIONS = [
    {
        "article_id": NEW_ARAB,
        "contact_index": 0,
        "sentence_index": 0,
        "char_start": 0,
        "char_end": 6,
        "contact_type": "meeting",
        "status": "occurred",
        "contact_date": date(2020, 9, 28),
        "date_granularity": "day",
        "place": "Baghdad",
        "topic": "rocket attacks on the US embassy",
        "evidence": "(sentence)",
    },
    {
        "article_id": NEW_ARAB,
        "contact_index": 1,
        "sentence_index": 1,
        "char_start": 0,
        "char_end": 6,
        "contact_type": "phone_call",
        "status": "occurred",
        "contact_date": date(2020, 9, 27),
        "date_granularity": "day",
        "initiator_actor_key": POMPEO,
        "topic": "closing the embassy",
        "evidence": "(sentence)",
    },
    {
        "article_id": WIRE,
        "contact_index": 0,
        "sentence_index": 2,
        "char_start": 0,
        "char_end": 6,
        "contact_type": "meeting",
        "status": "occurred",
        "contact_date": date(2020, 9, 28),
        "date_granularity": "day",
        "evidence": "(sentence)",
    },
    # The same two officials, type and day, but announced, not held: a contact of its own, and not
    # counted in the dyads.
    {
        "article_id": KABUL,
        "contact_index": 0,
        "sentence_index": 0,
        "char_start": 0,
        "char_end": 6,
        "contact_type": "meeting",
        "status": "planned",
        "contact_date": date(2020, 9, 28),
        "date_granularity": "day",
        "evidence": "(sentence)",
    },
]

CONTACT_PARTICIPANTS = [
    {"article_id": NEW_ARAB, "contact_index": 0, "actor_key": TUELLER, "participant_role": "participant"},
    {"article_id": NEW_ARAB, "contact_index": 0, "actor_key": ARAJI, "participant_role": "participant"},
    {"article_id": NEW_ARAB, "contact_index": 1, "actor_key": POMPEO, "participant_role": "initiator"},
    {"article_id": NEW_ARAB, "contact_index": 1, "actor_key": SALIH, "participant_role": "counterpart"},
    # Listed twice by the extractor: the bridge keeps one row with the stronger role.
    {"article_id": NEW_ARAB, "contact_index": 1, "actor_key": POMPEO, "participant_role": "participant"},
    {"article_id": WIRE, "contact_index": 0, "actor_key": ARAJI, "participant_role": "participant"},
    {"article_id": WIRE, "contact_index": 0, "actor_key": TUELLER, "participant_role": "participant"},
    {"article_id": KABUL, "contact_index": 0, "actor_key": TUELLER, "participant_role": "participant"},
    {"article_id": KABUL, "contact_index": 0, "actor_key": ARAJI, "participant_role": "participant"},
]

QUARANTINE = [
    {
        "source_file": "wire.jsonl",
        "line_number": 3,
        "reason": "invalid JSON",
        "quarantined_at": datetime(2020, 9, 30, 2, 0, tzinfo=UTC),
    },
]

SAMPLE_ROWS: dict[str, list[dict]] = {
    "articles": ARTICLES,
    "sentences": SENTENCES,
    "actor_mentions": ACTOR_MENTIONS,
    "incident_mentions": INCIDENT_MENTIONS,
    "contact_mentions": CONTACT_MENTIONS,
    "contact_participants": CONTACT_PARTICIPANTS,
}


def frame(rows: list[dict], schema: pl.Schema) -> pl.DataFrame:
    """Rows may leave out columns; they become nulls of the schema's type."""
    full_rows = [{name: row.get(name) for name in schema} for row in rows]
    return pl.DataFrame(full_rows, schema=schema, orient="row") if rows else schemas.empty(schema)


def write_raw_warehouse(path: Path, rows: dict[str, list[dict]], quarantine: list[dict]) -> None:
    """Create raw.* and ops.quarantine as the ingest loads them: polars -> Arrow -> DuckDB."""
    con = duckdb.connect(str(path))
    try:
        con.execute("create schema if not exists raw")
        con.execute("create schema if not exists ops")
        tables = [
            (f"raw.{name}", frame(rows.get(name, []), schema)) for name, schema in schemas.RAW_TABLES.items()
        ]
        tables.append(("ops.quarantine", frame(quarantine, schemas.QUARANTINE)))
        for table, data in tables:
            con.register("incoming", data.to_arrow())
            con.execute(f"create or replace table {table} as select * from incoming")
            con.unregister("incoming")
    finally:
        con.close()


@dataclass
class DbtRun:
    warehouse: Path
    result: subprocess.CompletedProcess


def run_dbt(warehouse: Path, *args: str) -> subprocess.CompletedProcess:
    """Run dbt on `warehouse`. Target and logs end up beside the warehouse, so tests never touch
    dbt_project/target (the manifest the orchestration reads) and can run side by side.

    dbt runs on a copy of the file at one fixed path of this test process (`_staged`), which is copied
    back whole when dbt has exited. dbt's partial parsing keeps its parse only while the profile, and so
    the DuckDB path, is the same: at one path every run after the first reuses the parse (about 5 s of a
    run instead of 20-30 s) instead of parsing the whole project again for each new temporary folder.
    The build itself is the same real `dbt <args>` on the same database file contents.
    """
    staged, target = _staged(warehouse, args)
    for stale in (staged, _wal(staged)):
        stale.unlink(missing_ok=True)
    if warehouse.exists():
        shutil.copyfile(warehouse, staged)
        if _wal(warehouse).exists():
            shutil.copyfile(_wal(warehouse), _wal(staged))
    # The artefacts of the previous run (run_results.json, catalog.json, ...) go; the parse stays.
    for artefact in target.glob("*"):
        if artefact.is_file() and artefact.name != "partial_parse.msgpack":
            artefact.unlink()
    env = {**os.environ, "SITREP_BUILD_WAREHOUSE": str(staged)}
    env.pop("DBT_TARGET_PATH", None)
    command = [
        str(DBT_EXECUTABLE),
        *args,
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target-path",
        str(target),
        "--log-path",
        str(warehouse.parent / "logs"),
    ]
    try:
        return subprocess.run(
            command, check=False, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600
        )
    finally:
        _copy_back(staged, warehouse)
        own_target = warehouse.parent / "target"
        own_target.mkdir(exist_ok=True)
        for artefact in target.glob("*"):
            if artefact.is_file() and artefact.name != "partial_parse.msgpack":
                shutil.copyfile(artefact, own_target / artefact.name)


_STAGE: list[Path] = []


def _staged(warehouse: Path, args: tuple[str, ...]) -> tuple[Path, Path]:
    """The fixed path dbt builds at, named like `warehouse` (dbt-duckdb names the catalog after the
    file), and a target folder for each set of --vars (new vars make dbt parse again)."""
    if not _STAGE:
        _STAGE.append(Path(tempfile.mkdtemp(prefix="sitrep-dbt-")))
        atexit.register(shutil.rmtree, _STAGE[0], ignore_errors=True)
    folder = _STAGE[0] / warehouse.name
    variables = args[args.index("--vars") + 1] if "--vars" in args else ""
    target = folder / f"target-{hashlib.md5(variables.encode()).hexdigest()[:12]}"
    target.mkdir(parents=True, exist_ok=True)
    return folder / warehouse.name, target


def _wal(database: Path) -> Path:
    return database.with_name(database.name + ".wal")


def _copy_back(staged: Path, warehouse: Path) -> None:
    """Replace `warehouse` by the built file in one step: a reader that holds the old file keeps it."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    _wal(warehouse).unlink(missing_ok=True)
    if not staged.exists():
        warehouse.unlink(missing_ok=True)
        return
    incoming = warehouse.with_name(warehouse.name + ".incoming")
    shutil.copyfile(staged, incoming)
    os.replace(incoming, warehouse)
    if _wal(staged).exists():
        shutil.copyfile(_wal(staged), _wal(warehouse))


def assert_succeeded(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, f"dbt failed:\n{result.stdout[-6000:]}\n{result.stderr[-2000:]}"


def target_path(run: DbtRun) -> Path:
    return run.warehouse.parent / "target"
