"""Issue 5, read side: each bad input gets a quarantine row (or is kept, where the policy says so)
and the good input beside it is kept."""

import codecs
import json
import os
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import pytest

from ingest import landing
from ingest.landing import read_landing

GOOD = {"id": "good", "title": "Good", "text": "A good article.", "published_at": "2021-03-03", "source": "S"}


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))
    return path


def reasons(result) -> dict[tuple[str, int | None], str]:
    return {
        (f, n): r for f, n, r in result.quarantine.select("source_file", "line_number", "reason").iter_rows()
    }


def good_txt(folder: Path, name: str = "good.txt") -> None:
    (folder / name).write_text("Good title\nA good plain-text article.\n")


def test_quarantine_rows_carry_file_line_reason_and_utc_time(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [GOOD, "{broken"])
    before = datetime.now(UTC)
    row = read_landing(tmp_path).quarantine.row(0, named=True)
    assert (row["source_file"], row["line_number"]) == ("a.jsonl", 2)
    assert row["reason"].startswith("invalid JSON")
    assert before <= row["quarantined_at"] <= datetime.now(UTC)


def test_empty_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\n ")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n\n")
    good_txt(tmp_path)
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["good.txt"]
    assert reasons(result) == {
        ("blank.jsonl", None): "empty file",
        ("blank.txt", None): "empty file",
        ("empty.jsonl", None): "empty file",
        ("empty.txt", None): "empty file",
    }


def test_title_only_txt_is_empty_text(tmp_path):
    (tmp_path / "title-only.txt").write_text("Just a title\n")
    assert reasons(read_landing(tmp_path)) == {
        ("title-only.txt", None): "empty text (a .txt file has the title on its first line, then the body)"
    }


def test_binary_file_named_txt(tmp_path):
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "noisy.txt").write_bytes(bytes([0x01, 0x02, 0x03, 0x90, 0x9F, 0x41]) * 500)
    good_txt(tmp_path)
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["good.txt"]
    found = reasons(result)
    assert found[("image.txt", None)].startswith("binary file")
    assert found[("noisy.txt", None)].startswith("binary file")


def test_latin1_and_windows_1252_are_decoded_and_kept(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Titre\nLe café à Bagdad fut touché.\n".encode("latin-1"))
    (tmp_path / "cp1252.txt").write_bytes("Title\nHe said \u201cno\u201d \u2013 firmly.\n".encode("cp1252"))
    write_jsonl(tmp_path / "good.jsonl", [GOOD])
    with (tmp_path / "mixed.jsonl").open("ab") as handle:
        handle.write(
            json.dumps({"id": "l1", "text": "Ünïcode"}, ensure_ascii=False).encode("latin-1") + b"\n"
        )
        handle.write(
            json.dumps({"id": "u1", "text": "ütf-8 line"}, ensure_ascii=False).encode("utf-8") + b"\n"
        )
    result = read_landing(tmp_path)
    texts = dict(
        zip(
            result.articles["source_file"] + ":" + result.articles["article_id"],
            result.articles["text"],
            strict=True,
        )
    )
    assert result.quarantine.height == 0
    assert texts[
        f"latin1.txt:{result.articles.filter(pl.col('source_file') == 'latin1.txt')['article_id'][0]}"
    ] == ("Le café à Bagdad fut touché.")
    assert "He said \u201cno\u201d \u2013 firmly." in texts.values()
    assert texts["mixed.jsonl:l1"] == "Ünïcode"
    assert texts["mixed.jsonl:u1"] == "ütf-8 line"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_byte_order_marked_files_are_decoded_and_kept(tmp_path, encoding):
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    (tmp_path / "doc.txt").write_bytes(bom + "Titre été\nLe café à Bagdad.\n".encode(encoding))
    line = json.dumps(
        {"id": "j1", "text": "Ça va à Erbil.", "published_at": "2021-01-02"}, ensure_ascii=False
    )
    (tmp_path / "doc.jsonl").write_bytes(bom + (line + "\r\n").encode(encoding))
    result = read_landing(tmp_path)
    assert result.quarantine.height == 0
    rows = {row["source_file"]: row for row in result.articles.iter_rows(named=True)}
    assert (rows["doc.txt"]["title"], rows["doc.txt"]["text"]) == ("Titre été", "Le café à Bagdad.")
    assert (rows["doc.jsonl"]["text"], rows["doc.jsonl"]["published_at"]) == (
        "Ça va à Erbil.",
        date(2021, 1, 2),
    )


def test_windows_line_endings_are_kept_and_normalised(tmp_path):
    (tmp_path / "win.txt").write_bytes(b"Title\r\nFirst paragraph.\r\n|\r\nSecond paragraph.\r\n")
    (tmp_path / "win.jsonl").write_bytes(json.dumps({"id": "w", "text": "One.\r\nTwo."}).encode() + b"\r\n")
    result = read_landing(tmp_path)
    rows = dict(zip(result.articles["source_file"], result.articles.iter_rows(named=True), strict=True))
    assert rows["win.txt"]["title"] == "Title"
    assert rows["win.txt"]["text"] == "First paragraph.\nSecond paragraph."
    assert rows["win.jsonl"]["text"] == "One.\nTwo."


def test_jsonl_with_one_broken_line_keeps_the_others(tmp_path):
    rows = [dict(GOOD, id=f"g{i}", text=f"Good article {i}.") for i in range(5)]
    rows[2] = '{"id": "g2", "text": "cut off'
    write_jsonl(tmp_path / "a.jsonl", rows)
    result = read_landing(tmp_path)
    assert result.articles["article_id"].to_list() == ["g0", "g1", "g3", "g4"]
    assert result.articles["line_number"].to_list() == [1, 2, 4, 5]
    assert list(reasons(result)) == [("a.jsonl", 3)]
    assert reasons(result)[("a.jsonl", 3)].startswith("invalid JSON")


def test_jsonl_lines_that_are_not_articles(tmp_path):
    write_jsonl(
        tmp_path / "a.jsonl",
        [GOOD, "[1, 2]", '"just a string"', "null", {"id": {"nested": 1}, "text": "x"}, ""],
    )
    result = read_landing(tmp_path)
    assert result.articles["article_id"].to_list() == ["good"]
    found = reasons(result)
    assert (
        found[("a.jsonl", 2)] == found[("a.jsonl", 3)] == found[("a.jsonl", 4)] == "line is not a JSON object"
    )
    assert found[("a.jsonl", 5)] == "field 'id' must be a string, not dict"
    assert len(found) == 4  # the blank line 6 is not an article


def test_missing_or_unparseable_published_at_is_kept_with_a_status(tmp_path):
    write_jsonl(
        tmp_path / "a.jsonl",
        [
            {"id": "none", "text": "No date at all."},
            {"id": "null", "text": "Null date.", "published_at": None},
            {"id": "blank", "text": "Blank date.", "published_at": "  "},
            {"id": "bad", "text": "Bad date.", "published_at": "yesterday"},
            {"id": "ok", "text": "Good date.", "published_at": "2020-09-29T10:00:00Z"},
        ],
    )
    (tmp_path / "b.txt").write_text("T\nA text file without a sidecar.")
    result = read_landing(tmp_path)
    assert result.quarantine.height == 0
    status = dict(zip(result.articles["article_id"], result.articles["published_at_status"], strict=True))
    dates = dict(zip(result.articles["article_id"], result.articles["published_at"], strict=True))
    assert [status[key] for key in ("none", "null", "blank", "bad", "ok")] == [
        "missing",
        "missing",
        "missing",
        "unparseable",
        "ok",
    ]
    assert [dates[key] for key in ("none", "bad", "ok")] == [None, None, date(2020, 9, 29)]
    txt = result.articles.filter(pl.col("source_file") == "b.txt").row(0, named=True)
    assert (txt["published_at"], txt["published_at_status"]) == (None, "missing")


def test_missing_text_is_quarantined(tmp_path):
    write_jsonl(
        tmp_path / "a.jsonl",
        [
            GOOD,
            {"id": "no-text", "title": "T"},
            {"id": "null-text", "text": None},
            {"id": "blank", "text": " \n "},
        ],
    )
    result = read_landing(tmp_path)
    assert result.articles["article_id"].to_list() == ["good"]
    assert reasons(result) == {
        ("a.jsonl", 2): "missing text",
        ("a.jsonl", 3): "missing text",
        ("a.jsonl", 4): "empty text",
    }


def test_huge_article_is_quarantined_in_bounded_memory(tmp_path):
    huge_line = b'{"id": "huge", "text": "' + b"x" * 50_000_000 + b'"}'
    huge_size = len(huge_line)
    with (tmp_path / "big.jsonl").open("wb") as handle:
        handle.write(json.dumps(GOOD).encode() + b"\n")
        handle.write(huge_line + b"\n")
        handle.write(json.dumps(dict(GOOD, id="after", text="After the huge one.")).encode() + b"\n")
    (tmp_path / "big.txt").write_bytes(b"Title\n" + b"y" * 21_000_000)
    del huge_line
    tracemalloc.start()
    try:
        result = read_landing(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.articles["article_id"].to_list() == ["good", "after"]
    found = reasons(result)
    assert found[("big.jsonl", 2)] == f"article too large ({huge_size} bytes > limit 20000000)"
    assert found[("big.txt", None)] == "article too large (21000006 bytes > limit 20000000)"
    # Never the whole line (50 MB) in memory: at most the limit (20 MB) plus read buffers.
    assert peak < 30_000_000


def test_article_limit_is_configurable(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [GOOD, dict(GOOD, id="long", text="z" * 500)])
    (tmp_path / "b.txt").write_text("T\n" + "w" * 500)
    result = read_landing(tmp_path, max_article_bytes=300)
    assert result.articles["article_id"].to_list() == ["good"]
    assert set(reasons(result)) == {("a.jsonl", 2), ("b.txt", None)}


def test_same_article_twice_under_different_names(tmp_path):
    body = "A rocket struck a house near Baghdad airport on Monday."
    (tmp_path / "a-first.txt").write_text(f"Rocket hits house\n{body}\n")
    (tmp_path / "a-first.meta.json").write_text(json.dumps({"id": "first"}))
    (tmp_path / "b-copy.txt").write_text(f"Rocket hits house (copy)\n{body}\nRead also: something\n")
    write_jsonl(tmp_path / "c.jsonl", [dict(GOOD, id="third", text=body.upper())])
    result = read_landing(tmp_path)
    assert result.articles["article_id"].to_list() == ["first"]
    assert reasons(result) == {
        ("b-copy.txt", None): "duplicate of first (same content)",
        ("c.jsonl", 1): "duplicate of first (same content)",
    }


def test_html_saved_as_txt_is_reduced_to_its_text(tmp_path):
    (tmp_path / "page.txt").write_text(
        "<!DOCTYPE html><html><head><title>Blinken visits Baghdad</title>"
        "<style>p {color: red}</style><script>var tracking = 1;</script></head>"
        "<body><nav>Home | World</nav><h1>Blinken visits Baghdad</h1>"
        "<p>US Secretary of State Antony Blinken visited Baghdad on Wednesday &amp; met\n"
        "Iraqi Prime Minister Mustafa Al-Kadhimi.</p><p>Talks followed.</p>"
        "<footer>Follow us</footer></body></html>"
    )
    (tmp_path / "h1only.html").write_text(
        "<html><body><h1>Heading title</h1><div>Body text here.</div></body></html>"
    )
    result = read_landing(tmp_path)
    assert result.quarantine.height == 0
    rows = dict(zip(result.articles["source_file"], result.articles.iter_rows(named=True), strict=True))
    assert rows["page.txt"]["title"] == "Blinken visits Baghdad"
    assert rows["page.txt"]["text"] == (
        "US Secretary of State Antony Blinken visited Baghdad on Wednesday & met "
        "Iraqi Prime Minister Mustafa Al-Kadhimi.\nTalks followed."
    )
    assert (rows["h1only.html"]["title"], rows["h1only.html"]["text"]) == ("Heading title", "Body text here.")


def test_file_that_disappears_before_it_is_read(tmp_path, monkeypatch):
    good_txt(tmp_path)
    (tmp_path / "gone.txt").write_text("T\nSoon deleted.")
    write_jsonl(tmp_path / "gone.jsonl", [GOOD])
    list_files = landing._LandingReader._list_files

    def list_then_delete(self):
        found = list_files(self)
        (tmp_path / "gone.txt").unlink()
        (tmp_path / "gone.jsonl").unlink()
        return found

    monkeypatch.setattr(landing._LandingReader, "_list_files", list_then_delete)
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["good.txt"]
    assert reasons(result) == {
        ("gone.jsonl", None): "file disappeared before it could be read",
        ("gone.txt", None): "file disappeared before it could be read",
    }


def test_jsonl_that_grows_while_read_yields_the_snapshot(tmp_path, monkeypatch):
    path = write_jsonl(tmp_path / "a.jsonl", [dict(GOOD, id=f"g{i}", text=f"Text {i}.") for i in range(3)])
    line_batches = landing._line_batches

    def append_while_reading(*args, **kwargs):
        # The file is open and its size taken; a writer appends now.
        with path.open("a") as handle:
            handle.write(json.dumps(dict(GOOD, id="late", text="Appended late.")) + "\n")
            handle.write('{"id": "half-writ')
        return line_batches(*args, **kwargs)

    monkeypatch.setattr(landing, "_line_batches", append_while_reading)
    result = read_landing(tmp_path)
    assert result.articles["article_id"].to_list() == ["g0", "g1", "g2"]
    assert result.quarantine.height == 0
    monkeypatch.undo()
    # The next run sees the appended (complete) line; the half-written one is reported.
    again = read_landing(tmp_path)
    assert again.articles["article_id"].to_list() == ["g0", "g1", "g2", "late"]
    assert list(reasons(again)) == [("a.jsonl", 5)]


def test_txt_that_grows_while_read_is_read_once(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("T\nOriginal body.")
    read_bounded = landing._read_bounded

    def read_then_grow(target, limit):
        data = read_bounded(target, limit)
        with Path(target).open("a") as handle:
            handle.write("\nAppended later.")
        return data

    monkeypatch.setattr(landing, "_read_bounded", read_then_grow)
    assert read_landing(tmp_path).articles["text"].to_list() == ["Original body."]


def test_file_names_with_spaces_and_non_ascii_characters(tmp_path):
    folder = tmp_path / "rapports été"
    folder.mkdir()
    (folder / "Bagdad rapport n°1 – été.txt").write_text("Titre\nUne roquette a frappé l'aéroport.")
    (folder / "Bagdad rapport n°1 – été.meta.yaml").write_text("id: fr-1\nsource: Agence\n")
    write_jsonl(folder / "دفعة ١.jsonl", [dict(GOOD, id="ar-1")])
    result = read_landing(tmp_path)
    assert result.quarantine.height == 0
    assert result.articles.select("article_id", "source_file").rows() == [
        ("fr-1", "rapports été/Bagdad rapport n°1 – été.txt"),
        ("ar-1", "rapports été/دفعة ١.jsonl"),
    ]


def test_undecodable_file_name_bytes(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(b"T\nBody of a file with a Latin-1 name.")
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["caf\ufffd.txt"]


def test_symlink_outside_the_landing_folder_is_not_followed(tmp_path):
    landing_dir = tmp_path / "landing"
    outside = tmp_path / "outside"
    landing_dir.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("T\nOutside text that must not be read.")
    (outside / "folder").mkdir()
    (outside / "folder" / "x.txt").write_text("T\nAlso outside.")
    (landing_dir / "link.txt").symlink_to(outside / "secret.txt")
    (landing_dir / "linked-folder").symlink_to(outside / "folder", target_is_directory=True)
    (landing_dir / "inside.txt").write_text("T\nA file inside.")
    (landing_dir / "alias.txt").symlink_to(landing_dir / "inside.txt")
    (landing_dir / "dangling.txt").symlink_to(landing_dir / "missing.txt")
    result = read_landing(landing_dir)
    # The inside link is read (and then found to duplicate its target).
    assert result.articles["source_file"].to_list() == ["alias.txt"]
    assert reasons(result) == {
        ("dangling.txt", None): "broken symlink",
        ("inside.txt", None): f"duplicate of {result.articles['article_id'][0]} (same content)",
        ("link.txt", None): "symlink outside landing folder (not followed)",
        ("linked-folder", None): "symlink outside landing folder (not followed)",
    }
    assert "Outside" not in " ".join(result.articles["text"])


def test_unreadable_file_is_quarantined(tmp_path, monkeypatch):
    good_txt(tmp_path)
    (tmp_path / "locked.txt").write_text("T\nBody.")
    read_bounded = landing._read_bounded

    def permission_denied_for_locked(path, limit):
        # chmod 000 does not stop root (the test may run as root), so the refusal is simulated.
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bounded(path, limit)

    monkeypatch.setattr(landing, "_read_bounded", permission_denied_for_locked)
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["good.txt"]
    assert reasons(result) == {("locked.txt", None): "unreadable file: Permission denied"}


def test_fifo_named_txt_is_not_read(tmp_path):
    good_txt(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block forever
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["good.txt"]
    assert reasons(result) == {("pipe.txt", None): "not a regular file"}


def test_many_small_files_keep_their_path_order_around_jsonl(tmp_path):
    for name in ("a.txt", "c.txt", "e.txt"):
        (tmp_path / name).write_text(f"T\nBody of {name}.")
    write_jsonl(tmp_path / "b.jsonl", [dict(GOOD, id="b1", text="Body of b.")])
    write_jsonl(tmp_path / "d.jsonl", [dict(GOOD, id="d1", text="Body of d.")])
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["a.txt", "b.jsonl", "c.txt", "d.jsonl", "e.txt"]


def test_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    good_txt(tmp_path)
    (tmp_path / "locked").mkdir()
    walk = os.walk

    def walk_with_a_refusal(top, onerror=None, **kwargs):
        # As root, chmod cannot make a folder unreadable, so os.walk's refusal is simulated.
        onerror(PermissionError(13, "Permission denied", str(Path(top) / "locked")))
        for dirpath, dirnames, filenames in walk(top, onerror=onerror, **kwargs):
            dirnames[:] = [name for name in dirnames if name != "locked"]
            yield dirpath, dirnames, filenames

    monkeypatch.setattr(landing.os, "walk", walk_with_a_refusal)
    result = read_landing(tmp_path)
    assert result.articles["source_file"].to_list() == ["good.txt"]
    assert reasons(result) == {("locked", None): "unreadable folder: Permission denied"}
