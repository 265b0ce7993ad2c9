"""The project config `.provenance.yaml`: found from a checked file's folder upward, validated, typed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.core.gate.policy import Config, Thresholds
from provenance.errors import Problem, ProvenanceError
from provenance.model import Severity
from provenance.ruleset.schema import schema_problems
from provenance.ruleset.yamlsource import load

if TYPE_CHECKING:
    import jsonschema

CONFIG_NAME = ".provenance.yaml"
MAX_CONFIG_BYTES = 1_000_000  # a config is a few lines; a huge one is a mistake, and YAML parsing it costs ~30x


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # only when a config file is found (see ruleset/schema.py)

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
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ProvenanceError(Problem(name, f"config is {size:,} bytes, over {MAX_CONFIG_BYTES:,}; not parsed"))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvenanceError(Problem(name, f"cannot read config: {exc}")) from None
    data, marks = load(text, name)
    problems = schema_problems(data, marks, name, _validator())
    if problems:
        raise ProvenanceError(problems)
    return parse_config(data or {}, path)


def _level(level: str) -> Severity | None:
    return None if level == "off" else Severity(level)


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
            (rule, _level(level)) for rule, level in data.get("severity", {}).items() if isinstance(level, str)
        ),
        severity_by_voice=tuple(
            (rule, voice, _level(level))
            for rule, levels in data.get("severity", {}).items()
            if isinstance(levels, dict)
            for voice, level in levels.items()
        ),
        fail_on=Severity(data["fail_on"]) if "fail_on" in data else None,
        thresholds=Thresholds(
            max_narrator_loaded_terms=data.get("max_narrator_loaded_terms"),
            min_distinct_sources=data.get("min_distinct_sources"),
            require_anonymity_reason=bool(anonymous.get("require_justification", False)),
            right_of_reply=bool(data.get("right_of_reply", False)),
        ),
        inline=bool(data.get("inline", True)),
    )


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
