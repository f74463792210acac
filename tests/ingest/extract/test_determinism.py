"""The same input must give the same frames, row for row, whatever the input order: the warehouse is rebuilt
from them and a rebuild must be identical. Ties are where this breaks (two people at the same position, two
cities of the same population, joins that do not keep row order), so the texts below are full of them."""

import datetime as dt

import polars as pl
import pytest

from ingest.extract import extract
from ingest.segment import split_sentences
from tests.ingest.extract.conftest import make_articles

DAY = dt.date(2023, 3, 17)  # a Friday

TEXTS = [
    (
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Anna Lind of Sweden and President Jan Nowak "
        "of Poland. Biden and Lind discussed energy. President Biden met Nowak on Wednesday in Warsaw."
    ),
    (
        "Iraqi President Barham Salih and Prime Minister Mustafa Al-Kadhimi met US ambassador to Iraq, Matthew "
        "Tueller, in Baghdad. Tueller said a rocket attack on Baghdad airport killed two people on Monday."
    ),
    (
        "A car bomb exploded in Mosul on Tuesday, killing at least 12 people and wounding dozens. ISIS claimed "
        "responsibility. A second bomb killed three in Mosul. Gunmen attacked a checkpoint near Kirkuk."
    ),
    (
        "Foreign Minister Ali Reza spoke with Foreign Minister Ana Costa by phone. Reza phoned Costa and "
        "Minister Ana Costa again today. The two ministers met in Paris and in Paris again."
    ),
    (
        "Turkish warplanes struck suspected PKK positions in northern Iraq, killing five militants, the ministry "
        "said. The strikes hit Sinjar and Sinjar district. Iran-backed militias were planning an attack."
    ),
    "",
    (
        "The President spoke with Chancellor Olaf Scholz of Germany and President Emmanuel Macron of France "
        "today. The leaders discussed Ukraine."
    ),
]


def _articles():
    rows = [(f"a{i}", text, DAY) for i, text in enumerate(TEXTS)]
    # the same texts under other ids: identical content must not collide
    rows += [(f"b{i}", text, DAY) for i, text in enumerate(TEXTS)]
    return make_articles(rows, source="The White House")


def _run(articles, reference):
    ex = extract(articles, split_sentences(articles), reference)
    return {name: getattr(ex, name) for name in
            ("actor_mentions", "incident_mentions", "contact_mentions", "contact_participants")}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_extraction_is_identical_whatever_the_input_order(reference, seed):
    articles = _articles()
    first = _run(articles, reference)
    again = _run(articles, reference)
    shuffled = _run(articles.sample(fraction=1.0, shuffle=True, seed=seed), reference)
    assert first["contact_mentions"].height >= 4 and first["incident_mentions"].height >= 3
    for name, frame in first.items():
        # row for row, indices included, without re-sorting
        assert frame.equals(again[name]), name
        assert frame.equals(shuffled[name]), name


def test_same_text_under_two_ids_gives_the_same_rows(reference):
    out = _run(_articles(), reference)
    for name, frame in out.items():
        first_copy = frame.filter(pl.col("article_id").str.starts_with("a")).drop("article_id")
        second_copy = frame.filter(pl.col("article_id").str.starts_with("b")).drop("article_id")
        assert first_copy.height * 2 == frame.height
        assert first_copy.equals(second_copy), name


def test_an_articles_rows_do_not_depend_on_the_other_articles_of_the_call(reference):
    # the pipeline extracts articles in chunks of any size, and the unit tests batch a module's sentences into one
    # call (conftest.ModuleBatch): both rely on this
    articles = make_articles([(f"a{i}", text, DAY) for i, text in enumerate(TEXTS)], source="The White House")
    together = _run(articles, reference)
    for i in range(len(TEXTS)):
        alone = _run(articles.slice(i, 1), reference)
        for name, frame in together.items():
            assert frame.filter(pl.col("article_id") == f"a{i}").equals(alone[name]), (name, TEXTS[i][:40])
