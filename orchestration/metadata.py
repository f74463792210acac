"""Small helpers that turn query results into Dagster UI metadata."""

from __future__ import annotations

import polars as pl


def markdown_table(frame: pl.DataFrame, max_cell: int = 80) -> str:
    """A small frame as a Markdown table (cells cut at `max_cell` characters)."""
    if frame.is_empty():
        return "_(no rows)_"

    def cell(value: object) -> str:
        text = "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= max_cell else text[: max_cell - 1] + "…"

    header = "| " + " | ".join(frame.columns) + " |\n|" + "---|" * frame.width + "\n"
    return header + "\n".join("| " + " | ".join(cell(v) for v in row) + " |" for row in frame.rows())
