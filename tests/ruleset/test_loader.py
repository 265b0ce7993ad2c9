"""Broken rulesets give one clear, located error each, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.ruleset.loader import Pack, load_rulebook, read_ruleset

GOOD_RULE = """\
ruleset: mine
rules:
  - id: words
    type: terms
    category: loaded-term
    terms: [bad]
    examples: {match: [a bad day], no_match: [a good day]}
"""


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProvenanceError) as caught:
        read_ruleset(path, "user")
    return [str(p).replace(str(path), "r.yaml") for p in caught.value.problems]


def test_good_ruleset_loads(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(GOOD_RULE, encoding="utf-8")
    (rule,) = read_ruleset(tmp_path / "r.yaml", "user")
    assert rule.meta.id == "user.mine.words"
    assert rule.meta.line == 3


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            GOOD_RULE.replace("terms: [bad]", "terms: [bad"),
            "r.yaml:7:13: invalid YAML: did not find expected ',' or ']'",
        ),
        (
            GOOD_RULE.replace("    category:", "    colour: red\n    category:"),
            "r.yaml:5:5: rules[0].colour: unknown key 'colour'",
        ),
        (
            GOOD_RULE.replace("    category:", "    severity: warn\n    category:"),
            "r.yaml:5:15: rules[0].severity: expected one of info, warning, error, got 'warn'",
        ),
        (GOOD_RULE.replace("terms: [bad]", "terms: 7"), "r.yaml:6:12: rules[0].terms: expected array, got int 7"),
        (GOOD_RULE + GOOD_RULE.split("rules:\n")[1], "r.yaml:8:9: rules[1].id: duplicate rule id 'words'"),
        (
            GOOD_RULE.replace("type: terms", "type: pattern").replace("terms: [bad]", "regex: ['(unclosed']"),
            "r.yaml:6:13: rules[0].regex[0]: cannot compile '(unclosed'",
        ),
        (
            GOOD_RULE.replace("type: terms", "type: pattern").replace("terms: [bad]", "patterns: ['{nobody} said']"),
            "r.yaml:6:16: rules[0].patterns[0]: cannot compile '{nobody} said': unknown slot {nobody}",
        ),
        (GOOD_RULE.replace("terms: [bad]", "terms: [no]"), "(YAML reads yes/no/on/off/true/false as booleans"),
    ],
    ids=["yaml-syntax", "unknown-key", "bad-enum", "wrong-type", "duplicate-id", "bad-regex", "unknown-slot", "bool"],
)
def test_broken_ruleset_is_located(tmp_path: Path, broken: str, expected: str) -> None:
    problems = _problems(tmp_path, broken)
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("    category:", "    severity: warn\n    colour: red\n    category:")
    assert len(_problems(tmp_path, text)) == 2


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    (problem,) = _problems(tmp_path, "\n".join(lines) + "\n")
    assert "alias bomb" in problem


def test_python_object_tags_are_not_constructed(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "ruleset: !!python/object/apply:os.system ['echo hi']\nrules: []\n")
    assert "invalid YAML" in problem


def test_rulebook_disables_by_prefix(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(GOOD_RULE, encoding="utf-8")
    assert load_rulebook([Pack("user", tmp_path)], disabled=["user.mine"]).rules == ()
    assert len(load_rulebook([Pack("user", tmp_path)]).rules) == 1


def test_missing_folder_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(ProvenanceError, match="rules folder not found"):
        load_rulebook([Pack("user", tmp_path / "nope")])
