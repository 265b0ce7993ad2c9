"""JSON check output: one object with the verdict, counts and every finding located by offset and line/column."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from provenance.model.verdict import CheckResult, exit_code, severity_counts
from provenance.render.check import CheckRenderOptions
from provenance.render.check.location import Locator, display_path
from provenance.render.sanitize import invisible_escaped

SCHEMA_VERSION = "1.0"


def _file(result: CheckResult, options: CheckRenderOptions) -> dict[str, Any]:
    locator = Locator(result.text)
    findings = []
    for f in result.findings:
        line, col, end_line, end_col = locator.region(f.span)
        findings.append(
            {
                "rule": f.rule,
                "category": f.category,
                "severity": f.severity.value,
                "message": f.message,
                "start": f.span.start,
                "end": f.span.end,
                "text": f.span.text,
                "line": line,
                "column": col,
                "end_line": end_line,
                "end_column": end_col,
                "voice": f.voice.value,
                "suggestion": f.suggestion,
            }
        )
    suppressions = []
    for item in result.suppressions:
        line, col = locator.position(item.finding.span.start)
        suppressions.append(
            {
                "rule": item.finding.rule,
                "severity": item.finding.severity.value,
                "message": item.finding.message,
                "start": item.finding.span.start,
                "end": item.finding.span.end,
                "text": item.finding.span.text,
                "line": line,
                "column": col,
                "directive_line": locator.position(item.directive.start)[0],
                "reason": item.reason,
            }
        )
    return {
        "path": display_path(result.path, options.base),
        "checked": result.checked,
        "fail_on": result.fail_on.value,
        "suppressed": result.suppressed,
        "suppressions": suppressions,
        "problems": [str(p) for p in result.problems],
        "findings": findings,
    }


def write(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    """One JSON object for the whole check; every finding is listed whatever --show says."""
    counts = severity_counts(results)
    code = exit_code(results)
    payload = {
        "schema_version": SCHEMA_VERSION,
        "passed": code == 0,
        "exit_code": code,
        "counts": {level.value: count for level, count in counts.items()},
        "suppressed": sum(r.suppressed for r in results),
        "files": [_file(r, options) for r in results],
    }
    stream.write(invisible_escaped(json.dumps(payload, ensure_ascii=False, indent=2)))
    stream.write("\n")
