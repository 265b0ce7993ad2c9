"""Meta-test: every shipped rule has examples, and they all behave."""

from __future__ import annotations

from pathlib import Path

from provenance.core.examples import check_examples
from provenance.ruleset.loader import Pack, load_rulebook
from provenance.ruleset.rulebook import Rulebook


def test_every_shipped_rule_has_examples(book: Rulebook) -> None:
    assert book.rules
    for rule in book.rules:
        assert rule.meta.examples.match, f"{rule.meta.id} has no match examples"


def test_shipped_examples_pass(book: Rulebook) -> None:
    count, failures = check_examples(book)
    assert count > 40
    assert not failures, "\n".join(str(f) for f in failures)


def test_a_wrong_example_is_caught(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(
        "ruleset: mine\nrules:\n  - id: words\n    type: terms\n    category: loaded-term\n    terms: [bad]\n"
        "    examples: {match: [a good day], no_match: [a bad day]}\n",
        encoding="utf-8",
    )
    book = load_rulebook([Pack("user", tmp_path)])
    count, failures = check_examples(book)
    assert count == 2
    assert [(f.text, f.expected) for f in failures] == [("a good day", True), ("a bad day", False)]
    assert str(failures[0]).endswith("user.mine.words: example did not match: 'a good day'")
