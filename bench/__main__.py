"""`python -m bench`: Sitrep's throughput, build times and peak memory, with the machine and corpus named.

Every measurement runs in its own process (parse stage, Dagster build, spaCy baseline), so each peak
RSS belongs to that measurement alone. Corpora, warehouses and Dagster homes live in a temporary
folder outside the repository and are removed at the end (--keep keeps them).

    python -m bench                                   # everything (the 1M synthetic run takes a while)
    python -m bench --quick                           # smoke run: small synthetic sizes, small spaCy sample
    python -m bench --synthetic-sizes 100000 --increment-bases 10000 --skip-spacy
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench import synth
from bench.machine import describe_machine, load_average, machine_line
from bench.process import RunResult, python_module, run_measured

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (REPO_ROOT / ".." / "shared" / "corpora" / "whitehouse_briefings.jsonl.gz").resolve()
DAGSTER = str(Path(sys.executable).with_name("dagster"))
INCREMENT_ARTICLES = 1_000
# Every measured process tree is stopped past this RSS (MB): the machine has no swap, and other work runs
# on it. Set by --rss-cap-mb.
RSS_CAP_MB = 10_000.0
SYNTH_SEED = 7

TARGETS = {
    "extraction_mb_per_second": 10.0,
    "whitehouse_parse_seconds": 15.0,
    "spacy_ratio": 300.0,
    "whitehouse_e2e_seconds": 60.0,
    "synthetic_1m_e2e_seconds": 15 * 60.0,
    "synthetic_1m_peak_rss_mb": 8_000.0,
    "increment_1m_seconds": 60.0,
    "increment_ratio_1m_over_10k": 1.5,
}


def say(message: str = "") -> None:
    print(message, flush=True)


def decompress_corpus(corpus: Path, landing_dir: Path) -> Path:
    """A plain .jsonl copy of a .jsonl.gz corpus in its own landing folder (not timed)."""
    landing_dir.mkdir(parents=True, exist_ok=True)
    if corpus.suffix != ".gz":
        target = landing_dir / corpus.name
        shutil.copyfile(corpus, target)
        return landing_dir
    target = landing_dir / corpus.name.removesuffix(".gz")
    with gzip.open(corpus, "rb") as source, open(target, "wb") as sink:
        shutil.copyfileobj(source, sink, length=16 * 1024 * 1024)
    return landing_dir


def describe_corpus_file(landing_dir: Path) -> dict:
    """Documents and MB of raw (uncleaned) text in the landing .jsonl files, as delivered."""
    import polars as pl

    totals = (
        pl.scan_ndjson(sorted(landing_dir.glob("*.jsonl")), schema={"text": pl.String}, ignore_errors=True)
        .select(pl.len().alias("documents"), pl.col("text").str.len_bytes().sum().alias("bytes"))
        .collect()
    )
    return {
        "documents_in_file": int(totals["documents"][0]),
        "raw_text_mb": round((totals["bytes"][0] or 0) / 1e6, 1),
    }


def measure_parse(landing_dir: Path, label: str, breakdown: bool = True, profile: Path | None = None) -> dict:
    args = ["--landing", str(landing_dir)] + (["--breakdown"] if breakdown else [])
    if profile:
        args += ["--profile", str(profile)]
    run = run_measured(python_module("bench.parse_stage", *args), cwd=REPO_ROOT, rss_cap_mb=RSS_CAP_MB)
    if run.killed_over_rss_mb:
        say(
            f"  [{label}] parse STOPPED: process RSS passed the {RSS_CAP_MB:,.0f} MB cap after {run.seconds:.1f}s"
        )
        return {"stopped_over_rss_cap_mb": RSS_CAP_MB, "seconds_until_stopped": round(run.seconds, 1)}
    run.check()
    figures = run.json_from_stdout() | {
        "peak_rss_mb": run.peak_rss_mb,
        "process_seconds": round(run.seconds, 2),
    }
    say(
        f"  [{label}] parse: {figures['articles']:,} articles, {figures['text_mb']:.1f} MB in "
        f"{figures['seconds']:.2f}s (read_landing {figures['read_landing_seconds']:.2f}s + parse_articles "
        f"{figures['parse_articles_seconds']:.2f}s"
        + (f"; of which split_sentences ~{figures['split_sentences_seconds']:.2f}s" if breakdown else "")
        + f") -> {figures['articles_per_second']:,.0f} articles/s, {figures['mb_per_second']:.2f} MB/s; "
        f"peak RSS {figures['peak_rss_mb']:,.0f} MB; quarantined {figures['quarantined']}"
    )
    return figures


class Deployment:
    """One isolated Sitrep deployment: landing folder, work dir, published warehouse, Dagster home."""

    def __init__(self, root: Path, landing_dir: Path):
        self.root = root
        self.landing_dir = landing_dir
        self.work_dir = root / "work"
        self.warehouse = root / "warehouse" / "sitrep.duckdb"
        self.dagster_home = root / "dagster_home"
        self.dagster_home.mkdir(parents=True, exist_ok=True)

    def env(self) -> dict[str, str]:
        return os.environ | {
            "SITREP_LANDING_DIR": str(self.landing_dir),
            "SITREP_WAREHOUSE": str(self.warehouse),
            "SITREP_WORK_DIR": str(self.work_dir),
            "DAGSTER_HOME": str(self.dagster_home),
        }

    def build(self, label: str) -> dict:
        command = [DAGSTER, "asset", "materialize", "-m", "orchestration.definitions", "--select", "*"]
        load_before = load_average()
        run: RunResult = run_measured(command, env=self.env(), cwd=REPO_ROOT, rss_cap_mb=RSS_CAP_MB)
        figures = {
            "command": " ".join(command[1:]),
            "returncode": run.returncode,
            "seconds": round(run.seconds, 2),
            "peak_rss_mb": run.peak_rss_mb,
            "load_average_before": load_before,
        }
        if run.killed_over_rss_mb:
            figures["stopped_over_rss_cap_mb"] = RSS_CAP_MB
            say(
                f"  [{label}] build STOPPED: process-tree RSS passed the {RSS_CAP_MB:,.0f} MB cap after "
                f"{run.seconds:.1f}s; steps finished {step_durations(run.stderr)}"
            )
            return figures
        if run.returncode != 0:
            figures["errors"] = build_errors(run.stderr)
            figures["step_seconds"] = step_durations(run.stderr)
            say(
                f"  [{label}] build FAILED (exit {run.returncode}) after {run.seconds:.1f}s, peak RSS "
                f"{run.peak_rss_mb:,.0f} MB; steps {figures['step_seconds']}:"
            )
            for line in figures["errors"]:
                say(f"      {line}")
            return figures
        figures["rows"] = self.row_counts()
        figures["step_seconds"] = step_durations(run.stderr)
        say(
            f"  [{label}] build (dagster + dbt): {run.seconds:.1f}s, peak RSS {run.peak_rss_mb:,.0f} MB; "
            f"rows {figures['rows']}; steps {figures['step_seconds']}"
        )
        return figures

    def row_counts(self) -> dict[str, int]:
        import duckdb

        tables = [
            "raw.articles",
            "raw.actor_mentions",
            "marts.fct_incident_reports",
            "marts.fct_diplomatic_contacts",
        ]
        counts = {}
        with duckdb.connect(str(self.warehouse), read_only=True) as con:
            for table in tables:
                try:
                    counts[table] = con.execute(f"select count(*) from {table}").fetchone()[0]
                except duckdb.Error:
                    counts[table] = None
        return counts


def build_errors(dagster_log: str) -> list[str]:
    """The lines that say why a build failed (dbt failures, Python errors), without the tracebacks."""
    import re

    pattern = re.compile(
        r"Failure in [^\\\n]*|Got \d+ results?, configured to fail[^\\\n]*|(?:Database|Compilation|Runtime) "
        r"Error[^\\\n]{0,300}|\b\w+(?:Error|Exception): .{0,300}"
    )
    found = []
    for match in pattern.finditer(re.sub(r"\x1b\[[0-9;]*m|\\u001b\[[0-9;]*m", "", dagster_log)):
        line = match.group(0).strip()
        if line not in found:
            found.append(line)
    return found[:12] or dagster_log.strip().splitlines()[-15:]


def step_durations(dagster_log: str) -> dict[str, float]:
    """Per-step wall seconds from Dagster's 'Finished execution of step "x" in 1.2s.' log lines."""
    import re

    durations = {}
    # Dagster writes "153ms", "17.4s" or "1m1s".
    step = r'Finished execution of step "([^"]+)" in (?:(\d+)h)?(?:(\d+)m(?!s))?(?:([\d.]+)(ms|s))?'
    for match in re.finditer(step, dagster_log):
        hours, minutes, value, unit = match.group(2), match.group(3), match.group(4), match.group(5)
        seconds = int(hours or 0) * 3600 + int(minutes or 0) * 60
        seconds += float(value) * (0.001 if unit == "ms" else 1) if value else 0
        durations[match.group(1)] = round(seconds, 2)
    return durations


def synthetic_corpus(root: Path, articles: int) -> tuple[Path, dict]:
    landing = root / f"synthetic-{articles}" / "landing"
    result = synth.generate(landing, articles, SYNTH_SEED, workers=os.cpu_count() or 1)
    figures = {
        "articles": result.articles,
        "text_mb": round(result.text_bytes / 1e6, 1),
        "files": len(result.files),
        "generate_seconds": round(result.seconds, 1),
        "seed": SYNTH_SEED,
    }
    say(
        f"  synthetic corpus: {result.articles:,} articles, {figures['text_mb']} MB text, {len(result.files)} files, "
        f"seed {SYNTH_SEED}, generated in {result.seconds:.1f}s -> {landing}"
    )
    return landing, figures


def add_nightly_increment(landing: Path, base_articles: int) -> Path:
    """One new landing file of INCREMENT_ARTICLES articles published the day after the base corpus."""
    base_days = max(1, base_articles // 300)
    day_after = synth.DEFAULT_START_DATE + dt.timedelta(days=base_days + 1)
    result = synth.generate(
        landing,
        INCREMENT_ARTICLES,
        SYNTH_SEED,
        start_date=day_after,
        days=1,
        first_article=base_articles,
        file_prefix=f"nightly-{day_after.isoformat()}",
    )
    return result.files[0]


def measure_increment(root: Path, base_articles: int, base: Deployment | None) -> dict:
    label = f"increment on {base_articles:,}"
    figures: dict = {"base_articles": base_articles, "new_articles": INCREMENT_ARTICLES}
    if base is None:
        landing, _ = synthetic_corpus(root / "increment", base_articles)
        base = Deployment(landing.parent, landing)
        figures["base_build"] = base.build(f"{label}: base build")
        if figures["base_build"]["returncode"] != 0:
            return figures
    else:
        figures["base_build"] = "reused the synthetic run of the same size"
    new_file = add_nightly_increment(base.landing_dir, base_articles)
    say(f"  [{label}] added {new_file.name} ({INCREMENT_ARTICLES:,} articles)")
    figures["increment_build"] = base.build(f"{label}: second build")
    return figures


def run_spacy(landing: Path, sample: int, ours: dict) -> dict:
    """spaCy NER on a sample of the cleaned articles, against Sitrep on the same kind of input.

    The like-for-like ratio divides Sitrep's segment + extract speed (parse_articles on cleaned text:
    actors and places, and incidents, contacts and dates on top) by spaCy's tokenise + NER speed on
    cleaned text. The second ratio also charges Sitrep for reading and cleaning the landing files,
    which the spaCy figure does not include.
    """
    run = run_measured(
        python_module("bench.baseline_spacy", "--landing", str(landing), "--sample", str(sample)),
        cwd=REPO_ROOT,
    ).check()
    figures = run.json_from_stdout() | {"peak_rss_mb": run.peak_rss_mb}
    if "skipped" in figures:
        say(f"  spaCy baseline skipped: {figures['skipped']}")
        return figures
    if ours.get("parse_only_mb_per_second"):
        figures["ratio_sitrep_over_spacy"] = round(
            ours["parse_only_mb_per_second"] / figures["mb_per_second"], 1
        )
    if ours.get("mb_per_second"):
        figures["ratio_including_read_landing"] = round(ours["mb_per_second"] / figures["mb_per_second"], 1)
    say(
        f"  spaCy {figures['spacy_version']} ({figures['model']} {figures['model_version']}, pipes "
        f"{figures['pipes']}): {figures['documents']} docs, {figures['text_mb']} MB in {figures['seconds']}s -> "
        f"{figures['docs_per_second']} docs/s, {figures['mb_per_second']} MB/s; Sitrep/spaCy = "
        f"{figures.get('ratio_sitrep_over_spacy')}x on cleaned text (segment + extract), "
        f"{figures.get('ratio_including_read_landing')}x counting Sitrep's read + clean too"
    )
    return figures


def check_targets(results: dict) -> dict:
    """Each target: the measured value, the limit and whether it was met (None: not measured)."""
    wh = results.get("whitehouse", {})
    parse = wh.get("parse", {})
    e2e = wh.get("e2e", {})
    million = results.get("synthetic", {}).get("1000000", {}).get("e2e", {})
    increments = results.get("increments", {})
    inc_1m = increments.get("1000000", {}).get("increment_build", {}).get("seconds")
    inc_10k = increments.get("10000", {}).get("increment_build", {}).get("seconds")
    spacy_ratio = results.get("spacy", {}).get("ratio_sitrep_over_spacy")

    def row(value, limit, at_least=False):
        met = None if value is None else (value >= limit if at_least else value <= limit)
        return {"value": value, "target": ("≥ " if at_least else "≤ ") + str(limit), "met": met}

    ok = lambda build: build.get("seconds") if build.get("returncode") == 0 else None
    return {
        "extraction_mb_per_second": row(
            parse.get("mb_per_second"), TARGETS["extraction_mb_per_second"], True
        ),
        "whitehouse_parse_seconds": row(parse.get("seconds"), TARGETS["whitehouse_parse_seconds"]),
        "spacy_ratio": row(spacy_ratio, TARGETS["spacy_ratio"], True),
        "whitehouse_e2e_seconds": row(ok(e2e), TARGETS["whitehouse_e2e_seconds"]),
        "synthetic_1m_e2e_seconds": row(ok(million), TARGETS["synthetic_1m_e2e_seconds"]),
        "synthetic_1m_peak_rss_mb": row(
            million.get("peak_rss_mb") if ok(million) else None, TARGETS["synthetic_1m_peak_rss_mb"]
        ),
        "increment_1m_seconds": row(inc_1m, TARGETS["increment_1m_seconds"]),
        "increment_ratio_1m_over_10k": row(
            round(inc_1m / inc_10k, 2) if inc_1m and inc_10k else None, TARGETS["increment_ratio_1m_over_10k"]
        ),
    }


def git_commit() -> str | None:
    """The commit measured, with "+dirty" when the working tree has uncommitted changes."""
    import subprocess

    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def parse_sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--synthetic-sizes", type=parse_sizes, default=[100_000, 1_000_000])
    parser.add_argument("--increment-bases", type=parse_sizes, default=[10_000, 1_000_000])
    parser.add_argument(
        "--parallel-partitions",
        type=int,
        default=4,
        help="partitions for the multiprocess-executor speed-up run (0: skip)",
    )
    parser.add_argument("--skip-e2e", action="store_true", help="no Dagster builds (throughput only)")
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument("--spacy-sample", type=int, default=200)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: synthetic 20k, increments on 10k and 20k, spaCy sample 50",
    )
    parser.add_argument(
        "--profile", action="store_true", help="pyinstrument profile of the White House parse"
    )
    parser.add_argument(
        "--rss-cap-mb",
        type=float,
        default=10_000.0,
        help="stop any measured process tree whose RSS passes this (MB)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpora and warehouses")
    parser.add_argument(
        "--tmp", type=Path, default=None, help="parent of the temporary folder (default: $TMPDIR)"
    )
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "results.json")
    args = parser.parse_args(argv)
    global RSS_CAP_MB
    RSS_CAP_MB = args.rss_cap_mb
    if args.quick:
        args.synthetic_sizes, args.increment_bases, args.spacy_sample = [20_000], [10_000, 20_000], 50

    machine = describe_machine()
    results: dict = {
        "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])]),
        "machine": machine,
        "git_commit": git_commit(),
        "settings": {
            "corpus": str(args.corpus),
            "synthetic_sizes": args.synthetic_sizes,
            "increment_bases": [] if args.skip_e2e else args.increment_bases,
            "skip_e2e": args.skip_e2e,
            "skip_spacy": args.skip_spacy,
            "spacy_sample": args.spacy_sample,
        },
    }
    say(machine_line(machine))
    say(f"code: commit {results['git_commit']}")
    root = Path(tempfile.mkdtemp(prefix="sitrep-bench-", dir=args.tmp))
    say(f"scratch folder: {root}")
    started = time.perf_counter()
    try:
        run_all(args, root, results)
    finally:
        results["total_seconds"] = round(time.perf_counter() - started, 1)
        results["load_average_at_end"] = load_average()
        results["targets"] = check_targets(results)
        say("\ntargets (issue 6):")
        for name, target in results["targets"].items():
            verdict = {True: "met", False: "MISSED", None: "not measured"}[target["met"]]
            say(f"  {name:32s} {target['value']!s:>12s}  target {target['target']:>8s}  {verdict}")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
        say(
            f"\nfigures written to {args.out}; total {results['total_seconds']}s; "
            f"load average now {results['load_average_at_end']}"
        )
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


def run_all(args: argparse.Namespace, root: Path, results: dict) -> None:
    # 1. The White House corpus.
    say(f"\ncorpus: {args.corpus}")
    wh_landing = decompress_corpus(args.corpus, root / "whitehouse" / "landing")
    wh: dict = {"path": str(args.corpus), **describe_corpus_file(wh_landing)}
    say(
        f"  {wh['documents_in_file']:,} documents, {wh['raw_text_mb']} MB of raw text (decompressed to "
        f"{wh_landing}, not timed)"
    )
    results["whitehouse"] = wh
    profile = args.out.parent / "whitehouse_parse_profile.html" if args.profile else None
    wh["parse"] = measure_parse(wh_landing, "White House", profile=profile)
    wh["documents"], wh["text_mb"] = wh["parse"]["articles"], wh["parse"]["text_mb"]
    say(f"  kept {wh['documents']:,} documents, {wh['text_mb']:.1f} MB of cleaned text")
    if not args.skip_e2e:
        wh["e2e"] = Deployment(root / "whitehouse", wh_landing).build("White House")

    if not args.skip_spacy:
        say("\nspaCy baseline on a sample of the White House corpus")
        results["spacy"] = run_spacy(wh_landing, args.spacy_sample, wh["parse"])

    save(results, args.out)

    # 2. Synthetic corpora, smallest first. An increment runs right after the build of its base size (or on
    # its own base build when that size is not in --synthetic-sizes), so the largest runs come last.
    results["synthetic"], results["increments"] = {}, {}
    sizes = sorted(set(args.synthetic_sizes))
    own_bases = [] if args.skip_e2e else sorted(set(args.increment_bases) - set(sizes))
    for base in own_bases:
        run_increment(root, base, None, results)
        save(results, args.out)
    for size in sizes:
        say(f"\nsynthetic corpus of {size:,} articles")
        landing, figures = synthetic_corpus(root, size)
        results["synthetic"][str(size)] = figures
        figures["parse"] = measure_parse(landing, f"synthetic {size:,}", breakdown=False)
        save(results, args.out)
        deployment = None
        if args.skip_e2e:
            pass
        elif "stopped_over_rss_cap_mb" in figures["parse"]:
            # The build parses the whole landing folder in one process too: it would be stopped the same way.
            say(f"  [synthetic {size:,}] build skipped: its parse step alone passed the RSS cap")
            figures["e2e"] = {"skipped": "the parse stage alone passed the RSS cap"}
        else:
            deployment = Deployment(landing.parent, landing)
            figures["e2e"] = deployment.build(f"synthetic {size:,}")
            if figures["e2e"].get("returncode") != 0:
                deployment = None
        save(results, args.out)
        if size == sizes[0] and args.parallel_partitions:
            say(
                f"\nmultiprocess executor: {args.parallel_partitions} partitions of the synthetic {size:,} corpus"
            )
            results["parallel_parse"] = measure_parallel(root, landing, args.parallel_partitions)
            save(results, args.out)
        if size in args.increment_bases and not args.skip_e2e:
            if deployment is None:
                say(f"\nnightly increment on {size:,}: skipped, the {size:,}-article build did not complete")
                results["increments"][str(size)] = {"skipped": "base build did not complete"}
            else:
                run_increment(root, size, deployment, results)
            save(results, args.out)


def run_increment(root: Path, base: int, deployment: Deployment | None, results: dict) -> None:
    say(f"\nnightly increment: {INCREMENT_ARTICLES:,} new articles on a {base:,}-article warehouse")
    results["increments"][str(base)] = measure_increment(root, base, deployment)


def save(results: dict, out: Path) -> None:
    """Write the figures so far: a long run stopped part-way still leaves what it measured."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")


def measure_parallel(root: Path, landing: Path, partitions: int) -> dict:
    """Split the landing files into `partitions` folders (hard links) and run the job at 1 and 2 processes."""
    files = sorted(landing.glob("*.jsonl"))
    folders = []
    for index in range(partitions):
        folder = root / "parallel" / "landing" / f"part-{index}"
        folder.mkdir(parents=True, exist_ok=True)
        for path in files[index::partitions]:
            os.link(path, folder / path.name)
        folders.append(str(folder))
    figures: dict = {"partitions": partitions, "files": len(files)}
    for processes in (1, 2):
        run = run_measured(
            python_module(
                "bench.parallel_run",
                "--partitions",
                *folders,
                "--processes",
                str(processes),
                "--scratch",
                str(root / "parallel" / f"run-{processes}"),
            ),
            cwd=REPO_ROOT,
        )
        if run.returncode != 0:
            figures[f"processes_{processes}"] = {"error_tail": run.stderr.strip().splitlines()[-10:]}
            say(f"  {processes} process(es): FAILED: {run.stderr.strip().splitlines()[-1:]}")
            continue
        figures[f"processes_{processes}"] = run.json_from_stdout() | {
            "peak_rss_mb": run.peak_rss_mb,
            "seconds": round(run.seconds, 2),
        }
        say(
            f"  max_concurrent={processes}: {run.seconds:.1f}s wall, peak RSS {run.peak_rss_mb:,.0f} MB, "
            f"{figures[f'processes_{processes}']}"
        )
    one, two = figures.get("processes_1", {}).get("seconds"), figures.get("processes_2", {}).get("seconds")
    if one and two:
        figures["speed_up"] = round(one / two, 2)
        say(f"  speed-up with 2 processes: {figures['speed_up']}x")
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
