"""LazyRegex: compiled at once or on first use, and the same either way."""

from __future__ import annotations

import pytest
import regex

from provenance.ruleset.lazy_regex import LazyRegex


def test_deferred_and_eager_patterns_match_alike() -> None:
    eager, deferred = LazyRegex(r"\bsaid\b", regex.IGNORECASE), LazyRegex(r"\bsaid\b", regex.IGNORECASE, False)
    assert eager == deferred and hash(eager) == hash(deferred)
    text = "She SAID so, and he said no."
    assert [m.span() for m in deferred.finditer(text, 0, len(text))] == [(4, 8), (20, 24)]
    assert [m.span() for m in eager.finditer(text, 0, len(text))] == [(4, 8), (20, 24)]
    assert deferred.search(text, 9, len(text)) is not None and deferred.fullmatch("said", 0, 4) is not None


def test_a_broken_pattern_fails_at_once_unless_deferred() -> None:
    with pytest.raises(regex.error):
        LazyRegex("(unclosed", 0)
    deferred = LazyRegex("(unclosed", 0, compile_now=False)  # only for rules that built before (the cache)
    with pytest.raises(regex.error):
        deferred.search("x", 0, 1)
