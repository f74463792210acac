"""Run what the nightly schedule launches for one published day, in this process, as the daemon would.

    python -m tests.orchestration.nightly_run 2021-04-08

The schedule's tick the night after DAY gives the run request (partition key and run config); the
real published_day_build job then runs it against the instance at DAGSTER_HOME. Exit code 0 on success.
"""

import sys
from datetime import UTC, date, datetime, time, timedelta

import dagster as dg

from orchestration.definitions import defs


def main(day: str) -> int:
    schedule = defs.resolve_schedule_def("nightly_build")
    tick = datetime.combine(date.fromisoformat(day) + timedelta(days=1), time(2, 0), tzinfo=UTC)
    with dg.build_schedule_context(
        scheduled_execution_time=tick, repository_def=defs.get_repository_def()
    ) as context:
        (request,) = schedule.evaluate_tick(context).run_requests
    assert request.partition_key == day, request
    with dg.DagsterInstance.get() as instance:
        result = defs.resolve_job_def(schedule.job_name).execute_in_process(
            run_config=request.run_config, partition_key=request.partition_key, instance=instance
        )
    return 0 if result.success else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
