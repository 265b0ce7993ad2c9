"""Markup: the same-length prose view of plain-text, Markdown and HTML articles that the rules read."""

from provenance.core.markup.view import (
    INPUT_FORMATS,
    comment_spans,
    detect_format,
    display_view,
    match_view,
    prose_view,
)

__all__ = ["INPUT_FORMATS", "comment_spans", "detect_format", "display_view", "match_view", "prose_view"]
