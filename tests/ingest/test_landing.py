"""read_landing on the bundled sample and on small folders built in tmp_path."""

import gzip
import hashlib
import json
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from ingest import landing, schemas
from ingest.errors import ConfigError
from ingest.landing import content_hashes, parse_published_at, prepare_articles, read_landing

SAMPLE_DIR = Path(__file__).parents[2] / "data" / "sample"
SEED_ID = "tna-2020-09-29-us-iraq-embassy-meeting"


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))
    return path


def article(article_id: str, text: str, **fields) -> dict:
    defaults = {"title": "", "published_at": "2021-03-03", "source": "S", "url": ""}
    return {"id": article_id, "text": text, **defaults, **fields}


# --- the bundled sample ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample():
    return read_landing(SAMPLE_DIR)


def test_sample_articles_all_read_without_quarantine(sample):
    # 3 .txt files with sidecars + 5 lines of wire-reports-2021.jsonl
    expected = len(list(SAMPLE_DIR.glob("*.txt"))) + sum(
        1 for path in SAMPLE_DIR.glob("*.jsonl") for line in path.read_text().splitlines() if line.strip()
    )
    assert expected == 8
    assert sample.articles.height == expected
    assert sample.quarantine.height == 0
    assert sample.articles.schema == schemas.ARTICLES
    assert sample.quarantine.schema == schemas.QUARANTINE
    assert sample.articles["article_id"].is_unique().all()


def test_seed_metadata_comes_from_its_sidecar(sample):
    seed = sample.articles.filter(pl.col("article_id") == SEED_ID).row(0, named=True)
    assert seed["published_at"] == date(2020, 9, 29)
    assert seed["published_at_status"] == "ok"
    assert seed["source"] == "The New Arab"
    assert seed["source_file"] == "us-iraq-embassy-meeting.txt"
    assert seed["line_number"] is None
    assert seed["title"].startswith("US and Iraqi officials hold emergency security meeting")
    assert seed["url"] is None  # "" in the sidecar


def test_seed_page_furniture_is_gone(sample):
    text = sample.articles.filter(pl.col("article_id") == SEED_ID)["text"][0]
    lines = text.split("\n")
    assert "|" not in lines
    assert not any(line.startswith(("Read also", "Follow us on")) for line in lines)
    assert "Facebook" not in text
    assert lines[0].startswith("The US ambassador to Iraq, Matthew Tueller, met with")
    assert lines[-1].startswith("Al-Arabiya TV also reported")
    # The title line is not part of the body.
    assert not text.startswith("US and Iraqi officials")


def test_sample_yaml_sidecar_and_jsonl_lines(sample):
    wire = sample.articles.filter(pl.col("article_id") == "wire-2020-09-29-baghdad-airport-rocket").row(
        0, named=True
    )
    assert wire["published_at"] == date(2020, 9, 29)
    assert wire["source"] == "Wire Service"
    jsonl = sample.articles.filter(pl.col("source_file") == "wire-reports-2021.jsonl").sort("line_number")
    assert jsonl["line_number"].to_list() == [1, 2, 3, 4, 5]
    kabul = jsonl.filter(pl.col("article_id") == "wire-2021-03-14-kabul-bombing").row(0, named=True)
    assert kabul["title"] is None  # "" in the file
    assert kabul["text"].count("\n") == 2  # three paragraphs


def test_content_hash_and_text_bytes(sample):
    row = sample.articles.row(0, named=True)
    assert len(row["content_hash"]) == 64
    assert row["text_bytes"] == len(row["text"].encode("utf-8"))


def test_reading_twice_gives_identical_articles(sample):
    assert read_landing(SAMPLE_DIR).articles.equals(sample.articles)


# --- folders built for the test -------------------------------------------------------------------


def test_missing_landing_folder_is_a_one_line_config_error(tmp_path):
    with pytest.raises(ConfigError, match="SITREP_LANDING_DIR") as error:
        read_landing(tmp_path / "nope")
    assert "\n" not in str(error.value)
    assert isinstance(error.value, ValueError)


def test_empty_folder_gives_empty_frames(tmp_path):
    result = read_landing(tmp_path)
    assert result.articles.height == 0 and result.quarantine.height == 0
    assert result.articles.schema == schemas.ARTICLES


def test_id_falls_back_to_content_hash(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"text": "A rocket hit the base."}])
    (tmp_path / "b.txt").write_text("Title\nA car bomb exploded.\n")
    result = read_landing(tmp_path).articles
    assert result.height == 2
    for row in result.iter_rows(named=True):
        assert row["article_id"] == "h-" + row["content_hash"][:16]


def test_content_hashes():
    hashes = content_hashes(pl.Series(["A b\nC", "a B c", "a b  c", "Émile", "émile", ""]))
    assert hashes[0] == hashes[1] == hashlib.sha256(b"a b c").hexdigest()
    assert hashes[2] != hashes[0]  # cleaned text never has double spaces; no need to hide them
    assert hashes[3] != hashes[4]  # only ASCII letters are folded
    assert hashes[5] == hashlib.sha256(b"").hexdigest()


def test_content_hash_ignores_case_and_whitespace(tmp_path):
    write_jsonl(
        tmp_path / "a.jsonl", [{"text": "A  rocket hit\nthe base."}, {"text": "a rocket HIT the base."}]
    )
    result = read_landing(tmp_path)
    assert result.articles.height == 1
    assert result.quarantine["reason"].to_list() == [
        f"duplicate of {result.articles['article_id'][0]} (same content)"
    ]


def test_files_are_read_recursively_in_sorted_path_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "x.txt").write_text("T\nSecond folder.")
    (tmp_path / "a" / "y.txt").write_text("T\nFirst folder.")
    write_jsonl(tmp_path / "c.jsonl", [{"id": "c1", "text": "Third."}])
    result = read_landing(tmp_path).articles
    assert result["source_file"].to_list() == ["a/y.txt", "b/x.txt", "c.jsonl"]


def test_other_extensions_and_hidden_files_are_ignored(tmp_path):
    (tmp_path / "README.md").write_text("# notes")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".partial.txt").write_text("T\nNot yet complete.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("T\nHidden folder.")
    (tmp_path / "kept.txt").write_text("T\nKept.")
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["kept.txt"]
    assert result.quarantine.height == 0


def test_sidecar_fields_override_and_json_wins_over_yaml(tmp_path):
    (tmp_path / "a.txt").write_text("First line title\nBody text.")
    (tmp_path / "a.meta.yaml").write_text("id: from-yaml\n")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"id": "from-json", "title": "Sidecar title", "url": "u"})
    )
    row = read_landing(tmp_path).articles.row(0, named=True)
    assert (row["article_id"], row["title"], row["url"], row["text"]) == (
        "from-json",
        "Sidecar title",
        "u",
        "Body text.",
    )


def test_yaml_sidecar_with_unquoted_date(tmp_path):
    (tmp_path / "a.txt").write_text("T\nBody.")
    (tmp_path / "a.meta.yml").write_text("id: a\npublished_at: 2020-09-29\nsource: Wire\n")
    row = read_landing(tmp_path).articles.row(0, named=True)
    assert (row["published_at"], row["source"]) == (date(2020, 9, 29), "Wire")


def test_broken_sidecar_quarantines_its_article(tmp_path):
    (tmp_path / "a.txt").write_text("T\nBody.")
    (tmp_path / "a.meta.json").write_text("{not json")
    (tmp_path / "b.txt").write_text("T\nOther body.")
    (tmp_path / "c.meta.yaml").write_text("- a list\n")
    (tmp_path / "c.txt").write_text("T\nThird body.")
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["b.txt"]
    reasons = dict(zip(result.quarantine["source_file"], result.quarantine["reason"], strict=True))
    assert reasons["a.txt"].startswith("sidecar a.meta.json unreadable")
    assert reasons["c.txt"].startswith("sidecar c.meta.yaml unreadable")


def test_sidecar_without_article_is_reported(tmp_path):
    (tmp_path / "lonely.meta.json").write_text("{}")
    result = read_landing(tmp_path)
    assert result.quarantine["reason"][0].startswith("sidecar without an article")


def test_jsonl_gz_is_read(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(
            json.dumps(article("g1", "Compressed one.")) + "\n" + json.dumps(article("g2", "Two.")) + "\n"
        )
    result = read_landing(tmp_path).articles
    assert result["article_id"].to_list() == ["g1", "g2"]
    assert result["line_number"].to_list() == [1, 2]


def test_truncated_gzip_keeps_the_lines_before_the_damage(tmp_path):
    lines = b"".join(
        json.dumps(article(f"g{i}", f"Article number {i}.")).encode() + b"\n" for i in range(3000)
    )
    payload = gzip.compress(lines)
    (tmp_path / "a.jsonl.gz").write_bytes(payload[: len(payload) // 2])
    result = read_landing(tmp_path)
    kept = result.articles.height
    assert kept > 0
    assert result.articles["article_id"].to_list() == [f"g{i}" for i in range(kept)]
    assert result.quarantine.rows()[0][:2] == ("a.jsonl.gz", kept + 1)
    assert result.quarantine["reason"][0].startswith("unreadable from this line on")


def test_jsonl_numbers_and_extra_keys(tmp_path):
    write_jsonl(
        tmp_path / "a.jsonl", [{"id": 17, "text": "Numbered.", "section": "x", "published_at": "2021-03-03"}]
    )
    row = read_landing(tmp_path).articles.row(0, named=True)
    assert (row["article_id"], row["published_at"]) == ("17", date(2021, 3, 3))


def test_same_id_with_different_content_keeps_the_first(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [article("x", "Original text.")])
    write_jsonl(tmp_path / "b.jsonl", [article("x", "Corrected text.")])
    result = read_landing(tmp_path)
    assert result.articles["text"].to_list() == ["Original text."]
    assert result.quarantine.row(0)[:3] == (
        "b.jsonl",
        1,
        "article_id x repeated with different content (kept the one in a.jsonl:1)",
    )


def test_chunk_and_batch_boundaries_do_not_change_the_result(tmp_path, monkeypatch):
    rows = [article(f"id{i}", f"Article {i} says " + "ö" * i + ".") for i in range(40)]
    rows[7] = "{broken"
    write_jsonl(tmp_path / "a.jsonl", rows)
    expected = read_landing(tmp_path)
    monkeypatch.setattr(landing, "_READ_CHUNK_BYTES", 7)
    monkeypatch.setattr(landing, "_BATCH_BYTES", 50)
    tiny = read_landing(tmp_path)
    assert tiny.articles.equals(expected.articles)
    assert tiny.quarantine.drop("quarantined_at").equals(expected.quarantine.drop("quarantined_at"))
    assert expected.articles.height == 39
    assert expected.quarantine.select("line_number", "reason").row(0)[0] == 8


# --- pure pieces ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-09-29", date(2020, 9, 29)),
        (" 2020-9-29 ", date(2020, 9, 29)),
        ("2020-09-29T10:00:00Z", date(2020, 9, 29)),
        ("2020-09-29T23:30:00-05:00", date(2020, 9, 29)),
        ("2020-09-29 10:00", date(2020, 9, 29)),
        ("2020/09/29", date(2020, 9, 29)),
        ("29 September 2020", date(2020, 9, 29)),
        ("29 Sep 2020", date(2020, 9, 29)),
        ("September 29, 2020", date(2020, 9, 29)),
        ("Sep. 29, 2020", date(2020, 9, 29)),
        ("Tue, 29 Sep 2020 10:00:00 GMT", date(2020, 9, 29)),
        ("Tuesday, September 29, 2020", date(2020, 9, 29)),
        ("2020-02-30", None),
        ("last Monday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_published_at(value, expected):
    frame = pl.DataFrame({"value": [value]}, schema={"value": pl.String})
    assert frame.select(parse_published_at(pl.col("value")))["value"][0] == expected


def test_prepare_articles_on_a_tiny_frame_with_nulls():
    raw = pl.DataFrame(
        {
            "source_file": ["a.jsonl"] * 5,
            "line_number": [1, 2, 3, 4, 5],
            "id": ["a", None, "c", "d", " "],
            "title": [None, "", "T", None, None],
            "text": ["Kept.", None, "", "|\nRead also: x", "Also kept."],
            "published_at": ["2020-01-02", None, None, None, "soon"],
            "source": [None] * 5,
            "url": [None] * 5,
        },
        schema=landing._RAW_SCHEMA,
    )
    articles, rejected = prepare_articles(raw)
    assert articles.select("text", "published_at_status").rows() == [
        ("Kept.", "ok"),
        ("Also kept.", "unparseable"),
    ]
    assert articles["article_id"][1].startswith("h-")  # blank id
    assert rejected.rows() == [
        ("a.jsonl", 2, "missing text"),
        ("a.jsonl", 3, "empty text"),
        ("a.jsonl", 4, "empty text"),  # only page furniture
    ]


def test_an_incremental_read_skips_files_unchanged_since_the_last_run(tmp_path):
    (tmp_path / "old.jsonl").write_text(
        '{"id": "a1", "title": "", "text": "Old news.", "published_at": "2021-01-01", "source": "W", "url": ""}\n'
    )
    (tmp_path / "story.txt").write_text("Title\nBody of the story.\n")
    (tmp_path / "story.meta.json").write_text('{"id": "s1", "published_at": "2021-01-02"}')
    first = read_landing(tmp_path)
    assert sorted(first.articles["article_id"]) == ["a1", "s1"]
    seen = dict(first.files.iter_rows())
    assert set(seen) == {"old.jsonl", "story.txt"}

    (tmp_path / "new.jsonl").write_text(
        '{"id": "b1", "title": "", "text": "New news.", "published_at": "2021-01-03", "source": "W", "url": ""}\n'
    )
    second = read_landing(tmp_path, already_read=seen)
    assert second.articles["article_id"].to_list() == ["b1"]
    assert set(dict(second.files.iter_rows())) == {"old.jsonl", "story.txt", "new.jsonl"}

    (tmp_path / "story.meta.json").write_text('{"id": "s1", "published_at": "2021-01-05"}')  # sidecar edited
    third = read_landing(tmp_path, already_read=dict(second.files.iter_rows()))
    assert third.articles["article_id"].to_list() == ["s1"]
