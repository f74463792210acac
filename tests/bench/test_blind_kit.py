"""The kit for writing blind incident sets: what the authors may read, and the overlap check they run."""

import datetime as dt
import json
import subprocess
import sys

from bench.blind_kit.__main__ import build, taken_lines
from ingest.evaluate import WRITTEN_GOLD


def test_the_kit_holds_the_briefs_the_labelling_notes_and_only_four_fields_of_taken_lines(tmp_path):
    build(tmp_path, ["xa", "xb"], "12:00 UTC")
    notes = (tmp_path / "labelling.md").read_text()
    assert notes.index("**Precedence.**") < notes.index("## Set D's labelling") < notes.index("## Set B's conventions")
    assert '"near X", "outside X" and "on the outskirts of X" give city X' in notes
    assert "Where the authors chose" in notes and "## Labelling rules" in notes
    taken = [json.loads(line) for line in (tmp_path / "taken.jsonl").read_text().splitlines()]
    assert len(taken) == len(taken_lines()) > 6000
    assert all(list(row) == ["date", "city", "country", "is_incident"] for row in taken)
    brief = (tmp_path / "writer_xb.md").read_text()
    assert "set XB" in brief and "heldout-xb-001" in brief and "12:00 UTC" in brief
    assert "**2001, 2005, 2009, 2013, 2017, 2021, 2025** only" in brief and f"{tmp_path}/xa" in brief
    assert "{" not in brief and (tmp_path / "xa").is_dir()


def test_a_round_can_start_its_years_earlier_when_recent_events_run_low(tmp_path):
    build(tmp_path, ["xa", "xb"], "12:00 UTC", first_year=1990)
    assert "**1991, 1995, 1999, 2003, 2007, 2011, 2015, 2019, 2023** only" in (tmp_path / "writer_xb.md").read_text()


def test_a_round_can_keep_to_the_dev_sets_era(tmp_path):
    build(tmp_path, ["xa", "xb"], "12:00 UTC", first_year=2006, last_year=2017)
    assert "**2007, 2011, 2015** only" in (tmp_path / "writer_xb.md").read_text()


def test_the_overlap_check_flags_a_taken_event_within_a_week_and_passes_a_free_one(tmp_path):
    build(tmp_path, ["xa"], "12:00 UTC")
    taken = json.loads((WRITTEN_GOLD / "incidents_heldout_d.jsonl").read_text().splitlines()[0])
    five_days_later = {**taken, "date": (dt.date.fromisoformat(taken["date"]) + dt.timedelta(days=5)).isoformat()}
    free = {"date": "1990-01-01", "city": "Nowhere", "country": "Atlantis", "is_incident": True}
    for stub, flagged in ((taken, 1), (five_days_later, 1), (free, 0)):
        (tmp_path / "stub.jsonl").write_text(json.dumps(stub) + "\n")
        result = subprocess.run([sys.executable, str(tmp_path / "overlap_check.py"), str(tmp_path / "stub.jsonl")],
                                check=False, capture_output=True, text=True)
        assert result.returncode == flagged and f"1 lines checked, {flagged} flagged" in result.stdout
