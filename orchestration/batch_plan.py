"""What the parse step decided for this build, handed to the dbt and publish steps beside the Parquet."""

import json
from dataclasses import asdict, dataclass

from orchestration.partitions import PublishedWindow
from orchestration.settings import Settings

_PLAN_FILE = "batch_plan.json"


@dataclass(frozen=True)
class BatchPlan:
    full_refresh: bool  # every landing file was re-read: rebuild dbt's incremental models from scratch
    fingerprint: str  # orchestration.fingerprint of the code and reference data this batch was built with
    # Set in a partition run (orchestration/partitions.py): the published days [from, to) it reloaded.
    published_from: str | None = None
    published_to: str | None = None

    @property
    def window(self) -> PublishedWindow | None:
        return PublishedWindow.parse(self.published_from, self.published_to)


def write_batch_plan(settings: Settings, plan: BatchPlan) -> None:
    (settings.parsed_dir / _PLAN_FILE).write_text(json.dumps(asdict(plan)))


def read_batch_plan(settings: Settings) -> BatchPlan:
    """The plan of the last parse; without one (dbt run on its own), a full refresh is the safe choice."""
    path = settings.parsed_dir / _PLAN_FILE
    if not path.exists():
        return BatchPlan(full_refresh=True, fingerprint="")
    return BatchPlan(**json.loads(path.read_text()))
