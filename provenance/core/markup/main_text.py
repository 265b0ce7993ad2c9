"""The main text of a web page: what a news-page extractor keeps, found again in the page at its own offsets.

trafilatura (the best-scoring open extractor on published article-extraction benchmarks) reads the page and
returns its main text and metadata. That text is found word by word in the page's prose view (markup already
blanked at the same length), and everything else — navigation, sidebars, comments, footers, cookie banners —
is blanked too, so the rules never see it while every offset still points into the page as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.model import PageInfo

_WORD = re.compile(r"\w+")
# A page whose main text the extractor cannot find again this well is read whole, with a warning.
_MIN_FOUND = 0.6
_ANCHOR = 3  # words that must agree before a paragraph is placed
_EDGE = re.compile(r"[^\w\n]+")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class MainText:
    """The prose view with everything but the main text blanked, the page's metadata, and what went wrong."""

    prose: str
    page: PageInfo | None
    warnings: tuple[str, ...] = ()


def _extract(html: str) -> dict[str, str | None] | None:
    import trafilatura  # imported only for web pages: it costs ~0.3 s to import

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    if document is None:
        return None
    data = document if isinstance(document, dict) else document.as_dict()
    return {key: data.get(key) for key in ("text", "title", "sitename", "author", "date", "url", "hostname")}


def _page(data: dict[str, str | None]) -> PageInfo:
    site = data.get("sitename") or data.get("hostname")
    return PageInfo(data.get("title"), site, data.get("author"), data.get("date"), data.get("url"))


def _kept_words(prose: str, main: str) -> tuple[list[tuple[int, int]], int]:
    """The prose view's word spans that carry the main text, in order, and how many main words were found."""
    words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(prose)]
    at: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - _ANCHOR + 1):
        at.setdefault(tuple(w[2] for w in words[i : i + _ANCHOR]), []).append(i)
    kept: list[tuple[int, int]] = []
    found = 0
    cursor = 0
    for paragraph in main.split("\n"):
        wanted = [m.group().casefold() for m in _WORD.finditer(paragraph)]
        j = 0
        while j + _ANCHOR <= len(wanted) or (j == 0 and wanted):
            key = tuple(wanted[j : j + _ANCHOR])
            starts = [i for i in at.get(key, ()) if i >= cursor] if len(key) == _ANCHOR else []
            if not starts:
                j += 1
                if len(key) < _ANCHOR:
                    break
                continue
            i = starts[0]
            run: list[tuple[int, int]] = []
            while j < len(wanted) and i < len(words) and words[i][2] == wanted[j]:
                run.append((words[i][0], words[i][1]))
                i += 1
                j += 1
            kept.append((run[0][0], run[-1][1]))
            found += len(run)
            cursor = i
    return kept, found


def _heading(prose: str, title: str | None, before: int) -> tuple[int, int] | None:
    """The page's title as printed above its main text (its <h1>), when the extractor left it out of the text."""
    wanted = [w.casefold() for w in _WORD.findall(title or "")]
    if not wanted:
        return None
    words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(prose, 0, before)]
    for i in range(len(words) - len(wanted), -1, -1):
        if [w[2] for w in words[i : i + len(wanted)]] == wanted:
            return words[i][0], words[i + len(wanted) - 1][1]
    return None


def main_text(html: str, prose: str) -> MainText:
    """The prose view of a page reduced to its main text (offsets unchanged), with the page's metadata."""
    data = _extract(html)
    if data is None or not data.get("text"):
        return MainText(prose, None, ("no main text found in the page; the whole page was read",))
    main = data["text"] or ""
    kept, found = _kept_words(prose, main)
    heading = _heading(prose, data.get("title"), kept[0][0] if kept else len(prose))
    if heading is not None:
        kept.insert(0, heading)
    total = len(_WORD.findall(main))
    page = _page(data)
    if not total or found / total < _MIN_FOUND:
        return MainText(prose, page, ("the page's main text could not be placed; the whole page was read",))
    chars = ["\n" if c == "\n" else " " for c in prose]
    for start, end in kept:
        # A run holds words; the punctuation and quotation marks around them on the same line belong to it too.
        while start and _EDGE.match(prose, start - 1):
            start -= 1
        edge = _EDGE.match(prose, end)
        end = edge.end() if edge else end
        chars[start:end] = prose[start:end]
    return MainText("".join(chars), page)


def left_out(display: str, prose: str) -> list[tuple[int, int]]:
    """The lines of page text the main-text view blanked (navigation, comments...): shown dimmed, never read."""
    ranges = []
    for line in _LINE.finditer(display):
        start, end = line.span()
        if display[start:end].strip(" \t\x00") and not prose[start:end].strip():
            ranges.append((start, end))
    return ranges
