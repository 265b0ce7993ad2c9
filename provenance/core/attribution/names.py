"""The shapes of names: initials, given names and surname, a possessor, and a capitalised name run in text."""

from __future__ import annotations

import re
from functools import lru_cache

from provenance.core.attribution.mention import strip_possessive

# A capitalised name, with the small words names hold: "Ministry of Economy and Finance", "Bank of England".
NAME_RUN = re.compile(r"[A-Z][\w'’.&-]*(?:(?:\s+(?:of|and|for|on|the|&))*\s+[A-Z][\w'’.&-]*)*")


def initials(name: str) -> str | None:
    """The initials of a name's capitalised words ("Council on American-Islamic Relations" -> "CAIR"; each
    hyphenated part counts), or None for a one-word name."""
    if " " not in name.strip():
        return None
    letters = "".join(w[0] for w in re.split(r"[\s-]+", strip_possessive(name)) if w[:1].isupper())
    return letters if len(letters) > 1 else None


def given_names(name: str, titles: frozenset[str] = frozenset()) -> list[str]:
    """A name's given names and surname, titles dropped: "Mr. Obama", "Ms Hale" -> ["obama"], ["hale"]."""
    words = name.lower().split() or [""]
    while len(words) > 1 and (words[-1] in titles or words[-1].rstrip(".") in titles):
        words.pop()  # "Rupert Glass KC", "Martin Luther King Jr.": letters after a name are no surname
    return [w for w in words[:-1] if not w.endswith(".") and w not in titles] + [words[-1].rstrip(".")]


def possessor(name: str) -> str | None:
    """ "Trump’s own tweets" -> "Trump": a capitalised possessor before the document noun, if there is one."""
    for mark in ("’s ", "'s "):
        owner, found, _ = name.partition(mark)
        if found and owner and all(w[:1].isupper() for w in owner.split()):
            return owner
    return None


@lru_cache(maxsize=4096)
def name_words(name: str, titles: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """A person's name as compared: possessive and titles dropped, cached since every draft is compared often."""
    return tuple(given_names(strip_possessive(name), titles))


def same_person(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two names can be one person: the same surname, and the same given name when both give one."""
    if x[-1] != y[-1]:
        return False
    return len(x) == 1 or len(y) == 1 or x[0] == y[0] or (x[0][:1] == y[0][:1] and min(len(x[0]), len(y[0])) <= 2)


def without_possessor(name: str) -> str:
    """ "Italy's Ministry of …" -> "Ministry of …": a possessor or article opening a name is not part of it."""
    words = name.split()
    while words and (words[0].endswith(("'s", "’s")) or words[0] in ("The", "the", "A", "An")):
        words.pop(0)
    return " ".join(words)


def name_before(text: str, offset: int, head: str, reach: int) -> str | None:
    """The nearest capitalised name within `reach` characters before `offset` that holds the word `head` ("the
    ministry" -> "Ministry of Economy and Finance"), without its possessor, else None."""
    word = head[:1].upper() + head[1:]
    runs = [m.group() for m in NAME_RUN.finditer(text, max(0, offset - reach), offset) if word in m.group().split()]
    return without_possessor(runs[-1]) if runs else None
