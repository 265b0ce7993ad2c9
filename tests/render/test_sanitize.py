"""Tests for provenance.render.sanitize: untrusted text made inert, one character at a time."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.render.sanitize import display_char, display_line, display_text

BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _inert(s: str) -> bool:
    """No character a terminal would act on: no controls but newline and tab, no bidi controls or separators.

    Zero-width characters (ZWSP, ZWJ, ZWNJ, soft hyphen) are shown as <U+XXXX> too: see test_zero_width_is_shown.
    """
    return all(
        ch in "\n\t" or (unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp") and ord(ch) not in BIDI) for ch in s
    )


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b", "␛"),
        ("\x00", "␀"),
        ("\x07", "␇"),
        ("\x08", "␈"),
        ("\x1f", "␟"),
        ("\x7f", "␡"),
        ("\x9b", "<U+009B>"),
        ("\u202e", "<U+202E>"),
        ("\u2066", "<U+2066>"),
        ("\u200f", "<U+200F>"),
        ("\udcff", "<U+DCFF>"),
    ],
)
def test_active_characters_are_shown_visibly(raw: str, shown: str) -> None:
    assert display_char(raw) == shown
    assert display_text(f"a{raw}b") == f"a{shown}b"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\r", "␍\n"),
        ("\x0b", "␋\n"),
        ("\x0c", "␌\n"),
        ("\x85", "<U+0085>\n"),
        ("\u2028", "<U+2028>\n"),
        ("\u2029", "<U+2029>\n"),
    ],
)
def test_other_line_breaks_are_marked_and_break_the_line(raw: str, shown: str) -> None:
    assert display_char(raw) == shown
    assert display_text(f"good{raw}bad") == f"good{shown}bad"  # a lone CR cannot overwrite "good"


def test_crlf_is_an_ordinary_line_ending() -> None:
    assert display_text("one\r\ntwo\r\n") == "one\ntwo\n"
    assert display_text("one\r\r\ntwo") == "one␍\n\ntwo"


def test_newline_and_tab_are_kept() -> None:
    assert display_text("one\ntwo\tthree") == "one\ntwo\tthree"


@pytest.mark.parametrize("text", ["plain words", "“curly” quotes – dashes’", "Дамаск دمشق 大马士革", "emoji 🙂", ""])
def test_printable_text_is_unchanged(text: str) -> None:
    assert display_text(text) == text


def test_rich_markup_is_left_alone_for_the_renderer_to_show_literally() -> None:
    assert display_text("[bold red]x[/] [link=http://evil]y[/link]") == "[bold red]x[/] [link=http://evil]y[/link]"


def test_ansi_and_osc8_sequences_become_readable() -> None:
    assert display_text("\x1b[31mred\x1b[0m") == "␛[31mred␛[0m"
    assert display_text("\x1b]8;;http://x\x1b\\link") == "␛]8;;http://x␛\\link"


@pytest.mark.parametrize("code", [*range(0x00, 0x20), *range(0x7F, 0xA0), *BIDI, 0x2029])
def test_every_dangerous_character_is_rewritten(code: int) -> None:
    ch = chr(code)
    if ch in "\n\t":
        assert display_char(ch) == ch
    else:
        assert display_char(ch) != ch
        assert _inert(display_char(ch))


def test_display_line_flattens_newlines_and_tabs() -> None:
    assert display_line("a\nb\tc\rd") == "a b c␍ d"


@given(st.text())
def test_mapping_is_per_character_and_inert(text: str) -> None:
    shown = display_text(text)
    assert shown == "".join(display_char(ch) for ch in text.replace("\r\n", "\n"))
    assert _inert(shown)


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"])
def test_zero_width_is_shown(char: str) -> None:
    # Issue 18: "re\u200bgime" looks like "regime" on screen while it matched nothing; a reviewer must see it.
    assert display_text(f"re{char}gime") == f"re<U+{ord(char):04X}>gime"
