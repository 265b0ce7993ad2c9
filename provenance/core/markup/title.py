"""The headline a markup names: a Markdown `#` title, else nothing; an HTML <h1>, else its <title>."""

from __future__ import annotations

import re

from provenance.core.markup.markdown import parse_blocks
from provenance.model import Span

_H1 = re.compile(r"<h1(?:\s[^<>]*)?>", re.IGNORECASE)
_TITLE = re.compile(r"<title(?:\s[^<>]*)?>", re.IGNORECASE)


def _trimmed(view: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch of `view[start:end]` without the blanks around it, or None when it is all blank."""
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _element(text: str, view: str, opener: re.Pattern[str], tag: str) -> tuple[int, int] | None:
    """The trimmed inner text of the first `tag` element; `view` decides what is blank."""
    found = opener.search(text)
    if found is None:
        return None
    close = text.lower().find(f"</{tag}", found.end())
    return _trimmed(view, found.end(), close if close != -1 else found.end())


def _markdown_title(text: str, prose: str) -> tuple[int, int] | None:
    """The text of a level-1 heading that comes before any other block (front matter aside)."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)] + [len(text)]
    for token in parse_blocks(text):
        if token.map is None or token.level != 0:
            continue
        if token.type != "heading_open" or token.tag != "h1":
            return None  # the first block is something else: no markup title
        line = token.map[0]
        return _trimmed(prose, starts[line], starts[min(line + 1, len(starts) - 1)])
    return None


def markup_title(text: str, prose: str, fmt: str) -> Span | None:
    """The headline the markup names, as a span of the text as read (`prose` is its same-length prose view)."""
    if fmt == "markdown":
        found = _markdown_title(text, prose)
    elif fmt == "html":
        # An <h1> is article prose; a <title> is blanked in the prose view, so it is read off the file itself.
        found = _element(text, prose, _H1, "h1") or _element(text, text, _TITLE, "title")
    else:
        return None
    return Span(found[0], found[1], prose[found[0] : found[1]]) if found else None
