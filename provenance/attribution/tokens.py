"""Word tokens with spans, and the small scans over them that source finding needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provenance.model import Span

_WORD = re.compile(r"\w+(?:[’'.&-]\w+)*(?:’s|'s)?\.?", re.UNICODE)
# A token may keep a trailing period only when it is an abbreviation like "U.S." or "Sen.".
_KEEP_DOT = re.compile(r"^(?:\w\.)+$|^[A-Z][a-z]{0,3}\.$")


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its text and code-point span, with its bare and lower-case forms worked out once."""

    text: str
    start: int
    end: int
    # Read millions of times per corpus by every scan, so computed at construction rather than per access.
    bare: str = field(init=False, repr=False, compare=False)  # the word without a possessive ’s
    lower: str = field(init=False, repr=False, compare=False)  # bare, lower-cased

    def __post_init__(self) -> None:
        text = self.text
        bare = text[:-2] if text.endswith(("’s", "'s")) else text
        object.__setattr__(self, "bare", bare)
        object.__setattr__(self, "lower", bare.lower())

    @property
    def capitalized(self) -> bool:
        """Starts with an upper-case letter or digit (names, acronyms)."""
        return self.text[:1].isupper()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words of text[start:end], with absolute offsets."""
    tokens = []
    for match in _WORD.finditer(text, start, end):
        word, s, e = match.group(), match.start(), match.end()
        if word.endswith(".") and not _KEEP_DOT.match(word):
            word, e = word[:-1], e - 1
        tokens.append(Token(word, s, e))
    return tokens


def gap(text: str, left: Token | int, right: Token | int) -> str:
    """The characters between two tokens (or offsets)."""
    a = left.end if isinstance(left, Token) else left
    b = right.start if isinstance(right, Token) else right
    return text[a:b]


def trimmed_span(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without surrounding spaces and the commas or colons that join it to a cue."""
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span(start, end, text[start:end])
