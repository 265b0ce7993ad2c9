"""The check core: severity overrides, thresholds as policy findings, suppression count, exit decision."""

from __future__ import annotations

from dataclasses import replace

from provenance.core.gate.check import apply_severity, check_document
from provenance.core.gate.policy import Config, Thresholds
from provenance.core.gate.suppress import find_directives
from provenance.core.gate.thresholds import (
    ANONYMITY_REASON,
    DISTINCT_SOURCES,
    NARRATOR_LOADED,
    RIGHT_OF_REPLY,
    apply_thresholds,
)
from provenance.core.pipeline import annotate_text
from provenance.errors import Problem
from provenance.model import Document, Finding, Severity, Span, Voice
from provenance.model.verdict import CheckResult, exit_code
from provenance.ruleset.rulebook import Rulebook


def _f(rule: str, severity: Severity = Severity.WARNING, start: int = 0) -> Finding:
    return Finding(rule, "loaded-term", severity, Span(start, start + 1, "x"), "m", Voice.NARRATOR)


def test_longest_prefix_wins_and_off_drops() -> None:
    findings = [_f("default.loaded.labelling"), _f("default.loaded.charged-verbs"), _f("default.hedges.x")]
    overrides = [
        ("default.loaded", Severity.ERROR),
        ("default.loaded.charged-verbs", Severity.INFO),
        ("default.hedges", None),
    ]
    out = apply_severity(findings, overrides)
    assert [(f.rule, f.severity) for f in out] == [
        ("default.loaded.labelling", Severity.ERROR),
        ("default.loaded.charged-verbs", Severity.INFO),
    ]


def test_narrator_loaded_terms_threshold_points_at_the_headline(sample: Document) -> None:
    own = [f for f in sample.findings if f.category == "loaded-term" and f.voice in (Voice.NARRATOR, Voice.HEADLINE)]
    assert len(own) == 3  # headline "Daesh", "terrorists"; narrator "slammed"
    over = [f for f in apply_thresholds(sample, Thresholds(max_narrator_loaded_terms=2)) if f.rule == NARRATOR_LOADED]
    assert len(over) == 1 and over[0].span == sample.segmentation.headline and over[0].severity is Severity.ERROR
    assert over[0].message.startswith("3 loaded terms in the outlet's own voice (“Daesh”, “terrorists”, “slammed”)")
    assert not [
        f for f in apply_thresholds(sample, Thresholds(max_narrator_loaded_terms=3)) if f.rule == NARRATOR_LOADED
    ]


def test_distinct_sources_threshold(book: Rulebook) -> None:
    doc = annotate_text("Council votes on budget\n\nMayor Ann Lee said the plan would pass.\n", book)
    judged = apply_thresholds(doc, Thresholds(min_distinct_sources=2))
    assert [f.message for f in judged if f.rule == DISTINCT_SOURCES] == [
        "1 distinct source (1 named); the project asks for at least 2."
    ]
    assert not [f for f in apply_thresholds(doc, Thresholds(min_distinct_sources=1)) if f.rule == DISTINCT_SOURCES]


def test_anonymous_source_needs_a_reason_in_its_sentence(book: Rulebook) -> None:
    text = (
        "A city official, who was not authorized to speak publicly, said the audit was late.\n\n"
        "A council aide said the audit was incomplete.\n"
    )
    doc = annotate_text(text, book)
    anonymous = [f for f in doc.findings if f.category == "anonymous-source"]
    assert len(anonymous) == 2
    judged = [
        f for f in apply_thresholds(doc, Thresholds(require_anonymity_reason=True)) if f.category == "anonymous-source"
    ]
    assert [(f.rule, f.severity) for f in judged] == [
        (anonymous[0].rule, Severity.INFO),
        (ANONYMITY_REASON, Severity.ERROR),
    ]
    assert "not authorized to speak" in judged[0].message
    # Without the threshold the rules' own findings are left as they are.
    assert apply_thresholds(doc, Thresholds()) == doc.findings


def test_right_of_reply_turns_no_reply_sought_into_a_policy_finding(sample: Document) -> None:
    signal = Finding(
        "default.fairness.no-reply-sought",
        "no-reply-sought",
        Severity.INFO,
        Span(0, 2, "US"),
        "No reply.",
        Voice.NARRATOR,
    )
    doc = replace(sample, findings=(*sample.findings, signal))
    signals = [f for f in doc.findings if f.rule.endswith(".no-reply-sought")]
    judged = apply_thresholds(doc, Thresholds(right_of_reply=True))
    policy = [f for f in judged if f.rule == RIGHT_OF_REPLY]
    assert len(policy) == len(signals) and all(f.severity is Severity.ERROR for f in policy)
    assert "Right of reply: No reply." in [f.message for f in policy]
    assert signal not in judged
    assert signal in apply_thresholds(doc, Thresholds(right_of_reply=False))


def test_check_document_counts_suppressed_and_applies_config_severity(book: Rulebook) -> None:
    text = "<!-- provenance: ignore default.loaded -- quoted -->\nThe regime shelled the town.\n\nThe regime fell.\n"
    doc = annotate_text(text, book)
    config = Config(severity=(("default.loaded", Severity.ERROR),), fail_on=Severity.WARNING)
    result = check_document(doc, config, find_directives(text, "markdown"), {r.meta.id for r in book.rules})
    loaded = [f for f in result.findings if f.category == "loaded-term"]
    assert result.suppressed == 1 and [f.span.start for f in loaded] == [text.rindex("regime")]
    assert loaded[0].severity is Severity.ERROR and result.fail_on is Severity.WARNING


def test_exit_code_input_errors_win_then_each_files_level() -> None:
    warned = CheckResult("a.txt", "x", (_f("r"),), fail_on=Severity.ERROR)
    assert exit_code([warned]) == 0
    assert exit_code([replace(warned, fail_on=Severity.WARNING)]) == 1
    assert (
        exit_code([replace(warned, fail_on=Severity.WARNING), CheckResult.unreadable("b", [Problem("b", "gone")])]) == 2
    )
    assert exit_code([]) == 0


def test_severity_by_voice_beats_every_voice_at_the_same_prefix_and_loses_to_a_longer_one() -> None:
    quoted = replace(_f("default.loaded.labelling"), voice=Voice.QUOTED)
    narrator = _f("default.loaded.labelling")
    verb = _f("default.loaded.charged-verbs")
    overrides = [("default.loaded", Severity.ERROR), ("default.loaded.charged-verbs", Severity.INFO)]
    by_voice = [("default.loaded", "quoted", None), ("default.loaded", "narrator", Severity.WARNING)]
    out = apply_severity([quoted, narrator, verb], overrides, by_voice)
    assert [(f.rule, f.voice, f.severity) for f in out] == [
        ("default.loaded.labelling", Voice.NARRATOR, Severity.WARNING),
        ("default.loaded.charged-verbs", Voice.NARRATOR, Severity.INFO),
    ]


def test_shipped_loaded_rules_rate_the_outlets_own_words_error_and_quotations_info(sample: Document) -> None:
    loaded = [f for f in sample.findings if f.category == "loaded-term"]
    by_voice = {(f.voice, f.severity) for f in loaded if f.rule != "default.loaded.intensifiers"}
    assert by_voice == {
        (Voice.HEADLINE, Severity.ERROR),
        (Voice.NARRATOR, Severity.ERROR),
        (Voice.PARAPHRASE, Severity.WARNING),
        (Voice.QUOTED, Severity.INFO),
    }
