"""The headline a markup names points at the title text in the file as read."""

from __future__ import annotations

from provenance.core.markup import prose_view
from provenance.core.markup.title import markup_title


def _title(text: str, fmt: str) -> str | None:
    span = markup_title(text, prose_view(text, fmt), fmt)
    return None if span is None else text[span.start : span.end]


def test_a_markdown_hash_title_without_the_hash() -> None:
    assert _title("# Who won the debate?\nThe senator spoke.\n", "markdown") == "Who won the debate?"
    assert _title("---\ntitle: x\n---\n# Title here #\n\nBody.\n", "markdown") == "Title here"


def test_a_markdown_title_must_come_first() -> None:
    assert _title("Body first.\n\n# A section\n", "markdown") is None
    assert _title("## A subheading\n\nBody.\n", "markdown") is None


def test_html_h1_else_title() -> None:
    page = "<html><head><title>Site | Big news</title></head><body><h1> Big <em>news</em> </h1><p>Body.</p>"
    assert _title(page, "html") == "Big <em>news"  # trimmed to the prose: the closing tag is markup
    assert _title("<html><head><title> Big news | Site </title></head><body><p>Body.</p>", "html") == "Big news | Site"
    assert _title("<p>No title.</p>", "html") is None


def test_plain_text_has_no_markup_title() -> None:
    assert _title("# Not markup\n\nBody.", "text") is None
