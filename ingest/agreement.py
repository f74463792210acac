"""How far two people labelling the same gold lines agree, and how the extractor compares with each.

    python -m ingest.agreement                     # every set with a second labelling, and the pools
    python -m ingest.agreement --list aa type      # the lines where the two labellings differ (tuning sets only)

tests/gold/second_labels/ holds independent second labellings of written sets: another annotator read only the
lines' `id`, `date` and `text`, the labelling rules and the dev set, never the first labels nor any output of the
extractor. Agreement is scored as evaluate.py scores the extractor, over the lines both call an incident. Where the
two labellings differ on a field, either answer of the extractor counts as right in the last row. Blind sets print
figures only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ingest.evaluate import (
    WRITTEN_GOLD,
    WRITTEN_SETS,
    _country_code,
    _fold,
    first_occurred_incidents,
    incident_field_checks,
)
from ingest.extract import Reference, load_reference

SECOND_LABELS = WRITTEN_GOLD / "second_labels"
FIELDS = ["type", "killed_min", "city", "country", "perpetrator"]
_GOLD_KEYS = {"type": "incident_type", "perpetrator": "perpetrator"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cities(value: str | None) -> set[str]:
    return {_fold(c) for c in value.split(";")} if value else set()


def _same_perpetrator(first: str | None, second: str | None, reference: Reference) -> bool:
    if not first or not second:
        return not first and not second
    a, b = _fold(first), _fold(second)
    if a in b or b in a:
        return True
    # the same group or state under two names: "JNIM" and "al-Qaeda-linked JNIM", "Israel" and "Israeli forces"
    def keys(name: str) -> set[str]:
        groups = {f"g:{_fold(c)}" for alias, c in reference.armed_groups.select("alias", "name").iter_rows()
                  if alias in name}
        states = {f"c:{code}" for surface, code in reference.countries.select("surface", "country_code").iter_rows()
                  if len(surface) > 1 and f" {surface} " in f" {name} "}
        return groups | states
    return bool(keys(first) & keys(second))


def labels_agree(first: dict, second: dict, reference: Reference) -> dict[str, bool]:
    """Do two labellings of one incident line agree, field by field?"""
    return {"type": first["incident_type"] == second["incident_type"],
            "killed_min": first["killed_min"] == second["killed_min"],
            "city": _cities(first["city"]) == _cities(second["city"]) or bool(_cities(first["city"]) & _cities(second["city"])),
            "country": _country_code(first["country"], reference) == _country_code(second["country"], reference),
            "perpetrator": _same_perpetrator(first["perpetrator"], second["perpetrator"], reference)}


def _set_name(path: Path) -> str:
    return path.stem.rsplit("_", 1)[-1]


def labelled_sets() -> dict[str, tuple[Path, str]]:
    """Sets with a second labelling: name -> (first labelling's path, tuning | blind)."""
    return {_set_name(path): (path, use) for path, use in WRITTEN_SETS if (SECOND_LABELS / path.name).exists()}


def agreement(names: list[str], reference: Reference) -> dict:
    sets = labelled_sets()
    rows: dict[str, list[dict]] = {"labellers": [], "first": [], "second": [], "both_agree": [], "either": []}
    lines = first_incident = second_incident = both_incident = 0
    detected: dict[str, list[bool]] = {"first": [], "second": [], "extractor": []}
    for name in names:
        path, _ = sets[name]
        first = _lines(path)
        second = {line["id"]: line for line in _lines(SECOND_LABELS / path.name)}
        predicted, _, _ = first_occurred_incidents(first, reference)
        for line in first:
            other = second[line["id"]]
            lines += 1
            first_incident += line["is_incident"]
            second_incident += bool(other["is_incident"])
            detected["first"].append(bool(line["is_incident"]))
            detected["second"].append(bool(other["is_incident"]))
            detected["extractor"].append(line["id"] in predicted)
            if not (line["is_incident"] and other["is_incident"]):
                continue
            both_incident += 1
            agree = labels_agree(line, other, reference)
            rows["labellers"].append(agree)
            if line["id"] in predicted:
                p = predicted[line["id"]]
                right_first, right_second = (incident_field_checks(line, p, reference),
                                             incident_field_checks(other, p, reference))
                rows["first"].append(right_first)
                rows["second"].append(right_second)
                rows["both_agree"].append({f: right_first[f] for f in FIELDS if agree[f]})
                rows["either"].append({f: right_first[f] or right_second[f] for f in FIELDS if not agree[f]})
    return {"sets": names, "lines": lines, "first_incidents": first_incident, "second_incidents": second_incident,
            "both_incidents": both_incident, "rows": rows,
            "detection_f1": {"second vs first": _f1(detected["first"], detected["second"]),
                             "extractor vs first": _f1(detected["first"], detected["extractor"]),
                             "extractor vs second": _f1(detected["second"], detected["extractor"])}}


def _f1(truth: list[bool], said: list[bool]) -> float:
    hits = sum(t and s for t, s in zip(truth, said))
    return 2 * hits / (sum(truth) + sum(said)) if any(truth) or any(said) else 1.0


def print_agreement(result: dict) -> None:
    names = {"labellers": "second labelling vs first", "first": "extractor vs first labelling",
             "second": "extractor vs second labelling", "both_agree": "extractor, where both labellings agree",
             "either": "extractor = either, where they differ"}
    print(f"{'+'.join(s.upper() for s in result['sets'])}: {result['lines']} lines; incidents: first "
          f"{result['first_incidents']}, second {result['second_incidents']}, both {result['both_incidents']}")
    print("  detection F1: " + ", ".join(f"{k} {v:.3f}" for k, v in result["detection_f1"].items()))
    print(f"  {'':<40}" + "".join(f"{f:>14}" for f in FIELDS))
    for key, label in names.items():
        cells = []
        for field in FIELDS:
            values = [row[field] for row in result["rows"][key] if field in row]
            cells.append(f"{sum(values) / len(values):.3f} ({len(values)})" if values else "-")
        print(f"  {label:<40}" + "".join(f"{c:>14}" for c in cells))


def list_differences(name: str, field: str, reference: Reference) -> None:
    path, use = labelled_sets()[name]
    if use != "tuning":
        raise SystemExit(f"set {name.upper()} is blind: its lines are never listed")
    second = {line["id"]: line for line in _lines(SECOND_LABELS / path.name)}
    key = _GOLD_KEYS.get(field, field)
    for line in _lines(path):
        other = second[line["id"]]
        if line["is_incident"] != bool(other["is_incident"]):
            print(f"{line['id']}: incident? first {line['is_incident']}, second {other['is_incident']}\n"
                  f"   {line['text']}")
        elif line["is_incident"] and not labels_agree(line, other, reference)[field]:
            print(f"{line['id']}: first {line[key]!r}, second {other[key]!r}\n   {line['text']}\n"
                  f"   first's note: {line['note']}\n   second's note: {other['note']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", nargs=2, metavar=("SET", "FIELD"), help=f"lines that differ; FIELD: {FIELDS}")
    args = parser.parse_args(argv)
    reference = load_reference()
    if args.list:
        list_differences(args.list[0].lower(), args.list[1], reference)
        return 0
    sets = labelled_sets()
    for name in sets:
        print_agreement(agreement([name], reference))
    for use in ("tuning", "blind"):
        pool = [name for name, (_, u) in sets.items() if u == use]
        if len(pool) > 1:
            print(f"\npooled {use} sets")
            print_agreement(agreement(pool, reference))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
