"""The build fingerprint changes when code or reference data change, and only then."""

import shutil

from orchestration.fingerprint import build_fingerprint
from orchestration.settings import DBT_PROJECT_DIR


def test_the_fingerprint_is_stable_and_follows_the_reference_data(tmp_path):
    reference = tmp_path / "seeds"
    shutil.copytree(DBT_PROJECT_DIR / "seeds", reference)
    first = build_fingerprint(reference)
    assert build_fingerprint(reference) == first

    armed_groups = reference / "ref_armed_groups.csv"
    armed_groups.write_text(armed_groups.read_text() + "\n")
    assert build_fingerprint(reference) != first
