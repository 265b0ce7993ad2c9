"""Issue 18, finding 2: a gate the article's author cannot switch off, and every suppression listed in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app

runner = CliRunner()
NO_CI = {"GITHUB_ACTIONS": None}
BODY = (
    "Regime forces slammed protesters\n\n"
    "The regime slammed the protesters, calling them terrorists. Officials said the crackdown was necessary.\n"
)
POLICY = "fail_on: warning\nmin_distinct_sources: 3\nmax_narrator_loaded_terms: 0\n"


def _check(folder: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", "-j1", *args, str(folder / "a.md")], env=NO_CI)
    return result.exit_code, result.stdout


def _project(tmp_path: Path, first_line: str, config: str = POLICY) -> Path:
    (tmp_path / ".provenance.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "a.md").write_text(first_line + "\n" + BODY, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "first_line",
    [
        "<!-- provenance: off -->",
        "<!-- provenance: off -- approved by the desk -->",
        "<!-- provenance: ignore default -- approved -->",
        "`<!-- provenance: off -- x -->`",
    ],
    ids=["off", "off-with-reason", "ignore-with-reason", "in-a-code-span"],
)
def test_one_comment_does_not_switch_the_gate_off(tmp_path: Path, first_line: str) -> None:
    code, out = _check(_project(tmp_path, first_line), "--format", "json")
    report = json.loads(out)
    assert code == 1, out
    rules = {f["rule"] for f in report["files"][0]["findings"]}
    assert "check.narrator-loaded-terms" in rules  # project policy is never suppressible from the article


@pytest.mark.parametrize("how", ["--no-inline-config", "inline: false"])
def test_the_project_can_ignore_every_directive(tmp_path: Path, how: str) -> None:
    config = POLICY + ("inline: false\n" if how == "inline: false" else "")
    folder = _project(tmp_path, "<!-- provenance: off -- approved by the desk -->", config)
    args = ["--format", "json"] + ([how] if how.startswith("--") else [])
    code, out = _check(folder, *args)
    report = json.loads(out)
    assert code == 1, out
    assert report["suppressed"] == 0 and report["files"][0]["suppressions"] == []
    loaded = [f for f in report["files"][0]["findings"] if f["category"] == "loaded-term"]
    assert len(loaded) >= 4, loaded  # Regime, slammed (headline), regime, slammed: none silenced


SUPPRESSING = "<!-- provenance: ignore default.loaded -- the desk approved “regime” -->"


@pytest.mark.parametrize("fmt", ["human", "json", "sarif", "github"])
def test_every_suppression_is_listed_with_its_line_and_reason(tmp_path: Path, fmt: str) -> None:
    body = "Council row\n\n" + SUPPRESSING + "\nThe regime slammed the plan.\n"
    (tmp_path / "a.md").write_text(body, encoding="utf-8")
    _, out = _check(tmp_path, "--format", fmt)
    reason = "the desk approved “regime”"
    if fmt == "human":
        assert f"a.md:4:5 suppressed default.loaded.delegitimizing “regime” by the directive on line 3: {reason}" in out
    elif fmt == "json":
        (item, *_) = json.loads(out)["files"][0]["suppressions"]
        assert (item["rule"], item["line"], item["directive_line"], item["reason"]) == (
            "default.loaded.delegitimizing",
            4,
            3,
            reason,
        )
    elif fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        suppressed = [r for r in results if r.get("suppressions")]
        assert suppressed and suppressed[0]["suppressions"][0]["justification"] == reason
        assert suppressed[0]["suppressions"][0]["location"]["physicalLocation"]["region"]["startLine"] == 3
    else:
        assert "title=suppressed default.loaded.delegitimizing::suppressed by the directive on line 3: " in out
        assert reason in out


INVISIBLE = "\u200b\u202e\u2066\u00ad\u2060"


@pytest.mark.parametrize("fmt", ["human", "json", "sarif", "github"])
def test_check_shows_invisible_characters_in_every_format(tmp_path: Path, fmt: str) -> None:
    # Issue 18, findings 3 and 6: a zero-width space in a flagged word, a bidi override in the sentence.
    (tmp_path / "a.txt").write_text("Council row\n\nThe re\u200bgime \u202eslammed\u202c the plan.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "-j1", "--show", "info", "--format", fmt, str(tmp_path / "a.txt")], env=NO_CI)
    assert not set(result.stdout) & set(INVISIBLE + "\u202c"), fmt
    if fmt in ("json", "sarif"):
        assert "\\u200b" in result.stdout  # escaped, and json.loads gives the text back as read
        assert "re\u200bgime" in json.dumps(json.loads(result.stdout), ensure_ascii=False)
    else:
        assert "re<U+200B>gime" in result.stdout


def test_report_shows_invisible_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Council row\n\nThe re\u200bgime slammed the plan.\n", encoding="utf-8")
    result = runner.invoke(app, ["report", "-j1", "--no-progress", str(tmp_path / "a.txt")])
    assert "U+200B" in result.stdout and "\u200b" not in result.stdout
