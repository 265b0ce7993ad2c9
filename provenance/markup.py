"""Plain text, Markdown and HTML articles: annotate the prose, keep offsets into the file as read.

The core annotates a *prose view* of the text: the same length, with every non-prose region
(tags, comments, scripts, code, URLs, link targets, markup characters) overwritten by spaces,
and block boundaries by a newline, so no rule can hit inside them and every offset still points
into the original. The Document then carries the original text, and each span's text is sliced
from it again. An entity such as `&amp;` becomes its character padded with spaces; a word with an
entity inside it (`don&rsquo;t`) is therefore split in the prose view, a small price for exact offsets.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import fields, is_dataclass, replace
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Any, TypeVar

from provenance.model import Document, Span
from provenance.reader import Article
from provenance.ruleset.rulebook import Rulebook

INPUT_FORMATS = ("auto", "text", "markdown", "html")
_SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
# Tags that end a block: their place becomes a line break, so paragraphs stay apart in the prose view.
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"}
    | {"table", "td", "th", "tr", "ul"}
)
# Elements whose content is not article prose.
_HIDDEN_CONTENT = frozenset({"script", "style", "template", "noscript", "code", "pre", "title", "svg"})
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")

ENTITY_PAD = "\x00"  # the NUL bytes of a binary file never reach here: the reader refuses such files
T = TypeVar("T")


def detect_format(path: str | None, requested: str = "auto") -> str:
    """The input format: the requested one, or guessed from the file suffix (default: text)."""
    if requested != "auto":
        return requested
    return _SUFFIX_FORMATS.get(PurePath(path or "").suffix.lower(), "text")


def blank(chars: list[str], start: int, end: int, block: bool = False) -> None:
    """Overwrite chars[start:end] with spaces, keeping line breaks (a block boundary adds one)."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "
    if block and start < end and "\n" not in chars[start:end]:
        chars[start] = "\n"


def decode_entities(chars: list[str], text: str, start: int, end: int, pad: str = " ") -> None:
    """Replace each character reference in text[start:end] by its character, padded with `pad`."""
    for match in _ENTITY.finditer(text, start, end):
        decoded = html.unescape(match.group())
        if decoded == match.group() or len(decoded) > len(match.group()):
            continue  # not a known entity: leave it as written
        for i in range(match.start(), match.end()):
            chars[i] = pad
        # An opening mark sits at the entity's end and a closing one at its start, so a quotation's
        # inner span (just inside the marks) covers its words and none of the entities' letters.
        at = match.end() - len(decoded) if _opens(decoded, text, match.start()) else match.start()
        chars[at : at + len(decoded)] = list(decoded)


def _opens(decoded: str, text: str, start: int) -> bool:
    category = unicodedata.category(decoded[0])
    if category in ("Ps", "Pi"):
        return True
    # A straight quote opens when it follows a space, the start or another opening mark.
    before = text[start - 1] if start else " "
    return decoded in ('"', "'") and (before.isspace() or unicodedata.category(before) in ("Ps", "Pi"))


class _Events(HTMLParser):
    """Record where each token of the HTML starts and what it is; tokens partition the text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        # HTMLParser counts lines by "\n" alone, so offsets are rebuilt the same way.
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.events: list[tuple[int, str]] = []  # (offset, kind): markup, block, prose, hidden
        self.hidden: list[str] = []

    def _event(self, kind: str) -> None:
        line, column = self.getpos()
        self.events.append((self.line_starts[line - 1] + column, kind))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._event("block" if tag in _BLOCK_TAGS else "markup")
        if tag in _HIDDEN_CONTENT:
            self.hidden.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._event("block" if tag in _BLOCK_TAGS else "markup")

    def handle_endtag(self, tag: str) -> None:
        self._event("block" if tag in _BLOCK_TAGS else "markup")
        if tag in self.hidden:
            while self.hidden and self.hidden.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self._event("hidden" if self.hidden else "prose")

    def handle_entityref(self, name: str) -> None:
        self._event("hidden" if self.hidden else "prose")

    def handle_charref(self, name: str) -> None:
        self._event("hidden" if self.hidden else "prose")

    def handle_comment(self, data: str) -> None:
        self._event("markup")

    def handle_decl(self, decl: str) -> None:
        self._event("markup")

    def handle_pi(self, data: str) -> None:
        self._event("markup")

    def unknown_decl(self, data: str) -> None:
        self._event("markup")


# html.parser raises AssertionError on a marked section it does not know ("<![:", "<![foo["); such a "<" is
# read as a plain character instead (a space in the parser's same-length copy, so offsets hold).
_BAD_MARKED_SECTION = re.compile(r"<(?=!\[(?!CDATA\[))", re.IGNORECASE)


def _parsed(text: str) -> _Events:
    """The parser's events over `text`, robust to the malformed declarations the standard parser rejects."""
    parser = _Events(text)
    try:
        parser.feed(_BAD_MARKED_SECTION.sub(" ", text))
        parser.close()
    except AssertionError:
        # Another construct the standard parser gives up on: read the whole file as plain text rather than
        # lose the article (tags then show as text; the file is badly broken HTML anyway).
        parser.events = [(0, "prose")]
    return parser


def mask_html(text: str, pad: str = " ") -> str:
    """The prose view of an HTML document or fragment (entities padded with `pad`)."""
    parser = _parsed(text)
    chars = list(text)
    events = parser.events
    for (start, kind), (end, _) in zip(events, [*events[1:], (len(text), "")], strict=False):
        if kind == "prose":
            decode_entities(chars, text, start, end, pad)
        else:
            blank(chars, start, end, block=kind == "block")
    return "".join(chars)


def prose_view(text: str, fmt: str) -> str:
    """Same-length text in which only the article's prose is left for the rules to read."""
    if fmt == "html":
        return mask_html(text)
    if fmt == "markdown":
        from provenance.markup_markdown import mask_markdown

        return mask_markdown(text)
    return text


def display_view(text: str, fmt: str) -> str:
    """Like prose_view, but entities are padded with NUL: slice it, then drop NUL with `readable`."""
    if fmt == "html":
        return mask_html(text, ENTITY_PAD)
    if fmt == "markdown":
        from provenance.markup_markdown import mask_markdown

        return mask_markdown(text, ENTITY_PAD)
    return text


def readable(piece: str) -> str:
    """A slice of display_view as a reader should see it: entity padding removed, spacing collapsed."""
    return " ".join(piece.replace(ENTITY_PAD, "").split())


def _reslice(value: T, text: str) -> T:
    """`value` with the text of every Span inside it taken from `text` at the same offsets."""
    if isinstance(value, Span):
        return replace(value, text=text[value.start : value.end])
    if isinstance(value, tuple):
        return tuple(_reslice(item, text) for item in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for field in fields(value):
            old = getattr(value, field.name)
            if isinstance(old, (Span, tuple)) or is_dataclass(old):
                new = _reslice(old, text)
                if new is not old:
                    changes[field.name] = new
        return replace(value, **changes) if changes else value
    return value


def annotate_markup(article: Article, book: Rulebook, requested: str = "auto", readability: bool = True) -> Document:
    """Annotate an article's prose; the Document holds the original text and spans into it."""
    from provenance.pipeline import annotate_text

    fmt = detect_format(article.path, requested)
    prose = prose_view(article.text, fmt)
    doc = annotate_text(prose, book, article.path, readability=readability)
    if prose == article.text:
        return doc
    return replace(_reslice(doc, article.text), text=article.text)
