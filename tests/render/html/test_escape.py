"""Untrusted text in element content and attributes: markup escaped, hidden characters shown."""

from __future__ import annotations

import pytest

from provenance.render.html.escape import attr, code_name, line, text


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", "</style><b>", '" onclick="x', "a & b", "'x'"])
def test_markup_characters_never_survive(hostile: str) -> None:
    for escaped in (text(hostile), line(hostile), attr(hostile)):
        assert "<" not in escaped.replace('<span class="cp">', "").replace("</span>", "")
        assert '"' not in escaped.replace('"cp"', "")
        assert "'" not in escaped


@pytest.mark.parametrize("ch", ["\u202e", "\u2066", "\u200b", "\u200f", "\ufeff", "\x1b", "\x00", "\x7f", "\x85"])
def test_invisible_and_reordering_characters_are_shown_not_applied(ch: str) -> None:
    shown = text(f"a{ch}b")
    assert ch not in shown
    assert f'<span class="cp">{code_name(ch)}</span>' in shown
    assert ch not in attr(f"a{ch}b")
    if not ch.isspace():  # attributes are one line: a line break there becomes a space
        assert code_name(ch) in attr(f"a{ch}b")


def test_code_names() -> None:
    assert code_name("\u202e") == "U+202E"
    assert code_name("\x1b") == "\u241b"


def test_plain_text_keeps_its_line_breaks_and_letters() -> None:
    assert text("Zakharova said:\n“it’s over” — ok\r\n") == "Zakharova said:\n“it’s over” — ok\n"
    assert line("  two\n lines ") == "two lines"


def test_a_lone_carriage_return_is_marked_and_still_breaks_the_line() -> None:
    assert text("a\rb") == 'a<span class="cp">\u240d</span>\nb'
