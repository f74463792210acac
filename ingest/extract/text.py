"""Vectorised regex helpers: every match of a pattern in a text column, with character offsets."""

import polars as pl

# Sentinel used to split a text around its matches; text is normalised so it never contains it.
_SENTINEL = "\x00"


def normalise_space(expr: pl.Expr) -> pl.Expr:
    """Each whitespace character (newline, no-break space) becomes one space: offsets stay valid."""
    # most sentences hold plain spaces only: test before rewriting
    return pl.when(expr.str.contains(r"[\s\x00--  ]")).then(expr.str.replace_all(r"[\s\x00]", " ")).otherwise(expr)


def find_all(frame: pl.DataFrame, pattern: str, text_col: str = "text", match_col: str = "match") -> pl.DataFrame:
    """One row per non-overlapping match of `pattern` in `text_col`.

    Adds `match_col` (the matched text) and `<match_col>_start` / `<match_col>_end`: character offsets into
    `text_col`. Offsets come from splitting the text around its matches (same leftmost-first semantics as
    extract_all), because str.find reports bytes, not characters.
    """
    start_col, end_col = f"{match_col}_start", f"{match_col}_end"
    if frame.is_empty():
        return frame.with_columns(
            pl.lit(None, pl.String).alias(match_col),
            pl.lit(None, pl.Int64).alias(start_col),
            pl.lit(None, pl.Int64).alias(end_col),
        )
    text = pl.col(text_col)
    found = frame.with_columns(_matches=text.str.extract_all(pattern)).filter(pl.col("_matches").list.len() > 0)
    char_lengths = pl.element().str.len_chars().cast(pl.Int64)
    match_len = pl.col("_matches").list.eval(char_lengths)
    # pieces of text between the matches (one more than the matches; the last one is not needed)
    piece_len = text.str.replace_all(pattern, _SENTINEL).str.split(_SENTINEL).list.eval(char_lengths)
    found = found.with_columns(_match_len=match_len, _piece_len=piece_len.list.head(pl.col("_matches").list.len()))
    # list arithmetic instead of exploding first and summing over a window: the k-th match starts after
    # pieces 0..k and matches 0..k-1
    running = pl.element().cum_sum()
    found = found.with_columns(
        (
            pl.col("_piece_len").list.eval(running) + pl.col("_match_len").list.eval(running) - pl.col("_match_len")
        ).alias(start_col)
    ).explode("_matches", start_col, "_match_len")
    return found.with_columns(
        pl.col("_matches").alias(match_col), (pl.col(start_col) + pl.col("_match_len")).alias(end_col)
    ).drop("_matches", "_match_len", "_piece_len")

def alternation(surfaces: list[str]) -> str:
    """A regex alternation of literal surfaces, longest first so the longest alias wins."""
    import re

    unique = sorted({s for s in surfaces if s}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(s) for s in unique)
