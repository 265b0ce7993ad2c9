"""Run every rule's own examples: each `match` text must trigger the rule, each `no_match` must not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from provenance.errors import TIMEOUT_MARK
from provenance.model import Document
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import Rule


@dataclass(frozen=True, slots=True)
class ExampleFailure:
    """An example that did not behave as its rule says."""

    rule: Rule
    text: str
    expected: bool  # True: should have matched
    timed_out: bool = False  # the rule's pattern ran out of time on the example: neither a match nor a miss

    def __str__(self) -> str:
        verb = "timed out" if self.timed_out else "did not match" if self.expected else "matched"
        return f"{self.rule.meta.path}:{self.rule.meta.line}: {self.rule.meta.id}: example {verb}: {self.text!r}"


def _cited(doc: Document, rule: Rule) -> bool:
    rule_id = rule.meta.id
    return (
        any(f.rule == rule_id for f in doc.findings)
        or any(a.rule == rule_id for a in doc.attributions)
        or any(r.rule == rule_id for r in doc.relays)
        or any(m.rule == rule_id for m in doc.missing_comments)
    )


def _registry(doc: Document, rule: Rule) -> bool:
    affiliations = [r.affiliation for r in doc.relays] + [s.affiliation for s in doc.speakers]
    return any(a is not None and a.registry == rule.meta.id for a in affiliations)


def _lexicon(doc: Document, rule: Rule) -> bool:
    return bool(doc.speakers)


def _abbreviations(doc: Document, rule: Rule) -> bool:
    return len(doc.segmentation.sentences) == 1


def _boilerplate(doc: Document, rule: Rule) -> bool:
    return bool(doc.segmentation.boilerplate)


# What "the rule fired" means for each rule type; types not listed fire when an output cites their id.
EVIDENCE: dict[str, Callable[[Document, Rule], bool]] = {
    "registry": _registry,
    "speaker-lexicon": _lexicon,
    "abbreviations": _abbreviations,
    "boilerplate": _boilerplate,
}


def fired(doc: Document, rule: Rule) -> bool:
    """Whether the rule shows in the document's results."""
    return EVIDENCE.get(rule.meta.type, _cited)(doc, rule)


def timed_out(doc: Document, rule: Rule) -> bool:
    """Whether the rule was stopped on its time budget on this document."""
    return any(w.startswith(f"rule {rule.meta.id}: {TIMEOUT_MARK}") for w in doc.warnings)


def check_examples(book: Rulebook, rules: list[Rule] | None = None) -> tuple[int, list[ExampleFailure]]:
    """Run the examples of the given rules (default: all) against the whole rulebook."""
    from provenance.core.pipeline import annotate_text

    failures: list[ExampleFailure] = []
    count = 0
    for rule in rules if rules is not None else list(book.rules):
        for expected, texts in ((True, rule.meta.examples.match), (False, rule.meta.examples.no_match)):
            for text in texts:
                count += 1
                doc = annotate_text(text, book, readability=False)
                if timed_out(doc, rule):
                    failures.append(ExampleFailure(rule, text, expected, timed_out=True))
                elif fired(doc, rule) != expected:
                    failures.append(ExampleFailure(rule, text, expected))
    return count, failures
