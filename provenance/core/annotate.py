"""The one annotate entry: every command and the Python API reach the rules through `annotate`.

The rules read a *prose view* of the text (see provenance/core/markup): for Markdown and HTML every
non-prose region is blanked at the same length, so each span found in it is also a span of the text
as read. The Document then holds the text as read, its spans re-sliced from it, and a display view
that renderers slice for a reader (entities decoded, markup dropped).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar
from urllib.parse import urlsplit

from provenance.core.markup import detect_format, display_view, match_view, prose_view
from provenance.core.markup.main_text import left_out, main_text
from provenance.core.markup.title import markup_title
from provenance.core.pipeline import annotate_text
from provenance.model import Document, PageInfo, Span
from provenance.ruleset.rulebook import Rulebook

T = TypeVar("T")


def annotate(
    text: str,
    book: Rulebook,
    path: str | None = None,
    *,
    input_format: str = "auto",
    readability: bool = True,
    main_text_only: bool = True,
) -> Document:
    """Annotate one article (plain text, Markdown or HTML) with the given rules.

    A web page is reduced to its main text first (navigation, sidebars, comments and footers blanked) unless
    `main_text_only` is False; its metadata becomes the Document's `page`, its site looked up in the registries.
    """
    with _fewer_collections():
        return _annotate(text, book, path, input_format, readability, main_text_only)


class _Collections:
    """The collector's young-generation threshold, raised while any thread annotates and restored after the last."""

    # Annotating a text makes about a dozen container objects per word (tokens, spans, lists), few of them in
    # cycles. At the default threshold (700) the collector ran every few sentences, its full passes walked every
    # token made so far, and their cost grew faster than the text: a 3 MB text spent a quarter of its CPU in
    # collections (nested straight quotes: 1.8 -> 2.8 µs per character from 50 KB to 3 MB; 1.9 -> 1.9 without).
    YOUNG = 20_000

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.saved: tuple[int, int, int] = gc.get_threshold()


_COLLECTIONS = _Collections()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    state = _COLLECTIONS
    with state.lock:
        if state.depth == 0:
            state.saved = gc.get_threshold()
            young, *older = state.saved
            if young:  # 0: collection is switched off by the caller; leave it so
                gc.set_threshold(max(young, state.YOUNG), *older)
        state.depth += 1
    try:
        yield
    finally:
        with state.lock:
            state.depth -= 1
            if state.depth == 0:
                gc.set_threshold(*state.saved)


def _annotate(
    text: str, book: Rulebook, path: str | None, input_format: str, readability: bool, main_text_only: bool
) -> Document:
    fmt = detect_format(path, input_format, text)
    prose = prose_view(text, fmt)
    # Terms are matched where markup joins letters on the page (`reg<b></b>ime`); everything else reads the prose.
    joined = match_view(text, fmt) if prose != text else None
    page: PageInfo | None = None
    warnings: tuple[str, ...] = ()
    if fmt == "html" and main_text_only:
        found = main_text(text, prose)
        if joined is not None and found.prose != prose:
            # Page furniture the main-text view blanked is blanked for term matching too.
            joined = "".join(j if p == q else p for j, p, q in zip(joined, found.prose, prose, strict=True))
        prose, warnings = found.prose, found.warnings
        page = _affiliated(found.page, book) if found.page is not None else None
    title = markup_title(text, prose, fmt)
    doc = annotate_text(prose, book, path, readability=readability, title=title, match_view=joined)
    if warnings:
        doc = replace(doc, warnings=doc.warnings + warnings)
    if prose == text:
        return replace(doc, input_format=fmt) if fmt != "text" else doc
    display = display_view(text, fmt)
    if page is not None:
        # What the main-text view left out is page furniture: shown dimmed, like boilerplate, never annotated.
        seg = doc.segmentation
        furniture = [Span(start, end, "") for start, end in left_out(display, prose)]
        boilerplate = tuple(sorted((*seg.boilerplate, *furniture), key=lambda span: span.start))
        doc = replace(doc, segmentation=replace(seg, boilerplate=boilerplate))
    return replace(_reslice(doc, text), text=text, input_format=fmt, display=display, page=page)


def _affiliated(page: PageInfo, book: Rulebook) -> PageInfo:
    """The page with its site's registry entry (a state-controlled outlet's own site is labelled as such)."""
    host = urlsplit(page.url or "").hostname or ""
    keys = [page.site_name or "", host, host.removeprefix("www.")]
    # A registry lists domains as "rt.com"; a page may be served from "www.rt.com" or "de.rt.com".
    keys += [".".join(host.split(".")[i:]) for i in range(1, max(1, host.count(".")))]
    for key in keys:
        known = book.outlets.get(key.lower()) if key else None
        if known is not None:
            return replace(page, affiliation=known.affiliation)
    return page


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
