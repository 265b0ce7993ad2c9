"""The JSON Schemas shipped with the package (ruleset, pack, config, document), read once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def schema_text(name: str = "ruleset") -> str:
    """The text of a JSON Schema shipped with the package (ruleset, pack)."""
    return resources.files("provenance").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")


@cache
def ruleset_schema(name: str = "ruleset") -> dict[str, Any]:
    """The ruleset (or another named) JSON Schema shipped with the package."""
    schema: dict[str, Any] = json.loads(schema_text(name))
    return schema
