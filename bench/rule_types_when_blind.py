"""Rebuild tests/gold/rule_types_when_blind.csv: each gold incident as read by the code of the round in which its
set was still blind: the rules' type (the training data of ingest/extract/type_model.py) and the other scored
fields (tolls, places, perpetrator), the data for learning where the rules go wrong on them too.

    python -m bench.rule_types_when_blind            # from the project root, in a git clone with full history
    python -m bench.rule_types_when_blind --history  # per round: how each field read on its sets while still blind

For each round it checks the commit out in a temporary git worktree, runs that code's extraction on the round's
sets with this checkout's Python, and keeps the first occurred incident of each summary (as ingest.evaluate scores
it). The rounds and commits are those of tests/gold/README.md. A new round adds a line to ROUNDS when its blind sets
are opened for tuning: the last commit that had not seen the sets (rounds up to AA-AD used the commit the sets were
first scored with), and the sets. From c80c498 on, the code has a learned type beside the rules' type; the rules'
type (rule_incident_type) is the one recorded.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import polars as pl

from ingest.evaluate import WRITTEN_GOLD, incident_field_checks
from ingest.extract.reference import load_reference


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

REPO_ROOT = Path(__file__).resolve().parents[1]
OUTPUT = REPO_ROOT / "tests" / "gold" / "rule_types_when_blind.csv"
ROUNDS = [  # (commit the sets were scored blind with, sets)
    ("7d77564", ["e", "f"]), ("3d52d40", ["g", "h"]), ("08c495d", ["i", "j"]), ("8c7254c", ["k", "l"]),
    ("a5a1ba8", ["m", "n"]), ("995247f", ["o", "p", "q", "r"]), ("05e8408", ["s", "t", "u", "v"]),
    ("a1c4749", ["w", "x", "y", "z"]), ("df07940", ["aa", "ab", "ac", "ad"]),
    ("c80c498", ["ae", "af", "ag", "ah"]),  # the last code that had not seen them: its rules are nearest today's
    ("5e334d3", ["ai", "aj", "ak", "al"]),  # end of session 15, the last code that had not seen them
    ("82f6dc8", ["am", "an", "ao", "ap"]),  # end of session 16, the last code that had not seen them
    ("c98f4c3", ["aq", "ar", "as", "at"]),  # end of session 17, the last code that had not seen them
    ("4cd2d23", ["au", "av", "aw", "ax"]),  # end of session 18, the last code that had not seen them
    ("92908bd", ["ay", "az", "ba", "bb"]),  # end of session 19, the last code that had not seen them
    ("2fa4f21", ["bc", "bd", "be", "bf"]),  # end of session 20, the last code that had not seen them
    ("32a8b95", ["bg", "bh", "bi", "bj"]),  # end of session 21, the last code that had not seen them
    ("b00427b", ["bk", "bl", "bm", "bn"]),  # end of session 22, the last code that had not seen them
    ("752f423", ["bo", "bp", "bq", "br"]),  # end of session 23, the last code that had not seen them
    ("b61ad68", ["bs", "bt", "bu", "bv"]),  # end of session 24, the last code that had not seen them
    ("3dc6f8e", ["bw", "bx", "by", "bz"]),  # end of session 25, the last code that had not seen them
    # end of session 26, the last code that had not seen them; two rounds of writing, opened at once: one round here
    ("75f0f00", ["ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch"]),
    # end of session 27, the last code that had not seen them; two rounds of writing, opened at once: one round here
    ("79c36c8", ["ci", "cj", "ck", "cl", "cm", "cn", "co", "cp"]),
    ("dcf9142", ["cq", "cr", "cs", "ct"]),  # end of session 28, the last code that had not seen them
    ("0561e94", ["cu", "cv", "cw", "cx"]),  # end of session 29, the last code that had not seen them
    ("5434fc2", ["cy", "cz", "da", "db"]),  # end of session 31, the last code that had not seen them
    ("5cf01aa", ["dc", "dd", "de", "df"]),  # end of session 32, the last code that had not seen them
    ("964e370", ["dg", "dh", "di", "dj"]),  # end of session 34, the last code that had not seen them
    ("0fff9c8", ["dk", "dl", "dm", "dn"]),  # end of session 36, the last code that had not seen them
]
# the other fields of the first occurred incident, as ingest.evaluate scores them
FIELDS = ["killed_min", "wounded_min", "city", "place", "country_code", "perpetrator_name", "perpetrator_actor_key",
          "perpetrator_status"]
COLUMNS = ["set", "article_id", "code", "sentence_index", "rule_type", "published_type", *FIELDS]
# runs inside the old worktree: its own ingest, the gold files of this checkout
_READ_ROUND = """
FIELDS = __FIELDS__
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
        r = first.get(g["id"]) or {}
        print(json.dumps({"set": name, "article_id": g["id"], "sentence_index": r.get("sentence_index"),
                          "rule_type": r.get("rule_incident_type", r.get("incident_type")),
                          "published_type": r.get("incident_type"), **{k: r.get(k) for k in FIELDS}}))
""".replace("__FIELDS__", repr(FIELDS))


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


def history() -> pl.DataFrame:
    """Per round (the code that read its sets blind): incidents and how often each scored field was right, by
    today's scorer. The figures a round reported when it ended may differ: the scorer has been refined since."""
    reference = load_reference()
    reads = pl.read_csv(OUTPUT, infer_schema=False).with_columns(
        pl.col("sentence_index", "killed_min", "wounded_min").cast(pl.Int32))
    gold = {g["id"]: g for s in reads["set"].unique() for g in _lines(WRITTEN_GOLD / f"incidents_heldout_{s}.jsonl")}
    rows = []
    for read in reads.filter(pl.col("rule_type").is_not_null()).iter_rows(named=True):
        g = gold[read["article_id"]]
        if g["is_incident"]:
            checks = incident_field_checks(g, dict(read, incident_type=read["published_type"]), reference)
            rows.append({"code": read["code"], "set": read["set"], **checks})
    table = pl.DataFrame(rows)
    fields = [c for c in table.columns if c not in ("code", "set")]
    per_round = table.group_by("code").agg(pl.col("set").unique().sort().str.join(",").alias("sets"),
                                           pl.len().alias("detected"), *[pl.col(f).mean() for f in fields])
    order = pl.DataFrame({"code": [c for c, _ in ROUNDS]}).with_row_index("_order")
    return per_round.join(order, on="code").sort("_order").drop("_order")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--history", action="store_true", help="print each round's blind reading per field")
    if parser.parse_args(argv).history:
        with pl.Config(tbl_rows=40, float_precision=3, tbl_width_chars=120):
            print(history())
        return 0
    rows = [row for commit, sets in ROUNDS for row in read_round(commit, sets)]
    with OUTPUT.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for r in rows:
            writer.writerow(["" if r[c] is None else r[c] for c in COLUMNS])
    print(f"wrote {OUTPUT} ({len(rows)} summaries from {len(ROUNDS)} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
