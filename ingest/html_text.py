"""Text out of a web page that was saved with a .txt (or .html) name.

Used only for whole files that look like HTML documents; markup fragments inside otherwise plain
text are handled by the vectorised rules in ingest/clean.py.
"""

import re
from html.parser import HTMLParser

_LOOKS_LIKE_HTML = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)

# Tags whose content is never article text.
_SKIPPED = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "form", "iframe"}
# Tags that end a paragraph: their boundaries become line breaks.
# fmt: off
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "blockquote", "figure", "figcaption", "hr", "dd", "dt", "pre", "main", "aside",
}
# fmt: on
_HEADINGS = {"h1", "h2", "h3"}
_WHITESPACE = re.compile(r"\s+")
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed"}


def looks_like_html(text: str) -> bool:
    """True when `text` is a whole HTML document (starts with a doctype, <html>, <head> or <body>)."""
    return bool(_LOOKS_LIKE_HTML.match(text[:4096]))


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.heading_parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.heading_depth = 0
        self.first_heading_done = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED and tag not in _VOID:
            self.skip_depth += 1
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag in _HEADINGS and not self.first_heading_done:
            self.heading_depth += 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag in _HEADINGS and self.heading_depth:
            self.heading_depth -= 1
            self.first_heading_done = self.heading_depth == 0 and bool("".join(self.heading_parts).strip())

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        # Line breaks in the HTML source are just spaces; only block elements make new lines.
        self.parts.append(_WHITESPACE.sub(" ", data))
        if self.heading_depth and not self.first_heading_done:
            self.heading_parts.append(data)


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def html_to_text(html: str) -> tuple[str | None, str]:
    """(title, body) of an HTML document.

    The title is <title>, else the first <h1>-<h3>. The body is the visible text with one line per
    block element; scripts, styles, navigation and footers are dropped and entities unescaped. A first
    body line equal to the title is dropped, as the title line of a .txt file is.
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    title = _one_line("".join(collector.title_parts)) or _one_line("".join(collector.heading_parts)) or None
    lines = [_one_line(line) for line in "".join(collector.parts).split("\n")]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return title, "\n".join(lines)
