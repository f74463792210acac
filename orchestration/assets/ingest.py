"""Landing folder -> parsed Parquet -> raw tables in the working DuckDB."""

import resource
import shutil
import time
from collections import Counter

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from ingest import schemas
from ingest.extract import load_reference
from ingest.landing import read_landing
from ingest.pipeline import parse_in_slices
from orchestration.batch_plan import BatchPlan, write_batch_plan
from orchestration.fingerprint import build_fingerprint
from orchestration.metadata import markdown_table
from orchestration.partitions import PublishedWindow, files_to_read, fully_inside, with_published_range
from orchestration.resources import SitrepPaths
from orchestration.warehouse import (
    QUARANTINE_TABLE,
    empty_manifest,
    landing_manifest,
    last_build_fingerprint,
    load_batch,
)

QUARANTINE_KEY = dg.AssetKey(["ops", "quarantine"])
RAW_KEYS = {name: dg.AssetKey(["raw", name]) for name in schemas.RAW_TABLES}
QUARANTINE_PARQUET = "quarantine.parquet"
LANDING_FILES_PARQUET = "landing_files.parquet"


class ParseConfig(dg.Config):
    full_refresh: bool = False  # re-read every landing file, not only new and changed ones
    # A partition run of published_day_build sets both: reload only articles published in [from, to).
    published_from: str | None = None
    published_to: str | None = None


@dg.asset(key=["ingest", "parsed_articles"], group_name="ingest", kinds={"polars"})
def parsed_articles(
    context: dg.AssetExecutionContext, config: ParseConfig, paths: SitrepPaths, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Read new and changed landing files, clean, segment and extract; one Parquet file per raw table.

    In a partition run, read the files that can hold the partition's days and keep only articles
    published on those days (see orchestration/partitions.py).
    """
    settings = paths.settings()
    window = PublishedWindow.parse(config.published_from, config.published_to)
    fingerprint = build_fingerprint(settings.reference_dir)
    manifest = empty_manifest()
    last_fingerprint = None
    if settings.work_warehouse_path.exists():
        with duckdb.get_connection() as con:
            manifest = landing_manifest(con)
            last_fingerprint = last_build_fingerprint(con)
    already_read = dict(manifest.select("source_file", "signature").iter_rows())
    # New code or reference data (or a first run): re-read every file and rebuild dbt in full. A
    # partition run never does: it rebuilds its days only, and the next whole-folder build catches up.
    full_refresh = window is None and (config.full_refresh or fingerprint != last_fingerprint)
    if full_refresh:
        already_read = {}
        context.log.info("full refresh: first build, changed code or reference data, or asked for")
    if window is not None:
        already_read = files_to_read(manifest, window)
        context.log.info(f"partition run: articles published {window}")

    started = time.perf_counter()
    landing = read_landing(
        settings.landing_dir, max_article_bytes=settings.max_article_bytes, already_read=already_read
    )
    skipped = [name for name, signature in landing.files.iter_rows() if already_read.get(name) == signature]
    read_files = landing.files.filter(~pl.col("source_file").is_in(skipped))
    articles = landing.articles
    if window is not None:
        read_files = fully_inside(read_files, articles, window)
        articles = articles.filter(window.contains(pl.col("published_at")))
    recorded_files = with_published_range(read_files, landing.articles)
    quarantine, files_seen = landing.quarantine, landing.files.height
    del landing  # the unfiltered articles: only `articles` is parsed

    # Parse and write slice by slice, so memory follows one slice of text, not the whole batch.
    reference = load_reference(settings.reference_dir)
    shutil.rmtree(settings.parsed_dir, ignore_errors=True)
    settings.parsed_dir.mkdir(parents=True)
    rows: Counter[str] = Counter()
    for index, tables in enumerate(parse_in_slices(articles, reference)):
        for name, frame in tables.items():
            (settings.parsed_dir / name).mkdir(exist_ok=True)
            frame.write_parquet(settings.parsed_dir / name / f"part-{index:05d}.parquet")
            rows[name] += frame.height
    seconds = time.perf_counter() - started
    quarantine.write_parquet(settings.parsed_dir / QUARANTINE_PARQUET)
    recorded_files.write_parquet(settings.parsed_dir / LANDING_FILES_PARQUET)
    write_batch_plan(
        settings,
        BatchPlan(
            full_refresh=full_refresh,
            fingerprint=fingerprint,
            published_from=config.published_from,
            published_to=config.published_to,
        ),
    )

    megabytes = (articles["text_bytes"].sum() or 0) / 1e6
    context.log.info(f"parsed {articles.height} articles ({megabytes:.1f} MB) in {seconds:.1f}s")
    published_days = articles["published_at"].drop_nulls().unique()
    return dg.MaterializeResult(
        metadata={
            "articles": articles.height,
            "quarantined_inputs": quarantine.height,
            **{f"{name}_rows": count for name, count in rows.items() if name != "articles"},
            "text_mb": round(megabytes, 3),
            "seconds": round(seconds, 3),
            "articles_per_second": round(articles.height / seconds, 1) if seconds else None,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "landing_dir": str(settings.landing_dir),
            "full_refresh": full_refresh,
            "published_window": str(window) if window else "all",
            "published_days": published_days.len(),
            "first_published": str(published_days.min()) if published_days.len() else None,
            "last_published": str(published_days.max()) if published_days.len() else None,
            "files_seen": files_seen,
            "files_read": files_seen - len(skipped),
        }
    )


@dg.multi_asset(
    specs=[
        *(
            dg.AssetSpec(key, deps=[parsed_articles], group_name="raw", kinds={"duckdb"})
            for key in RAW_KEYS.values()
        ),
        dg.AssetSpec(
            QUARANTINE_KEY,
            deps=[parsed_articles],
            group_name="raw",
            kinds={"duckdb"},
            description="Inputs that were not kept, one row per file or line, with the reason.",
        ),
    ],
    check_specs=[
        dg.AssetCheckSpec(
            "quarantine_not_growing",
            asset=QUARANTINE_KEY,
            description="Warns when this run quarantined inputs that earlier runs had not.",
        )
    ],
)
def raw_tables(context: dg.AssetExecutionContext, paths: SitrepPaths, duckdb: DuckDBResource):
    """Load the parsed Parquet into the working DuckDB in one transaction (upsert by article_id)."""
    settings = paths.settings()
    parts = sorted(path.name for path in (settings.parsed_dir / "articles").glob("part-*.parquet"))
    slices = (
        {name: pl.read_parquet(settings.parsed_dir / name / part) for name in schemas.RAW_TABLES}
        for part in parts
    )
    batch_rows = {
        name: pl.scan_parquet(settings.parsed_dir / name / "part-*.parquet").select(pl.len()).collect().item()
        for name in schemas.RAW_TABLES
    }
    quarantine = pl.read_parquet(settings.parsed_dir / QUARANTINE_PARQUET)
    landing_files = pl.read_parquet(settings.parsed_dir / LANDING_FILES_PARQUET)
    with duckdb.get_connection() as con:
        loaded = load_batch(con, slices, quarantine, landing_files)
        reasons = pl.from_arrow(
            con.sql(
                f"select reason, count(*) as n from {QUARANTINE_TABLE} group by reason order by n desc limit 10"
            ).to_arrow_table()
        )

    for name, key in RAW_KEYS.items():
        yield dg.MaterializeResult(
            asset_key=key,
            metadata={
                "dagster/row_count": loaded.row_counts[f"raw.{name}"],
                "batch_rows": batch_rows[name],
            },
        )
    yield dg.MaterializeResult(
        asset_key=QUARANTINE_KEY,
        metadata={
            "dagster/row_count": loaded.row_counts[QUARANTINE_TABLE],
            "new_rows": loaded.new_quarantine_rows,
            "reasons": dg.MetadataValue.md(markdown_table(reasons)),
        },
    )
    yield dg.AssetCheckResult(
        asset_key=QUARANTINE_KEY,
        check_name="quarantine_not_growing",
        passed=loaded.new_quarantine_rows == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"new_rows": loaded.new_quarantine_rows, "total_rows": loaded.row_counts[QUARANTINE_TABLE]},
    )
