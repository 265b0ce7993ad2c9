"""Find, read, validate and build rulesets into a Rulebook; every problem is reported at once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import Problem, ProvenanceError
from provenance.model import Severity
from provenance.ruleset.build import BUILDERS, RuleDataError, build_rule, examples_of
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import Rule, RuleMeta
from provenance.ruleset.schema import locate, schema_problems
from provenance.ruleset.yamlsource import format_key_path, load

_PACKAGED = Path(__file__).resolve().parent.parent / "default_rules"
_SOURCE_TREE = Path(__file__).resolve().parent.parent.parent / "rules"


@dataclass(frozen=True, slots=True)
class Pack:
    """A folder of ruleset files whose rule ids start with `name.`."""

    name: str
    folder: Path


def default_pack() -> Pack:
    """The shipped rules: package data in a wheel, or `rules/` in a source checkout."""
    return Pack("default", _PACKAGED if _PACKAGED.is_dir() else _SOURCE_TREE)


def ruleset_files(folder: Path) -> list[Path]:
    """The YAML files of a pack, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def read_ruleset(path: Path, pack: str) -> list[Rule]:
    """The rules of one file; raises ProvenanceError listing every problem in it."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvenanceError(Problem(name, f"cannot read ruleset: {exc}")) from None
    data, marks = load(text, name)
    problems = schema_problems(data, marks, name)
    if problems:
        raise ProvenanceError(problems)
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(data["rules"]):
        key = ("rules", i)
        line, col = locate(marks, key)
        if item["id"] in seen:
            line, col = locate(marks, (*key, "id"))
            problems.append(
                Problem(
                    name,
                    f"duplicate rule id '{item['id']}' (first at rules[{seen[item['id']]}])",
                    line,
                    col,
                    format_key_path((*key, "id")),
                )
            )
            continue
        seen[item["id"]] = i
        try:
            rules.append(build_rule(_meta(item, data["ruleset"], pack, name, line or 0), item))
        except RuleDataError as exc:
            where = locate(marks, (*key, *exc.key))
            problems.append(Problem(name, str(exc), *where, format_key_path((*key, *exc.key))))
    if problems:
        raise ProvenanceError(problems)
    return rules


def _meta(item: dict[str, Any], ruleset: str, pack: str, path: str, line: int) -> RuleMeta:
    assert item["type"] in BUILDERS  # the schema's enum guarantees it
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
        reference=item.get("reference"),
    )


def load_rulebook(packs: Sequence[Pack] | None = None, disabled: Iterable[str] = ()) -> Rulebook:
    """All rules of the given packs (default: the shipped pack), minus disabled id prefixes."""
    problems: list[Problem] = []
    rules: list[Rule] = []
    ids: dict[str, str] = {}
    off = tuple(disabled)
    for pack in packs if packs is not None else [default_pack()]:
        if not pack.folder.is_dir():
            problems.append(Problem(str(pack.folder), "rules folder not found"))
            continue
        for path in ruleset_files(pack.folder):
            try:
                found = read_ruleset(path, pack.name)
            except ProvenanceError as exc:
                problems.extend(exc.problems)
                continue
            for rule in found:
                if rule.meta.id in ids:
                    problems.append(
                        Problem(
                            str(path),
                            f"rule id '{rule.meta.id}' is also defined in {ids[rule.meta.id]}",
                            rule.meta.line,
                        )
                    )
                ids[rule.meta.id] = str(path)
                if not any(rule.meta.id == p or rule.meta.id.startswith(p + ".") for p in off):
                    rules.append(rule)
    if problems:
        raise ProvenanceError(problems)
    return Rulebook(tuple(rules))
