"""The one annotate entry: every command and the Python API reach the rules through `annotate`.

The rules read a *prose view* of the text (see provenance/core/markup): for Markdown and HTML every
non-prose region is blanked at the same length, so each span found in it is also a span of the text
as read. The Document then holds the text as read, its spans re-sliced from it, and a display view
that renderers slice for a reader (entities decoded, markup dropped).
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from provenance.core.markup import detect_format, display_view, match_view, prose_view
from provenance.core.pipeline import annotate_text
from provenance.model import Document, Span
from provenance.ruleset.rulebook import Rulebook

T = TypeVar("T")


def annotate(
    text: str, book: Rulebook, path: str | None = None, *, input_format: str = "auto", readability: bool = True
) -> Document:
    """Annotate one article (plain text, Markdown or HTML) with the given rules."""
    fmt = detect_format(path, input_format, text)
    prose = prose_view(text, fmt)
    # Terms are matched where markup joins letters on the page (`reg<b></b>ime`); everything else reads the prose.
    joined = match_view(text, fmt) if prose != text else None
    doc = annotate_text(prose, book, path, readability=readability, match_view=joined)
    if prose == text:
        return replace(doc, input_format=fmt) if fmt != "text" else doc
    return replace(_reslice(doc, text), text=text, input_format=fmt, display=display_view(text, fmt))


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
