"""The pre-publication check, pure: a Document and the project config in, a CheckResult out."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from provenance.core.gate.policy import Config, matches
from provenance.core.gate.suppress import Directive, suppress
from provenance.core.gate.thresholds import apply_thresholds
from provenance.errors import Problem
from provenance.model import Document, Finding, Severity
from provenance.model.verdict import DEFAULT_FAIL_ON, CheckResult


def apply_severity(
    findings: Iterable[Finding],
    overrides: Sequence[tuple[str, Severity | None]],
    by_voice: Sequence[tuple[str, str, Severity | None]] = (),
) -> tuple[Finding, ...]:
    """Findings with the config's severity for their rule (longest matching id prefix; at the same prefix a level
    for the finding's voice beats one for every voice); 'off' (None) drops them."""
    out = []
    for finding in findings:
        # (prefix length, voice-specific) orders the candidates: the most specific one decides.
        candidates = [((len(p), 0), level) for p, level in overrides if matches(finding.rule, p)]
        candidates += [
            ((len(p), 1), level) for p, voice, level in by_voice if voice == finding.voice and matches(finding.rule, p)
        ]
        if not candidates:
            out.append(finding)
            continue
        severity = max(candidates, key=lambda c: c[0])[1]
        if severity is not None:
            out.append(finding if severity == finding.severity else replace(finding, severity=severity))
    return tuple(out)


def check_document(
    doc: Document,
    config: Config,
    directives: list[Directive],
    known_rules: Collection[str],
    problems: Iterable[Problem] = (),
    fail_on: Severity | None = None,
) -> CheckResult:
    """Thresholds, then suppression (unless the project ignores inline directives), then severity overrides."""
    judged = apply_thresholds(doc, config.thresholds)
    known = {*known_rules, *(f.rule for f in judged)}
    applied = directives if config.inline else []
    outcome = suppress(judged, applied, doc.segmentation.paragraphs, len(doc.text), known)
    merged = sorted((*outcome.kept, *outcome.warnings), key=lambda f: (f.span.start, f.span.end, f.rule))
    return CheckResult(
        path=doc.path or "<stdin>",
        text=doc.text,
        findings=apply_severity(merged, config.severity, config.severity_by_voice),
        suppressed=len(outcome.suppressed),
        problems=tuple(problems),
        fail_on=fail_on or config.fail_on or DEFAULT_FAIL_ON,
        suppressions=outcome.suppressed,
    )
