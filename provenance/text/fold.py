"""The text as term matching sees it: folded, with a map back to offsets in the text as read.

A reader sees "regime" in `rеgime` (Cyrillic е), `re\u00adgime` (a soft hyphen from a CMS export), `ｒegime`
(fullwidth), `re\u200bgime` (a zero-width space) and, once the markup layer has marked them, `r&#101;gime`,
`reg<b></b>ime` and `re<!-- -->gime`. Matching runs on a folded copy in which each character is NFKC-normalised,
letters that look like Latin ones are folded to them (Unicode's confusables table, as shipped by the
`confusable-homoglyphs` package) and invisible characters are dropped; `Folded.origin` maps each folded character
back to its offset in the text as read, which is what every span keeps.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

# What the markup layer writes over markup that joins the letters either side of it (see core/markup): dropped.
JOIN = "\x00"
# Characters that take no room on the page: zero-width space/joiners, word joiner, soft hyphen, BOM, bidi controls.
_INVISIBLE = frozenset(
    {JOIN, "\u00ad", "\u061c", "\u180e", "\ufeff"}
    | {chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x206A))}
)
_PLAIN = re.compile(r"[\x01-\x7f]*")  # ASCII but NUL folds to itself


@cache
def _confusables() -> dict[str, str]:
    """Non-ASCII letters that look like an ASCII letter, mapped to it (from Unicode's confusables.txt)."""
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii() or not unicodedata.category(char).startswith("L"):
            continue  # punctuation look-alikes ( ’ for ') are left alone: word edges and contexts read them
        latin = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()]
        if latin:
            table[char] = latin[0]
    return table


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """What one character is for matching: '' if invisible, else its NFKC form with look-alike letters folded."""
    if char in _INVISIBLE:
        return ""
    normal = unicodedata.normalize("NFKC", char)
    if not any(c.isalnum() for c in normal):
        # Spaces and punctuation (no-break space, ellipsis) stay: word edges and contexts already read them, and
        # leaving them keeps ordinary text on the fast path.
        return char
    if normal.isascii():
        return normal  # no look-alike left to fold: the confusables table (a 0.04 s load) is not needed
    table = _confusables()
    return "".join(table.get(c, c) for c in normal)


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded text and, for each of its characters, the offset of the character it came from (None: same)."""

    text: str
    origin: list[int] | None

    def start(self, i: int) -> int:
        """The offset in the text as read of folded character i."""
        return i if self.origin is None else self.origin[i]

    def end(self, i: int) -> int:
        """The offset just past folded character i-1 in the text as read (for a match ending at i)."""
        return i if self.origin is None else self.origin[i - 1] + 1


def fold(text: str) -> Folded:
    """The text folded for matching, with the map back; plain ASCII (the common case) is returned as it is."""
    if _PLAIN.fullmatch(text):
        return Folded(text, None)
    changed = {c for c in set(text) if fold_char(c) != c}
    if not changed:
        return Folded(text, None)
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for match in re.finditer("[" + "".join(re.escape(c) for c in sorted(changed)) + "]", text):
        i = match.start()
        pieces.append(text[at:i])
        origin.extend(range(at, i))
        folded = fold_char(text[i])
        pieces.append(folded)
        origin.extend([i] * len(folded))
        at = i + 1
    pieces.append(text[at:])
    origin.extend(range(at, len(text)))
    return Folded("".join(pieces), origin)
