"""When builds run: each night for the day that just ended, and when new files land."""

import hashlib
import json
from datetime import timedelta

import dagster as dg
from dagster._core.definitions.unresolved_asset_job_definition import UnresolvedAssetJobDefinition

from orchestration.resources import SitrepPaths

build_everything = dg.define_asset_job(
    "build_everything",
    selection=dg.AssetSelection.all(),
    description="Landing folder -> parsed -> raw -> dbt marts (with tests) -> published warehouse.",
)


def nightly_build(published_day_build: UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    """02:00 UTC: materialize the published day that just ended (its partition of published_day_build)."""

    # (a schedule of our own rather than build_schedule_from_partitioned_job, which calls Dagster's
    # deprecated run_request_for_partition on every tick; Dagster fills in the partition's run config)
    @dg.schedule(
        job=published_day_build,
        name="nightly_build",
        cron_schedule="0 2 * * *",
        execution_timezone="UTC",
        default_status=dg.DefaultScheduleStatus.RUNNING,
        description="Each night, the new published day. Files that bring older days: landing_folder_sensor.",
    )
    def _nightly(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
        day = context.scheduled_execution_time.date() - timedelta(days=1)
        return dg.RunRequest(run_key=day.isoformat(), partition_key=day.isoformat())

    return _nightly


@dg.sensor(job=build_everything, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def landing_folder_sensor(context: dg.SensorEvaluationContext, paths: SitrepPaths):
    """Start a whole-folder build when files appear or change in the landing folder (any published day).

    The cursor holds each file's (size, mtime) as last seen, so a file triggers one build, not one
    per evaluation; the build itself upserts by article_id, so a re-read file adds no duplicates.
    """
    settings = paths.settings()
    seen: dict[str, list[int]] = json.loads(context.cursor) if context.cursor else {}
    current = {
        str(path.relative_to(settings.landing_dir)): [path.stat().st_size, path.stat().st_mtime_ns]
        for path in sorted(settings.landing_dir.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }
    changed = sorted(name for name, signature in current.items() if seen.get(name) != signature)
    if not changed:
        return dg.SkipReason("no new or changed files in the landing folder")
    state = json.dumps(current, sort_keys=True)
    context.update_cursor(state)
    return dg.RunRequest(
        run_key=f"landing-{hashlib.sha256(state.encode()).hexdigest()[:16]}",
        tags={"sitrep/changed_files": str(len(changed))},
    )
