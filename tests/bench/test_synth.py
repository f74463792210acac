"""The synthetic corpus generator: reproducible for a seed, and read by the landing reader as is."""

import datetime as dt
import hashlib
from pathlib import Path

import polars as pl

from bench import synth
from ingest.landing import read_landing


def _digest(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.glob("*.jsonl"))
    }


def test_same_seed_gives_identical_files_whatever_the_worker_count(tmp_path):
    synth.generate(tmp_path / "one", 250, seed=3, chunk_size=100)
    synth.generate(tmp_path / "two", 250, seed=3, chunk_size=100, workers=2)
    assert _digest(tmp_path / "one") == _digest(tmp_path / "two")
    assert len(_digest(tmp_path / "one")) == 3  # 100 + 100 + 50: written chunk by chunk


def test_another_seed_gives_other_articles(tmp_path):
    synth.generate(tmp_path / "a", 50, seed=3, file_prefix="corpus")
    synth.generate(tmp_path / "b", 50, seed=4, file_prefix="corpus")
    texts_a = pl.read_ndjson(tmp_path / "a" / "corpus-00000.jsonl")["text"]
    texts_b = pl.read_ndjson(tmp_path / "b" / "corpus-00000.jsonl")["text"]
    assert not texts_a.equals(texts_b)


def test_landing_reader_keeps_every_generated_article(tmp_path):
    result = synth.generate(tmp_path, 400, seed=7, chunk_size=150, start_date=dt.date(2020, 1, 1), days=10)
    landing = read_landing(tmp_path)
    assert landing.quarantine.height == 0, landing.quarantine
    articles = landing.articles
    assert articles.height == result.articles == 400
    assert articles["article_id"].n_unique() == 400
    assert set(articles["published_at_status"]) == {"ok"}
    assert articles["published_at"].min() == dt.date(2020, 1, 1)
    assert articles["published_at"].max() == dt.date(2020, 1, 10)
    assert articles["text"].str.len_chars().min() > 50


def test_corpus_mixes_incidents_contacts_and_filler(tmp_path):
    synth.generate(tmp_path, 300, seed=7, file_prefix="corpus")
    texts = pl.read_ndjson(tmp_path / "corpus-00000.jsonl")["text"]

    def share(pattern: str) -> float:
        return texts.str.contains(pattern).mean()

    assert 0.2 < share(r"killing|wounding|causing no casualties") < 0.6
    assert 0.2 < share(r"\bmet\b|spoke by phone|visit") < 0.6
    assert share(r"claimed responsibility") > 0.05


def test_increment_on_top_of_a_corpus_has_new_ids_on_the_new_day(tmp_path):
    synth.generate(tmp_path, 100, seed=7, start_date=dt.date(2020, 1, 1), days=5)
    synth.generate(
        tmp_path, 20, seed=7, start_date=dt.date(2020, 1, 7), days=1, first_article=100, file_prefix="nightly"
    )
    landing = read_landing(tmp_path)
    assert landing.quarantine.height == 0
    assert landing.articles.height == 120
    nightly = landing.articles.filter(pl.col("source_file").str.starts_with("nightly"))
    assert nightly.height == 20
    assert set(nightly["published_at"]) == {dt.date(2020, 1, 7)}
