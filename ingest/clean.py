"""Cleaning article text: polars expressions, applied to whole columns at once.

`clean_text` (an expression) and `clean_text_column` (the same steps on a frame, faster on large ones)
turn a raw body into ARTICLES.text. In order:
  1. line endings to "\\n", byte-order marks and control characters removed, non-breaking and other
     odd spaces to " ", common HTML entities unescaped, Markdown emphasis markers removed;
  2. markup residue removed: HTML tags (script/style content too), Markdown links/images (the link
     text is kept), heading hashes, quote marks and list bullets;
  3. each line trimmed, runs of spaces collapsed;
  4. page-furniture lines dropped (FURNITURE_PATTERNS): lines that are only punctuation such as "|",
     "Read also: ...", "Read more: ...", "Follow us on Facebook ...", "Subscribe to ...";
  5. hard-wrapped paragraphs re-joined, in texts that separate paragraphs with blank lines (the
     Markdown/e-mail style) and in texts whose lines are mostly of wrapping width (50-100 characters:
     a one-paragraph readout wrapped at 72 columns): a single line break inside a sentence (the line does not end with
     sentence punctuation, or the next line starts in lower case) becomes a space, so that one line
     is one paragraph whatever the source's wrapping;
  6. blank-line runs collapsed, so paragraphs are simply the lines of the text.
Every character offset downstream points into the result.
"""

import polars as pl

from ingest.segment import ABBREVIATIONS

# Note for editors: avoid \b in these regexes (and prefer " " to \s where the text is normalised): a
# Unicode word boundary forces polars' regex engine off its fast path, 10x slower on a large corpus.

# One regex per kind of page-furniture line (matched case-insensitively against a trimmed line).
FURNITURE_PATTERNS: tuple[str, ...] = (
    r"[\p{P}\p{S}][\p{P}\p{S} ]*",  # "|", "***", "---", "• • •"
    r"(?:read|see) (?:also|more).*",
    r"(?:also read|related|recommended|more from|most read) ?:.*",
    r"follow us (?:on|at) .*",
    r"(?:subscribe|sign up) (?:to|for|now).*",
    r"(?:share (?:this|on)|click here to|advertisement$).*",
)
_FURNITURE_LINE = r"(?mi)^(?:" + "|".join(FURNITURE_PATTERNS) + r")$"

# Line lengths (characters) of a hard-wrapped text: most of its lines fall in this range.
WRAPPED_LINE_MIN = 50
WRAPPED_LINE_MAX = 100

# Characters after which a line break ends a sentence rather than wraps one.
_SENTENCE_END = r".!?:;\"”’)\]…"


# Literal replacements done in one Aho-Corasick pass: line endings, invisible characters, odd spaces.
_CHARACTER_FIXES: dict[str, str] = {
    "\r\n": "\n",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\x85": "\n",
    **{invisible: "" for invisible in ("\ufeff", "\u200b", "\u00ad")},
    **{chr(code): "" for code in (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F)},
    **{space: " " for space in ("\t", "\f", "\u00a0", "\u202f", "\u205f", "\u3000")},
    **{chr(code): " " for code in range(0x2000, 0x200B)},
    # The HTML entities that survive in scraped text.
    "&nbsp;": " ",
    "&amp;": "&",
    "&quot;": '"',
    "&#39;": "'",
    "&apos;": "'",
    "&lt;": "<",
    "&gt;": ">",
    "&rsquo;": "’",
    "&lsquo;": "‘",
    "&rdquo;": "”",
    "&ldquo;": "“",
    "&mdash;": "—",
    "&ndash;": "–",
    "&hellip;": "…",
    # Markdown emphasis markers. Here rather than with the other markup so that they also go from
    # inside link texts ("[**used**](url)"), which the markup pass keeps as they are.
    "**": "",
    "__": "",
}


def normalise_characters(text: pl.Expr) -> pl.Expr:
    """Line endings to \\n, BOMs and control characters out, odd spaces to " ", common entities unescaped."""
    # leftmost: at one position the first listed pattern wins, so "\r\n" is one break, not two.
    return text.str.replace_many(list(_CHARACTER_FIXES), list(_CHARACTER_FIXES.values()), leftmost=True)


# Markup, as one regex so that it costs one pass: script/style blocks, comments, tags, Markdown
# images, and line markers (heading hashes, quotes, list bullets) are removed; a Markdown
# link [text](url "title") keeps its text (group 1, empty for every other alternative).
# A Markdown link target: no spaces, parentheses only in balanced pairs ("...(ICE)%20raids").
_URL = r"(?:[^()\s]|\([^()\s]*\))*"
_MARKUP_PARTS = (
    r"(?is:<(?:script|style)[\s>].*?</(?:script|style) *>)",
    r"(?s:<!--.*?-->)",
    r"</?[A-Za-z][A-Za-z0-9-]*(?:[ \n/][^<>]*)?>",
    r"!\[[^\]\n]*\]\(" + _URL + r"\)",
    r"\[([^\]]*)\]\(" + _URL + r"(?: \"[^\"]*\")?\)",
    r"(?m:^ *(?:#{1,6}|>|[-*+•]|\d{1,3}[.)]) +)",
)
_MARKUP = "|".join(_MARKUP_PARTS)


def strip_markup(text: pl.Expr) -> pl.Expr:
    """Remove HTML tags and Markdown syntax left in article bodies, keeping the readable text.

    Expects normalise_characters output (entities are unescaped there).
    """
    return text.str.replace_all(_MARKUP, "${1}")


def tidy_lines(text: pl.Expr) -> pl.Expr:
    """Trim each line and collapse runs of spaces inside it."""
    # After normalise_characters the only horizontal whitespace left is " ".
    return text.str.replace_all(r" *\n *", "\n").str.replace_all(r" {2,}", " ").str.strip_chars(" ")


def drop_furniture(text: pl.Expr) -> pl.Expr:
    """Empty every page-furniture line (the line break stays; blank runs are collapsed later)."""
    return text.str.replace_all(_FURNITURE_LINE, "")


# A line break inside a sentence: after a character that does not end one (the next line is not
# blank), or before a lower-case letter. One pass; a line of a single character can hide the break
# after it, which is rare enough to accept.
# A line that ends with a middle initial ("President Michael D.") is cut inside a name, not at a sentence end.
# So is one that ends with a title or other abbreviation that never ends a sentence ("Advisor Dr.", "a St.").
_WRAPPED_BREAK = (
    r"([^" + _SENTENCE_END + r"\n])\n([^\n])|([" + _SENTENCE_END + r"])\n(\p{Ll})|( \p{Lu}\.)\n(\p{Lu}\p{Ll})"
    r"|((?:^|[^\p{L}])(?:" + "|".join(ABBREVIATIONS) + r")\.)\n(\p{Lu})"
    # a bracket closed without sentence punctuation is mid-sentence: "met today with Republic of Korea (ROK)\nPresident"
    r"|([^.!?…\n][)\]])\n(\p{Lu})"
)


def unwrap_lines(text: pl.Expr) -> pl.Expr:
    """Join hard-wrapped lines: a break inside a sentence becomes a space.

    A break is kept when the line ends with sentence punctuation and the next line does not start in
    lower case.
    """
    return text.str.replace_all(_WRAPPED_BREAK, "${1}${3}${5}${7}${9} ${2}${4}${6}${8}${10}")


def collapse_blank_lines(text: pl.Expr) -> pl.Expr:
    """One line break between paragraphs, none at the start or end."""
    return text.str.replace_all(r"\n{2,}", "\n").str.strip_chars("\n ")


def clean_text(text: pl.Expr) -> pl.Expr:
    """The full cleaning chain (see the module docstring) as one expression. Null stays null.

    Convenient on small frames. On large ones use clean_text_column: same steps, but each computed
    once (polars does not share the repeated sub-expressions of this form).
    """
    tidy = tidy_lines(strip_markup(normalise_characters(text)))
    without_furniture = drop_furniture(tidy)
    return collapse_blank_lines(
        pl.when(_may_be_wrapped(tidy)).then(unwrap_lines(without_furniture)).otherwise(without_furniture)
    )


def clean_text_column(frame: pl.DataFrame, column: str = "text") -> pl.DataFrame:
    """`frame` with `column` replaced by clean_text of it, each step computed once."""
    text = pl.col(column)
    return (
        frame.lazy()
        .with_columns(tidy_lines(strip_markup(normalise_characters(text))).alias(column))
        .with_columns(_may_be_wrapped(text).alias("_may_be_wrapped"), drop_furniture(text).alias(column))
        # unwrap_lines runs on every row but only texts that may be wrapped take its result; on the
        # others it finds few matches, so it costs little.
        .with_columns(
            pl.when(pl.col("_may_be_wrapped")).then(unwrap_lines(text)).otherwise(text).alias(column)
        )
        .with_columns(collapse_blank_lines(text).alias(column))
        .drop("_may_be_wrapped")
        .collect()
    )


# A hard-wrapped line: wrapping at 60-80 columns leaves lines of about that length.
_WRAP_WIDTH_LINE = r"(?m)^[^\n]{" + str(WRAPPED_LINE_MIN) + "," + str(WRAPPED_LINE_MAX) + r"}$"


def _may_be_wrapped(tidy: pl.Expr) -> pl.Expr:
    # Texts that separate paragraphs with blank lines may be hard-wrapped, and so are texts of three or
    # more lines most of which (two in three) are of wrapping width: a one-paragraph readout wrapped at 72
    # columns. In the one-line-per-paragraph style lines are mostly longer or shorter than that, and a
    # break is a paragraph end even after a line without punctuation.
    lines = tidy.str.count_matches("\n", literal=True) + 1
    wrap_width_lines = tidy.str.count_matches(_WRAP_WIDTH_LINE)
    return tidy.str.contains("\n\n", literal=True) | ((lines >= 3) & (wrap_width_lines * 3 >= lines * 2))


def clean_title(title: pl.Expr) -> pl.Expr:
    """A one-line title without markup; empty becomes null."""
    one_line = strip_markup(normalise_characters(title)).str.replace_all(r"[ \n]+", " ").str.strip_chars()
    return pl.when(one_line != "").then(one_line)
