import ast
import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from ingest import schemas
from ingest.extract import Extraction, load_reference


@pytest.fixture(scope="session")
def reference():
    return load_reference()


def make_articles(rows: list[tuple[str, str, dt.date | None]], source: str = "Test Wire") -> pl.DataFrame:
    """ARTICLES frame from (article_id, text, published_at)."""
    frame = pl.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "source_file": ["test.jsonl"] * len(rows),
            "line_number": list(range(1, len(rows) + 1)),
            "title": [""] * len(rows),
            "text": [r[1] for r in rows],
            "published_at": [r[2] for r in rows],
            "published_at_status": ["ok"] * len(rows),
            "source": [source] * len(rows),
            "url": [""] * len(rows),
            "content_hash": [r[0] for r in rows],
            "text_bytes": [len((r[1] or "").encode()) for r in rows],
        },
        schema=schemas.ARTICLES,
    )
    return frame


def one_sentence_per_line(articles: pl.DataFrame) -> pl.DataFrame:
    """A tiny stand-in splitter for unit tests: each line of the text is one sentence."""
    lines = articles.select("article_id", pl.col("text").fill_null("").str.split("\n").alias("sentence_text")).explode(
        "sentence_text")
    lines = lines.with_columns(
        sentence_index=pl.int_range(pl.len(), dtype=pl.Int32).over("article_id"),
        _len=pl.col("sentence_text").str.len_chars().cast(pl.Int64),
    ).with_columns(char_start=(pl.col("_len") + 1).cum_sum().over("article_id") - pl.col("_len") - 1)
    return lines.select(
        "article_id",
        pl.col("sentence_index").alias("paragraph_index"),
        "sentence_index",
        "char_start",
        (pl.col("char_start") + pl.col("_len")).alias("char_end"),
        "sentence_text",
    )


DEFAULT_SOURCE = "Test Wire"


class ModuleBatch:
    """The extraction of every text a test module may ask for, computed in one `extract` call.

    An `extract` call has a fixed cost of about 1.4 s whatever its size: it compiles a few hundred regexes and
    polars keeps only 32 per thread. Called once per sentence of a table, that cost made most of the test time.
    So the first single-article call of a module extracts every string literal of the module (as its own
    article, on the module's DAY) at once, and later calls are answered from it. An article's rows do not depend
    on the other articles of a call (test_determinism checks it); a call the batch does not hold runs alone.
    """

    def __init__(self, module_path: Path, day: dt.date | None):
        self.module_path = module_path
        self.day = day
        self._by_text: dict[str, dict[str, pl.DataFrame | None]] | None = None  # text -> its frames

    def _texts(self) -> list[str]:
        tree = ast.parse(self.module_path.read_text())
        literals = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
        return sorted(t for t in literals if " " in t.strip())

    def _extract_all(self, reference) -> dict[str, dict[str, pl.DataFrame | None]]:
        from ingest.extract import extract

        texts = self._texts()
        ids = [f"batch-{i}" for i in range(len(texts))]
        articles = make_articles([(i, t, self.day) for i, t in zip(ids, texts, strict=True)], DEFAULT_SOURCE)
        whole = extract(articles, one_sentence_per_line(articles), reference)
        frames = {name: getattr(whole, name).partition_by("article_id", as_dict=True) for name in _SCHEMAS}
        return {text: {name: frames[name].get((article_id,)) for name in frames}
                for article_id, text in zip(ids, texts, strict=True)}

    def lookup(self, rows, source, reference) -> Extraction | None:
        if len(rows) != 1 or source != DEFAULT_SOURCE or rows[0][2] != self.day or self.day is None:
            return None
        article_id, text, _ = rows[0]
        if self._by_text is None:
            self._by_text = self._extract_all(reference)
        if text not in self._by_text:
            return None
        frames = self._by_text[text]
        return Extraction(**{
            name: (frame if frame is not None else pl.DataFrame(schema=_SCHEMAS[name])).with_columns(
                article_id=pl.lit(article_id, pl.String)) for name, frame in frames.items()})


_SCHEMAS = {"actor_mentions": schemas.ACTOR_MENTIONS, "incident_mentions": schemas.INCIDENT_MENTIONS,
            "contact_mentions": schemas.CONTACT_MENTIONS, "contact_participants": schemas.CONTACT_PARTICIPANTS}
_BATCHES: dict[Path, ModuleBatch] = {}


@pytest.fixture
def run(reference, request):
    """run(rows, source) -> Extraction of ARTICLES rows (article_id, text, published_at), one sentence per line."""
    from ingest.extract import extract

    module_path = Path(request.module.__file__)
    batch = _BATCHES.setdefault(module_path, ModuleBatch(module_path, getattr(request.module, "DAY", None)))

    def _run(rows, source=DEFAULT_SOURCE):
        batched = batch.lookup(rows, source, reference)
        if batched is not None:
            return batched
        articles = make_articles(rows, source)
        return extract(articles, one_sentence_per_line(articles), reference)

    return _run


def first_incident(run, text: str, day: dt.date, occurred_only: bool = True) -> dict:
    """The first incident (by position) of a one-article text, as a dict; only occurred ones unless told."""
    incidents = run([("x", text, day)]).incident_mentions
    if occurred_only:
        incidents = incidents.filter(pl.col("status") == "occurred")
    assert incidents.height >= 1, text
    return incidents.sort("sentence_index", "char_start").row(0, named=True)


def assert_no_incident(run, text: str, day: dt.date) -> None:
    """A one-article text tells no occurred incident (a look-alike)."""
    occurred = run([("x", text, day)]).incident_mentions.filter(pl.col("status") == "occurred")
    assert occurred.height == 0, text


def place_of(run, text: str, day: dt.date) -> tuple[str | None, str | None]:
    """The first occurred incident's (city, country_code)."""
    row = first_incident(run, text, day)
    return row["city"], row["country_code"]


def doer_of(run, text: str, day: dt.date) -> tuple[str | None, str | None]:
    """The first occurred incident's (perpetrator_name, perpetrator_status)."""
    row = first_incident(run, text, day)
    return row["perpetrator_name"], row["perpetrator_status"]


def assert_doer(run, text: str, day: dt.date, doer: str | None, status: str | None = "any") -> None:
    """The first incident's perpetrator_name is `doer`; its perpetrator_status is `status` unless the case says "any"."""
    name, found_status = doer_of(run, text, day)
    assert name == doer, text
    if status != "any":
        assert found_status == status, text


def assert_toll(run, text: str, day: dt.date, killed: int | None, wounded: int | None | str) -> None:
    """The first incident's killed_min is `killed`; its wounded_min is `wounded` unless the case says "any"."""
    row = first_incident(run, text, day)
    assert row["killed_min"] == killed, text
    if wounded != "any":
        assert row["wounded_min"] == wounded, text
