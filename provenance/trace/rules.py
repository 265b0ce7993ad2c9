"""Trace rules as data: ids, kinds, severities and message templates from rules.yaml, checked on load."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from provenance.errors import Problem, ProvenanceError
from provenance.model import Severity, Span, Voice
from provenance.trace.types import Change

DEFAULT_RULES = Path(__file__).with_name("rules.yaml")
FIELDS = frozenset({"origin", "coverage", "old", "new", "label", "country", "old_voice"})
_VALUE_CHARS = 120  # values quoted in messages are shortened: the spans carry the full text
BYLINE_CHARS = 120  # a byline is one short line; longer paragraphs are not tried (and patterns stay cheap)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class TraceRule:
    """One rule: what kind of change it reports, how severe, in what words."""

    id: str
    kind: str
    severity: Severity
    message: str


@dataclass(frozen=True, slots=True)
class TraceRules:
    """The loaded rule set and its thresholds."""

    rules: Mapping[str, TraceRule]
    min_coverage: float = 0.2
    min_quote_words: int = 3
    disabled: frozenset[str] = field(default_factory=frozenset)
    furniture_texts: int = 5
    bylines: tuple[re.Pattern[str], ...] = ()
    wording: frozenset[str] = frozenset({"loaded-term"})  # annotate finding categories that take sides
    credit_other_words: int = 3  # words a short credit line may have beside an outlet's name ("Source:", "with")
    picture_credits: frozenset[str] = frozenset()  # first words of a picture's credit line ("Photo: AFP")
    unnamed_credits: tuple[tuple[str, ...], ...] = ()  # credits naming no outlet ("agencies"), as word tuples

    def is_byline(self, paragraph: str) -> bool:
        """Whether a paragraph is wholly a byline ("By a Staff Reporter")."""
        text = paragraph.strip()
        return len(text) <= BYLINE_CHARS and any(p.fullmatch(text) for p in self.bylines)

    def enabled(self, rule_id: str) -> bool:
        """Whether a rule is on (present and not disabled)."""
        return rule_id in self.rules and rule_id not in self.disabled

    def change(
        self, rule_id: str, span: Span, origin_span: Span | None = None, voice: Voice = Voice.NARRATOR, **values: object
    ) -> Change:
        """A Change from rule `rule_id` at `span` (article) and `origin_span`, its message filled from `values`."""
        rule = self.rules[rule_id]
        filled = {name: "" for name in FIELDS} | {k: _short(v) for k, v in values.items()}
        old, new = values.get("old"), values.get("new")
        return Change(
            rule=rule.id,
            kind=rule.kind,
            severity=rule.severity,
            message=rule.message.format_map(filled),
            span=span,
            origin=origin_span,
            old=None if old is None else str(old),
            new=None if new is None else str(new),
            voice=voice,
        )


def _short(value: object) -> str:
    text = _SPACE.sub(" ", f"{value:.0%}" if isinstance(value, float) else str(value)).strip()
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"


def _problem(path: Path, message: str, key: str | None = None) -> Problem:
    return Problem(str(path), message, key_path=key)


def _check_rule(path: Path, i: int, raw: Any, problems: list[Problem]) -> TraceRule | None:
    key = f"rules[{i}]"
    if not isinstance(raw, dict):
        problems.append(_problem(path, "a rule must be a mapping", key))
        return None
    missing = [k for k in ("id", "kind", "severity", "message") if not isinstance(raw.get(k), str)]
    unknown = sorted(set(raw) - {"id", "kind", "severity", "message"})
    if missing or unknown:
        problems += [_problem(path, f"needs a string `{k}`", key) for k in missing]
        problems += [_problem(path, f"unknown key `{k}`", key) for k in unknown]
        return None
    if raw["severity"] not in {s.value for s in Severity}:
        problems.append(_problem(path, f"severity must be info, warning or error, not {raw['severity']!r}", key))
        return None
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(raw["message"]) if name is not None}
    except ValueError as exc:
        problems.append(_problem(path, f"bad message template: {exc}", key))
        return None
    if names - FIELDS:
        problems.append(_problem(path, f"unknown message fields {sorted(names - FIELDS)}", key))
        return None
    return TraceRule(raw["id"], raw["kind"], Severity(raw["severity"]), raw["message"])


def _bylines(path: Path, raw: Any, problems: list[Problem]) -> tuple[re.Pattern[str], ...]:
    """The byline patterns, `{name}` filled in; bad ones are problems."""
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not isinstance(raw.get("patterns", []), list):
        problems.append(_problem(path, "bylines must be a mapping with a `patterns` list", "bylines"))
        return ()
    name = raw.get("name", "")
    compiled = []
    for i, pattern in enumerate(raw.get("patterns", [])):
        try:
            compiled.append(re.compile(str(pattern).replace("{name}", f"(?:{name})")))
        except re.error as exc:
            problems.append(_problem(path, f"bad byline pattern: {exc}", f"bylines.patterns[{i}]"))
    return tuple(compiled)


def load_trace_rules(
    path: Path | None = None, severities: Mapping[str, str] | None = None, disabled: frozenset[str] = frozenset()
) -> TraceRules:
    """Read a trace rule file (the shipped one by default), with per-rule severity overrides from a config."""
    source = path or DEFAULT_RULES
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ProvenanceError(_problem(source, f"cannot read trace rules: {exc}")) from exc
    problems: list[Problem] = []
    if not isinstance(raw, dict) or raw.get("version") != 1 or not isinstance(raw.get("rules"), list):
        raise ProvenanceError(_problem(source, "expected a mapping with `version: 1` and a `rules` list"))
    rules: dict[str, TraceRule] = {}
    for i, item in enumerate(raw["rules"]):
        rule = _check_rule(source, i, item, problems)
        if rule is not None:
            if rule.id in rules:
                problems.append(_problem(source, f"duplicate rule id {rule.id}", f"rules[{i}].id"))
            rules[rule.id] = rule
    for rule_id, level in (severities or {}).items():
        if rule_id not in rules:
            problems.append(_problem(source, f"severity set for unknown trace rule {rule_id}"))
        elif level not in {s.value for s in Severity}:
            problems.append(_problem(source, f"severity for {rule_id} must be info, warning or error"))
        else:
            current = rules[rule_id]
            rules[rule_id] = TraceRule(current.id, current.kind, Severity(level), current.message)
    settings = raw.get("settings") or {}
    coverage, quote_words = settings.get("min_coverage", 0.2), settings.get("min_quote_words", 3)
    if not isinstance(coverage, int | float) or not 0 < coverage <= 1:
        problems.append(_problem(source, "min_coverage must be a number in (0, 1]", "settings.min_coverage"))
    if not isinstance(quote_words, int) or quote_words < 1:
        problems.append(_problem(source, "min_quote_words must be a positive integer", "settings.min_quote_words"))
    furniture_texts = settings.get("furniture_texts", 5)
    if not isinstance(furniture_texts, int) or furniture_texts < 2:
        message = "furniture_texts must be an integer of at least 2"
        problems.append(_problem(source, message, "settings.furniture_texts"))
    bylines = _bylines(source, raw.get("bylines"), problems)
    wording = settings.get("wording_categories", ["loaded-term"])
    if not isinstance(wording, list) or not wording or not all(isinstance(c, str) for c in wording):
        problems.append(_problem(source, "wording_categories must be a list of finding categories", "settings"))
        wording = []
    credit = raw.get("credit_lines") or {}
    other_words, pictures = credit.get("other_words", 3), credit.get("not_story", [])
    unnamed = credit.get("unnamed", [])
    if not isinstance(unnamed, list) or not all(isinstance(w, str) and w.strip() for w in unnamed):
        problems.append(_problem(source, "unnamed must be a list of words or phrases", "credit_lines.unnamed"))
        unnamed = []
    if not isinstance(other_words, int) or other_words < 0:
        problems.append(_problem(source, "other_words must be a whole number", "credit_lines.other_words"))
    if not isinstance(pictures, list) or not all(isinstance(w, str) for w in pictures):
        problems.append(_problem(source, "not_story must be a list of words", "credit_lines.not_story"))
    if problems:
        raise ProvenanceError(problems)
    return TraceRules(
        rules,
        float(coverage),
        int(quote_words),
        disabled,
        int(furniture_texts),
        bylines,
        frozenset(wording),
        int(other_words),
        frozenset(w.casefold() for w in pictures),
        tuple(tuple(w.casefold().split()) for w in unnamed),
    )
