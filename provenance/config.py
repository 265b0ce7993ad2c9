"""The project config `.provenance.yaml`: found from a checked file's folder upward, validated, typed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from provenance.errors import Problem, ProvenanceError
from provenance.model import Severity
from provenance.ruleset.schema import schema_problems
from provenance.ruleset.yamlsource import load

CONFIG_NAME = ".provenance.yaml"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Project-level requirements that become document-level findings."""

    max_narrator_loaded_terms: int | None = None
    min_distinct_sources: int | None = None
    require_anonymity_reason: bool = False
    right_of_reply: bool = False


@dataclass(frozen=True, slots=True)
class Config:
    """What a `.provenance.yaml` says; `Config()` is the behaviour with no file at all."""

    path: Path | None = None
    folders: tuple[Path, ...] = ()  # absolute: resolved against the config file's folder
    default_rules: bool = True
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity | None], ...] = ()  # (id prefix, severity or None for "off")
    fail_on: Severity | None = None
    thresholds: Thresholds = field(default_factory=Thresholds)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    text = resources.files("provenance").joinpath("schemas/config.schema.json").read_text("utf-8")
    return jsonschema.Draft202012Validator(json.loads(text))


def find_config(start: Path) -> Path | None:
    """The nearest `.provenance.yaml` in `start` (a file's folder) or any folder above it."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


def load_config(path: Path) -> Config:
    """Read and validate one config file; raises ProvenanceError with every problem located."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvenanceError(Problem(name, f"cannot read config: {exc}")) from None
    data, marks = load(text, name)
    problems = schema_problems(data, marks, name, _validator())
    if problems:
        raise ProvenanceError(problems)
    return parse_config(data or {}, path)


def parse_config(data: dict[str, Any], path: Path | None = None) -> Config:
    """The typed config from validated data; relative rule folders resolve against the file's folder."""
    base = path.resolve().parent if path is not None else Path.cwd()
    rules = data.get("rules", {})
    anonymous = data.get("anonymous_sources", {})
    return Config(
        path=path,
        folders=tuple((base / folder).resolve() for folder in rules.get("folders", ())),
        default_rules=bool(rules.get("default", True)),
        disable=tuple(rules.get("disable", ())),
        enable=tuple(rules.get("enable", ())),
        severity=tuple(
            (rule, None if level == "off" else Severity(level)) for rule, level in data.get("severity", {}).items()
        ),
        fail_on=Severity(data["fail_on"]) if "fail_on" in data else None,
        thresholds=Thresholds(
            max_narrator_loaded_terms=data.get("max_narrator_loaded_terms"),
            min_distinct_sources=data.get("min_distinct_sources"),
            require_anonymity_reason=bool(anonymous.get("require_justification", False)),
            right_of_reply=bool(data.get("right_of_reply", False)),
        ),
    )


def matches(rule_id: str, prefix: str) -> bool:
    """Whether an id prefix ("default.loaded") covers a rule id ("default.loaded.labelling")."""
    return rule_id == prefix or rule_id.startswith(prefix + ".")


def longest_match(rule_id: str, prefixes: Iterable[str]) -> str | None:
    """The longest of the prefixes that covers the rule id, or None."""
    found = [p for p in prefixes if matches(rule_id, p)]
    return max(found, key=len) if found else None


def rule_enabled(rule_id: str, config: Config) -> bool:
    """Whether a rule runs: the most specific of the `disable` / `enable` prefixes decides."""
    off = longest_match(rule_id, config.disable)
    on = longest_match(rule_id, config.enable)
    return off is None or (on is not None and len(on) >= len(off))


def configs_for(paths: Iterable[Path | str], override: Path | None = None) -> tuple[dict[str, Config], list[Problem]]:
    """The config of each path (`override`, else the nearest `.provenance.yaml`, else defaults) and all problems."""
    loaded: dict[Path | None, Config] = {None: Config()}
    problems: list[Problem] = []
    chosen: dict[str, Config] = {}
    for path in paths:
        name = str(path)
        where = override or (find_config(Path.cwd() if name == "-" else Path(name).parent))
        key = where.resolve() if where is not None else None
        if key not in loaded:
            try:
                loaded[key] = load_config(where) if where is not None else Config()
            except ProvenanceError as exc:
                problems += exc.problems
                loaded[key] = Config()
        chosen[name] = loaded[key]
    return chosen, problems
