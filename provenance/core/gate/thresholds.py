"""Project thresholds from `.provenance.yaml` turned into findings: a pure function of a Document and the config."""

from __future__ import annotations

from dataclasses import replace

from provenance.core.gate.policy import Thresholds
from provenance.model import Document, Finding, Severity, Span, Voice

NARRATOR_LOADED = "check.narrator-loaded-terms"
DISTINCT_SOURCES = "check.distinct-sources"
ANONYMITY_REASON = "check.anonymous-source-reason"
RIGHT_OF_REPLY = "check.right-of-reply"

# What each policy rule checks: shown in SARIF's rules array and in docs/config.md.
POLICY_RULES: dict[str, str] = {
    NARRATOR_LOADED: "More loaded terms in the outlet's own voice (narrator, headline) than max_narrator_loaded_terms.",
    DISTINCT_SOURCES: "Fewer distinct sources than min_distinct_sources.",
    ANONYMITY_REASON: "An anonymous source with no reason for anonymity in its sentence (anonymous_sources).",
    RIGHT_OF_REPLY: "A party accused without a reply sought (right_of_reply).",
}

# Categories the core and rulesets produce that the thresholds read.
ANONYMOUS_SOURCE, REASON, NO_REPLY = "anonymous-source", "anonymity-reason", "no-reply-sought"


def document_span(doc: Document) -> Span:
    """Where a document-level finding points: the headline, else the first sentence, else the start."""
    seg = doc.segmentation
    if seg.headline is not None:
        return seg.headline
    return seg.sentences[0] if seg.sentences else Span(0, 0, "")


def _policy(rule: str, span: Span, message: str, category: str = "policy") -> Finding:
    return Finding(rule, category, Severity.ERROR, span, message, Voice.NARRATOR)


def _narrator_loaded(doc: Document, limit: int) -> list[Finding]:
    own = [f for f in doc.findings if f.category == "loaded-term" and f.voice in (Voice.NARRATOR, Voice.HEADLINE)]
    if len(own) <= limit:
        return []
    words = ", ".join(f"“{f.span.text}”" for f in own[:5]) + (", …" if len(own) > 5 else "")
    noun = "loaded term" if len(own) == 1 else "loaded terms"
    message = f"{len(own)} {noun} in the outlet's own voice ({words}); the project allows at most {limit}."
    return [_policy(NARRATOR_LOADED, document_span(doc), message)]


def _distinct_sources(doc: Document, minimum: int) -> list[Finding]:
    cited = {a.speaker for a in doc.attributions if a.speaker is not None}
    if len(cited) >= minimum:
        return []
    named = sum(1 for s in doc.speakers if s.id in cited and not s.anonymous)
    message = (
        f"{len(cited)} distinct source{'s' if len(cited) != 1 else ''} ({named} named); "
        f"the project asks for at least {minimum}."
    )
    return [_policy(DISTINCT_SOURCES, document_span(doc), message)]


def _sentence_of(doc: Document, offset: int) -> Span | None:
    return next((s for s in doc.segmentation.sentences if s.start <= offset < s.end), None)


def _judge_anonymous(doc: Document, finding: Finding) -> Finding:
    sentence = _sentence_of(doc, finding.span.start)
    reasons = [
        f for f in doc.findings if f.category == REASON and sentence and sentence.start <= f.span.start < sentence.end
    ]
    if reasons:
        # The policy is met: keep the note for the reader, but it no longer weighs on the gate.
        return replace(
            finding, severity=Severity.INFO, message=f"{finding.message} Reason given: “{reasons[0].span.text}”."
        )
    message = (
        f"Anonymous source “{finding.span.text}” with no reason for anonymity in its sentence; say why it cannot "
        "be named (e.g. “who was not authorized to speak publicly”) or name it."
    )
    return _policy(ANONYMITY_REASON, finding.span, message, finding.category)


def _is_no_reply(finding: Finding) -> bool:
    return finding.category == NO_REPLY or finding.rule.endswith("." + NO_REPLY)


def apply_thresholds(doc: Document, thresholds: Thresholds) -> tuple[Finding, ...]:
    """The document's findings as the project's thresholds see them, in text order.

    Anonymous-source and no-reply-sought findings are replaced by policy findings when their threshold is on
    (so a justified source stops counting against the gate); document-level policy findings are added.
    """
    findings: list[Finding] = []
    for finding in doc.findings:
        if thresholds.require_anonymity_reason and finding.category == ANONYMOUS_SOURCE:
            finding = _judge_anonymous(doc, finding)
        elif thresholds.right_of_reply and _is_no_reply(finding):
            finding = _policy(RIGHT_OF_REPLY, finding.span, f"Right of reply: {finding.message}", finding.category)
        findings.append(finding)
    if thresholds.max_narrator_loaded_terms is not None:
        findings += _narrator_loaded(doc, thresholds.max_narrator_loaded_terms)
    if thresholds.min_distinct_sources is not None:
        findings += _distinct_sources(doc, thresholds.min_distinct_sources)
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.rule))
    return tuple(findings)
