"""Build the kit for a round of blind incident sets, in a folder outside the repository.

    python -m bench.blind_kit --out ~/blind_kit --codes bg bh bi bj --deadline "12:00 UTC"

The authors of blind sets never read the project (tests/gold/README.md says how each round was written), so the
kit holds all they may read besides the shared gold: for each code a brief (writer_<code>.md, from
writer_brief.md) and an empty folder; labelling.md, the labelling sections of tests/gold/README.md with the
dev set's precedence first; taken.jsonl, only the date, city, country and is_incident of dev and every written set;
and overlap_check.py, which flags a candidate within a week of a taken event. Publication years rotate over the
codes (2000, 2004, ... for the first; 2001, 2005, ... for the second; ...); `--first-year 1990` widens them when
the free events of recent years run low, and `--last-year 2017` keeps a round in the dev set's era (session 32).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

from ingest.evaluate import DEFAULT_SHARED, WRITTEN_CODES, WRITTEN_GOLD, written_set_path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
FIRST_YEAR, LAST_YEAR = 2000, 2025
PRECEDENCE = """**Precedence.** The dev set's own choices (the "Set D's labelling" section) win wherever the older notes of sets A,
B and C differ from them. In particular: "near X", "outside X" and "on the outskirts of X" give city X (the notes of
sets A and B say null: superseded); "north/south/east/west of X" gives null. Then the project's conventions table
("Where authors differ"), then the recent authors' choices.
"""


def _section(readme: str, heading: str) -> str:
    """The text under a `## ` heading that starts with `heading`, up to the next `## ` heading."""
    match = re.search(rf"^## {re.escape(heading)}.*?\n(.*?)(?=^## )", readme + "\n## ", re.DOTALL | re.MULTILINE)
    if not match:
        raise ValueError(f"tests/gold/README.md has no section '## {heading}'")
    return match.group(1)


def _bullet(section: str, start: str) -> str:
    """One top-level bullet of a section (with its continuation lines) that starts with `start`."""
    match = re.search(rf"^- \*\*{re.escape(start)}.*?(?=^- \*\*|\Z)", section, re.DOTALL | re.MULTILINE)
    if not match:
        raise ValueError(f"no bullet '{start}' in the section")
    return match.group(0)


def labelling_notes(readme: str) -> str:
    rounds = re.findall(r"^## (Sets [A-Z, and]+):", readme, re.MULTILINE)[:2]  # the newest two rounds, newest first
    parts = ["# Labelling notes for the written sets (from the project's tests/gold/README.md)\n", PRECEDENCE,
             "## Fields" + _section(readme, "Fields").rstrip() + "\n",
             "## Labelling rules" + _section(readme, "Labelling rules").rstrip() + "\n",
             "## Set D's labelling (the dev set's own choices)\n" + _bullet(_section(readme, "Set D:"), "Labelling:"),
             "## Set C's conventions\n" + _bullet(_section(readme, "Set C:"), "Labelling:"),
             "## Set B's conventions\n" + _bullet(_section(readme, "Set B:"), "Labelling:"),
             "## Choices recent authors made where the notes were silent\n"]
    parts += [_bullet(_section(readme, name), "Where the authors chose") for name in rounds]
    return "\n".join(parts)


def taken_lines() -> list[dict]:
    paths = [DEFAULT_SHARED / "gold" / "incidents_dev.jsonl", *(written_set_path(code) for code in WRITTEN_CODES)]
    rows = [json.loads(line) for path in paths if path.exists()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{key: row.get(key) for key in ("date", "city", "country", "is_incident")} for row in rows]


def years_for(position: int, first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> str:
    return ", ".join(str(year) for year in range(first_year + position % 4, last_year + 1, 4))


def build(out: Path, codes: list[str], deadline: str, first_year: int = FIRST_YEAR,
          last_year: int = LAST_YEAR) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "labelling.md").write_text(labelling_notes((WRITTEN_GOLD / "README.md").read_text(encoding="utf-8")),
                                      encoding="utf-8")
    (out / "taken.jsonl").write_text("".join(json.dumps(row) + "\n" for row in taken_lines()), encoding="utf-8")
    shutil.copy(HERE / "overlap_check.py", out / "overlap_check.py")
    template = (HERE / "writer_brief.md").read_text(encoding="utf-8")
    for position, code in enumerate(codes):
        (out / code).mkdir(exist_ok=True)
        others = ", ".join(f"`{out}/{other}`" for other in codes if other != code)
        brief = template
        for placeholder, value in {"{KIT}": str(out), "{CODE}": code.upper(), "{code}": code, "{OTHERS}": others,
                                   "{YEARS}": years_for(position, first_year, last_year), "{DEADLINE}": deadline,
                                   "{SHARED}": str(DEFAULT_SHARED.resolve()), "{PROJECT}": str(REPO_ROOT)}.items():
            brief = brief.replace(placeholder, value)
        (out / f"writer_{code}.md").write_text(brief, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="the kit's folder, outside the repository")
    parser.add_argument("--codes", nargs="+", required=True, help="the new sets' codes, e.g. bg bh bi bj")
    parser.add_argument("--deadline", default="(ask the lead)", help="when the authors must finish, e.g. '12:00 UTC'")
    parser.add_argument("--first-year", type=int, default=FIRST_YEAR,
                        help=f"the earliest publication year (default {FIRST_YEAR}; earlier years are less taken)")
    parser.add_argument("--last-year", type=int, default=LAST_YEAR,
                        help=f"the latest publication year (default {LAST_YEAR}; 2017 keeps to the dev set's era)")
    args = parser.parse_args()
    out = args.out.expanduser().resolve()
    if out.is_relative_to(REPO_ROOT) or out.is_relative_to("/tmp"):
        # the briefs forbid the project and /tmp (where the tuners' scratch lives)
        parser.error("the kit must live outside the repository and /tmp, e.g. ~/blind_kit")
    build(out, args.codes, args.deadline, args.first_year, args.last_year)
    print(f"wrote {out}: labelling.md, taken.jsonl, overlap_check.py, " + ", ".join(f"writer_{c}.md" for c in args.codes))


if __name__ == "__main__":
    main()
