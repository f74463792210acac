import datetime as dt

import polars as pl

from ingest.extract.dates import date_mentions

PUB = dt.date(2024, 5, 15)  # a Wednesday


def _dates(texts, published=PUB):
    frame = pl.DataFrame({"article_id": ["a"] * len(texts), "sentence_index": list(range(len(texts))),
                          "text": texts, "published_at": [published] * len(texts)},
                         schema_overrides={"published_at": pl.Date})
    return date_mentions(frame)


def test_relative_days_resolve_against_publication():
    out = _dates(["The talks ended today.", "Crowds gathered yesterday.", "Ministers met on Friday.",
                  "It happened on Wednesday."])
    assert out["date_on"].to_list() == [PUB, dt.date(2024, 5, 14), dt.date(2024, 5, 10), PUB]
    assert set(out["date_granularity"]) == {"day"}


def test_explicit_month_year_and_week():
    out = _dates(["Fighting resumed on 3 March 2023 and ended March 9, 2023.", "In August 2021 the port fell.",
                  "A ceasefire was signed in 1998.", "Shelling intensified last week."])
    rows = list(zip(out["date_on"], out["date_granularity"]))
    assert rows == [(dt.date(2023, 3, 3), "day"), (dt.date(2023, 3, 9), "day"), (dt.date(2021, 8, 1), "month"),
                    (dt.date(1998, 1, 1), "year"), (dt.date(2024, 5, 6), "week")]


def test_weekday_span_and_day_without_year():
    out = _dates(["Clashes on Monday and Tuesday left the town empty.", "The deal signed on December 2 holds."])
    assert out.row(0, named=True)["date_until"] == dt.date(2024, 5, 14)
    assert out["date_on"].to_list() == [dt.date(2024, 5, 13), dt.date(2023, 12, 2)]


def test_missing_publication_date_gives_unknown_for_relative_words_only():
    out = _dates(["Officials met today.", "In 2015 the bridge was rebuilt."], published=None)
    assert out["date_on"].to_list() == [None, dt.date(2015, 1, 1)]
    assert out["date_granularity"].to_list() == ["unknown", "year"]


def test_empty_and_null_text():
    assert _dates(["", None]).is_empty()
    assert "3,000 troops" and _dates(["The army sent 3,000 troops."]).is_empty()


def test_day_without_year_takes_the_year_nearest_publication():
    # published 28 August: "August 29" is tomorrow (an announcement, another time zone), not last year's
    out = _dates(["The envoys will meet on August 29.", "Talks opened on 27 August.", "The truce of March 3 held.",
                  "Officials expect a vote by December 1."], published=dt.date(2024, 8, 28))
    # the nearest year either way: March is 178 days back (187 ahead); December 1 is 95 days ahead
    assert out["date_on"].to_list() == [dt.date(2024, 8, 29), dt.date(2024, 8, 27), dt.date(2024, 3, 3),
                                        dt.date(2024, 12, 1)]
    # early January: "December 30" is days ago; "February 29" exists only in leap years
    out = _dates(["Gunmen struck on December 30.", "The law passed on February 29."], published=dt.date(2025, 1, 2))
    assert out["date_on"].to_list() == [dt.date(2024, 12, 30), dt.date(2024, 2, 29)]
