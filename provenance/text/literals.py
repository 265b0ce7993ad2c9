"""The literal words a regular expression cannot match without, to skip a pattern where they are absent.

A pattern such as `{party}\\s+did\\s+not\\s+comment` can only match where "did", "not" and "comment"
occur; looking for those words with `str.find` in the lower-cased text is far cheaper than running
the case-insensitive regex (which gets no literal prefix scan under IGNORECASE). The words are read
from the expression's parse tree, so this is only an optimisation: a pattern the parser does not
know gets no requirements and always runs.

Exactness: a case-insensitive match of an ASCII literal against a text implies the lower-cased text
contains the lower-cased literal, except for the few characters that fold onto ASCII letters without
lower-casing to them (İ, ı, ſ; tests/test_literals.py checks the list against both `re` and `regex`).
İ is also the only character whose lower case is two characters long, so without these characters
the lower-cased text has the same offsets as the text.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

import ahocorasick

# Characters that match an ASCII letter case-insensitively but do not lower-case to it.
FOLDING_EXCEPTIONS = "\u0130\u0131\u017f"  # İ ı ſ
# A requirement whose shortest word is shorter than this is met by nearly every paragraph.
MIN_WORD = 3

Requirement = frozenset[str]  # at least one of these lower-case strings must occur


def exact_for(text: str) -> bool:
    """Whether requirements may be tested against `text.lower()` at the text's own offsets."""
    # Three substring searches run at memchr speed; a character-class regex steps through every character.
    return not any(c in text for c in FOLDING_EXCEPTIONS)


@lru_cache(maxsize=1024)
def requirements(source: str, flags: int) -> tuple[Requirement, ...]:
    """What every match of the expression contains; () when nothing useful is known."""
    try:
        # The standard library's own parser; private, so any surprise means "no requirements".
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        # Only VERBOSE changes what is literal (the `regex` module's other flag bits mean nothing to `re`).
        tree = parser.parse(source, flags & re.VERBOSE)
        found = _walk(list(tree), constants)
    except Exception:
        return ()
    return tuple(r for r in found if min(map(len, r)) >= MIN_WORD)


def _walk(items: list[tuple[Any, Any]], c: Any) -> list[Requirement]:
    """Requirements of a sequence: runs of ASCII literals, and what its mandatory parts require."""
    found: list[Requirement] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is c.SUBPATTERN:
            found.extend(_walk(list(av[-1]), c))
        elif op is c.ATOMIC_GROUP:
            found.extend(_walk(list(av), c))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.extend(_walk(list(av[2]), c))
        elif op is c.BRANCH:
            branch = _branch([_walk(list(alt), c) for alt in av[1]])
            if branch is not None:
                found.append(branch)
    flush()
    return found


@lru_cache(maxsize=1024)
def leading(source: str, flags: int) -> tuple[str, ...]:
    """Lower-case strings one of which every match starts with (after zero-width assertions); () when none is known.

    A line rule must match a whole paragraph, so a paragraph that starts with none of them is skipped unread:
    "By {outlet}" or "— {outlet}" need no words of three letters that `requirements` could use.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        starts, _ = _starts(list(parser.parse(source, flags & re.VERBOSE)), constants)
    except Exception:
        return ()
    return () if starts is None or "" in starts else tuple(sorted(starts))


_MAX_STARTS = 64  # alternatives multiply: past this many prefixes the test costs more than it saves


def _starts(items: list[tuple[Any, Any]], c: Any) -> tuple[set[str] | None, bool]:
    """The prefixes a sequence's matches start with, and whether the sequence is all literal (so what follows
    extends them); None when the first consuming item is not literal."""
    prefixes = {""}
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: consumes nothing
        if op is c.LITERAL and _foldless(av):
            prefixes = {p + chr(av).lower() for p in prefixes}
            continue
        inner: tuple[set[str] | None, bool] = (None, False)
        if op is c.IN and all(kind is c.LITERAL and _foldless(code) for kind, code in av):
            inner = ({chr(code).lower() for _, code in av}, True)  # "(?:a|b)" is parsed as the class [ab]
        elif op is c.SUBPATTERN:
            inner = _starts(list(av[-1]), c)
        elif op is c.BRANCH:
            found = [_starts(list(alt), c) for alt in av[1]]
            if all(f[0] is not None for f in found):
                inner = ({p for f in found for p in f[0] or ()}, all(f[1] for f in found))
        if inner[0] is None or len(prefixes) * len(inner[0]) > _MAX_STARTS:
            return (prefixes if prefixes != {""} else None), False
        prefixes = {p + q for p in prefixes for q in inner[0]}
        if not inner[1]:
            return prefixes, False
    return prefixes, True


def _foldless(code: int) -> bool:
    """Whether a literal can be tested in the lower-cased text: ASCII (see FOLDING_EXCEPTIONS), or punctuation or a
    symbol with no case, which nothing else matches case-insensitively ("—", "©")."""
    if code < 128:
        return True
    char = chr(code)
    caseless = char.lower() == char.upper() == char.casefold() == char
    return caseless and unicodedata.category(char)[0] in "PS"


def _branch(alternatives: list[list[Requirement]]) -> Requirement | None:
    """One of the alternatives matches, so one of their strongest requirements must be met."""
    words: set[str] = set()
    for reqs in alternatives:
        if not reqs:
            return None
        words |= max(reqs, key=lambda r: min(map(len, r)))
    return frozenset(words)


def met(lower: str, start: int, end: int, needs: tuple[Requirement, ...]) -> bool:
    """Whether lower[start:end] meets every requirement."""
    return all(any(lower.find(word, start, end) >= 0 for word in need) for need in needs)


_VALUE = itemgetter(1)


@lru_cache(maxsize=16)
def _automaton(words: frozenset[str]) -> Any:  # pyahocorasick ships no type information
    """One Aho-Corasick automaton over the words, so a text is scanned once for all of them."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


class WordPlaces:
    """Which of a text's ranges hold each word: the same answer as `met` on each range.

    Testing every range for every pattern (or scanning the text once per word) cost more than the patterns
    it skipped; one automaton pass finds every occurrence of every word, overlapping ones included.
    """

    def __init__(self, lower: str, ranges: Sequence[tuple[int, int]], words: frozenset[str]) -> None:
        self._count = len(ranges)
        self._places: dict[str, set[int]] = {}
        if not words or not ranges:
            return
        places = self._places
        automaton = _automaton(words)
        for k, (start, end) in enumerate(ranges):
            # Range by range, so no occurrence needs placing; each word found once per range, however often. A slice:
            # iter(lower, start, end) converts the whole text on every call, quadratic over a text's paragraphs.
            for word in set(map(_VALUE, automaton.iter(lower[start:end]))):  # (end, word) pairs, taken apart in C
                places.setdefault(word, set()).add(k)

    def meeting(self, needs: tuple[Requirement, ...]) -> set[int]:
        """Indexes of the ranges that meet every requirement (every range when there are none)."""
        result: set[int] | None = None
        empty: set[int] = set()
        if any(map(self._places.keys().isdisjoint, needs)):
            return empty  # a word of none of the ranges: most patterns, most texts (tested in C)
        for need in needs:
            held = set().union(*(self._places.get(word, empty) for word in need))
            result = held if result is None else result & held
            if not result:
                break
        return set(range(self._count)) if result is None else result


@lru_cache(maxsize=1024)
def right_monotone(source: str, flags: int) -> bool:
    """Whether more text after a range can only add matches, never remove one: then a pattern that matches nowhere
    in a whole text matches in no range of it (a search bounded by `endpos` sees the range as the text's end).

    True only for what the parse tree shows: nothing reads the end of the text or a character to its right that
    could turn a match into none (`$`, `\\Z`, `\\b`, `\\B`, a negative lookahead), and no atomic group, possessive
    repeat or conditional. Lookbehinds and `^` read only what lies before a position, the same either way.
    """
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        return _monotone(list(parser.parse(source, flags & re.VERBOSE)), constants, behind=False)
    except Exception:
        return False


def _monotone(items: list[tuple[Any, Any]], c: Any, behind: bool) -> bool:
    """`behind`: inside a negative lookbehind, where anything reading rightwards could flip it, so only consuming
    items are allowed."""
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            continue
        if op is c.SUBPATTERN:
            ok = _monotone(list(av[-1]), c, behind)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            ok = _monotone(list(av[2]), c, behind)
        elif op is c.BRANCH:
            ok = all(_monotone(list(alt), c, behind) for alt in av[1])
        elif op is c.AT and not behind:
            ok = av in (c.AT_BEGINNING, c.AT_BEGINNING_LINE, c.AT_BEGINNING_STRING)
        elif op is c.GROUPREF and not behind:
            ok = True
        elif op is c.ASSERT and not behind:
            ok = _monotone(list(av[1]), c, behind=False)  # a lookahead or lookbehind that must hold: more text helps
        elif op is c.ASSERT_NOT and av[0] < 0:
            ok = _monotone(list(av[1]), c, behind=True)  # "(?<![\w])": reads leftwards only
        else:
            ok = False
        if not ok:
            return False
    return True
