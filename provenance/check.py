"""The pre-publication check, pure: a Document and the project config in, a CheckResult and an exit code out.

Exit codes: 0 pass; 1 a finding at or above the fail-on level; 2 a usage, config or input error. An input
error wins over findings: a file that could not be read cannot be vouched for, so the gate must not pass,
and "1" would wrongly say the articles were read and judged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from provenance.check_thresholds import apply_thresholds
from provenance.config import Config, longest_match
from provenance.errors import Problem
from provenance.model import Document, Finding, Severity
from provenance.suppress import Directive, suppress

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_FAIL_ON = Severity.ERROR


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One file's verdict: the findings kept, how many were suppressed, and any problems reading it."""

    path: str
    text: str  # the text as read, for line and column numbers
    findings: tuple[Finding, ...]
    suppressed: int = 0
    problems: tuple[Problem, ...] = ()
    checked: bool = True  # False: the file could not be read or annotated
    fail_on: Severity = DEFAULT_FAIL_ON  # the level that fails this file: --fail-on, else its config's

    @classmethod
    def unreadable(cls, path: str, problems: Iterable[Problem]) -> CheckResult:
        """The result for a file that could not be checked."""
        return cls(path, "", (), 0, tuple(problems), checked=False)


def apply_severity(
    findings: Iterable[Finding], overrides: Sequence[tuple[str, Severity | None]]
) -> tuple[Finding, ...]:
    """Findings with the config's severity for their rule (longest matching id prefix); 'off' (None) drops them."""
    table = dict(overrides)
    out = []
    for finding in findings:
        prefix = longest_match(finding.rule, table)
        if prefix is None:
            out.append(finding)
            continue
        severity = table[prefix]
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
    """Thresholds, then suppression, then severity overrides (which also apply to policy findings)."""
    judged = apply_thresholds(doc, config.thresholds)
    known = {*known_rules, *(f.rule for f in judged)}
    outcome = suppress(judged, directives, doc.segmentation.paragraphs, len(doc.text), known)
    merged = sorted((*outcome.kept, *outcome.warnings), key=lambda f: (f.span.start, f.span.end, f.rule))
    return CheckResult(
        path=doc.path or "<stdin>",
        text=doc.text,
        findings=apply_severity(merged, config.severity),
        suppressed=outcome.suppressed,
        problems=tuple(problems),
        fail_on=fail_on or config.fail_on or DEFAULT_FAIL_ON,
    )


def at_or_above(findings: Iterable[Finding], level: Severity) -> list[Finding]:
    """The findings whose severity is `level` or higher."""
    return [f for f in findings if f.severity.rank >= level.rank]


def failing(result: CheckResult) -> list[Finding]:
    """The findings that fail this file: those at or above its fail-on level."""
    return at_or_above(result.findings, result.fail_on)


def exit_code(results: Iterable[CheckResult]) -> int:
    """0 pass, 1 a file has findings at or above its fail-on level, 2 if any file could not be checked."""
    results = list(results)
    if any(not r.checked for r in results):
        return EXIT_ERROR
    if any(failing(r) for r in results):
        return EXIT_FINDINGS
    return EXIT_OK


def severity_counts(results: Iterable[CheckResult]) -> dict[Severity, int]:
    """How many kept findings there are of each severity, across all files."""
    counts = Counter(f.severity for r in results for f in r.findings)
    return {level: counts.get(level, 0) for level in Severity}
