"""Daily partitions by published date, as a partitioned job over the one asset graph.

Why a partitioned *job* and not partitioned assets: `dagster asset materialize --select '*'` (the
build everyone runs, and the contract other tools rely on) refuses partitioned assets without a
`--partition`. So the assets stay unpartitioned and read the whole landing folder, while the job
`published_day_build` has one partition per published day (UTC): a partition run reloads only the
articles published that day, and dbt re-derives only what depends on them. The nightly schedule and
UI backfills (Jobs > published_day_build > Partitions) run this job.

A partition run reads the landing files that can hold the day's articles: files never loaded or
changed since, and loaded files whose recorded published dates cover the day (ops.landing_files keeps
each file's first and last published date).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dagster as dg
import polars as pl
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition

PARSE_STEP = "ingest__parsed_articles"  # the op behind asset ingest/parsed_articles


@dataclass(frozen=True)
class PublishedWindow:
    """Articles published on days [first_day, end_day); end_day is exclusive."""

    first_day: date
    end_day: date

    @classmethod
    def parse(cls, published_from: str | None, published_to: str | None) -> PublishedWindow | None:
        """The window of a partition run, or None for a whole-folder build."""
        if published_from is None and published_to is None:
            return None
        if published_from is None or published_to is None:
            raise ValueError("published_from and published_to go together: give both or neither")
        try:
            window = cls(date.fromisoformat(published_from), date.fromisoformat(published_to))
        except ValueError:
            raise ValueError(
                f"published_from/published_to must be YYYY-MM-DD dates, got {published_from!r}, {published_to!r}"
            ) from None
        if window.end_day <= window.first_day:
            raise ValueError(f"published_to ({published_to}) must be after published_from ({published_from})")
        return window

    def __str__(self) -> str:
        last_day = self.end_day - timedelta(days=1)
        return str(self.first_day) if last_day == self.first_day else f"{self.first_day}..{last_day}"

    def contains(self, published: pl.Expr) -> pl.Expr:
        return published.is_between(self.first_day, self.end_day, closed="left").fill_null(False)

    def dbt_vars(self) -> dict[str, str]:
        return {"published_from": self.first_day.isoformat(), "published_to": self.end_day.isoformat()}


def files_to_read(manifest: pl.DataFrame, window: PublishedWindow) -> dict[str, str]:
    """`already_read` for read_landing in a partition run: the loaded files that cannot hold the window.

    Files missing from the result (new, changed, covering the window, or of unknown dates) are read.
    """
    can_skip = manifest.filter(
        (pl.col("first_published") >= window.end_day) | (pl.col("last_published") < window.first_day)
    )
    return dict(can_skip.select("source_file", "signature").iter_rows())


def with_published_range(files: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Add each landing file's first and last published date (null when it has no dated article)."""
    ranges = articles.group_by("source_file").agg(
        first_published=pl.col("published_at").min(), last_published=pl.col("published_at").max()
    )
    return files.join(ranges, on="source_file", how="left")


def fully_inside(files: pl.DataFrame, articles: pl.DataFrame, window: PublishedWindow) -> pl.DataFrame:
    """The read files whose every kept article lies in the window: a partition run has loaded them
    whole, so later builds may skip them. Files with articles elsewhere stay unrecorded."""
    outside = articles.filter(~window.contains(pl.col("published_at")))["source_file"].unique()
    return files.filter(~pl.col("source_file").is_in(outside.implode()))


def published_day_build(partitions_start: date) -> UnresolvedAssetJobDefinition:
    """The whole asset graph, one run per published day; the day reaches the parse step as config."""

    @dg.daily_partitioned_config(
        start_date=datetime.combine(partitions_start, datetime.min.time()), timezone="UTC"
    )
    def published_day(start: datetime, end: datetime) -> dict:
        window = {"published_from": start.date().isoformat(), "published_to": end.date().isoformat()}
        return {"ops": {PARSE_STEP: {"config": window}}}

    return dg.define_asset_job(
        "published_day_build",
        selection=dg.AssetSelection.all(),
        config=published_day,
        description=(
            "One published day (UTC): reload the articles published that day from the landing folder, "
            "re-derive what depends on them in dbt, publish. Backfill ranges from the Partitions tab."
        ),
    )
