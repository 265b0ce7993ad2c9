"""A fast way to find that a ruleset is schema-valid: long lists of entries are checked entry by entry.

The ruleset schema closes each rule with `unevaluatedProperties` across `allOf`/`if`-`then` branches;
jsonschema works that out by validating a rule's matching branch again, so a 50,000-term list was
walked several times (~15 s). Here each rule's homogeneous lists (a property whose schema is only
`{"type": "array", "items": {"$ref": ...}}`, such as `terms`) are cut to their first entry, the rest
of the file is validated with the full schema, and every entry is validated on its own against the
very sub-schema the full schema applies to it. Both pass exactly when the full validation passes,
because an array item is checked by its `items` schema alone. This only answers "valid or not":
when anything is wrong the caller runs the full validation, whose messages authors see.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from provenance.ruleset.schema_files import ruleset_schema

if TYPE_CHECKING:
    import jsonschema

_LIST_KEYS = {"type", "items", "minItems", "description"}


@cache
def _lists_by_type(name: str) -> dict[str, dict[str, str]]:
    """For each rule type: its entry-list properties and the $ref their entries are checked against."""
    schema = ruleset_schema(name)
    defs = schema["$defs"]
    rule = defs["rule"]
    common = set(rule.get("properties", {}))
    found: dict[str, dict[str, str]] = {}
    for branch in rule.get("allOf", []):
        kind = branch.get("if", {}).get("properties", {}).get("type", {}).get("const")
        target = branch.get("then", {}).get("$ref", "")
        if not isinstance(kind, str) or not target.startswith("#/$defs/"):
            continue
        lists = {}
        for name, prop in defs[target.removeprefix("#/$defs/")].get("properties", {}).items():
            items = prop.get("items", {})
            if (
                name not in common
                and set(prop) <= _LIST_KEYS
                and prop.get("type") == "array"
                and prop.get("minItems", 0) <= 1
                and set(items) == {"$ref"}
            ):
                lists[name] = items["$ref"]
        found[kind] = lists
    return found


@cache
def _entry_validator(name: str, ref: str) -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator({"$defs": ruleset_schema(name)["$defs"], "$ref": ref})


def quickly_valid(data: Any, validator: jsonschema.Draft202012Validator, name: str = "ruleset") -> bool:
    """True only if `data` is valid against the named ruleset schema (`validator`); False means "look closer"."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        return False
    lists = _lists_by_type(name)
    rules = []
    for rule in data["rules"]:
        kind = rule.get("type") if isinstance(rule, dict) else None
        cut = dict(rule) if isinstance(kind, str) and lists.get(kind) else rule
        for key, ref in lists.get(kind, {}).items() if isinstance(kind, str) else ():
            entries = cut.get(key)
            if not isinstance(entries, list) or len(entries) < 2:
                continue
            check = _entry_validator(name, ref)
            if not all(check.is_valid(entry) for entry in entries[1:]):
                return False
            cut[key] = entries[:1]
        rules.append(cut)
    return bool(validator.is_valid({**data, "rules": rules}))
