"""Validate ruleset data against the JSON Schema and phrase the errors for rule authors."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from provenance.errors import Problem
from provenance.ruleset.schema_files import ruleset_schema
from provenance.ruleset.schema_split import quickly_valid
from provenance.ruleset.yamlsource import KEY, KeyPath, Marks, format_key_path

if TYPE_CHECKING:
    import jsonschema

_UNEXPECTED = re.compile(r"\('(.+)' (?:was|were) unexpected\)")


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    # Imported here: a start-up with a warm ruleset cache validates nothing and skips jsonschema's ~35 ms import.
    import jsonschema

    return jsonschema.Draft202012Validator(ruleset_schema(name))


def locate(marks: Marks, key: KeyPath, at_key: bool = False) -> tuple[int | None, int | None]:
    """Line and column of a value (or of its key, for unknown keys), else of the nearest enclosing value."""
    if at_key and (*key, KEY) in marks:
        return marks[(*key, KEY)]
    while key and key not in marks:
        key = key[:-1]
    line, col = marks.get(key, (None, None))
    return line, col


def _message(error: jsonschema.ValidationError) -> tuple[KeyPath, str]:
    key: KeyPath = tuple(error.absolute_path)
    if error.validator == "enum":
        values: list[Any] = list(error.validator_value) if isinstance(error.validator_value, list) else []
        allowed = ", ".join(str(v) for v in values)
        return key, f"expected one of {allowed}, got {error.instance!r}"
    if error.validator in ("unevaluatedProperties", "additionalProperties"):
        found = _UNEXPECTED.search(error.message)
        names = found.group(1).split("', '") if found else []
        if names:
            return (*key, names[0]), f"unknown key '{names[0]}'" + (
                f" (and {', '.join(names[1:])})" if names[1:] else ""
            )
    if error.validator == "minItems" and error.validator_value == 1:
        return key, "must not be empty"
    if error.validator == "required":
        return key, error.message.replace("is a required property", "is required")
    if error.validator == "type":
        got = f"expected {error.validator_value}, got {type(error.instance).__name__} {error.instance!r}"
        if isinstance(error.instance, bool) and "string" in str(error.validator_value):
            got += " (YAML reads yes/no/on/off/true/false as booleans: put the word in quotes)"
        return key, got
    if error.validator == "pattern":
        return key, f"{error.instance!r} must match {error.validator_value} (lower-case letters, digits, -)"
    return key, error.message


def _leaves(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    # oneOf/anyOf errors wrap their branches; the deepest branch is what the author got wrong.
    if error.validator in ("oneOf", "anyOf") and error.context and all(e.validator == "type" for e in error.context):
        import jsonschema

        types = " or ".join(str(e.validator_value) for e in error.context)
        merged = jsonschema.ValidationError(
            error.message, validator="type", validator_value=types, instance=error.instance, path=error.absolute_path
        )
        return [merged]
    if error.validator in ("oneOf", "anyOf") and error.context:
        deepest = max(len(e.absolute_path) for e in error.context)
        if deepest > len(error.absolute_path):
            return [e for e in error.context if len(e.absolute_path) == deepest]
    return [error]


def _is_unknown(error: jsonschema.ValidationError) -> bool:
    return error.validator in ("unevaluatedProperties", "additionalProperties")


def schema_problems(
    data: Any,
    marks: Marks,
    path: str,
    validator: jsonschema.Draft202012Validator | None = None,
    schema: str = "ruleset",
) -> list[Problem]:
    """Every schema violation in one file (ruleset, pack file, or what `validator` checks), located by line and key."""
    if validator is None and schema == "ruleset" and quickly_valid(data, _validator(schema), schema):
        return []
    problems = []
    seen = set()
    errors = (validator or _validator(schema)).iter_errors(data)
    leaves = [(leaf, *_message(leaf)) for error in errors for leaf in _leaves(error)]
    wrong = {key for leaf, key, _ in leaves if not _is_unknown(leaf)}
    for leaf, key, message in leaves:
        # A key whose value is wrong also shows as "unevaluated" (failed branches evaluate nothing): say it once.
        if (key, message) in seen or (_is_unknown(leaf) and any(w[: len(key)] == key for w in wrong)):
            continue
        seen.add((key, message))
        line, col = locate(marks, key, at_key=_is_unknown(leaf))
        problems.append(Problem(path, message, line, col, format_key_path(key) or None))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
