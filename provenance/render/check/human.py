"""Human check output: findings grouped by file as `path:line:col severity rule message`, then a summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.text import Text

from provenance.model import Finding, Severity, Voice
from provenance.model.verdict import CheckResult, Suppressed, at_or_above, exit_code, severity_counts
from provenance.render.check import CheckRenderOptions
from provenance.render.check.location import Locator, display_path
from provenance.render.console import make_console
from provenance.render.sanitize import display_line
from provenance.render.words import plural

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def finding_line(path: str, locator: Locator, finding: Finding) -> Text:
    """One finding as a clickable `path:line:col` line; article text in it is made inert."""
    line, col = locator.position(finding.span.start)
    # A document-level policy finding points at the headline; quoting the whole headline adds nothing.
    words = "" if finding.category == "policy" else display_line(finding.span.text)
    if len(words) > 60:
        words = words[:57] + "…"
    return Text.assemble(
        (f"{display_line(path)}:{line}:{col}", "bold"),
        " ",
        (f"{finding.severity.value:<7}", STYLES[finding.severity]),
        " ",
        (finding.rule, "dim"),
        # Whose words matter: a loaded term in a quotation is the speaker's, in the narration the outlet's.
        (f" [{finding.voice.value}]" if finding.voice is not Voice.NARRATOR else "", "dim"),
        " ",
        (f"“{words}” " if words and words not in finding.message else "", "italic"),
        display_line(finding.message),
    )


def suppression_line(path: str, locator: Locator, item: Suppressed) -> Text:
    """One suppressed finding, with the line of the directive that silenced it and the reason it gives."""
    line, col = locator.position(item.finding.span.start)
    directive_line, _ = locator.position(item.directive.start)
    words = display_line(item.finding.span.text)
    if len(words) > 60:
        words = words[:57] + "…"
    return Text.assemble(
        (f"{display_line(path)}:{line}:{col}", "bold"),
        " ",
        ("suppressed", "magenta"),
        " ",
        (item.finding.rule, "dim"),
        " ",
        (f"“{words}” " if words else "", "italic"),
        f"by the directive on line {directive_line}: {display_line(item.reason)}",
    )


def summary(results: Sequence[CheckResult], options: CheckRenderOptions) -> Text:
    """One line: files, counts by severity, hidden and suppressed counts, and the verdict."""
    counts = severity_counts(results)
    hidden = sum(len(r.findings) - len(at_or_above(r.findings, options.show)) for r in results)
    parts = [
        plural(counts[Severity.ERROR], "error"),
        plural(counts[Severity.WARNING], "warning"),
        f"{counts[Severity.INFO]} info",
    ]
    suppressed = sum(r.suppressed for r in results)
    unreadable = sum(1 for r in results if not r.checked)
    text = f"{plural(len(results), 'file')} checked: {', '.join(parts)}"
    if hidden:
        text += f" ({hidden} below {options.show.value} not shown; --show info lists them)"
    text += f"; {suppressed} suppressed"
    if unreadable:
        text += f"; {plural(unreadable, 'file')} could not be checked"
    code = exit_code(results)
    verdict = ("passed", "green") if code == 0 else ("failed", "bold red")
    return Text.assemble((verdict[0], verdict[1]), f" (fail on {fail_levels(results)}): {text}.")


def fail_levels(results: Sequence[CheckResult]) -> str:
    """The fail-on level of the checked files: one word, or each level used when configs differ."""
    levels = sorted({r.fail_on for r in results if r.checked}, key=lambda s: s.rank)
    return "/".join(level.value for level in levels) or "error"


def write(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    """Findings at or above `options.show` grouped by file, problems, then the summary line."""
    # soft_wrap: never break a `path:line:col` line; editors and terminals must see it whole.
    console = make_console(stream, options.width, options.color, soft_wrap=True)
    for result in results:
        path = display_path(result.path, options.base)
        shown = at_or_above(result.findings, options.show)
        if not shown and not result.problems and not result.suppressions:
            continue
        console.print(Text(display_line(path), style="bold underline"))
        locator = Locator(result.text)
        for problem in result.problems:
            console.print(Text.assemble(("problem ", "bold red"), display_line(str(problem))))
        for finding in shown:
            console.print(finding_line(path, locator, finding))
        for item in result.suppressions:
            console.print(suppression_line(path, locator, item))
        console.print()
    console.print(summary(results, options))
