"""What an evaluation returns: tallies per label, and the misses and false alarms as examples to read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from provenance.errors import Problem
from provenance.evaluation.spans import LabeledSpan, Tally
from provenance.model import Span

CONTEXT_CHARS = 220  # longest context shown around a span; whole sentences are cut around the span


@dataclass(frozen=True, slots=True)
class Example:
    """One missed gold span or one false alarm, with the sentence around it."""

    document: str
    label: str
    group: str  # what errors are counted by: the normalised cue or source words, or "content of <cue>"
    text: str
    context: str  # the sentence, the span marked with ⟦ ⟧; raw article text, sanitise before display


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Micro-averaged tallies per label over all documents, with every miss and false alarm."""

    labels: tuple[str, ...]
    tallies: dict[str, Tally]
    misses: tuple[Example, ...]
    false_alarms: tuple[Example, ...]
    documents: int
    problems: tuple[Problem, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Group:
    """Examples sharing a group key, for the worst-first lists."""

    key: str
    count: int
    examples: tuple[Example, ...]


def normalised(words: str) -> str:
    """Lower-case words with runs of whitespace collapsed, as errors are grouped."""
    return re.sub(r"\s+", " ", words).strip().lower()


def worst_first(examples: Iterable[Example], label: str, groups: int, per_group: int = 2) -> list[Group]:
    """The most frequent groups of one label's examples, most frequent first, each with a few examples."""
    buckets: dict[str, list[Example]] = {}
    for example in examples:
        if example.label == label:
            buckets.setdefault(example.group, []).append(example)
    ranked = sorted(buckets.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [Group(key, len(items), tuple(items[:per_group])) for key, items in ranked[:groups]]


def context(text: str, span: LabeledSpan, sentences: Sequence[Span] = ()) -> str:
    """The sentence(s) around a span's first fragment with the span marked, cut to about CONTEXT_CHARS."""
    start, end = span.fragments[0]
    around = [s for s in sentences if s.start < max(end, start + 1) and s.end > start]
    lo = min((s.start for s in around), default=start)
    hi = max((s.end for s in around), default=end)
    room = max(0, CONTEXT_CHARS - (end - start)) // 2
    lo, hi = max(lo, start - room), min(hi, end + room)
    if not around:
        lo, hi = max(0, start - room), min(len(text), end + room)
    left = ("…" if lo > 0 and lo == start - room else "") + text[lo:start]
    right = text[end:hi] + ("…" if hi < len(text) and hi == end + room else "")
    return f"{left}⟦{text[start:end]}⟧{right}"


def example(document: str, text: str, span: LabeledSpan, group: str, sentences: Sequence[Span] = ()) -> Example:
    """An Example for one span of a text."""
    return Example(document, span.label, group, span.text(text), context(text, span, sentences))
