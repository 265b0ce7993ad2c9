"""Make untrusted article text inert for a terminal, one character at a time.

Every character maps to its own display string, so a renderer can sanitize a text in
chunks (between annotation boundaries) and still keep offsets and display in step. The one
exception is CR LF, an ordinary line ending, which display_text shows as a plain newline; a
chunk boundary between the two only costs a visible ␍.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters that reorder or hide text on screen ("Trojan Source"): shown as <U+XXXX>
# so a reviewer sees that they are there instead of having them act on the display.
_INVISIBLE_FORMAT = frozenset({0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)})
# Characters that take no room on screen (zero-width space, joiners, word joiner, soft hyphen, BOM): a word holding
# one looks like the plain word while matching nothing, so each is shown as <U+XXXX> too.
_ZERO_WIDTH = frozenset({0x00AD, 0x180E, *range(0x200B, 0x200E), *range(0x2060, 0x2065), 0xFEFF})
_SHOWN_AS_CODE = _INVISIBLE_FORMAT | _ZERO_WIDTH
_CONTROL_PICTURES = 0x2400  # U+2400 ␀ … U+241F ␟ picture the C0 controls one for one
_DEL_PICTURE = "\u2421"  # ␡
# Line breaks other than LF (which segmentation also treats as breaks) are marked and then break the line,
# so the display follows the paragraphs and a lone CR cannot overwrite what came before it.
_OTHER_LINE_BREAKS = frozenset("\r\x0b\x0c\x85\u2028\u2029")


def _marker(code: int) -> str:
    return f"<U+{code:04X}>"


@lru_cache(maxsize=4096)
def display_char(ch: str) -> str:
    """The display string for one character: itself if harmless, else a visible stand-in."""
    code = ord(ch)
    if ch in "\n\t":
        return ch
    if ch in _OTHER_LINE_BREAKS:
        return (chr(_CONTROL_PICTURES + code) if code < 0x20 else _marker(code)) + "\n"
    if code < 0x20:
        # ESC becomes ␛, CR becomes ␍: the sequence stays readable but no longer acts.
        return chr(_CONTROL_PICTURES + code)
    if code == 0x7F:
        return _DEL_PICTURE
    if 0x80 <= code <= 0x9F or code in _SHOWN_AS_CODE:
        return _marker(code)
    if 0xD800 <= code <= 0xDFFF:
        # Lone surrogates (e.g. from surrogateescape decoding) cannot be encoded for output.
        return _marker(code)
    return ch


def display_text(s: str) -> str:
    """Return `s` with control, bidi and other terminal-active characters shown visibly."""
    if s.isprintable():
        return s  # fast path: every character we rewrite is in a non-printable category (Cc, Cf, Cs, Zl, Zp)
    return "".join(display_char(ch) for ch in s.replace("\r\n", "\n"))


def display_line(s: str) -> str:
    """Like display_text, for one-line contexts (names, table cells): newlines and tabs become spaces."""
    return display_text(s).replace("\n", " ").replace("\t", " ")


_JSON_INVISIBLE = re.compile(
    "[\x7f-\x9f\ud800-\udfff" + "".join(f"\\u{code:04x}" for code in sorted(_SHOWN_AS_CODE)) + "]"
)


def invisible_escaped(json_text: str) -> str:
    """JSON text with every invisible, bidi, C1 or surrogate character written as a \\uXXXX escape.

    Such characters only occur inside JSON strings, where the escape reads back as the same character: the data
    is unchanged, but a reader of the raw output (a terminal, a CI log) sees them instead of having them act.
    """
    return _JSON_INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)
