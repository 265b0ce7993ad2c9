"""Accusation cues in a sentence: each rule form by its first word, matched with fillers and possessors between."""

from __future__ import annotations

from functools import lru_cache

from provenance.ruleset.rules import AccusationCue
from provenance.text.tokens import Token

_FILLER_MAX = 2  # words between two words of a cue's form: "charged on Thursday with"


@lru_cache(maxsize=8)
def cue_index(cues: tuple[AccusationCue, ...]) -> dict[str, list[tuple[list[str], AccusationCue]]]:
    """Cue forms by their first word, in rule order: one dict lookup per token instead of a scan of every form."""
    index: dict[str, list[tuple[list[str], AccusationCue]]] = {}
    for cue in cues:
        for form in cue.forms:
            parts = form.split()
            index.setdefault(parts[0], []).append((parts, cue))
    return index


def _form_end(
    tokens: list[Token], i: int, parts: list[str], fillers: frozenset[str], definite: frozenset[str]
) -> int | None:
    """Where a cue's form starting at tokens[i] ends, a filler allowed between its words ("charged Thursday with")
    and so a possessor ("ignored the auditor's warnings": "the" before a possessive, the possessive)."""
    j = i + 1
    for part in parts[1:]:
        skipped = 0
        while j < len(tokens) and tokens[j].lower != part and skipped < _FILLER_MAX and (
            tokens[j].lower in fillers or _possessive(tokens, j, definite)
        ):
            j, skipped = j + 1, skipped + 1
        if j >= len(tokens) or tokens[j].lower != part:
            return None
        j += 1
    return j


def _possessive(tokens: list[Token], j: int, definite: frozenset[str]) -> bool:
    """A possessive word, or "the" right before one: "the auditor's" inside "ignored the auditor's warnings"."""
    return tokens[j].text != tokens[j].bare or (
        tokens[j].lower in definite and j + 1 < len(tokens) and tokens[j + 1].text != tokens[j + 1].bare)


def cue_at(
    tokens: list[Token], i: int, cues: dict[str, list[tuple[list[str], AccusationCue]]], fillers: frozenset[str],
    definite: frozenset[str],
) -> tuple[AccusationCue, int] | None:
    """The longest cue form at tokens[i]: "accused of" (its subject charged) before "accused" (its object)."""
    best: tuple[AccusationCue, int] | None = None
    for parts, cue in cues.get(tokens[i].lower, ()):
        end = _form_end(tokens, i, parts, fillers, definite)
        if end is not None and (best is None or end > best[1]):
            best = (cue, end)
    return best
