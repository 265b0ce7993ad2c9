"""A suite of broken rulesets: each gives exactly one clear, located error, through the API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from provenance.core.examples import check_examples
from provenance.errors import ProvenanceError
from provenance.ruleset.loader import Pack, default_pack, load_rulebook

runner = CliRunner()

RULE = """\
  - id: {id}
    type: terms
    category: loaded-term
    terms: [{term}]
    examples: {{match: [a {term} day], no_match: [a calm day]}}
"""


def ruleset(*terms: str, name: str = "mine") -> str:
    """A valid ruleset with one terms rule per term; rule i starts on line 3 + 5 * i."""
    return f"ruleset: {name}\nrules:\n" + "".join(RULE.format(id=f"r{i}", term=t) for i, t in enumerate(terms))


FOUR = ruleset("bad", "grim", "dire", "awful")  # rules[3] starts on line 18
PATTERN = ruleset("bad").replace("type: terms", "type: pattern").replace("category: loaded-term", "category: relay")

CASES: dict[str, tuple[dict[str, str], str]] = {
    "yaml-syntax": ({"r.yaml": FOUR.replace("terms: [grim]", "terms: [grim")}, "r.yaml:12:13: invalid YAML:"),
    "unknown-key": (
        {"r.yaml": FOUR.replace("    terms: [dire]", "    colour: red\n    terms: [dire]")},
        "r.yaml:16:5: rules[2].colour: unknown key 'colour'",
    ),
    "wrong-type": (
        {"r.yaml": FOUR.replace("terms: [grim]", "terms: 7")},
        "r.yaml:11:12: rules[1].terms: expected array",
    ),
    "bad-enum": (
        {"r.yaml": FOUR.replace("    terms: [awful]", "    severity: warn\n    terms: [awful]")},
        "r.yaml:21:15: rules[3].severity: expected one of info, warning, error, got 'warn'",
    ),
    "duplicate-id": (
        {"r.yaml": FOUR.replace("id: r2", "id: r0")},
        "r.yaml:13:9: rules[2].id: duplicate rule id 'r0' (first at rules[0])",
    ),
    "duplicate-id-across-files": (
        {"a.yaml": ruleset("bad"), "b.yaml": ruleset("grim")},
        "b.yaml:3:1: rule id 'pk.mine.r0' is also defined in",
    ),
    "bad-regex": (
        {"r.yaml": PATTERN.replace("terms: [bad]", "regex: ['said (unclosed']")},
        "r.yaml:6:13: rules[0].regex[0]: cannot compile 'said (unclosed': missing ) at position 14",
    ),
    "unknown-slot": (
        {"r.yaml": PATTERN.replace("terms: [bad]", "patterns: ['{nobody} said']")},
        "r.yaml:6:16: rules[0].patterns[0]: cannot compile '{nobody} said': unknown slot {nobody} (known slots:",
    ),
    "unknown-typed-slot": (
        {"r.yaml": PATTERN.replace("terms: [bad]", "patterns: ['{party} {verb:shouting} no']")},
        "rules[0].patterns[0]: cannot compile '{party} {verb:shouting} no': no verb of type 'shouting' is defined",
    ),
    "empty-terms": (
        {"r.yaml": FOUR.replace("terms: [dire]", "terms: []")},
        "r.yaml:16:12: rules[2].terms: must not be empty",
    ),
    "exploding-term-pattern": (
        {"r.yaml": FOUR.replace("terms: [dire]", "terms: ['a|b|c|d a|b|c|d a|b|c|d a|b|c|d a|b|c|d']")},
        "rules[2].terms[0]: term pattern 'a|b|c|d a|b|c|d a|b|c|d a|b|c|d a|b|c|d' spells more than 256 phrases",
    ),
    "missing-examples": (
        {"r.yaml": FOUR.replace("    examples: {match: [a grim day], no_match: [a calm day]}\n", "")},
        "r.yaml:8:5: rules[1]: 'examples' is required",
    ),
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", list(CASES))
def test_loader_reports_one_located_problem(tmp_path: Path, case: str) -> None:
    files, expected = CASES[case]
    folder = _write(tmp_path / "pk", files)
    # The default pack is loaded too, so {verb:...} slots see the shipped verbs.
    with pytest.raises(ProvenanceError) as caught:
        load_rulebook([default_pack(), Pack("pk", folder)])
    problems = [str(p).replace(str(folder) + "/", "") for p in caught.value.problems]
    assert len(problems) == 1, problems
    assert expected in problems[0]


@pytest.mark.parametrize("case", list(CASES))
def test_rules_validate_exits_2_with_one_line(tmp_path: Path, case: str) -> None:
    files, expected = CASES[case]
    folder = _write(tmp_path / "pk", files)
    result = runner.invoke(app, ["rules", "validate", str(folder)])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an exception
    lines = result.stderr.replace(str(folder) + "/", "").splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("provenance: ")
    assert expected in lines[0]
    assert "Traceback" not in result.output


def test_the_good_ruleset_is_valid(tmp_path: Path) -> None:
    folder = _write(tmp_path / "pk", {"r.yaml": FOUR})
    result = runner.invoke(app, ["rules", "validate", str(folder)])
    assert result.exit_code == 0, result.output
    assert len(load_rulebook([Pack("pk", folder)]).rules) == 4


def test_a_failing_example_is_one_located_line_in_rules_test(tmp_path: Path) -> None:
    wrong = FOUR.replace("match: [a dire day]", "match: [a fine day]")
    folder = _write(tmp_path / "pk", {"r.yaml": wrong})
    count, failures = check_examples(load_rulebook([Pack("pk", folder)]))
    assert count == 8
    assert [str(f).replace(str(folder) + "/", "") for f in failures] == [
        "r.yaml:13: pk.mine.r2: example did not match: 'a fine day'"
    ]
    result = runner.invoke(app, ["rules", "test", str(folder)])
    assert result.exit_code == 1
    out = result.stdout.replace(str(folder) + "/", "").splitlines()
    assert out == ["r.yaml:13: pk.mine.r2: example did not match: 'a fine day'", "7 passed, 1 failed"]


def test_a_no_match_example_that_matches_is_caught(tmp_path: Path) -> None:
    wrong = FOUR.replace("no_match: [a calm day]}\n  - id: r1", "no_match: [a bad mood]}\n  - id: r1")
    folder = _write(tmp_path / "pk", {"r.yaml": wrong})
    result = runner.invoke(app, ["rules", "test", str(folder)])
    assert result.exit_code == 1
    assert "r.yaml:3: pk.mine.r0: example matched: 'a bad mood'" in result.stdout
