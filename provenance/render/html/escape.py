"""Make untrusted text inert in HTML: escape markup, and show invisible and reordering characters.

Every string from an article, a ruleset or a file name reaches the page through `text()` (element
content) or `attr()` (a quoted attribute value), never through string formatting alone.
"""

from __future__ import annotations

import html
import unicodedata
from functools import lru_cache

# Categories a reader cannot see or that act on the display (controls, format characters such as
# zero-width spaces and bidi overrides, surrogates, private use, line/paragraph separators).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_CONTROL_PICTURES = 0x2400  # U+2400 ␀ … U+241F ␟ picture the C0 controls one for one
_OTHER_LINE_BREAKS = frozenset("\r\x0b\x0c\x85\u2028\u2029")


def code_name(ch: str) -> str:
    """The visible stand-in text for a hidden character: ␛ for a C0 control, else U+XXXX."""
    code = ord(ch)
    if code < 0x20:
        return chr(_CONTROL_PICTURES + code)
    if code == 0x7F:
        return "\u2421"
    return f"U+{code:04X}"


@lru_cache(maxsize=4096)
def _char(ch: str, markup: bool) -> str:
    if ch in "\n\t" or unicodedata.category(ch) not in _HIDDEN_CATEGORIES:
        return html.escape(ch)
    shown = code_name(ch)
    # A marked box in element content; a bracketed name inside attributes, where no markup may go.
    visible = f'<span class="cp">{shown}</span>' if markup else f"<{shown}>"
    if ch in _OTHER_LINE_BREAKS:
        visible += "\n"  # a line break still breaks the line, so the display follows the paragraphs
    return visible if markup else html.escape(visible)


def _render(s: str, markup: bool) -> str:
    s = s.replace("\r\n", "\n")
    if s.replace("\n", "").replace("\t", "").isprintable():
        # Fast path: every character rewritten above is outside str.isprintable().
        return html.escape(s)
    return "".join(_char(ch, markup) for ch in s)


def text(s: str) -> str:
    """Element content for untrusted text: escaped, hidden characters shown as marked code points."""
    return _render(s, True)


def line(s: str) -> str:
    """Like text(), for one-line contexts (names, table cells): runs of whitespace become one space."""
    return _render(" ".join(s.split()), True) if s.strip() else ""


def attr(s: str) -> str:
    """An attribute value for untrusted text, to be put between double quotes."""
    return _render(" ".join(s.split()), False)
