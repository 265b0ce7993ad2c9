"""Inline suppression: directives in the article source that switch rules off for a paragraph or a stretch.

Markdown and HTML (and plain text too): `<!-- provenance: ignore RULE, RULE -->`, `<!-- provenance: off -->`,
`<!-- provenance: on -->`. Plain text also takes a whole line `# provenance: ignore RULE`. See docs/check.md.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from provenance.core.gate.policy import matches
from provenance.model import Finding, Severity, Span, Voice

DIRECTIVE_RULE = "check.suppression"
ACTIONS = ("ignore", "off", "on")

_COMMENT = re.compile(r"<!--[ \t]*provenance:(?P<body>.*?)-->", re.DOTALL)
# Plain text only: in Markdown a line starting with '#' is a heading.
_LINE = re.compile(r"^[ \t]*#[ \t]*provenance:(?P<body>[^\r\n]*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression directive as written: its action, rule id prefixes (none: every rule) and place."""

    action: str
    rules: tuple[str, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Suppression:
    """What suppression leaves: the findings kept, how many were suppressed, and warnings about directives."""

    kept: tuple[Finding, ...]
    suppressed: int
    warnings: tuple[Finding, ...]


def find_directives(text: str, plain: bool) -> list[Directive]:
    """Every directive in the source, in text order; `plain` also accepts `# provenance:` lines."""
    found = list(_COMMENT.finditer(text))
    if plain:
        found += _LINE.finditer(text)
    directives = []
    for match in sorted(found, key=lambda m: m.start()):
        words = match.group("body").replace(",", " ").split()
        action = words[0].lower() if words else ""
        directives.append(Directive(action, tuple(words[1:]), Span(match.start(), match.end(), match.group())))
    return directives


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


Region = tuple[int, int, str | None]  # [start, end) and the rule prefix it silences (None: every rule)


def _regions(
    directives: list[Directive], paragraphs: tuple[Span, ...], end: int, known: Collection[str]
) -> tuple[list[Region], list[Finding]]:
    regions: list[Region] = []
    warnings: list[Finding] = []
    open_at: dict[str | None, int] = {}
    for d in directives:
        if d.action not in ACTIONS:
            warnings.append(_warning(d, f"unknown provenance directive '{d.action}' (use ignore, off or on)"))
            continue
        unknown = [r for r in d.rules if not any(matches(k, r) for k in known)]
        if unknown:
            warnings.append(_warning(d, f"unknown rule id{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}"))
        rules: list[str | None] = list(d.rules) or [None]
        if d.action == "ignore":
            following = next((p for p in paragraphs if p.start >= d.span.end), None)
            if following is None:
                warnings.append(_warning(d, "'ignore' has no paragraph after it to apply to"))
                continue
            regions += [(following.start, following.end, r) for r in rules]
        elif d.action == "off":
            for rule in rules:
                open_at.setdefault(rule, d.span.end)
        else:
            closing = list(open_at) if not d.rules else [r for r in rules if r in open_at]
            if not closing:
                warnings.append(_warning(d, "'on' without a matching 'off'"))
            for rule in closing:
                regions.append((open_at.pop(rule), d.span.start, rule))
    regions += [(start, end, rule) for rule, start in open_at.items()]  # an 'off' never closed runs to the end
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
    suppressed = 0
    for finding in findings:
        start = finding.span.start
        if any(a <= start < b and (rule is None or matches(finding.rule, rule)) for a, b, rule in regions):
            suppressed += 1
        else:
            kept.append(finding)
    return Suppression(tuple(kept), suppressed, tuple(warnings))
