"""Flag lines that may retell an event already taken (copied into a blind-writing kit by `python -m bench.blind_kit`).

    python3 overlap_check.py FILE.jsonl [--among OTHER.jsonl ...]

FILE holds one JSON object a line with at least date, city, country and is_incident (stubs or a finished set). A line
is flagged when a taken line (taken.jsonl beside this script: dev and every written set; with --among, also the OTHER
files) lies within 7 days and names the same city, or is of the same kind (both incidents, or both non-incidents) in
the same country. Standalone on purpose (the authors never read the project): only date, city, country and
is_incident of taken lines are read or printed.
"""

import datetime as dt
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
WINDOW_DAYS = 7


def read_rows(path):
    with open(path, encoding="utf-8") as handle:
        return [(number, json.loads(line)) for number, line in enumerate(handle, 1) if line.strip()]


def _fold(value):
    return (value or "").strip().lower()


def _cities(value):
    return frozenset(part.strip() for part in _fold(value).split(";") if part.strip())


def _day(value):
    return dt.date.fromisoformat(value[:10])


def count_flagged(candidates, taken, label):
    by_day = {}
    for _, row in taken:
        entry = (row, _cities(row.get("city")), _fold(row.get("country")), bool(row.get("is_incident")))
        by_day.setdefault(_day(row["date"]), []).append(entry)
    flagged = 0
    for number, row in candidates:
        day, cities = _day(row["date"]), _cities(row.get("city"))
        country, is_incident = _fold(row.get("country")), bool(row.get("is_incident"))
        hits = [
            f'{other["date"]} {other.get("city")} / {other.get("country")} incident={other.get("is_incident")}'
            for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1)
            for other, other_cities, other_country, other_is_incident in by_day.get(day + dt.timedelta(offset), ())
            if cities & other_cities or (is_incident == other_is_incident and country and country == other_country)
        ]
        if hits:
            flagged += 1
            print(f'line {number} ({row["date"]} {row.get("city")} / {row.get("country")}) near {label}: '
                  + "; ".join(hits[:5]))
    return flagged


def main(argv):
    candidates = read_rows(argv[1])
    flagged = count_flagged(candidates, read_rows(HERE / "taken.jsonl"), "taken")
    if "--among" in argv:
        for other in argv[argv.index("--among") + 1:]:
            flagged += count_flagged(candidates, read_rows(other), other)
    print(f"{len(candidates)} lines checked, {flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
