"""Match every term of every term list in one pass over the text (Aho-Corasick)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from provenance.ruleset.rules import TermEntry, TermsRule


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
                    table.setdefault(form.lower(), []).append((rule, entry))
        for key, targets in table.items():
            self._automaton.add_word(key, (len(key), tuple(targets)))
        self._empty = not table
        if table:
            self._automaton.make_automaton()

    def find(self, text: str, low: str | None = None) -> Iterator[TermHit]:
        """Every whole-word occurrence of a term, honouring case and context conditions."""
        if self._empty:
            return
        low = lowered(text) if low is None else low
        for last, (length, targets) in self._automaton.iter(low):
            start, end = last - length + 1, last + 1
            if (start > 0 and _is_word_char(text[start - 1])) or (end < len(text) and _is_word_char(text[end])):
                continue
            for rule, entry in targets:
                if entry.case_sensitive and text[start:end] not in entry.forms:
                    continue
                if entry.not_before and _next_word(low, end) in entry.not_before:
                    continue
                if entry.not_after and _previous_word(low, start) in entry.not_after:
                    continue
                yield TermHit(rule, entry, start, end)


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
