"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding.

Escaping follows the Actions toolkit: in the message (data) `%`, CR and LF are percent-encoded; in the
properties also `:` and `,`. Article text is made inert first, so it cannot drive the log viewer.
Columns are 1-based code points; `endColumn` is the last column of the span (inclusive).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from provenance.model import Finding, Severity
from provenance.model.verdict import CheckResult, at_or_above
from provenance.render.check import CheckRenderOptions
from provenance.render.check.location import Locator, display_path
from provenance.render.sanitize import display_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message the way the Actions runner reads it back."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a command property value (file, title): also ':' and ','."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(path: str, locator: Locator, finding: Finding) -> str:
    """One workflow command for a finding."""
    line, col = locator.position(finding.span.start)
    end_line, end_col = locator.position(max(finding.span.start, finding.span.end - 1))
    words = display_line(finding.span.text)
    message = f"“{words}”: {finding.message}" if words and words not in finding.message else finding.message
    props = {
        "file": path,
        "line": str(line),
        "col": str(col),
        "endLine": str(end_line),
        "endColumn": str(end_col),
        "title": finding.rule,
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(display_line(message))}"


def write(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    """Annotations for findings at or above `options.show` and for problems, then a plain summary line."""
    from provenance.render.check.human import summary

    for result in results:
        path = display_path(result.path, options.base)
        for problem in result.problems:
            command = "warning" if result.checked else "error"
            message = escape_data(display_line(problem.message))
            stream.write(f"::{command} file={escape_property(path)},title=provenance::{message}\n")
        locator = Locator(result.text)
        for finding in at_or_above(result.findings, options.show):
            stream.write(annotation(path, locator, finding) + "\n")
        for item in result.suppressions:
            line, col = locator.position(item.finding.span.start)
            directive_line, _ = locator.position(item.directive.start)
            title = escape_property(f"suppressed {item.finding.rule}")
            props = f"file={escape_property(path)},line={line},col={col},title={title}"
            message = f"suppressed by the directive on line {directive_line}: {item.reason}"
            stream.write(f"::notice {props}::{escape_data(display_line(message))}\n")
    stream.write(summary(results, options).plain + "\n")
