"""`provenance rules list`, `rules show` and `explain` through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from provenance.ruleset.loader import load_rulebook
from provenance.ruleset.rules import TermsRule
from tests.conftest import ROOT

runner = CliRunner()

HOSTILE = """\
ruleset: style
rules:
  - id: house
    type: terms
    category: loaded-term
    severity: warning
    description: "Bold [red]claims[/red] and \\e[31mescapes\\e[0m stay inert."
    explanation: "Means [b]this[/b]."
    references: ["\\e]8;;https://evil.example\\e\\\\link"]
    terms:
      - {term: slam, inflect: verb, neutral: criticise, reason: "[blink]plain[/blink] verbs"}
    examples: {match: [They slammed it.], no_match: [They criticised it.]}
"""


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def test_list_shows_every_shipped_rule_with_size_and_source() -> None:
    result = runner.invoke(app, ["rules", "list"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line.strip().startswith("default.")}
    shipped = {rule.meta.id for rule in load_rulebook().rules}
    assert set(rows) == shipped
    assert rows["default.state-media.state-media"][1:6] == ["registry", "relay", "info", "1023", "outlets"]
    assert rows["default.loaded.delegitimizing"][1:4] == ["terms", "loaded-term", "warning"]
    lines = (ROOT / "rules" / "loaded.yaml").read_text(encoding="utf-8").splitlines()
    line = 1 + next(n for n, text in enumerate(lines) if text.strip() == "- id: delegitimizing")
    assert rows["default.loaded.delegitimizing"][-1].endswith(f"loaded.yaml:{line}")


def test_list_with_a_user_pack_only(tmp_path: Path) -> None:
    (tmp_path / "style.yaml").write_text(HOSTILE, encoding="utf-8")
    result = runner.invoke(app, ["rules", "list", "--rules", str(tmp_path), "--no-default-rules"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 rule ")
    # The pack is named after the folder, made id-safe.
    assert f"{tmp_path.name.replace('_', '-')}.style.house" in result.stdout
    assert "default." not in result.stdout


def test_show_by_unique_suffix_with_terms_and_examples() -> None:
    result = runner.invoke(app, ["rules", "show", "loaded.delegitimizing"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("default.loaded.delegitimizing\n")
    assert "Words that deny a party's legitimacy" in out
    assert "The regime shelled the town." in out
    rule = load_rulebook().rule("default.loaded.delegitimizing")
    assert isinstance(rule, TermsRule)
    assert f"Terms ({len(rule.entries)})" in out
    assert "regimes" in out  # the inflected form
    assert "government" in out  # a neutral alternative


def test_show_truncates_a_large_registry_unless_all() -> None:
    short = runner.invoke(app, ["rules", "show", "state-media.state-media"])
    assert short.exit_code == 0, short.output
    assert "Outlets (1023)" in short.stdout
    assert "… 998 more outlets; show them all with --all" in short.stdout
    full = runner.invoke(app, ["rules", "show", "state-media.state-media", "--all"])
    assert "more outlets" not in full.stdout
    assert len(full.stdout.splitlines()) > 1023


def test_explain_uses_the_rules_explanation_and_references() -> None:
    result = runner.invoke(app, ["explain", "default.loaded.labelling"])
    assert result.exit_code == 0, result.output
    assert "A label characterises people" in result.stdout
    assert "References" in result.stdout
    assert "bbc.co.uk/editorialguidelines" in result.stdout


def test_explain_accepts_the_last_part_of_an_id() -> None:
    result = runner.invoke(app, ["explain", "no-comment"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("default.missing-comment.no-comment\n")


@pytest.mark.parametrize(
    ("command", "query", "message"),
    [
        (
            ["explain"],
            "loaded.delegitimising",
            "no rule 'loaded.delegitimising'; did you mean default.loaded.delegitimizing?",
        ),
        (
            ["rules", "show"],
            "unattributed-hedges",
            "no rule 'unattributed-hedges'; did you mean default.hedges.unattributed-hedge?",
        ),
        (["explain"], "default.loaded", "rule id 'default.loaded' is ambiguous; did you mean default.loaded."),
        (["explain"], "zzzz", "no rule 'zzzz'; see `provenance rules list`"),
    ],
)
def test_unknown_or_ambiguous_ids_exit_2_with_suggestions(command: list[str], query: str, message: str) -> None:
    result = runner.invoke(app, [*command, query])
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_rule_text_cannot_drive_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "style.yaml").write_text(HOSTILE, encoding="utf-8")
    for args in (["rules", "list"], ["rules", "show", "style.house"], ["explain", "style.house"]):
        result = runner.invoke(app, [*args, "--rules", str(tmp_path)])
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout
    show = runner.invoke(app, ["rules", "show", "style.house", "--rules", str(tmp_path)]).stdout
    assert "Bold [red]claims[/red] and ␛[31mescapes␛[0m stay inert." in show
    assert "[blink]plain[/blink] verbs" in show
    explained = runner.invoke(app, ["explain", "style.house", "--rules", str(tmp_path)]).stdout
    assert "Means [b]this[/b]." in explained
    assert "␛]8;;https://evil.example␛\\link" in explained


def test_explain_without_an_explanation_falls_back_to_the_description(tmp_path: Path) -> None:
    (tmp_path / "style.yaml").write_text(
        HOSTILE.replace('    explanation: "Means [b]this[/b]."\n', ""), encoding="utf-8"
    )
    result = runner.invoke(app, ["explain", "style.house", "--rules", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "stay inert." in result.stdout
    assert "add `explanation:`" in result.stdout
