"""Character-level edits shared by the HTML and Markdown masks: blanking regions and decoding entities."""

from __future__ import annotations

import html
import re
import unicodedata

_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


def blank(chars: list[str], start: int, end: int, block: bool = False) -> None:
    """Overwrite chars[start:end] with spaces, keeping line breaks (a block boundary adds one)."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "
    if block and start < end and "\n" not in chars[start:end]:
        chars[start] = "\n"


def fill(chars: list[str], start: int, end: int, char: str) -> None:
    """Overwrite chars[start:end] with `char`, keeping line breaks."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = char


def decode_entities(chars: list[str], text: str, start: int, end: int, pad: str = " ") -> None:
    """Replace each character reference in text[start:end] by its character, padded with `pad`."""
    for match in _ENTITY.finditer(text, start, end):
        decoded = html.unescape(match.group())
        if decoded == match.group() or len(decoded) > len(match.group()):
            continue  # not a known entity: leave it as written
        for i in range(match.start(), match.end()):
            chars[i] = pad
        # An opening mark sits at the entity's end and a closing one at its start, so a quotation's
        # inner span (just inside the marks) covers its words and none of the entities' letters.
        at = match.end() - len(decoded) if _opens(decoded, text, match.start()) else match.start()
        chars[at : at + len(decoded)] = list(decoded)


def _opens(decoded: str, text: str, start: int) -> bool:
    category = unicodedata.category(decoded[0])
    if category in ("Ps", "Pi"):
        return True
    # A straight quote opens when it follows a space, the start or another opening mark.
    before = text[start - 1] if start else " "
    return decoded in ('"', "'") and (before.isspace() or unicodedata.category(before) in ("Ps", "Pi"))
