"""Cost grows linearly with length: Python calls counted (not timed) on documents of n and 4n characters.

Counting calls (and generator steps) sees a pass over earlier items per item; a scan inside one C call (a regex or
`str.find` without an end bound) it does not see: benchmarks/scaling.py times those shapes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.core.annotate import annotate
from provenance.core.gate.suppress import find_directives
from provenance.ruleset.rulebook import Rulebook

# The shapes of issue 17: each unit is one sentence or row; {name} and {other} are new for every unit.
TEMPLATES = (
    "{name} said the plan was sound.",
    "“The plan is sound,” {name} said.",
    '"It is fine," she added.',
    "He said it was not.",
    "The ministry did not respond to a request for comment.",
    "The regime shelled the town.",
    "{name} accused {other} of fraud, the council said.",
    "| {name} | {name} said the plan was sound. |",
    'He said "she said "it is fine" today" and left.',
    "the minister said the plan was sound and the council agreed",
    "the minister said, the plan was sound, and",
)
SEPARATORS = (" ", "\n", "\n\n")
# Characters in the small document, and how many times longer the large one is: the small one is already longer
# than any one content span may be (MAX_CONTENT), so a cost bounded per cue shows as linear.
SMALL, GROWTH = 3_000, 4
# Allowed growth of the call count beyond GROWTH: fixed costs only make the ratio smaller, so this slack is for
# the few n log n steps (bisection), not for a pass over earlier items per item.
SLACK = 1.3


def _name(n: int) -> str:
    letters = "bcdfghklmnprstvz"
    out = ""
    for _ in range(3):
        n, k = divmod(n, len(letters))
        out += letters[k] + "aeiou"[k % 5]
    return out.capitalize()


def _document(templates: list[str], separator: str, size: int) -> str:
    """Units joined until the text has `size` characters."""
    parts: list[str] = []
    length, i = 0, 0
    while length < size:
        template = templates[i % len(templates)]
        parts.append(template.format(name=f"{_name(2 * i)} {_name(2 * i + 1)}", other=_name(7919 * i + 3)))
        length += len(parts[-1]) + len(separator)
        i += 1
    return separator.join(parts)


@contextmanager
def _counting() -> Iterator[list[int]]:
    """Counts every Python function call (and generator resumption) while active."""
    count = [0]

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            count[0] += 1

    sys.setprofile(profile)
    try:
        yield count
    finally:
        sys.setprofile(None)


def _calls(text: str, book: Rulebook, path: str) -> int:
    annotate(text, book, path)  # build the lazy tables before counting
    with _counting() as count:
        find_directives(text, "text")
        annotate(text, book, path)
    return count[0]


@pytest.mark.parametrize("template", TEMPLATES)
def test_each_shape_in_one_paragraph_grows_linearly(book: Rulebook, template: str) -> None:
    small = _calls(_document([template], " ", SMALL), book, "doc.txt")
    large = _calls(_document([template], " ", SMALL * GROWTH), book, "doc.txt")
    assert large <= small * GROWTH * SLACK, f"{large} calls for {GROWTH}x the text against {small}"


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    templates=st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=3),
    separator=st.sampled_from(SEPARATORS),
    markdown=st.booleans(),
)
def test_calls_grow_linearly(book: Rulebook, templates: list[str], separator: str, markdown: bool) -> None:
    path = "doc.md" if markdown else "doc.txt"
    small = _calls(_document(templates, separator, SMALL), book, path)
    large = _calls(_document(templates, separator, SMALL * GROWTH), book, path)
    assert large <= small * GROWTH * SLACK, f"{large} calls for {GROWTH}x the text against {small}"
