"""Plain text, Markdown and HTML articles: annotate the prose, keep offsets into the file as read.

The core annotates a *prose view* of the text: the same length, with every non-prose region
(tags, comments, scripts, code, URLs, link targets, markup characters) overwritten by spaces,
and block boundaries by a newline, so no rule can hit inside them and every offset still points
into the original. The Document then carries the original text, and each span's text is sliced
from it again. An entity such as `&amp;` becomes its character padded with spaces; a word with an
entity inside it (`don&rsquo;t`) is therefore split in the prose view, a small price for exact offsets.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from provenance.core.markup.html import html_comments, mask_html
from provenance.core.markup.markdown import mask_markdown, without_code
from provenance.model import ENTITY_PAD
from provenance.text.fold import JOIN

INPUT_FORMATS = ("auto", "text", "markdown", "html")
_SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
# A file with no telling suffix (stdin, .txt from a scraper) is HTML when it opens like a page.
_LOOKS_LIKE_HTML = re.compile(r"\A[\ufeff\s]*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


def detect_format(path: str | None, requested: str = "auto", text: str = "") -> str:
    """The input format: the requested one, else by file suffix, else by content (default: text)."""
    if requested != "auto":
        return requested
    by_suffix = _SUFFIX_FORMATS.get(PurePath(path or "").suffix.lower())
    if by_suffix is not None:
        return by_suffix
    return "html" if _LOOKS_LIKE_HTML.match(text[:512]) else "text"


def prose_view(text: str, fmt: str) -> str:
    """Same-length text in which only the article's prose is left for the rules to read."""
    if fmt == "html":
        return mask_html(text)
    if fmt == "markdown":
        return mask_markdown(text)
    return text


def match_view(text: str, fmt: str) -> str:
    """The prose view for term matching: entity padding and inline markup (tags, comments) written as JOIN.

    Term matching (ruleset/terms.py, text/fold.py) drops JOIN, so `r&#101;gime`, `reg<b></b>ime` and
    `re<!-- -->gime` read "regime" as on the page; offsets still point into the text as read.
    """
    if fmt == "html":
        return mask_html(text, JOIN, JOIN)
    if fmt == "markdown":
        return mask_markdown(text, JOIN, JOIN)
    return text


def comment_spans(text: str, fmt: str) -> list[tuple[int, int]]:
    """[start, end) of each real comment: one the page's HTML parser sees, outside Markdown code.

    A `<!--` inside a code span, a fence or an attribute value is shown (or is data), not a comment.
    In plain text nothing is hidden, so every `<!-- ... -->` counts.
    """
    if fmt == "html":
        return html_comments(text)
    if fmt == "markdown":
        return html_comments(without_code(text))
    return _text_comments(text)


def _text_comments(text: str) -> list[tuple[int, int]]:
    """Each `<!--` to the next `-->`, as `<!--.*?-->` matches, in one pass: when one comment never closes, no later
    one can, so the search stops there instead of scanning to the end again from every later `<!--`."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        position = end + 3
        spans.append((start, position))
    return spans


def display_view(text: str, fmt: str) -> str:
    """Like prose_view, but entities are padded with NUL, which Document.shown drops when it slices."""
    if fmt == "html":
        return mask_html(text, ENTITY_PAD)
    if fmt == "markdown":
        return mask_markdown(text, ENTITY_PAD)
    return text
