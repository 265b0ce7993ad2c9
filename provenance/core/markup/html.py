"""The prose view of an HTML document: tags, comments, scripts and styles blanked, entities decoded in place."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from provenance.core.markup.chars import blank, decode_entities, fill

# Tags that end a block: their place becomes a line break, so paragraphs stay apart in the prose view.
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"}
    | {"table", "td", "th", "tr", "ul"}
)
# Elements whose content is not article prose.
_HIDDEN_CONTENT = frozenset({"script", "style", "template", "noscript", "code", "pre", "title", "svg"})

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
        self._event("comment")

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


def html_comments(text: str) -> list[tuple[int, int]]:
    """[start, end) of every comment the HTML parser sees: not a `<!--` inside an attribute value or a script."""
    events = _parsed(text).events
    ends = [e for e, _ in events[1:]] + [len(text)] * bool(events)
    return [(start, end) for (start, kind), end in zip(events, ends, strict=True) if kind == "comment"]


def mask_html(text: str, pad: str = " ", join: str = " ") -> str:
    """The prose view of an HTML document or fragment (entities padded with `pad`, inline markup with `join`).

    Inline tags and comments do not separate words on the page (`reg<b></b>ime` reads "regime"); the matching
    view passes a `join` character that term matching drops, where the prose view keeps spaces.
    """
    parser = _parsed(text)
    chars = list(text)
    events = parser.events
    for (start, kind), (end, _) in zip(events, [*events[1:], (len(text), "")], strict=False):
        if kind == "prose":
            decode_entities(chars, text, start, end, pad)
        elif kind in ("markup", "comment") and join != " ":
            fill(chars, start, end, join)
        else:
            blank(chars, start, end, block=kind == "block")
    return "".join(chars)
