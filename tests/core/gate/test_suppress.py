"""Inline suppression: directive syntax, regions, prefixes, warnings, and blanking that keeps offsets."""

from __future__ import annotations

from provenance.core.gate.suppress import DIRECTIVE_RULE, blank_directives, find_directives, suppress
from provenance.core.pipeline import annotate_text
from provenance.core.segment import paragraphs
from provenance.model import Finding, Severity, Span, Voice
from provenance.ruleset.rulebook import Rulebook

KNOWN = {"default.loaded.labelling", "default.loaded.charged-verbs", "default.speakers.lexicon"}


def _finding(text: str, word: str, rule: str = "default.loaded.labelling") -> Finding:
    start = text.index(word)
    return Finding(rule, "loaded-term", Severity.WARNING, Span(start, start + len(word), word), "m", Voice.NARRATOR)


def _run(text: str, findings: list[Finding], plain: bool = False) -> tuple[list[str], int, list[str]]:
    directives = find_directives(text, plain)
    blanked = blank_directives(text, directives)
    outcome = suppress(findings, directives, tuple(paragraphs(blanked)), len(text), KNOWN)
    return [f.span.text for f in outcome.kept], outcome.suppressed, [w.message for w in outcome.warnings]


def test_ignore_applies_to_the_next_paragraph_only() -> None:
    text = "Alpha slammed.\n\n<!-- provenance: ignore default.loaded -->\nBeta slammed.\n\nGamma slammed.\n"
    found = [_finding(text, w) for w in ("Alpha", "Beta", "Gamma")]
    assert _run(text, found) == (["Alpha", "Gamma"], 1, [])


def test_ignore_names_rules_by_prefix_and_leaves_others() -> None:
    text = "<!-- provenance: ignore default.loaded.charged-verbs, default.speakers -->\nBeta slammed it.\n"
    found = [_finding(text, "slammed", "default.loaded.charged-verbs"), _finding(text, "Beta")]
    assert _run(text, found) == (["Beta"], 1, [])


def test_off_on_pairs_and_off_for_one_rule() -> None:
    text = (
        "One slammed.\n<!-- provenance: off -->\nTwo slammed.\n<!-- provenance: on -->\n"
        "<!-- provenance: off default.loaded.labelling -->\nThree criticised.\n"
    )
    found = [_finding(text, w) for w in ("One", "Two", "Three")]
    found.append(_finding(text, "criticised", "default.loaded.charged-verbs"))
    assert _run(text, found) == (["One", "criticised"], 2, [])


def test_plain_text_comment_line_only_in_plain_text() -> None:
    text = "# provenance: ignore\nBeta slammed.\n"
    found = [_finding(text, "Beta")]
    assert _run(text, found, plain=True) == ([], 1, [])
    assert _run(text, found, plain=False) == (["Beta"], 0, [])  # in Markdown that line is a heading


def test_unknown_rules_and_actions_and_unmatched_on_warn() -> None:
    text = "<!-- provenance: ignore default.lodaed -->\nBeta.\n<!-- provenance: disable -->\n<!-- provenance: on -->\n"
    directives = find_directives(text, plain=False)
    outcome = suppress([], directives, tuple(paragraphs(blank_directives(text, directives))), len(text), KNOWN)
    messages = [w.message for w in outcome.warnings]
    assert messages == [
        "unknown rule id: default.lodaed",
        "unknown provenance directive 'disable' (use ignore, off or on)",
        "'on' without a matching 'off'",
    ]
    assert all(w.rule == DIRECTIVE_RULE and w.severity is Severity.WARNING for w in outcome.warnings)


def test_blanking_keeps_offsets_and_the_headline(book: Rulebook) -> None:
    text = "# provenance: off default.loaded\nCity council approves budget\n\nThe mayor said the plan would pass.\n"
    directives = find_directives(text, plain=True)
    blanked = blank_directives(text, directives)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    doc = annotate_text(blanked, book)
    assert doc.segmentation.headline is not None
    assert doc.segmentation.headline.text == "City council approves budget"
    assert not any("provenance" in f.span.text for f in doc.findings)
