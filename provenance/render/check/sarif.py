"""SARIF 2.1.0 check output, for code-scanning UIs: one run, rules with default levels, located results.

Columns and character offsets count Unicode code points (the run says `columnKind: unicodeCodePoints`;
SARIF's default would be UTF-16 code units, which differ for characters outside the BMP).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from provenance.model import Finding, Severity
from provenance.model.verdict import CheckResult, at_or_above, exit_code
from provenance.render.check import CheckRenderOptions, RuleInfo
from provenance.render.check.location import Locator, display_path
from provenance.render.sanitize import invisible_escaped

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str, base: Path) -> str:
    """A URI reference for the file: relative to `base` when below it, else an absolute file URI."""
    shown = display_path(path, base)
    if Path(shown).is_absolute():
        return Path(shown).as_uri()
    return quote(shown, safe="/")


def _rule(info: RuleInfo) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": info.id,
        "shortDescription": {"text": info.description or info.id},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
    }
    if info.help_uri:
        rule["helpUri"] = info.help_uri
    return rule


def _result(finding: Finding, uri: str, locator: Locator, index: int) -> dict[str, Any]:
    line, col, end_line, end_col = locator.region(finding.span)
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {
                        "startLine": line,
                        "startColumn": col,
                        "endLine": end_line,
                        "endColumn": end_col,
                        "charOffset": finding.span.start,
                        "charLength": finding.span.end - finding.span.start,
                        "snippet": {"text": finding.span.text},
                    },
                }
            }
        ],
    }


def sarif_log(results: Sequence[CheckResult], options: CheckRenderOptions) -> dict[str, Any]:
    """The SARIF log as a dict: results at or above `options.show`, problems as tool notifications."""
    from provenance.version import __version__

    rule_ids: dict[str, int] = {}
    sarif_results = []
    for result in results:
        uri = artifact_uri(result.path, options.base)
        locator = Locator(result.text)
        for finding in at_or_above(result.findings, options.show):
            index = rule_ids.setdefault(finding.rule, len(rule_ids))
            sarif_results.append(_result(finding, uri, locator, index))
        for item in result.suppressions:
            # SARIF's own way: the result is there, marked suppressed in source, with the directive's reason.
            index = rule_ids.setdefault(item.finding.rule, len(rule_ids))
            suppressed = _result(item.finding, uri, locator, index)
            line, col, end_line, end_col = locator.region(item.directive)
            where = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
            suppressed["suppressions"] = [
                {
                    "kind": "inSource",
                    "justification": item.reason,
                    "location": {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": where}},
                }
            ]
            sarif_results.append(suppressed)
    notifications = [
        {
            "level": "error" if not result.checked else "warning",
            "message": {"text": problem.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(problem.path, options.base)}}}
            ],
        }
        for result in results
        for problem in result.problems
    ]
    rules = [_rule(options.rules.get(rule_id, RuleInfo(rule_id, rule_id))) for rule_id in rule_ids]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "provenance", "version": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": exit_code(results) != 2,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": sarif_results,
            }
        ],
    }


def write(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    """Write the SARIF log as JSON."""
    stream.write(invisible_escaped(json.dumps(sarif_log(results, options), ensure_ascii=False, indent=2)))
    stream.write("\n")
