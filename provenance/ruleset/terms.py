"""Match every term of every term list in one pass over the text (Aho-Corasick)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from provenance.ruleset.rules import TermEntry, TermsRule
from provenance.text.fold import fold


@dataclass(frozen=True, slots=True)
class TermHit:
    """A term found at [start, end)."""

    rule: TermsRule
    entry: TermEntry
    start: int
    end: int


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def lowered(text: str) -> str:
    """Lower-case text with the same length, so offsets stay valid ('İ'.lower() is two code points)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class TermMatcher:
    """One automaton over all forms of all entries; built once per rulebook."""

    def __init__(self, rules: Iterable[TermsRule]) -> None:
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[TermsRule, TermEntry]]] = {}
        for rule in rules:
            for entry in rule.entries:
                for form in entry.forms:
                    # Folded as the text is, so a term list written with any letters matches the same way.
                    table.setdefault(lowered(fold(form).text), []).append((rule, entry))
        for key, targets in table.items():
            self._automaton.add_word(key, (len(key), tuple(targets)))
        self._empty = not table
        if table:
            self._automaton.make_automaton()

    def find(self, text: str, low: str | None = None, view: str | None = None) -> Iterator[TermHit]:
        """Every whole-word occurrence of a term, honouring case and context conditions.

        Matching reads the text folded (text/fold.py: NFKC, look-alike letters, invisible characters dropped);
        `view` is a same-length view of `text` from the markup layer in which markup that joins two letters is
        marked to be dropped too. Hits are offsets into `text`. `low`, the lowered text, saves a pass when the
        caller has it and the text needs no folding.
        """
        if self._empty:
            return
        folded = fold(text if view is None else view)
        if folded.origin is None and view is None:
            matched, low = text, lowered(text) if low is None else low
        else:
            matched = folded.text
            low = lowered(matched)
        for last, (length, targets) in self._automaton.iter(low):
            start, end = last - length + 1, last + 1
            if (start > 0 and _is_word_char(matched[start - 1])) or (
                end < len(matched) and _is_word_char(matched[end])
            ):
                continue
            for rule, entry in targets:
                if entry.case_sensitive and matched[start:end] not in entry.forms:
                    continue
                if _context_allows(entry, low, start, end):
                    yield TermHit(rule, entry, folded.start(start), folded.end(end))


def _context_allows(entry: TermEntry, low: str, start: int, end: int) -> bool:
    """Whether the words around [start, end) satisfy the entry's context conditions."""
    if entry.not_before or entry.only_before:
        after = _next_word(low, end)
        if after in entry.not_before or (entry.only_before and after not in entry.only_before):
            return False
    if entry.not_after or entry.only_after:
        before = _previous_word(low, start)
        if before in entry.not_after or (entry.only_after and before not in entry.only_after):
            return False
    if entry.not_near or entry.only_near:
        near = _nearby_words(low, start, end, entry.window)
        if near & entry.not_near or (entry.only_near and not near & entry.only_near):
            return False
    return True


_SENTENCE_END = ".!?\n"


def _nearby_words(low: str, start: int, end: int, window: int) -> set[str]:
    """Up to `window` words either side of [start, end), not crossing a sentence end."""
    # Twelve characters a word is generous; the sentence-end cut keeps the window local.
    reach = window * 12
    left = low[max(0, start - reach) : start]
    right = low[end : end + reach]
    for mark in _SENTENCE_END:
        left = left.rsplit(mark, 1)[-1]
        right = right.split(mark, 1)[0]
    return set(_words(left)[-window:]) | set(_words(right)[:window])


def _words(chunk: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in chunk:
        if _is_word_char(char) or (char in "'’" and current):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _next_word(low: str, end: int) -> str:
    i = end
    while i < len(low) and low[i] in " \u00a0-":
        i += 1
    j = i
    while j < len(low) and _is_word_char(low[j]):
        j += 1
    return low[i:j]


def _previous_word(low: str, start: int) -> str:
    j = start
    while j > 0 and low[j - 1] in " \u00a0-":
        j -= 1
    i = j
    while i > 0 and _is_word_char(low[i - 1]):
        i -= 1
    return low[i:j]
