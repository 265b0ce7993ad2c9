"""Generic span scoring: overlap, one-to-one matching and precision/recall/F1 tallies.

A span is a tuple of fragments (start, end), code-point offsets, end exclusive. A discontinuous
gold span (brat `10 20;25 40`) keeps its fragments: a prediction matches it when it overlaps any
fragment, and the gap between fragments (often "said X" between two quotes) does not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Fragment = tuple[int, int]


@dataclass(frozen=True, slots=True)
class LabeledSpan:
    """One scored item: a label (Cue, Source, Content, ...) and its fragments."""

    label: str
    fragments: tuple[Fragment, ...]

    @property
    def start(self) -> int:
        """Start of the first fragment."""
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        """End of the last fragment."""
        return self.fragments[-1][1]

    def text(self, text: str, joiner: str = " … ") -> str:
        """The covered text, fragments joined by `joiner`."""
        return joiner.join(text[s:e] for s, e in self.fragments)


def overlap(a: LabeledSpan, b: LabeledSpan) -> int:
    """Number of code points the two spans share, fragment by fragment."""
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in a.fragments for bs, be in b.fragments)


@dataclass(frozen=True, slots=True)
class Tally:
    """True positives, false positives and false negatives, with the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Matching:
    """The outcome of matching one document's spans of one label."""

    pairs: tuple[tuple[int, int], ...]  # (gold index, predicted index)
    missed: tuple[int, ...]  # gold indices left unmatched
    false_alarms: tuple[int, ...]  # predicted indices left unmatched

    @property
    def tally(self) -> Tally:
        """The counts of this matching."""
        return Tally(len(self.pairs), len(self.false_alarms), len(self.missed))


def match(gold: Sequence[LabeledSpan], predicted: Sequence[LabeledSpan]) -> Matching:
    """One-to-one matching of overlapping spans with the most pairs (augmenting paths), larger overlaps tried first."""
    # Candidates per gold span, best overlap first; ties go to the earlier prediction so results are stable.
    candidates: list[list[int]] = []
    for g in gold:
        scored = [(-overlap(g, p), j) for j, p in enumerate(predicted)]
        candidates.append([j for size, j in sorted(scored) if size < 0])
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        # Kuhn's algorithm: take a free prediction, or move its current owner to another one.
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    pairs = tuple(sorted((i, j) for j, i in owner.items()))
    matched_gold = {i for i, _ in pairs}
    return Matching(
        pairs,
        tuple(i for i in range(len(gold)) if i not in matched_gold),
        tuple(j for j in range(len(predicted)) if j not in owner),
    )


def unique(spans: Sequence[LabeledSpan]) -> list[LabeledSpan]:
    """The spans with exact duplicates removed, in order of position."""
    return sorted(set(spans), key=lambda s: (s.fragments, s.label))
