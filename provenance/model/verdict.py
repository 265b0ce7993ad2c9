"""The gate's verdict: one file's CheckResult, and the exit codes every command reports.

Exit codes: 0 pass; 1 a finding at or above the fail-on level; 2 a usage, config or input error; 130
interrupted (128 + SIGINT, what shells report for Ctrl-C). An input error wins over findings: a file that
could not be read cannot be vouched for, so the gate must not pass, and "1" would wrongly say the articles
were read and judged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from provenance.errors import Problem
from provenance.model.document import Finding, Severity, Span

DEFAULT_FAIL_ON = Severity.ERROR


class ExitCode(IntEnum):
    """The process exit codes of every command, defined once."""

    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 130


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A finding an inline directive silenced, with the directive (where it is) and the reason it gives."""

    finding: Finding
    directive: Span
    reason: str


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
    suppressions: tuple[Suppressed, ...] = ()  # each suppressed finding and its directive, for every output to list

    @classmethod
    def unreadable(cls, path: str, problems: Iterable[Problem]) -> CheckResult:
        """The result for a file that could not be checked."""
        return cls(path, "", (), 0, tuple(problems), checked=False)


def at_or_above(findings: Iterable[Finding], level: Severity) -> list[Finding]:
    """The findings whose severity is `level` or higher."""
    return [f for f in findings if f.severity.rank >= level.rank]


def failing(result: CheckResult) -> list[Finding]:
    """The findings that fail this file: those at or above its fail-on level."""
    return at_or_above(result.findings, result.fail_on)


def exit_code(results: Iterable[CheckResult]) -> ExitCode:
    """0 pass, 1 a file has findings at or above its fail-on level, 2 if any file could not be checked."""
    results = list(results)
    if any(not r.checked for r in results):
        return ExitCode.ERROR
    if any(failing(r) for r in results):
        return ExitCode.FINDINGS
    return ExitCode.OK


def severity_counts(results: Iterable[CheckResult]) -> dict[Severity, int]:
    """How many kept findings there are of each severity, across all files."""
    counts = Counter(f.severity for r in results for f in r.findings)
    return {level: counts.get(level, 0) for level in Severity}
