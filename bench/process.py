"""Run a command and measure its wall time and the peak RSS of its whole process tree.

Dagster runs steps in child processes and dbt runs in another, so the parent's own RSS says little:
a sampler thread sums the resident memory of the process and all its descendants every
`interval` seconds (psutil when installed, else /proc) and keeps the maximum. Shared pages are
counted once per process, so the figure errs high, never low.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        # Fields after the command name (which may contain spaces) start after the last ')'.
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss_bytes(root: int) -> int:
    """Resident memory of `root` and every descendant, now."""
    children = _children_map()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_bytes(pid)
        stack.extend(children.get(pid, ()))
    return total


@dataclass
class RunResult:
    command: list[str]
    returncode: int
    seconds: float
    peak_rss_mb: float
    stdout: str = field(repr=False)
    stderr: str = field(repr=False)
    killed_over_rss_mb: float | None = None  # set when the tree was stopped for exceeding the RSS cap

    def check(self) -> RunResult:
        if self.killed_over_rss_mb:
            raise RuntimeError(
                f"{' '.join(self.command)} stopped: its RSS reached {self.killed_over_rss_mb:,.0f} MB"
            )
        if self.returncode != 0:
            tail = "\n".join(self.stderr.strip().splitlines()[-30:])
            raise RuntimeError(f"{' '.join(self.command)} exited {self.returncode}:\n{tail}")
        return self

    def json_from_stdout(self) -> dict:
        """The last stdout line that is a JSON object (how bench stages report their figures)."""
        for line in reversed(self.stdout.strip().splitlines()):
            if line.startswith("{"):
                return json.loads(line)
        raise ValueError(f"no JSON line in the output of {' '.join(self.command)}")


def tree_pids(root: int) -> list[int]:
    children = _children_map()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, ()))
    return found


def run_measured(
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    interval: float = 0.1,
    rss_cap_mb: float | None = None,
) -> RunResult:
    """Run `command`; with `rss_cap_mb`, stop its whole tree (SIGKILL, by pid) once the tree's RSS passes
    the cap, so that a run that would exhaust the machine's memory (no swap here) fails alone."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    killed_at: float | None = None
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, killed_at
        while not stop.is_set():
            current = tree_rss_bytes(process.pid)
            peak = max(peak, current)
            if rss_cap_mb and current / 1e6 > rss_cap_mb and killed_at is None:
                killed_at = current / 1e6
                for pid in reversed(tree_pids(process.pid)):
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    return RunResult(
        command,
        process.returncode,
        seconds,
        round(peak / 1e6, 1),
        stdout,
        stderr,
        round(killed_at, 1) if killed_at else None,
    )


def python_module(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]
