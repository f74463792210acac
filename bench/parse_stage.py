"""One timed pass of the parse stage over a landing folder, reported as a JSON line.

Run in its own process by `python -m bench` so that its peak RSS is its own:

    python -m bench.parse_stage --landing DIR [--breakdown] [--profile out.html]

Times, separately: loading the reference (once), read_landing (read + clean), and parse_in_slices
(segment + extract, in the parse step's slices). With --breakdown it also times split_sentences alone, so the extract share
can be told apart (this costs one more segmentation pass, outside the main timing).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(landing_dir: Path, reference_dir: Path | None, breakdown: bool) -> dict:
    import polars as pl

    from ingest.extract import load_reference
    from ingest.landing import read_landing
    from ingest.pipeline import parse_in_slices

    started = time.perf_counter()
    reference = load_reference(reference_dir)
    reference_seconds = time.perf_counter() - started

    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    landing = read_landing(landing_dir)
    read_seconds = time.perf_counter() - started

    started = time.perf_counter()
    # Sliced as the parse step slices (bounded memory); the rows are the same as in one piece.
    slices = list(parse_in_slices(landing.articles, reference))
    parse_seconds = time.perf_counter() - started
    tables = {name: pl.concat([tables[name] for tables in slices]) for name in slices[0]}
    cpu_seconds = _cpu_seconds() - cpu_before

    articles = tables["articles"]
    text_mb = (articles["text_bytes"].sum() or 0) / 1e6
    total = read_seconds + parse_seconds
    result = {
        "articles": articles.height,
        "quarantined": landing.quarantine.height,
        "text_mb": round(text_mb, 2),
        "reference_seconds": round(reference_seconds, 3),
        "read_landing_seconds": round(read_seconds, 3),
        "parse_articles_seconds": round(parse_seconds, 3),
        "seconds": round(total, 3),
        "articles_per_second": round(articles.height / total, 1) if total else None,
        "mb_per_second": round(text_mb / total, 2) if total else None,
        "parse_only_mb_per_second": round(text_mb / parse_seconds, 2) if parse_seconds else None,
        # CPU time (all threads) of read + parse: less sensitive than wall time to other load on the machine.
        "cpu_seconds": round(cpu_seconds, 2),
        "mb_per_cpu_second": round(text_mb / cpu_seconds, 2) if cpu_seconds else None,
        "rows": {name: frame.height for name, frame in tables.items()},
    }
    if breakdown:
        from ingest.segment import split_sentences

        started = time.perf_counter()
        split_sentences(articles)
        segment_seconds = time.perf_counter() - started
        result["split_sentences_seconds"] = round(segment_seconds, 3)
        result["extract_seconds_estimate"] = round(max(parse_seconds - segment_seconds, 0.0), 3)
    result["peak_rss_mb_self"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.parse_stage")
    parser.add_argument("--landing", type=Path, required=True)
    parser.add_argument("--reference", type=Path, default=None, help="reference folder (default: the seeds)")
    parser.add_argument("--breakdown", action="store_true", help="also time split_sentences alone")
    parser.add_argument("--profile", type=Path, default=None, help="write a pyinstrument HTML profile here")
    args = parser.parse_args(argv)
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.01)
        with profiler:
            result = measure(args.landing, args.reference, args.breakdown)
        args.profile.parent.mkdir(parents=True, exist_ok=True)
        args.profile.write_text(profiler.output_html())
        print(profiler.output_text(unicode=False, color=False, show_all=False))
    else:
        result = measure(args.landing, args.reference, args.breakdown)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
