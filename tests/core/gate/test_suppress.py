"""Inline suppression: directive syntax, regions, prefixes, warnings, and blanking that keeps offsets."""

from __future__ import annotations

import pytest

from provenance.core.gate.suppress import DIRECTIVE_RULE, blank_directives, find_directives, suppress
from provenance.core.gate.thresholds import NARRATOR_LOADED
from provenance.core.pipeline import annotate_text
from provenance.core.segment import paragraphs
from provenance.model import Finding, Severity, Span, Voice
from provenance.ruleset.rulebook import Rulebook

KNOWN = {"default.loaded.labelling", "default.loaded.charged-verbs", "default.speakers.lexicon"}


def _finding(text: str, word: str, rule: str = "default.loaded.labelling") -> Finding:
    start = text.index(word)
    return Finding(rule, "loaded-term", Severity.WARNING, Span(start, start + len(word), word), "m", Voice.NARRATOR)


def _run(text: str, findings: list[Finding], fmt: str = "markdown") -> tuple[list[str], int, list[str]]:
    directives = find_directives(text, fmt)
    blanked = blank_directives(text, directives)
    outcome = suppress(findings, directives, tuple(paragraphs(blanked)), len(text), KNOWN)
    return [f.span.text for f in outcome.kept], len(outcome.suppressed), [w.message for w in outcome.warnings]


def test_ignore_applies_to_the_next_paragraph_only() -> None:
    text = "Alpha slammed.\n\n<!-- provenance: ignore default.loaded -- quoted -->\nBeta slammed.\n\nGamma slammed.\n"
    found = [_finding(text, w) for w in ("Alpha", "Beta", "Gamma")]
    assert _run(text, found) == (["Alpha", "Gamma"], 1, [])


def test_ignore_names_rules_by_prefix_and_leaves_others() -> None:
    text = "<!-- provenance: ignore default.loaded.charged-verbs, default.speakers -- x -->\nBeta slammed it.\n"
    found = [_finding(text, "slammed", "default.loaded.charged-verbs"), _finding(text, "Beta")]
    assert _run(text, found) == (["Beta"], 1, [])


def test_off_on_pairs_and_off_for_one_rule() -> None:
    text = (
        "One slammed.\n<!-- provenance: off -- a quote -->\nTwo slammed.\n<!-- provenance: on -->\n"
        "<!-- provenance: off default.loaded.labelling -- a quote -->\nThree criticised.\n"
    )
    found = [_finding(text, w) for w in ("One", "Two", "Three")]
    found.append(_finding(text, "criticised", "default.loaded.charged-verbs"))
    assert _run(text, found) == (["One", "criticised"], 2, [])


def test_plain_text_comment_line_only_in_plain_text() -> None:
    text = "# provenance: ignore -- reviewed\nBeta slammed.\n"
    found = [_finding(text, "Beta")]
    assert _run(text, found, "text") == ([], 1, [])
    assert _run(text, found, "markdown") == (["Beta"], 0, [])  # in Markdown that line is a heading


def test_unknown_rules_and_actions_and_unmatched_on_warn() -> None:
    text = (
        "<!-- provenance: ignore default.lodaed -- x -->\nBeta.\n<!-- provenance: disable -->\n"
        "<!-- provenance: on -->\n"
    )
    directives = find_directives(text, "markdown")
    outcome = suppress([], directives, tuple(paragraphs(blank_directives(text, directives))), len(text), KNOWN)
    messages = [w.message for w in outcome.warnings]
    assert messages == [
        "unknown rule id: default.lodaed",
        "unknown provenance directive 'disable' (use ignore, off or on)",
        "'on' without a matching 'off'",
    ]
    assert all(w.rule == DIRECTIVE_RULE and w.severity is Severity.WARNING for w in outcome.warnings)


def test_blanking_keeps_offsets_and_the_headline(book: Rulebook) -> None:
    text = (
        "# provenance: off default.loaded -- x\nCity council approves budget\n\n"
        "The mayor said the plan would pass.\n"
    )
    directives = find_directives(text, "text")
    blanked = blank_directives(text, directives)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    doc = annotate_text(blanked, book)
    assert doc.segmentation.headline is not None
    assert doc.segmentation.headline.text == "City council approves budget"
    assert not any("provenance" in f.span.text for f in doc.findings)


# Issue 18, finding 2: directives are real comments only, need a reason, and cannot silence the project's policy.


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("Say `<!-- provenance: off -- x -->` here.\n\nBeta slammed.\n", "markdown"),
        ("```\n<!-- provenance: off -- x -->\n```\n\nBeta slammed.\n", "markdown"),
        ("    <!-- provenance: off -- x -->\n\nBeta slammed.\n", "markdown"),
        ('<p title="<!-- provenance: off -- x -->">Beta slammed.</p>\n', "html"),
        ('<a href="#" title="<!-- provenance: off -- x -->">Beta</a> slammed.\n', "markdown"),
        ("<script>var s = '<!-- provenance: off -- x -->';</script><p>Beta slammed.</p>\n", "html"),
    ],
    ids=["code-span", "fence", "indented-code", "html-attribute", "markdown-inline-attribute", "script"],
)
def test_a_directive_outside_a_real_comment_does_nothing(text: str, fmt: str) -> None:
    assert find_directives(text, fmt) == []
    assert _run(text, [_finding(text, "Beta")], fmt)[:2] == (["Beta"], 0)


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_a_real_comment_is_a_directive_in_every_format(fmt: str) -> None:
    text = "<!-- provenance: off -- quoted from the minister -->\n\nBeta slammed.\n"
    (directive,) = find_directives(text, fmt)
    assert (directive.action, directive.rules, directive.reason) == ("off", (), "quoted from the minister")


@pytest.mark.parametrize("action", ["ignore default.loaded", "off"])
def test_a_suppression_without_a_reason_is_not_applied(action: str) -> None:
    text = f"<!-- provenance: {action} -->\nBeta slammed.\n"
    kept, suppressed, warnings = _run(text, [_finding(text, "Beta")])
    assert (kept, suppressed) == (["Beta"], 0)
    verb = action.split()[0]
    assert warnings == [f"'{verb}' needs a reason: <!-- provenance: {verb} RULE -- why --> (not applied)"]


def test_policy_findings_cannot_be_suppressed_from_the_article() -> None:
    text = "<!-- provenance: off -- trust me -->\nBeta slammed.\n"
    policy = _finding(text, "Beta", NARRATOR_LOADED)
    directives = find_directives(text, "markdown")
    outcome = suppress([policy, _finding(text, "slammed")], directives, tuple(paragraphs(text)), len(text), KNOWN)
    assert outcome.kept == (policy,)
    (item,) = outcome.suppressed
    assert (item.finding.span.text, item.reason, item.directive.start) == ("slammed", "trust me", 0)
    named = f"<!-- provenance: off {NARRATOR_LOADED} -- trust me -->\nBeta slammed.\n"
    outcome = suppress([policy], find_directives(named, "markdown"), (), len(named), {*KNOWN, NARRATOR_LOADED})
    assert outcome.kept == (policy,)
    assert [w.message for w in outcome.warnings] == [
        f"{NARRATOR_LOADED}: project policy cannot be suppressed from inside the article"
    ]
