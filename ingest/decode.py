"""Turn the bytes of a landing file into text, or say why they are not text.

Encodings are guessed in this order, so that real-world files are kept rather than rejected:
  1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;
  2. strict UTF-8;
  3. Windows-1252 (the usual "ANSI" of Western newsrooms: curly quotes at 0x91-0x94);
  4. Latin-1, which decodes any byte sequence.
Binary content (NUL bytes without a UTF-16/32 BOM, or many control characters) raises NotText.
"""

import codecs
import re

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never occur in text (tab, newlines and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BINARY_SAMPLE_CHARS = 65_536
_MAX_CONTROL_SHARE = 0.02


class NotText(ValueError):
    """The bytes are binary data, not an article."""


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte-order mark at the start of `data`, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_bytes(data: bytes) -> str:
    """Decode a whole file's bytes to str (BOM removed), or raise NotText for binary data."""
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise NotText(f"binary file (not valid {encoding} despite its byte-order mark)") from error
        return text.removeprefix("\ufeff")
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes)")
    text = decode_line(data)
    sample = text[:_BINARY_SAMPLE_CHARS]
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise NotText("binary file (mostly control characters)")
    return text


def decode_line(data: bytes) -> str:
    """Decode bytes without a BOM: UTF-8, else Windows-1252, else Latin-1 (never fails)."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
