"""Rule safety: a user's catastrophic regular expression cannot hang the tool."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from provenance.core.pipeline import annotate_text
from provenance.core.stages import patterns
from provenance.ruleset.loader import Pack, default_pack, load_rulebook

runner = CliRunner()

PACK = """\
ruleset: slow
rules:
  - id: {id}
    type: pattern
    category: missing-comment
    regex:
      - "{regex}"
    examples:
      match: ["{match}"]
      no_match: ["nothing here"]
"""


def _pack(folder: Path, rule_id: str, regex: str, match: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{rule_id}.yaml").write_text(PACK.format(id=rule_id, regex=regex, match=match), encoding="utf-8")
    return folder


def test_issue_example_nested_quantifier_finishes_quickly(tmp_path: Path) -> None:
    # `(a+)+$` backtracks exponentially in Python's `re` on this text; the `regex` engine rejects it early.
    book = load_rulebook([Pack("user", _pack(tmp_path / "user", "nested", "{party} (a+)+$", "Officials aaa"))])
    started = time.monotonic()
    doc = annotate_text("Officials " + "a" * 40 + "b", book)
    assert time.monotonic() - started < 5
    assert doc.warnings == ()


def test_pattern_that_would_run_forever_is_stopped_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `(a|aa)+$` defeats the regex engine's own safeguards: only the time budget stops it.
    monkeypatch.setattr(patterns, "DOCUMENT_SECONDS", 0.3)
    folder = _pack(tmp_path / "user", "alternation", "(a|aa)+$", "aa")
    text = tmp_path / "article.txt"
    text.write_text("The mayor said the bridge would reopen.\n\n" + "a" * 60 + "b\n", encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(app, ["annotate", "-f", "json", "--no-default-rules", "--rules", str(folder), str(text)])
    assert time.monotonic() - started < 10
    assert result.exit_code == 0, result.output
    assert f"{text}: rule user.slow.alternation: its regular expression ran over 0.3s" in result.stderr
    doc = json.loads(result.stdout)
    assert any("user.slow.alternation" in w for w in doc["warnings"])


def test_budget_is_per_rule_so_other_rules_still_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "DOCUMENT_SECONDS", 0.3)
    _pack(tmp_path / "user", "alternation", "(a|aa)+$", "aa")
    book = load_rulebook([default_pack(), Pack("user", tmp_path / "user")])
    doc = annotate_text("a" * 60 + "b\n\nOfficials did not respond to a request for comment.", book)
    assert [w.split(":")[0] for w in doc.warnings] == ["rule user.slow.alternation"]
    assert [m.rule for m in doc.missing_comments] == ["default.missing-comment.no-comment"]


def test_regex_that_does_not_compile_is_located(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "user", "broken", "(unclosed", "x")
    result = runner.invoke(app, ["annotate", "--rules", str(folder), str(tmp_path)])
    assert result.exit_code == 2
    assert "broken.yaml:7:9: rules[0].regex[0]: cannot compile '(unclosed'" in result.stderr


@pytest.mark.parametrize("command", ["report", "check"])
def test_batch_commands_name_the_stopped_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.setattr(patterns, "DOCUMENT_SECONDS", 0.3)
    folder = _pack(tmp_path / "user", "alternation", "(a|aa)+$", "aa")
    text = tmp_path / "article.txt"
    text.write_text("The mayor said the bridge would reopen.\n\n" + "a" * 60 + "b\n", encoding="utf-8")
    result = runner.invoke(app, [command, "-j1", "--no-default-rules", "--rules", str(folder), str(text)])
    assert f"{text}: rule user.slow.alternation: its regular expression ran over 0.3s" in result.output
    assert result.exit_code == 0, result.output  # a warning, not an unusable input
