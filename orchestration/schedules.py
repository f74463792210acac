"""When builds run: nightly at 02:00 UTC, and when new files land."""

import hashlib
import json

import dagster as dg

from orchestration.resources import SitrepPaths

build_everything = dg.define_asset_job(
    "build_everything",
    selection=dg.AssetSelection.all(),
    description="Landing folder -> parsed -> raw -> dbt marts (with tests) -> published warehouse.",
)

nightly_build = dg.ScheduleDefinition(
    name="nightly_build",
    job=build_everything,
    cron_schedule="0 2 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


@dg.sensor(job=build_everything, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def landing_folder_sensor(context: dg.SensorEvaluationContext, paths: SitrepPaths):
    """Start a build when files appear or change in the landing folder.

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
