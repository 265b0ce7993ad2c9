from __future__ import annotations

import copy
from typing import Any

import pytest

from provenance.ruleset.loader import default_pack, ruleset_files
from provenance.ruleset.schema import _validator, schema_problems
from provenance.ruleset.schema_split import quickly_valid
from provenance.ruleset.yamlsource import load

SHIPPED = ruleset_files(default_pack().folder)


def _data(path: Any) -> Any:
    return load(path.read_text(encoding="utf-8"), str(path))[0]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_ruleset_is_quickly_valid(path: Any) -> None:
    assert quickly_valid(_data(path), _validator("ruleset"))


def _terms_ruleset(*terms: Any) -> dict[str, Any]:
    examples = {"match": ["a"], "no_match": ["b"]}
    rule = {"id": "t", "type": "terms", "category": "c", "terms": list(terms), "examples": examples}
    return {"ruleset": "r", "rules": [rule]}


@pytest.mark.parametrize(
    "bad",
    ["", 3, {"term": "x", "neutral": 4}, {"term": "x", "colour": "red"}, {"neutral": "y"}, {"term": "x", "window": 99}],
)
def test_a_bad_entry_after_the_first_is_not_quickly_valid(bad: Any) -> None:
    data = _terms_ruleset("fine", {"term": "also fine", "neutral": "ok"}, bad, "fine too")
    assert not _validator("ruleset").is_valid(data)
    assert not quickly_valid(data, _validator("ruleset"))


def test_the_full_validation_still_names_the_bad_entry() -> None:
    assert quickly_valid(_terms_ruleset("fine", "also fine"), _validator("ruleset"))
    data = _terms_ruleset("fine", "also fine", {"term": "x", "window": 99})
    [problem] = schema_problems(data, {}, "r.yaml")
    assert problem.key_path == "rules[0].terms[2].window"
    assert "99" in problem.message


@pytest.mark.parametrize("path", [p for p in SHIPPED if p.name in ("attribution.yaml", "state-media.yaml")])
def test_a_broken_entry_deep_in_a_shipped_list_is_caught(path: Any) -> None:
    data = _data(path)
    rule = next(r for r in data["rules"] if isinstance(r.get("verbs") or r.get("outlets"), list))
    entries = rule.get("verbs") or rule["outlets"]
    broken = copy.deepcopy(data)
    key = "verbs" if "verbs" in rule else "outlets"
    target = next(r for r in broken["rules"] if r["id"] == rule["id"])
    target[key][len(entries) - 1] = {"unknown": True}
    assert not quickly_valid(broken, _validator("ruleset"))
