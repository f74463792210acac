"""Split ARTICLES.text into paragraphs and sentences, with character offsets into the text.

Paragraphs are the non-empty lines of the text (ingest/clean.py puts one paragraph per line). A
sentence ends at . ! ? or … (optionally followed by closing quotes or brackets) when spaces and then a
capital letter, an opening quote/bracket or a digit follow, except after:
  - a listed abbreviation (ABBREVIATIONS: titles and ranks, months, "No.", "vs.", ...);
  - a single capital initial ("J. Smith") or a dotted acronym ("U.S.", "U.N.", "e.g.", "a.m.").
Decimals ("3.5") never split because no space follows the point. Sentences are trimmed of surrounding
whitespace, and text[char_start:char_end] == sentence_text always holds.

All of it runs as polars string expressions over whole columns: sentence ends are marked by a regex
replacement with a character absent from the texts, marks after abbreviations are taken back, and the
marked text is split into lines and sentences and exploded; offsets are cumulative lengths. They count
characters (code points, as Python's str indexes them), never bytes: polars' str.find counts bytes,
so it is not used here, while str.len_chars counts characters.
"""

import polars as pl

from ingest import schemas

# Words that end with a full stop but rarely end a sentence. Case matters ("No." but not "no.").
# Left out on purpose because they often do end one: Inc., Co., Corp., Ltd., etc.
# fmt: off
ABBREVIATIONS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
    "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Amb", "Pres", "Sec", "Supt",
    "Insp", "Det", "Jr", "Sr", "St", "Mt", "Ft",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "Art", "Vol", "vs", "approx", "est", "cf", "al",
)
# fmt: on

# Candidates for the boundary mark, in order; the first absent from every text is used, so that
# splitting on it is exact. Cleaned text never holds C0 controls, so the first one always serves.
_MARK_CANDIDATES = ("\x1f", "\x1e", "\x1d", "\x1c", *(chr(code) for code in range(0xE000, 0xE010)))
# Where a sentence may end: punctuation, closing quotes/brackets, spaces, then a capital, a digit or an
# opening quote/bracket. The mark goes right after the punctuation (before the spaces), so that the
# abbreviation check below still sees the character before an abbreviation that follows a mark.
_CANDIDATE_END = r"([.!?…]+[\"'”’)\]]*)( +)([\"“‘'(\[\p{Lu}\d])"
# Marks to take back. No \b here: a Unicode word boundary forces polars' slow regex engine; the
# captured preceding character does the same job.
_NOT_AN_END = r"(^|[^\p{L}\p{N}_.’'-])((?:\p{L}\.){2,}|\p{Lu}\.|(?:" + "|".join(ABBREVIATIONS) + r")\.)"


def choose_mark(texts: pl.Series) -> str:
    """A character that occurs in none of `texts` (or, failing that, the first candidate)."""
    for mark in _MARK_CANDIDATES:
        if not texts.str.contains(mark, literal=True).any():
            return mark
    return _MARK_CANDIDATES[0]


def mark_sentence_ends(text: pl.Expr, mark: str = _MARK_CANDIDATES[0]) -> pl.Expr:
    """`text` with `mark` inserted after the punctuation that ends each sentence but the last of a line.

    Only marks are added: removing them gives `text` back (any `mark` already in `text` becomes a
    space first; choose_mark avoids that case).
    """
    neutral = text.str.replace_all(mark, " ", literal=True)
    marked = neutral.str.replace_all(_CANDIDATE_END, "${1}" + mark + "${2}${3}")
    return marked.str.replace_all(_NOT_AN_END + mark, "${1}${2}")


def _offset_in_run(length: pl.Expr, key: pl.Expr) -> pl.Expr:
    """Sum of `length` over the rows before this one with the same `key`, for rows sorted by `key`.

    The same as `length.cum_sum().over(key) - length`, without grouping: a paragraph has few sentences and
    a window over 0.3 M small groups cost more than the rest of the step.
    """
    before = length.cum_sum() - length
    return before - pl.when(key != key.shift(1)).then(before).otherwise(None).forward_fill().fill_null(0)


def split_sentences(articles: pl.DataFrame) -> pl.DataFrame:
    """SENTENCES for ARTICLES: one row per sentence, text[char_start:char_end] == sentence_text."""
    texts = articles.get_column("text").fill_null("")
    mark = choose_mark(texts)
    lines = (
        articles.select(
            pl.int_range(pl.len(), dtype=pl.Int64).alias("document"),
            "article_id",
            mark_sentence_ends(pl.col("text").fill_null(""), mark).str.split("\n").alias("line"),
        )
        .explode("line")
        .with_columns(
            line_length=(
                pl.col("line").str.len_chars() - pl.col("line").str.count_matches(mark, literal=True)
            ).cast(pl.Int64)
        )
        .with_columns(
            # Each line starts one character (the "\n") after the end of the previous one.
            line_start=(pl.col("line_length") + 1).cum_sum().over("document") - (pl.col("line_length") + 1)
        )
        .filter(pl.col("line").str.strip_chars() != "")
        .with_columns(
            paragraph_index=pl.int_range(pl.len(), dtype=pl.Int32).over("document"),
            paragraph=pl.int_range(pl.len(), dtype=pl.Int64),  # one key per paragraph: cheap windows
        )
    )
    pieces = (
        lines.select(
            "document",
            "article_id",
            "paragraph_index",
            "paragraph",
            "line_start",
            pl.col("line").str.split(mark).alias("piece"),
        )
        .explode("piece")
        .with_columns(piece_length=pl.col("piece").str.len_chars().cast(pl.Int64))
        .with_columns(
            piece_start=_offset_in_run(pl.col("piece_length"), pl.col("paragraph")),
            leading_space=pl.col("piece_length") - pl.col("piece").str.strip_chars_start().str.len_chars(),
            sentence_text=pl.col("piece").str.strip_chars(),
        )
        .filter(pl.col("sentence_text") != "")
    )
    char_start = pl.col("line_start") + pl.col("piece_start") + pl.col("leading_space")
    sentences = pieces.select(
        "article_id",
        "paragraph_index",
        pl.int_range(pl.len(), dtype=pl.Int32).over("document").alias("sentence_index"),
        char_start.alias("char_start"),
        (char_start + pl.col("sentence_text").str.len_chars()).alias("char_end"),
        "sentence_text",
    )
    return schemas.conform(sentences, schemas.SENTENCES)
