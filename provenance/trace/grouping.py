"""Runs of like paragraph changes shown as one row: a live blog's forty added paragraphs are one thing to read."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.trace.types import Change

# Rules whose findings say nothing beyond where they are: a run of them reads as one row. A cut paragraph's
# message quotes the paragraph (the other side's response, say), so cuts stay one row each.
GROUPED = frozenset({"trace.paragraph-added", "trace.paragraph-moved"})


@dataclass(frozen=True, slots=True)
class Row:
    """One change to show, or the first of a run of like changes with how many and which lines they cover."""

    change: Change
    count: int
    first_line: int
    last_line: int

    @property
    def message(self) -> str:
        """The change's message, with the run's size and lines when it stands for several."""
        if self.count == 1:
            return self.change.message
        return f"{self.change.message} ({self.count} paragraphs, lines {self.first_line}–{self.last_line})"


def line_starts(text: str) -> list[int]:
    """The offset where each line of the text starts."""
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def rows(changes: Sequence[Change], starts: list[int]) -> list[Row]:
    """The changes in order, consecutive ones of a grouped rule joined into one row."""
    found: list[Row] = []
    for change in changes:
        line = bisect_right(starts, change.span.start)
        last = found[-1] if found else None
        if last is not None and change.rule in GROUPED and last.change.rule == change.rule:
            found[-1] = Row(last.change, last.count + 1, last.first_line, line)
        else:
            found.append(Row(change, 1, line, line))
    return found
