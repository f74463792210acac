"""Read the landing folder into an ARTICLES frame and a QUARANTINE frame.

What is read, recursively, in sorted order of the path relative to the landing folder (so ids,
duplicates and conflicts are decided the same way on every run):
  - `*.jsonl` (and `*.jsonl.gz`): one article per line with keys id, title, text, published_at,
    source, url; other keys are ignored. Read as a stream in batches, never whole.
  - `*.txt` (and `*.html`, `*.htm`): one article per file. The first non-blank line is the title, the
    rest the body. Metadata (id, published_at, source, url, title; all optional) come from the sidecar
    `<stem>.meta.json`, else `<stem>.meta.yaml` / `<stem>.meta.yml`. A file that is a whole HTML
    document (a web page saved as .txt) is reduced to its visible text, with the title from <title>
    or the first heading.
  - Ignored without a quarantine row: other extensions (README, images, ...), hidden files and
    folders (names starting with "."; partial downloads, editor files), and symlinked folders that
    point inside the landing folder (their target is read under its own path).

Policies (each rejected input is one QUARANTINE row with a reason; the rest of its file is kept):
  - article_id: the input id, else "h-" + the first 16 hex digits of content_hash.
  - content_hash: sha256 of the cleaned text, whitespace collapsed and (ASCII) lower-cased.
  - published_at: ISO date or datetime (the date as written; time and zone are dropped), "2020/09/29",
    "29 September 2020", "Sep 29, 2020", with an optional leading weekday. A missing or unparseable
    value does NOT reject the article: it is kept with published_at null and published_at_status
    'missing' or 'unparseable', and downstream its dates get granularity 'unknown'.
  - Missing text -> "missing text"; text empty after cleaning (e.g. only page furniture, or a .txt
    with a title line only) -> "empty text".
  - The same content twice (any ids, any files): the first in path/line order is kept, later copies
    are quarantined as "duplicate of <article_id> (same content)".
  - One article_id with different content: the first is kept, later ones are quarantined, so that
    article_id stays a key. (A corrected article should come with a new id, or replace the file.)
  - Encodings: UTF-8, UTF-16/32 with a BOM, Windows-1252, then Latin-1; all are kept (ingest.decode).
    Binary data under a .txt name is quarantined.
  - Size: an article larger than `max_article_bytes` (a .txt file, or one .jsonl line) is quarantined
    as "article too large (N bytes > limit)" without being held in memory.
  - Each file is read once from a single open handle, up to the size it had when opened: a file that
    grows while it is read yields the snapshot; one that disappears yields a quarantine row.
  - A symlink that points outside the landing folder is not followed and is quarantined.
  - A missing landing folder raises ConfigError naming SITREP_LANDING_DIR.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import yaml

from ingest import schemas
from ingest.clean import clean_text_column, clean_title
from ingest.decode import NotText, bom_encoding, decode_bytes, decode_line
from ingest.errors import ConfigError
from ingest.html_text import html_to_text, looks_like_html

DEFAULT_MAX_ARTICLE_BYTES = 20_000_000
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")  # in order of preference
ARTICLE_FIELDS = ("id", "title", "text", "published_at", "source", "url")
SIDECAR_FIELDS = ("id", "title", "published_at", "source", "url")
_MAX_SIDECAR_BYTES = 1_000_000
_READ_CHUNK_BYTES = 1024 * 1024  # per read: memory per open file is about this plus one article
_GZIP_READ_CHUNK_BYTES = 64 * 1024  # smaller: a damaged .gz loses what the failing read decompressed
_BATCH_BYTES = 32 * 1024 * 1024  # raw bytes per polars JSON-decoding batch

# Articles as read, before cleaning: every field a string as given.
_RAW_SCHEMA = pl.Schema(
    {
        "source_file": pl.String,
        "line_number": pl.Int64,
        **{field: pl.String for field in ARTICLE_FIELDS},
    }
)
_JSON_STRUCT = pl.Struct({field: pl.String for field in ARTICLE_FIELDS})


# One row per article file read in a run: what an incremental run compares against next time.
LANDING_FILES = pl.Schema({"source_file": pl.String, "signature": pl.String})


@dataclass(frozen=True)
class LandingResult:
    articles: pl.DataFrame  # schemas.ARTICLES
    quarantine: pl.DataFrame  # schemas.QUARANTINE
    files: pl.DataFrame  # LANDING_FILES: every article file seen, read or skipped as unchanged


def read_landing(
    landing_dir: Path,
    *,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    already_read: dict[str, str] | None = None,
) -> LandingResult:
    """Every article under `landing_dir`, cleaned, and every rejected input with its reason.

    `already_read` maps source_file -> signature (size and mtime of the file and of its sidecar) as
    returned in `files` by an earlier run; files whose signature is unchanged are skipped, so a
    nightly run reads only what is new or changed.
    """
    landing_dir = Path(landing_dir)
    if not landing_dir.is_dir():
        raise ConfigError(
            f"SITREP_LANDING_DIR: landing folder {str(landing_dir)!r} does not exist or is not a folder"
        )
    run_at = datetime.now(UTC)
    reader = _LandingReader(landing_dir, max_article_bytes, already_read or {})
    reader.read_all()
    return LandingResult(
        articles=reader.articles(),
        quarantine=reader.quarantine_frame(run_at),
        files=pl.DataFrame(sorted(reader.read_files.items()), schema=LANDING_FILES, orient="row"),
    )


class _LandingReader:
    """Collects raw article rows and quarantine rows while walking the folder."""

    def __init__(self, landing_dir: Path, max_article_bytes: int, already_read: dict[str, str]) -> None:
        self.landing_dir = landing_dir
        self.already_read = already_read
        self.read_files: dict[str, str] = {}
        self.root = landing_dir.resolve()
        self.max_article_bytes = max_article_bytes
        self.raw_frames: list[pl.DataFrame] = []
        self.document_rows: list[dict] = []  # .txt/.html rows not yet in raw_frames (kept in file order)
        self.quarantined: list[tuple[str, int | None, str]] = []
        self.rejected_rows: pl.DataFrame | None = None

    def quarantine(self, source_file: str, line_number: int | None, reason: str) -> None:
        self.quarantined.append((source_file, line_number, reason))

    # --- walking -------------------------------------------------------------------------------

    def read_all(self) -> None:
        files = self._list_files()
        sidecars = {_strip_suffix(rel, SIDECAR_SUFFIXES): [] for rel, _ in files if _kind(rel) == "sidecar"}
        for rel, path in files:
            if _kind(rel) == "sidecar":
                sidecars[_strip_suffix(rel, SIDECAR_SUFFIXES)].append((rel, path))
        documents_stems = {
            _strip_suffix(rel, DOCUMENT_SUFFIXES) for rel, _ in files if _kind(rel) == "document"
        }
        for rel, path in files:
            kind = _kind(rel)
            if kind == "jsonl":
                if self._unchanged(rel, path):
                    continue
                self._read_jsonl(rel, path)
            elif kind == "document":
                candidates = sidecars.get(_strip_suffix(rel, DOCUMENT_SUFFIXES), [])
                sidecar = min(candidates, key=lambda item: _sidecar_preference(item[0]), default=None)
                if self._unchanged(rel, path, sidecar[1] if sidecar else None):
                    continue
                self._read_document(rel, path, sidecar)
            elif kind == "sidecar" and _strip_suffix(rel, SIDECAR_SUFFIXES) not in documents_stems:
                self.quarantine(rel, None, "sidecar without an article file (.txt/.html) of the same name")

    def _unchanged(self, rel: str, path: Path, sidecar: Path | None = None) -> bool:
        """Record the file's signature; True when an earlier run read it with the same signature."""
        try:
            signature = "|".join(f"{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in (path, sidecar) if p)
        except OSError:
            return False  # let the read itself report the problem
        self.read_files[rel] = signature
        return self.already_read.get(rel) == signature

    def _list_files(self) -> list[tuple[str, Path]]:
        """(relative path, path) of every readable candidate file, sorted by relative path."""
        found: list[tuple[str, Path]] = []

        def unreadable_folder(error: OSError) -> None:
            self.quarantine(
                self._relative(Path(error.filename)), None, f"unreadable folder: {error.strerror}"
            )

        for dirpath, dirnames, filenames in os.walk(self.landing_dir, onerror=unreadable_folder):
            dirnames[:] = [name for name in dirnames if not name.startswith(".")]
            for name in dirnames:
                path = Path(dirpath, name)
                # os.walk does not descend into symlinked folders; flag the ones that leave the folder.
                if path.is_symlink() and not self._inside(path):
                    self.quarantine(
                        self._relative(path), None, "symlink outside landing folder (not followed)"
                    )
            for name in filenames:
                if name.startswith(".") or _kind(name) is None:
                    continue
                path = Path(dirpath, name)
                rel = self._relative(path)
                if path.is_symlink():
                    if not self._inside(path):
                        self.quarantine(rel, None, "symlink outside landing folder (not followed)")
                        continue
                    if not path.exists():
                        self.quarantine(rel, None, "broken symlink")
                        continue
                if not path.is_file():  # a FIFO or device would block or never end
                    self.quarantine(rel, None, "not a regular file")
                    continue
                found.append((rel, path))
        return sorted(found)

    def _inside(self, path: Path) -> bool:
        return Path(os.path.realpath(path)).is_relative_to(self.root)

    def _relative(self, path: Path) -> str:
        rel = path.relative_to(self.landing_dir).as_posix()
        # Names that are not valid UTF-8 reach Python as surrogate escapes; show them readably.
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    # --- .txt / .html ----------------------------------------------------------------------------

    def _read_document(self, rel: str, path: Path, sidecar: tuple[str, Path] | None) -> None:
        try:
            data = _read_bounded(path, self.max_article_bytes)
        except _TooLarge as too_large:
            self.quarantine(rel, None, _too_large_reason(too_large.size, self.max_article_bytes))
            return
        except FileNotFoundError:
            self.quarantine(rel, None, "file disappeared before it could be read")
            return
        except OSError as error:
            self.quarantine(rel, None, f"unreadable file: {error.strerror or error}")
            return
        try:
            text = decode_bytes(data)
        except NotText as not_text:
            self.quarantine(rel, None, str(not_text))
            return
        if not text.strip():
            self.quarantine(rel, None, "empty file")
            return
        if looks_like_html(text):
            title, body = html_to_text(text)
        else:
            title, body = _split_title_line(text)
            if not body.strip():
                self.quarantine(
                    rel, None, "empty text (a .txt file has the title on its first line, then the body)"
                )
                return
        metadata: dict[str, str | None] = {}
        if sidecar is not None:
            try:
                metadata = _read_sidecar(sidecar[1])
            except (OSError, ValueError, TypeError, yaml.YAMLError) as error:
                self.quarantine(rel, None, f"sidecar {sidecar[0]} unreadable: {_one_line(error)}")
                return
        row = {
            "source_file": rel,
            "line_number": None,
            "id": metadata.get("id"),
            "title": metadata.get("title") or title,
            "text": body,
            "published_at": metadata.get("published_at"),
            "source": metadata.get("source"),
            "url": metadata.get("url"),
        }
        self.document_rows.append(row)

    # --- .jsonl ----------------------------------------------------------------------------------

    def _read_jsonl(self, rel: str, path: Path) -> None:
        progress = _Progress()
        try:
            with open(path, "rb") as handle:
                snapshot_size: int | None = os.fstat(handle.fileno()).st_size
                stream: io.BufferedIOBase = handle
                if rel.lower().endswith(".gz"):
                    stream = gzip.GzipFile(fileobj=handle)
                    snapshot_size = None  # the compressed size says nothing about the text's length
                stream, re_encoded, bom_bytes = _text_stream(stream)
                if re_encoded:
                    snapshot_size = None
                elif snapshot_size is not None:
                    snapshot_size -= bom_bytes
                chunk_bytes = _GZIP_READ_CHUNK_BYTES if rel.lower().endswith(".gz") else _READ_CHUNK_BYTES
                events = _line_batches(stream, self.max_article_bytes, snapshot_size, progress, chunk_bytes)
                for event in events:
                    if isinstance(event, _OversizedLine):
                        self.quarantine(
                            rel, event.line_number, _too_large_reason(event.size, self.max_article_bytes)
                        )
                        progress.articles_seen += 1
                    else:
                        self._decode_batch(rel, event, progress)
        except FileNotFoundError:
            self.quarantine(rel, None, "file disappeared before it could be read")
            return
        except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:
            # Lines decoded before the failure are kept; the rest of the file is reported here.
            self.quarantine(rel, progress.next_line, f"unreadable from this line on: {_one_line(error)}")
            return
        if progress.articles_seen == 0:
            self.quarantine(rel, None, "empty file")

    def _decode_batch(self, rel: str, batch: _LineBatch, progress: _Progress) -> None:
        raw = pl.Series("raw", batch.lines, dtype=pl.Binary)
        try:
            lines = raw.cast(pl.String)
        except pl.exceptions.PolarsError:
            # Not UTF-8 somewhere in the batch: decode line by line with the fallbacks.
            lines = pl.Series([None if b is None else decode_line(b) for b in batch.lines], dtype=pl.String)
        frame = pl.DataFrame(
            {
                "line_number": pl.int_range(
                    batch.first_line, batch.first_line + len(batch.lines), eager=True
                ),
                "line": lines.str.strip_chars(),
            }
        ).filter(pl.col("line").is_not_null() & (pl.col("line") != ""))
        progress.articles_seen += frame.height
        not_objects = frame.filter(~pl.col("line").str.starts_with("{"))
        for (line_number,) in not_objects.select("line_number").iter_rows():
            self.quarantine(rel, line_number, "line is not a JSON object")
        objects = frame.filter(pl.col("line").str.starts_with("{"))
        if objects.is_empty():
            return
        try:
            decoded = objects.select(
                "line_number", pl.col("line").str.json_decode(_JSON_STRUCT).alias("fields")
            ).unnest("fields")
        except pl.exceptions.PolarsError:
            decoded = self._decode_lines_one_by_one(rel, objects)
        self._flush_documents()
        self.raw_frames.append(
            decoded.with_columns(pl.lit(rel, dtype=pl.String).alias("source_file"))
            .select(_RAW_SCHEMA.names())
            .cast(_RAW_SCHEMA)
        )

    def _decode_lines_one_by_one(self, rel: str, objects: pl.DataFrame) -> pl.DataFrame:
        """The slow path for a batch with a broken line: find the bad lines, keep the others."""
        rows = []
        for line_number, line in objects.iter_rows():
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                self.quarantine(rel, line_number, f"invalid JSON: {error.msg} at column {error.colno}")
                continue
            if not isinstance(value, dict):
                self.quarantine(rel, line_number, "line is not a JSON object")
                continue
            fields = {field: value.get(field) for field in ARTICLE_FIELDS}
            nested = [field for field, item in fields.items() if isinstance(item, (dict, list))]
            if nested:
                self.quarantine(
                    rel,
                    line_number,
                    f"field {nested[0]!r} must be a string, not {type(fields[nested[0]]).__name__}",
                )
                continue
            rows.append(
                {"line_number": line_number, **{field: _as_text(item) for field, item in fields.items()}}
            )
        return pl.DataFrame(rows, schema={"line_number": pl.Int64, **{f: pl.String for f in ARTICLE_FIELDS}})

    # --- results ---------------------------------------------------------------------------------

    def _flush_documents(self) -> None:
        if self.document_rows:
            self.raw_frames.append(pl.DataFrame(self.document_rows, schema=_RAW_SCHEMA))
            self.document_rows = []

    def articles(self) -> pl.DataFrame:
        self._flush_documents()
        raw = pl.concat(self.raw_frames, how="vertical") if self.raw_frames else schemas.empty(_RAW_SCHEMA)
        self.raw_frames = []  # the batches now live in `raw` only
        articles, rejected = prepare_articles(raw)
        self.rejected_rows = rejected
        return articles

    def quarantine_frame(self, run_at: datetime) -> pl.DataFrame:
        read_errors = pl.DataFrame(
            self.quarantined,
            schema={"source_file": pl.String, "line_number": pl.Int64, "reason": pl.String},
            orient="row",
        )
        frames = [read_errors]
        if self.rejected_rows is not None:
            frames.append(self.rejected_rows)
        return (
            pl.concat(frames, how="vertical")
            .sort("source_file", "line_number", nulls_last=False, maintain_order=True)
            .with_columns(pl.lit(run_at, dtype=pl.Datetime("us", "UTC")).alias("quarantined_at"))
            .select(schemas.QUARANTINE.names())
        )


# --- the vectorised part: cleaning, dates, hashes, duplicates ---------------------------------------


def parse_published_at(value: pl.Expr) -> pl.Expr:
    """A Date from the common ways publishers write one (see the module docstring); else null."""
    text = value.str.strip_chars()
    without_weekday = text.str.replace(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", "")
    iso = text.str.extract(r"^(\d{4}-\d{1,2}-\d{1,2})(?:[T ]|$)", 1)
    slashed = text.str.extract(r"^(\d{4}/\d{1,2}/\d{1,2})(?:[T ]|$)", 1)
    day_month_year = without_weekday.str.extract(r"^(\d{1,2} [A-Za-z]+\.? \d{4})\b", 1).str.replace(
        ".", "", literal=True
    )
    month_day_year = without_weekday.str.extract(r"^([A-Za-z]+\.? \d{1,2},? \d{4})\b", 1).str.replace_all(
        r"[.,]", ""
    )
    return pl.coalesce(
        iso.str.strptime(pl.Date, "%Y-%m-%d", strict=False),
        slashed.str.strptime(pl.Date, "%Y/%m/%d", strict=False),
        day_month_year.str.strptime(pl.Date, "%d %B %Y", strict=False),
        day_month_year.str.strptime(pl.Date, "%d %b %Y", strict=False),
        month_day_year.str.strptime(pl.Date, "%B %d %Y", strict=False),
        month_day_year.str.strptime(pl.Date, "%b %d %Y", strict=False),
    )


def _blank_to_null(value: pl.Expr) -> pl.Expr:
    stripped = value.str.strip_chars()
    return pl.when(stripped != "").then(stripped)


def content_hashes(cleaned_texts: pl.Series) -> pl.Series:
    """sha256 hex of each cleaned text with line breaks as spaces and letters lower-cased.

    Two copies that differ only in case or line breaks hash alike. Cleaned text has no other
    whitespace runs, so this is "whitespace collapsed, lower-cased". Done on bytes straight from
    polars' buffer: bytes.lower() changes ASCII letters only (UTF-8 multi-byte sequences are left
    intact), at a tenth of the cost of a Unicode lower-casing pass over a large corpus.
    """
    return pl.Series(
        [
            hashlib.sha256(data.replace(b"\n", b" ").lower()).hexdigest()
            for data in cleaned_texts.cast(pl.Binary)
        ],
        dtype=pl.String,
    )


def prepare_articles(raw: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Clean raw rows (schema _RAW_SCHEMA) into (ARTICLES, rejected rows with a reason).

    `raw` must be in reading order: the first of two duplicates is the one kept.
    """
    published_raw = _blank_to_null(pl.col("published_at"))
    raw = raw.with_columns(published_raw=published_raw, published_on=parse_published_at(published_raw))
    cleaned = (
        clean_text_column(raw.with_columns(text_missing=pl.col("text").is_null()), "text")
        .with_columns(
            title=clean_title(pl.col("title")),
            id=_blank_to_null(pl.col("id")),
            source=_blank_to_null(pl.col("source")),
            url=_blank_to_null(pl.col("url")),
            published_at=pl.col("published_on"),
            published_at_status=pl.when(pl.col("published_raw").is_null())
            .then(pl.lit("missing"))
            .when(pl.col("published_on").is_null())
            .then(pl.lit("unparseable"))
            .otherwise(pl.lit("ok")),
        )
        .with_columns(
            reason=pl.when(pl.col("text_missing"))
            .then(pl.lit("missing text"))
            .when(pl.col("text") == "")
            .then(pl.lit("empty text"))
        )
    )
    rejected = [cleaned.filter(pl.col("reason").is_not_null()).select("source_file", "line_number", "reason")]
    kept = cleaned.filter(pl.col("reason").is_null())
    kept = kept.with_columns(
        content_hash=pl.col("text").map_batches(content_hashes, return_dtype=pl.String)
    ).with_columns(
        article_id=pl.coalesce(pl.col("id"), pl.lit("h-") + pl.col("content_hash").str.slice(0, 16)),
        text_bytes=pl.col("text").str.len_bytes().cast(pl.Int64),
    )
    # Same content twice: keep the first copy.
    kept = kept.with_columns(
        reason=pl.when(~pl.col("content_hash").is_first_distinct()).then(
            pl.format("duplicate of {} (same content)", pl.col("article_id").first().over("content_hash"))
        )
    )
    rejected.append(
        kept.filter(pl.col("reason").is_not_null()).select("source_file", "line_number", "reason")
    )
    kept = kept.filter(pl.col("reason").is_null())
    # Same id, different content: keep the first so that article_id stays a key.
    first_place = pl.format(
        "{}{}",
        pl.col("source_file"),
        pl.when(pl.col("line_number").is_not_null())
        .then(pl.format(":{}", pl.col("line_number")))
        .otherwise(pl.lit("")),
    )
    kept = kept.with_columns(
        reason=pl.when(~pl.col("article_id").is_first_distinct()).then(
            pl.format(
                "article_id {} repeated with different content (kept the one in {})",
                pl.col("article_id"),
                first_place.first().over("article_id"),
            )
        )
    )
    rejected.append(
        kept.filter(pl.col("reason").is_not_null()).select("source_file", "line_number", "reason")
    )
    kept = kept.filter(pl.col("reason").is_null())
    return schemas.conform(kept, schemas.ARTICLES), pl.concat(rejected, how="vertical")


# --- reading helpers ------------------------------------------------------------------------------


def _kind(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith(SIDECAR_SUFFIXES):
        return "sidecar"
    if lowered.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lowered.endswith(DOCUMENT_SUFFIXES):
        return "document"
    return None


def _strip_suffix(rel: str, suffixes: tuple[str, ...]) -> str:
    lowered = rel.lower()
    for suffix in suffixes:
        if lowered.endswith(suffix):
            return rel[: -len(suffix)]
    return rel


def _sidecar_preference(rel: str) -> int:
    lowered = rel.lower()
    return next(i for i, suffix in enumerate(SIDECAR_SUFFIXES) if lowered.endswith(suffix))


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _too_large_reason(size: int, limit: int) -> str:
    return f"article too large ({size} bytes > limit {limit})"


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, read once; _TooLarge if it is (or grows) larger than `limit`."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise _TooLarge(size)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge(len(data))
    return data


def _split_title_line(text: str) -> tuple[str | None, str]:
    """(first non-blank line, the rest) of a plain-text article."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[index + 1 :])
    return None, ""


def _read_sidecar(path: Path) -> dict[str, str | None]:
    data = _read_bounded(path, _MAX_SIDECAR_BYTES)
    text = decode_bytes(data)
    if path.name.lower().endswith(".json"):
        value = json.loads(text) if text.strip() else {}
    else:
        value = yaml.safe_load(text) or {}
    if not isinstance(value, dict):
        raise TypeError(f"expected a mapping of fields, got {type(value).__name__}")
    return {field: _as_text(value.get(field)) for field in SIDECAR_FIELDS}


def _as_text(value: object) -> str | None:
    """A metadata value as a string: YAML dates to ISO, JSON numbers and booleans as written."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _ReEncodedStream(io.RawIOBase):
    """A UTF-16/32 byte stream presented as UTF-8 bytes, read incrementally."""

    def __init__(self, stream: io.BufferedIOBase, encoding: str) -> None:
        self._text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        self._pending = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._pending) < size:
            chunk = self._text.read(_READ_CHUNK_BYTES // 4 if size >= 0 else -1)
            if not chunk:
                break
            self._pending += chunk.encode("utf-8")
            if size < 0:
                break
        if size < 0:
            data, self._pending = self._pending, b""
        else:
            data, self._pending = self._pending[:size], self._pending[size:]
        return data


def _text_stream(stream: io.BufferedIOBase) -> tuple[io.BufferedIOBase, bool, int]:
    """Skip a UTF-8 BOM, or re-encode a UTF-16/32 stream to UTF-8.

    Returns (stream, re_encoded, bytes of BOM skipped).
    """
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    encoding = bom_encoding(head)
    if encoding == "utf-8-sig":
        stream.read(3)
        return stream, False, 3
    if encoding in ("utf-16", "utf-32"):
        return _ReEncodedStream(stream, encoding), True, 0  # type: ignore[return-value]
    return stream, False, 0


@dataclass
class _Progress:
    next_line: int = 1  # the 1-based number of the line being read
    articles_seen: int = 0  # non-blank lines, good or bad


@dataclass(frozen=True)
class _LineBatch:
    first_line: int
    lines: list[bytes | None]  # None stands for an oversized line, reported separately


@dataclass(frozen=True)
class _OversizedLine:
    line_number: int
    size: int


def _line_batches(
    stream: io.BufferedIOBase,
    max_line_bytes: int,
    snapshot_size: int | None,
    progress: _Progress,
    chunk_bytes: int = _READ_CHUNK_BYTES,
) -> Iterator[_LineBatch | _OversizedLine]:
    """Lines of `stream` in batches of about _BATCH_BYTES, in bounded memory.

    A line longer than `max_line_bytes` is never held whole: it is skipped to its end and reported as
    an _OversizedLine (its slot in the batch is None so line numbers stay right). With a
    `snapshot_size`, reading stops there, so lines appended while reading wait for the next run.
    """
    remaining = snapshot_size
    batch: list[bytes | None] = []
    batch_first = 1
    batch_bytes = 0
    partial: list[bytes] = []  # the start of a line that continues in the next chunk
    partial_bytes = 0
    skipping = 0  # > 0 while skipping an oversized line: its bytes so far

    while remaining is None or remaining > 0:
        want = chunk_bytes if remaining is None else min(chunk_bytes, remaining)
        try:
            chunk = stream.read(want)
        except (OSError, EOFError, zlib.error, UnicodeDecodeError):
            # A truncated or corrupt stream: hand over the complete lines read so far, then fail.
            if batch:
                yield _LineBatch(batch_first, batch)
            raise
        if not chunk:
            break
        if remaining is not None:
            remaining -= len(chunk)
        pieces = chunk.split(b"\n")
        for piece in pieces[:-1]:  # each ends a line
            if skipping or partial_bytes + len(piece) > max_line_bytes:
                yield _OversizedLine(progress.next_line, skipping + partial_bytes + len(piece))
                batch.append(None)
            else:
                line = b"".join((*partial, piece)) if partial else piece
                batch.append(line)
                batch_bytes += len(line)
            skipping, partial, partial_bytes = 0, [], 0
            progress.next_line += 1
        tail = pieces[-1]
        if skipping:
            skipping += len(tail)
        elif partial_bytes + len(tail) > max_line_bytes:
            skipping, partial, partial_bytes = partial_bytes + len(tail), [], 0
        elif tail:
            partial.append(tail)
            partial_bytes += len(tail)
        if batch_bytes >= _BATCH_BYTES:
            yield _LineBatch(batch_first, batch)
            batch_first += len(batch)
            batch, batch_bytes = [], 0
    # The last line may lack its line break.
    if skipping:
        yield _OversizedLine(progress.next_line, skipping)
        batch.append(None)
    elif partial:
        batch.append(b"".join(partial))
    if batch:
        yield _LineBatch(batch_first, batch)
