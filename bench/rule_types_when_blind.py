"""Rebuild tests/gold/rule_types_when_blind.csv: the rules' type of each gold incident, read by the code of the
round in which its set was still blind (the training data of ingest/extract/type_model.py).

    python -m bench.rule_types_when_blind            # from the project root, in a git clone with full history

For each round it checks the commit out in a temporary git worktree, runs that code's extraction on the round's
sets with this checkout's Python, and keeps the first occurred incident of each summary (as ingest.evaluate scores
it). The rounds and commits are those of tests/gold/README.md. A new round adds a line to ROUNDS when its blind sets
are opened for tuning: the last commit that had not seen the sets (rounds up to AA-AD used the commit the sets were
first scored with), and the sets. From c80c498 on, the code has a learned type beside the rules' type; the rules'
type (rule_incident_type) is the one recorded.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
OUTPUT = REPO_ROOT / "tests" / "gold" / "rule_types_when_blind.csv"
ROUNDS = [  # (commit the sets were scored blind with, sets)
    ("7d77564", ["e", "f"]), ("3d52d40", ["g", "h"]), ("08c495d", ["i", "j"]), ("8c7254c", ["k", "l"]),
    ("a5a1ba8", ["m", "n"]), ("995247f", ["o", "p", "q", "r"]), ("05e8408", ["s", "t", "u", "v"]),
    ("a1c4749", ["w", "x", "y", "z"]), ("df07940", ["aa", "ab", "ac", "ad"]),
    ("c80c498", ["ae", "af", "ag", "ah"]),  # the last code that had not seen them: its rules are nearest today's
]
# runs inside the old worktree: its own ingest, the gold files of this checkout
_READ_ROUND = """
import io, contextlib, json, sys
from pathlib import Path
import polars as pl
from ingest.evaluate import run_extraction
from ingest.extract.reference import load_reference
reference = load_reference(Path("dbt_project/seeds"))
gold_dir = Path(sys.argv[1])
for name in sys.argv[2:]:
    gold = [json.loads(l) for l in (gold_dir / f"incidents_heldout_{name}.jsonl").read_text().splitlines() if l.strip()]
    rows = [{"id": g["id"], "text": g["text"], "published_at": g["date"], "source": "gold"} for g in gold]
    with contextlib.redirect_stdout(io.StringIO()):
        extraction = run_extraction(rows, reference)
    occurred = extraction.incident_mentions.filter(pl.col("status") == "occurred").sort(
        "article_id", "sentence_index", "char_start")
    first = {r["article_id"]: r for r in occurred.unique("article_id", keep="first", maintain_order=True).iter_rows(named=True)}
    for g in gold:
        r = first.get(g["id"])
        rule_type = r and r.get("rule_incident_type", r["incident_type"])
        print(json.dumps({"set": name, "article_id": g["id"], "sentence_index": r and r["sentence_index"],
                          "rule_type": rule_type}))
"""


def read_round(commit: str, sets: list[str]) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / commit
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), commit], cwd=REPO_ROOT, check=True,
                       capture_output=True)
        try:
            done = subprocess.run([sys.executable, "-c", _READ_ROUND, str(REPO_ROOT / "tests" / "gold"), *sets],
                                  cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                                  check=True, capture_output=True, text=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO_ROOT, check=True)
    return [dict(json.loads(line), code=commit) for line in done.stdout.splitlines() if line.startswith("{")]


def main() -> int:
    rows = [row for commit, sets in ROUNDS for row in read_round(commit, sets)]
    with OUTPUT.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["set", "article_id", "code", "sentence_index", "rule_type"])
        for r in rows:
            writer.writerow([r["set"], r["article_id"], r["code"],
                             "" if r["sentence_index"] is None else r["sentence_index"], r["rule_type"] or ""])
    print(f"wrote {OUTPUT} ({len(rows)} summaries from {len(ROUNDS)} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
