"""Find, read, validate and build rulesets into a Rulebook; every problem is reported at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import Problem, ProvenanceError
from provenance.model import Severity
from provenance.ruleset.build import BUILDERS, RuleDataError, build_rule, examples_of
from provenance.ruleset.cache import CachedRuleset, RulesetCache, content_digest
from provenance.ruleset.packs import Pack, default_pack, resolve_packs, ruleset_files, user_pack, user_packs
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import AttributionVerbsRule, Rule, RuleMeta
from provenance.ruleset.schema import locate, schema_problems
from provenance.ruleset.yamlsource import KeyPath, Marks, format_key_path, load

__all__ = [
    "Pack",
    "default_pack",
    "is_disabled",
    "load_rulebook",
    "read_ruleset",
    "ruleset_files",
    "user_pack",
    "user_packs",
]


@dataclass(frozen=True, slots=True)
class ParsedRuleset:
    """One ruleset file, read and schema-valid, not yet built into rules."""

    path: Path
    pack: str
    data: dict[str, Any]
    lines: tuple[int, ...]  # line of each rule
    marks: Marks | None  # None when it came from the cache: re-read only to locate a problem
    digest: str = ""  # content digest, set when the file was read fresh and may be cached once it builds


def _decode(path: Path, content: bytes) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProvenanceError(Problem(str(path), f"cannot read ruleset: {exc}")) from None


# The largest shipped ruleset is 135 KB; YAML parsing costs ~30x the file in memory (50 MB took 1.48 GB).
MAX_RULESET_BYTES = 5_000_000


def parse_ruleset(path: Path, pack: str, cache: RulesetCache | None = None) -> ParsedRuleset:
    """Read and schema-check one file (or take it from the cache); raises ProvenanceError listing every problem."""
    try:
        size = path.stat().st_size
        if size > MAX_RULESET_BYTES:
            message = f"ruleset is {size:,} bytes, over the {MAX_RULESET_BYTES:,}-byte limit; not parsed"
            raise ProvenanceError(Problem(str(path), message))
        content = path.read_bytes()
    except OSError as exc:
        raise ProvenanceError(Problem(str(path), f"cannot read ruleset: {exc}")) from None
    digest = content_digest(content) if cache is not None else ""
    cached = cache.get(path, digest) if cache is not None else None
    if cached is not None:
        return ParsedRuleset(path, pack, cached.data, cached.lines, None)
    data, marks = load(_decode(path, content), str(path))
    problems = schema_problems(data, marks, str(path))
    if problems:
        raise ProvenanceError(problems)
    lines = tuple(locate(marks, ("rules", i))[0] or 0 for i in range(len(data["rules"])))
    # Not cached yet: load_rulebook caches it once its rules build (then their regexes are known to compile).
    return ParsedRuleset(path, pack, data, lines, marks, digest)


def _where(parsed: ParsedRuleset, key: KeyPath, message: str) -> Problem:
    marks = parsed.marks
    if marks is None:
        # Cached data carries no positions; the file is unchanged (same digest), so read them again.
        marks = load(_decode(parsed.path, parsed.path.read_bytes()), str(parsed.path))[1]
    return Problem(str(parsed.path), message, *locate(marks, key), format_key_path(key))


def _meta(item: dict[str, Any], ruleset: str, pack: str, path: str, line: int) -> RuleMeta:
    assert item["type"] in BUILDERS  # the schema's enum guarantees it
    reference = item.get("reference")
    return RuleMeta(
        id=f"{pack}.{ruleset}.{item['id']}",
        type=item["type"],
        severity=Severity(item.get("severity", "info")),
        category=item.get("category", item["type"]),
        examples=examples_of(item),
        path=path,
        line=line,
        description=item.get("description", ""),
        label=item.get("label"),
        message=item.get("message"),
        reference=reference,
        explanation=item.get("explanation"),
        references=tuple(([reference] if reference else []) + list(item.get("references", []))),
        severity_by_voice=tuple((voice, Severity(level)) for voice, level in item.get("severity_by_voice", {}).items()),
    )


def _enabled(item: dict[str, Any]) -> bool:
    return item.get("enabled", True) is not False


def vocabulary_of(parsed: Iterable[ParsedRuleset]) -> dict[str, tuple[str, ...]]:
    """Word lists for typed slots: {verb} is every attribution verb form, {verb:speech} those of one kind."""
    words: dict[str, list[str]] = {}
    for ruleset in parsed:
        for i, item in enumerate(ruleset.data["rules"]):
            if item["type"] != "attribution-verbs" or not _enabled(item):
                continue
            meta = _meta(item, ruleset.data["ruleset"], ruleset.pack, str(ruleset.path), ruleset.lines[i])
            rule = build_rule(meta, item)
            assert isinstance(rule, AttributionVerbsRule)
            for verb in rule.verbs:
                words.setdefault("verb", []).extend(verb.forms)
                words.setdefault(f"verb:{verb.kind}", []).extend(verb.forms)
    return {name: tuple(dict.fromkeys(forms)) for name, forms in words.items()}


def build_ruleset(parsed: ParsedRuleset, vocabulary: dict[str, tuple[str, ...]]) -> list[Rule]:
    """The enabled rules of one parsed file; raises ProvenanceError listing every problem in it."""
    problems: list[Problem] = []
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(parsed.data["rules"]):
        key: KeyPath = ("rules", i)
        if item["id"] in seen:
            message = f"duplicate rule id '{item['id']}' (first at rules[{seen[item['id']]}])"
            problems.append(_where(parsed, (*key, "id"), message))
            continue
        seen[item["id"]] = i
        if not _enabled(item):
            continue
        meta = _meta(item, parsed.data["ruleset"], parsed.pack, str(parsed.path), parsed.lines[i])
        try:
            # From the cache, the same file has built before: its regexes compile on first use.
            rules.append(build_rule(meta, item, vocabulary, compile_now=parsed.marks is not None))
        except RuleDataError as exc:
            problems.append(_where(parsed, (*key, *exc.key), str(exc)))
    if problems:
        raise ProvenanceError(problems)
    return rules


def read_ruleset(path: Path, pack: str, vocabulary: dict[str, tuple[str, ...]] | None = None) -> list[Rule]:
    """The rules of one file (typed slots use its own verbs unless given); raises ProvenanceError."""
    parsed = parse_ruleset(path, pack)
    return build_ruleset(parsed, vocabulary_of([parsed]) if vocabulary is None else vocabulary)


def is_disabled(rule_id: str, prefixes: Iterable[str]) -> bool:
    """Whether one of the id prefixes ("default.loaded", or a whole id) switches the rule off."""
    return any(rule_id == p or rule_id.startswith(p + ".") for p in prefixes)


def load_rulebook(
    packs: Sequence[Pack] | None = None, disabled: Iterable[str] = (), cache: RulesetCache | None = None
) -> Rulebook:
    """All rules of the given packs (default: the shipped pack) and what they extend, minus disabled prefixes."""
    resolved = resolve_packs(packs if packs is not None else [default_pack()])
    problems: list[Problem] = []
    parsed: list[ParsedRuleset] = []
    for pack in resolved.packs:
        for path in ruleset_files(pack.folder):
            try:
                parsed.append(parse_ruleset(path, pack.name, cache))
            except ProvenanceError as exc:
                problems.extend(exc.problems)
    vocabulary = vocabulary_of(parsed)
    found: list[Rule] = []
    ids: dict[str, str] = {}
    for ruleset in parsed:
        try:
            built = build_ruleset(ruleset, vocabulary)
        except ProvenanceError as exc:
            problems.extend(exc.problems)
            continue
        if cache is not None and ruleset.marks is not None:
            cache.put(ruleset.path, ruleset.digest, CachedRuleset(ruleset.data, ruleset.lines))
        for rule in built:
            if rule.meta.id in ids:
                message = f"rule id '{rule.meta.id}' is also defined in {ids[rule.meta.id]}"
                problems.append(Problem(str(ruleset.path), message, rule.meta.line))
            ids[rule.meta.id] = str(ruleset.path)
            found.append(rule)
    off = [*disabled, *(d.prefix for d in resolved.disabled)]
    for d in resolved.disabled:
        if not any(is_disabled(rule_id, [d.prefix]) for rule_id in ids):
            problems.append(dataclasses.replace(d.where, message=f"'{d.prefix}' matches no rule id"))
    if problems:
        raise ProvenanceError(problems)
    return Rulebook(tuple(r for r in found if not is_disabled(r.meta.id, off)))
