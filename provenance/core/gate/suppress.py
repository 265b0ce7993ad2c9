"""Inline suppression: directives in the article's comments that switch rules off for a paragraph or a stretch.

Real comments only: `<!-- provenance: ignore RULE, RULE -- reason -->`, `<!-- provenance: off RULE -- reason -->`,
`<!-- provenance: on -->` where the page's parser sees a comment (not in a code span, a fence or an attribute
value); plain text also takes a whole line `# provenance: ignore RULE -- reason`. A suppression needs a reason;
project policy findings (thresholds, minimum sources) and directive warnings cannot be suppressed at all; the
project may ignore every directive (`inline: false`, `check --no-inline-config`). See docs/check.md.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from provenance.core.gate.policy import matches
from provenance.core.gate.thresholds import POLICY_RULES
from provenance.core.markup import comment_spans
from provenance.model import Finding, Severity, Span, Voice
from provenance.model.verdict import Suppressed

DIRECTIVE_RULE = "check.suppression"
ACTIONS = ("ignore", "off", "on")
# Findings the article's author must not be able to silence: the project's policy, and warnings about directives.
UNSUPPRESSIBLE = frozenset({*POLICY_RULES, DIRECTIVE_RULE})

_COMMENT = re.compile(r"<!--[ \t]*provenance:(?P<body>.*?)-->\Z", re.DOTALL)
# Plain text only: in Markdown a line starting with '#' is a heading.
_LINE = re.compile(r"^[ \t]*#[ \t]*provenance:(?P<body>[^\r\n]*)$", re.MULTILINE)
_REASON = re.compile(r"\s--\s*")


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression directive as written: its action, rule id prefixes (none: every rule), place and reason."""

    action: str
    rules: tuple[str, ...]
    span: Span
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Suppression:
    """What suppression leaves: the findings kept, those suppressed (with their directive), and directive warnings."""

    kept: tuple[Finding, ...]
    suppressed: tuple[Suppressed, ...]
    warnings: tuple[Finding, ...]


def _directive(body: str, span: Span) -> Directive:
    """`ignore RULE, RULE -- reason` as a Directive; the reason is what follows ' -- '."""
    parts = _REASON.split(" " + body, maxsplit=1)
    words = parts[0].replace(",", " ").split()
    action = words[0].lower() if words else ""
    return Directive(action, tuple(words[1:]), span, parts[1].strip() if len(parts) == 2 else "")


def find_directives(text: str, fmt: str) -> list[Directive]:
    """Every directive in the source's real comments (and, in plain text, `# provenance:` lines), in text order."""
    found: list[Directive] = []
    for start, end in comment_spans(text, fmt):
        match = _COMMENT.match(text, start, end)
        if match is not None:
            found.append(_directive(match.group("body"), Span(start, end, text[start:end])))
    if fmt == "text":
        # Comments do not overlap and come in text order, so the one that may hold a line starts just before it.
        starts, ends = [d.span.start for d in found], [d.span.end for d in found]
        for match in _LINE.finditer(text):
            k = bisect_right(starts, match.start()) - 1
            if k < 0 or match.start() >= ends[k]:
                found.append(_directive(match.group("body"), Span(match.start(), match.end(), match.group())))
    return sorted(found, key=lambda d: d.span.start)


def blank_directives(text: str, directives: Iterable[Directive]) -> str:
    """The text with each directive replaced by spaces (line breaks kept), so offsets stay and nothing annotates it."""
    chars = list(text)
    for directive in directives:
        for i in range(directive.span.start, directive.span.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _warning(directive: Directive, message: str) -> Finding:
    return Finding(DIRECTIVE_RULE, "suppression", Severity.WARNING, directive.span, message, Voice.NARRATOR)


Region = tuple[int, int, str | None, Directive]  # [start, end), the rule prefix it silences (None: all), by whom


def _usable(d: Directive, known: Collection[str]) -> tuple[tuple[str | None, ...], list[Finding]]:
    """The rule prefixes a directive may silence, and warnings about the rest of what it asks."""
    warnings: list[Finding] = []
    unknown = [r for r in d.rules if not any(matches(k, r) for k in known)]
    if unknown:
        warnings.append(_warning(d, f"unknown rule id{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}"))
    policy = [r for r in d.rules if any(matches(p, r) or matches(r, p) for p in UNSUPPRESSIBLE)]
    if policy:
        warnings.append(
            _warning(d, f"{', '.join(policy)}: project policy cannot be suppressed from inside the article")
        )
    rules: tuple[str | None, ...] = tuple(r for r in d.rules if r not in policy) if d.rules else (None,)
    return rules, warnings


def _regions(
    directives: list[Directive], paragraphs: tuple[Span, ...], end: int, known: Collection[str]
) -> tuple[list[Region], list[Finding]]:
    regions: list[Region] = []
    warnings: list[Finding] = []
    open_at: dict[str | None, tuple[int, Directive]] = {}
    for d in directives:
        if d.action not in ACTIONS:
            warnings.append(_warning(d, f"unknown provenance directive '{d.action}' (use ignore, off or on)"))
            continue
        rules, problems = _usable(d, known)
        warnings += problems
        if d.action in ("ignore", "off") and not d.reason:
            # A suppression is a decision someone must be able to read back: no reason, no suppression.
            warnings.append(
                _warning(d, f"'{d.action}' needs a reason: <!-- provenance: {d.action} RULE -- why --> (not applied)")
            )
            continue
        if d.action == "ignore":
            following = next((p for p in paragraphs if p.start >= d.span.end), None)
            if following is None:
                warnings.append(_warning(d, "'ignore' has no paragraph after it to apply to"))
                continue
            regions += [(following.start, following.end, r, d) for r in rules]
        elif d.action == "off":
            for rule in rules:
                open_at.setdefault(rule, (d.span.end, d))
        else:
            closing = list(open_at) if not d.rules else [r for r in rules if r in open_at]
            if not closing:
                warnings.append(_warning(d, "'on' without a matching 'off'"))
            for rule in closing:
                start, opened = open_at.pop(rule)
                regions.append((start, d.span.start, rule, opened))
    # An 'off' never closed runs to the end.
    regions += [(start, end, rule, opened) for rule, (start, opened) in open_at.items()]
    return regions, warnings


def suppress(
    findings: Iterable[Finding],
    directives: list[Directive],
    paragraphs: tuple[Span, ...],
    text_length: int,
    known: Collection[str],
) -> Suppression:
    """Drop the findings that directives silence; `known` rule ids let a directive's typo be reported."""
    regions, warnings = _regions(directives, paragraphs, text_length, known)
    kept = []
    suppressed = []
    for finding in findings:
        start = finding.span.start
        by = None
        if finding.rule not in UNSUPPRESSIBLE:
            by = next(
                (d for a, b, rule, d in regions if a <= start < b and (rule is None or matches(finding.rule, rule))),
                None,
            )
        if by is None:
            kept.append(finding)
        else:
            suppressed.append(Suppressed(finding, by.span, by.reason))
    return Suppression(tuple(kept), tuple(suppressed), tuple(warnings))
