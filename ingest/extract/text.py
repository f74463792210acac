"""Vectorised regex helpers: every match of a pattern in a text column, with character offsets."""

import re

import polars as pl

# Sentinel used to split a text around its matches; text is normalised so it never contains it.
_SENTINEL = "\x00"


def normalise_space(expr: pl.Expr) -> pl.Expr:
    """Each whitespace character (newline, no-break space) becomes one space: offsets stay valid."""
    # most sentences hold plain spaces only: test before rewriting
    return (
        pl.when(expr.str.contains(r"[\s\x00--  ]"))
        .then(expr.str.replace_all(r"[\s\x00]", " "))
        .otherwise(expr)
    )


def find_all(
    frame: pl.DataFrame, pattern: str, text_col: str = "text", match_col: str = "match"
) -> pl.DataFrame:
    """One row per non-overlapping match of `pattern` in `text_col`.

    Adds `match_col` (the matched text) and `<match_col>_start` / `<match_col>_end`: character offsets into
    `text_col`. Offsets come from splitting the text around its matches (same leftmost-first semantics as
    extract_all), because str.find reports bytes, not characters. Texts must not hold the sentinel "\\x00"
    (normalise_space removes it).
    """
    start_col, end_col = f"{match_col}_start", f"{match_col}_end"
    if frame.is_empty():
        return frame.with_columns(
            pl.lit(None, pl.String).alias(match_col),
            pl.lit(None, pl.Int64).alias(start_col),
            pl.lit(None, pl.Int64).alias(end_col),
        )
    text = pl.col(text_col)
    # One regex pass: each match wrapped in sentinels, so that the pieces of a text alternate (text before a match,
    # the match, text before the next, ..., text after the last). Cheaper than extract_all for the matches plus a
    # second pass for their offsets.
    found = (
        frame.with_columns(_pieces=text.str.replace_all(pattern, _SENTINEL + "${0}" + _SENTINEL))
        .filter(pl.col("_pieces").str.contains(_SENTINEL, literal=True))
        .with_columns(pl.col("_pieces").str.split(_SENTINEL), _row_len=text.str.len_chars().cast(pl.Int64))
    )
    # One running sum over the whole exploded frame instead of one per row (a window): each piece's offset in its
    # text is what the pieces before it consumed, less what the rows before consumed.
    pieces = pl.col("_pieces").list.len()
    found = found.with_columns(
        _row_first=pieces.cum_sum() - pieces, _row_base=pl.col("_row_len").cum_sum() - pl.col("_row_len")
    ).explode("_pieces")
    found = found.with_columns(_len=pl.col("_pieces").str.len_chars().cast(pl.Int64))
    is_match = (pl.int_range(pl.len(), dtype=pl.Int64) - pl.col("_row_first")) % 2 == 1
    found = found.with_columns(_at=pl.col("_len").cum_sum() - pl.col("_len") - pl.col("_row_base")).filter(is_match)
    return found.with_columns(
        pl.col("_at").alias(start_col), pl.col("_pieces").alias(match_col), (pl.col("_at") + pl.col("_len")).alias(end_col)
    ).drop("_pieces", "_row_len", "_row_first", "_row_base", "_len", "_at")


def alternation(surfaces: list[str]) -> str:
    """A regex alternation of literal surfaces, longest first so the longest alias wins."""
    import re

    unique = sorted({s for s in surfaces if s}, key=lambda s: (-len(s), s))
    return "|".join(re.escape(s) for s in unique)


def find_matches(frame: pl.DataFrame, pattern: str, match_col: str) -> pl.DataFrame:
    """`find_all` with its columns in one order whether or not `frame` is empty."""
    found = find_all(frame, pattern, match_col=match_col)
    # find_all orders its new columns differently for an empty frame: keep the order of a non-empty one
    return found.select(*frame.columns, f"{match_col}_start", match_col, f"{match_col}_end")


# A name of two to four capitalised words; before a word, an initial ("Peter R. de Vries") and a lowercase particle
# ("Abu Bakr al-Baghdadi", "Abdel Fattah el-Sisi", "Mohammed bin Salman", "Luis de la Cruz", "Hans van der Berg",
# "Ahmed ould Abdallah", "Seán Ó Faoláin")
_PARTICLE = (r"(?:(?:al|el|ad|ash|as|at|az|ar|an|ur)-|(?:bin|bint|ibn|ould|de|da|das|do|dos|du|del|della|di|van|von|ter|ten"
             r"|le|la|ben|Ó|Ní|Mac) (?:(?:der|den|la|le|los|las|de) )?)")
# (a quoted nickname may stand inside: Joaquín "El Chapo" Guzmán, Emmanuel 'Dread' Wilme)
_NICKNAME = r" [\"“'‘]\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,2}[\"”'’]"
PERSON_NAME = rf"\p{{Lu}}[\p{{L}}\-'’]+(?: (?:\p{{Lu}}\. )?{_PARTICLE}?\p{{Lu}}[\p{{L}}\-'’]+){{1,3}}"
# ... the same with the nickname; (kept apart: a victim named by it makes the incident an assassination in incidents.py,
# which a raid on a gang is not always)
PERSON_NAME_NICKNAMED = rf"\p{{Lu}}[\p{{L}}\-'’]+(?:(?:{_NICKNAME})? (?:\p{{Lu}}\. )?{_PARTICLE}?\p{{Lu}}[\p{{L}}\-'’]+){{1,3}}"


# a capitalised title right before a name: "Conservative MP Sir David Amess died"
NAME_TITLE = r"(?-u:\b)(?:MP|Sir|Dame|Senator|Sen\.|Rep\.|Congressman|Congresswoman|Governor|Mayor|Judge|Bishop|Sheikh|Imam|Rabbi) "


def lowered(text: pl.Expr) -> pl.Expr:
    """Lowercase text for case-blind matching with plain (fast) regexes; where lowercasing would change the
    length (rare Unicode letters) the text stays as it is, so character offsets stay valid."""
    lower = text.str.to_lowercase()
    return pl.when(lower.str.len_chars() == text.str.len_chars()).then(lower).otherwise(text)


# The only characters for which a case-blind regex on the text and a plain one on `lowered` text can disagree
# (for an ASCII pattern): İ lowercases to two characters, the Kelvin sign to an ASCII "k", and the long s and the
# Kelvin sign are case variants of ASCII letters for the regex engine.
CASE_ODD = ["\u0130", "\u212a", "\u017f"]


def contains_lowered(text: pl.Expr, pattern: str) -> pl.Expr:
    """`lowered(text).str.contains(pattern)` for a lowercase pattern, without lowercasing every text: a
    case-blind regex gives the same answer except on texts with the characters of `CASE_ODD`, which alone
    take the lowercase path."""
    if not pattern.isascii():
        return lowered(text).str.contains(pattern)
    odd = text.str.contains_any(CASE_ODD)
    exact = lowered(pl.when(odd).then(text)).str.contains(pattern)
    return pl.when(odd).then(exact).otherwise(text.str.contains(f"(?i:{pattern})"))


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of `pattern`'s outermost alternation ("a|b(c|d)" -> ["a", "b(c|d)"]); the pattern itself when it
    has none, or when a flag group without a colon ("(?i)") would stop applying to the later alternatives."""
    if re.search(r"\(\?[A-Za-z\-]+\)", pattern):
        return [pattern]
    branches, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: skip to its closing bracket (a "]" right after "[" or "[^" is a literal)
            i += 2 if pattern.startswith("[^", i) else 1
            i += pattern[i] == "]"
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


def contains_any_branch(text: pl.Expr, pattern: str) -> pl.Expr:
    """`text.str.contains(pattern)`, one regex per alternative of its outermost alternation. A rule pattern that
    alternates many shapes, each with Unicode classes and case-blind title lists, outgrows the regex engine's lazy DFA,
    which then falls back to a far slower engine (measured: 10-20x on incident sentences); each alternative alone stays
    small and fast."""
    branches = top_level_branches(pattern)
    if len(branches) == 1:
        return text.str.contains(pattern)
    return pl.any_horizontal([text.str.contains(branch) for branch in branches])


def guarded(text: pl.Expr, words: list[str]) -> pl.Expr:
    """The text where it holds one of the literal words (case-blind), else "": a regex that needs one of them then
    scans only those rows (a cheap literal prefilter; the regex over "" costs nothing)."""
    return pl.when(text.str.contains_any(words, ascii_case_insensitive=True)).then(text).otherwise(pl.lit(""))
