"""Date expressions in sentences, resolved against the article's published_at.

"today" = published_at; "Monday" = the latest Monday on or before published_at; "last week" = the week
before (granularity week); "December 2019" = 2019-12-01 (month); "in 2012" = 2012-01-01 (year);
"September 28, 2020" / "28 September 2020" = that day. Without published_at, relative expressions resolve
to null with granularity unknown.
"""

import polars as pl

from ingest.extract.text import find_all

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH = "|".join(MONTHS)
_DAY = "|".join(WEEKDAYS)
_ORD = r"(?:st|nd|rd|th)?"

DATE_PATTERN = (
    rf"(?-u:\b)(?:(?:{_MONTH}) \d{{1,2}}{_ORD},? \d{{4}}|\d{{1,2}}{_ORD} (?:{_MONTH}),? \d{{4}}"
    rf"|(?:{_MONTH}) \d{{1,2}}{_ORD}(?-u:\b)|\d{{1,2}}{_ORD} (?:{_MONTH})"
    rf"|(?:early |late |mid-)?(?:{_MONTH}),? (?:19|20)\d\d"
    rf"|(?:{_DAY})(?: (?:and|or|to|through|-) (?:{_DAY}))?"
    r"|[Tt]oday|[Yy]esterday|[Tt]onight|this (?:morning|afternoon|evening)|[Ll]ast (?:week|month|year)"
    r"|[Tt]his (?:week|month|year)|(?:19|20)\d\d)(?-u:\b)"
)

DATE_MENTION_COLUMNS = ["date_text", "date_start", "date_end", "date_on", "date_until", "date_granularity"]


def _month_number(name: pl.Expr) -> pl.Expr:
    return name.replace_strict(MONTHS, list(range(1, 13)), default=None, return_dtype=pl.Int32)


def _weekday_number(name: pl.Expr) -> pl.Expr:
    return name.replace_strict(WEEKDAYS, list(range(1, 8)), default=None, return_dtype=pl.Int32)


def _latest_weekday(published: pl.Expr, weekday: pl.Expr) -> pl.Expr:
    """The latest given weekday (1=Monday) on or before published."""
    back = (published.dt.weekday().cast(pl.Int32) - weekday + 7) % 7
    return published - pl.duration(days=back)


def resolve_dates(frame: pl.DataFrame, published_col: str = "published_at") -> pl.DataFrame:
    """Add date_on, date_until, date_granularity for the expressions in `date_text`."""
    t = pl.col("date_text")
    pub = pl.col(published_col)
    day_month_year = t.str.extract_groups(rf"^(?P<m1>{_MONTH}) (?P<d1>\d{{1,2}}){_ORD},? (?P<y1>\d{{4}})$")
    dmy = t.str.extract_groups(rf"^(?P<d2>\d{{1,2}}){_ORD} (?P<m2>{_MONTH}),? (?P<y2>\d{{4}})$")
    md = t.str.extract_groups(rf"^(?:(?P<m3>{_MONTH}) (?P<d3>\d{{1,2}}){_ORD}|(?P<d4>\d{{1,2}}){_ORD} (?P<m4>{_MONTH}))$")
    month_year = t.str.extract_groups(rf"(?P<m5>{_MONTH}),? (?P<y5>\d{{4}})$")
    weekdays = t.str.extract_groups(rf"^(?P<w1>{_DAY})(?: \S+ (?P<w2>{_DAY}))?$")
    frame = frame.with_columns(
        _dmy=day_month_year, _dmy2=dmy, _md=md, _my=month_year, _wd=weekdays, _lower=t.str.to_lowercase()
    ).unnest("_dmy", "_dmy2", "_md", "_my", "_wd")

    def make_date(y: pl.Expr, m: pl.Expr, d: pl.Expr) -> pl.Expr:
        return pl.format("{}-{}-{}", y, m, d).str.to_date("%Y-%-m-%-d", strict=False)

    md_month = _month_number(pl.coalesce("m3", "m4"))
    md_day = pl.coalesce("d3", "d4")
    # a day-month without year is the one of its year before, of or after publication nearest to it: an article
    # of 28 August about "August 29" (another time zone, an announcement) means the next day, not last year's
    md_candidates = [make_date(pub.dt.year() + shift, md_month, md_day) for shift in (0, -1, 1)]
    md_distance = [(c - pub).dt.total_days().abs() for c in md_candidates]
    md_nearest = pl.when(md_distance[0] <= pl.min_horizontal(md_distance[1:])).then(md_candidates[0]).when(
        md_distance[1] <= md_distance[2].fill_null(10**6)).then(md_candidates[1]).otherwise(
        pl.coalesce(md_candidates[2], md_candidates[1], md_candidates[0]))
    lower = pl.col("_lower")
    is_year = t.str.contains(r"^(?:19|20)\d\d$")
    on = (
        pl.when(pl.col("y1").is_not_null()).then(make_date(pl.col("y1"), _month_number(pl.col("m1")), pl.col("d1")))
        .when(pl.col("y2").is_not_null()).then(make_date(pl.col("y2"), _month_number(pl.col("m2")), pl.col("d2")))
        .when(md_day.is_not_null())
        .then(md_nearest)
        .when(pl.col("y5").is_not_null()).then(make_date(pl.col("y5"), _month_number(pl.col("m5")), pl.lit(1)))
        .when(pl.col("w1").is_not_null()).then(_latest_weekday(pub, _weekday_number(pl.col("w1"))))
        .when(lower.is_in(["today", "tonight", "this morning", "this afternoon", "this evening"])).then(pub)
        .when(lower == "yesterday").then(pub - pl.duration(days=1))
        .when(lower == "last week").then((pub - pl.duration(days=7)).dt.truncate("1w"))
        .when(lower == "this week").then(pub.dt.truncate("1w"))
        .when(lower == "last month").then(pub.dt.offset_by("-1mo").dt.month_start())
        .when(lower == "this month").then(pub.dt.month_start())
        .when(lower == "last year").then(make_date(pub.dt.year() - 1, pl.lit(1), pl.lit(1)))
        .when(lower == "this year").then(make_date(pub.dt.year(), pl.lit(1), pl.lit(1)))
        .when(is_year).then(make_date(t, pl.lit(1), pl.lit(1)))
    )
    granularity = (
        pl.when(pl.col("y1").is_not_null() | pl.col("y2").is_not_null() | md_day.is_not_null()).then(pl.lit("day"))
        .when(pl.col("y5").is_not_null()).then(pl.lit("month"))
        .when(pl.col("w1").is_not_null() | lower.is_in(["today", "tonight", "this morning", "this afternoon",
                                                        "this evening", "yesterday"])).then(pl.lit("day"))
        .when(lower.str.ends_with("week")).then(pl.lit("week"))
        .when(lower.str.ends_with("month")).then(pl.lit("month"))
        .when(lower.str.ends_with("year") | is_year).then(pl.lit("year"))
    )
    until = pl.when(pl.col("w2").is_not_null()).then(_latest_weekday(pub, _weekday_number(pl.col("w2"))))
    frame = frame.with_columns(date_on=on.cast(pl.Date), date_until=until.cast(pl.Date))
    # a span read backwards from publication ("Sunday and Monday") must not end before it starts
    frame = frame.with_columns(
        date_until=pl.when(pl.col("date_until") < pl.col("date_on")).then(None).otherwise(pl.col("date_until")),
        date_granularity=pl.when(pl.col("date_on").is_null()).then(pl.lit("unknown")).otherwise(granularity),
    )
    return frame.drop("m1", "d1", "y1", "d2", "m2", "y2", "m3", "d3", "d4", "m4", "m5", "y5", "w1", "w2", "_lower")


def date_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """Every date expression: article_id, sentence_index, date_text, date_start/end (in the sentence), date_on,
    date_until, date_granularity. `sentences` needs `text` (the normalised sentence) and `published_at`."""
    # most sentences tell no date: a match test first is cheaper than find_all's rewrite of every text
    base = sentences.select("article_id", "sentence_index", "text", "published_at")
    found = find_all(base.filter(pl.col("text").str.contains(DATE_PATTERN)), DATE_PATTERN, match_col="date_text")
    found = found.rename({"date_text_start": "date_start", "date_text_end": "date_end"})
    resolved = resolve_dates(found)
    return resolved.select("article_id", "sentence_index", *DATE_MENTION_COLUMNS)


def nearest_date(events: pl.DataFrame, dates: pl.DataFrame, position_col: str,
                 not_theirs: pl.DataFrame | None = None) -> pl.DataFrame:
    """Attach to each event the date expression of its sentence nearest to `position_col`.

    Events keep their own date: in "In December 2019, a US airstrike ... and in January 2020, the US
    assassinated ..." each verb takes the nearer expression. Events without one get nulls/unknown.
    `not_theirs` (event key columns + date_start) lists expressions an event must not take.
    """
    keyed = events.with_row_index("_event")
    joined = keyed.join(dates, on=["article_id", "sentence_index"], how="inner")
    if not_theirs is not None:
        joined = joined.join(not_theirs, on=not_theirs.columns, how="anti")
    best = (
        joined.with_columns(_distance=(pl.col("date_start") - pl.col(position_col)).abs())
        .sort("_event", "_distance", "date_start", "date_end")
        .unique(subset="_event", keep="first")
        .select("_event", *DATE_MENTION_COLUMNS)
    )
    out = keyed.join(best, on="_event", how="left").drop("_event")
    return out.with_columns(pl.col("date_granularity").fill_null("unknown"))
