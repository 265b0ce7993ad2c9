"""`provenance report` end to end: bad files named and skipped, exit codes, atomic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app

runner = CliRunner()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text('"The regime fell," the mayor said.', encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return folder


def test_good_file_reported_bad_ones_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = runner.invoke(app, ["report", "-j1", str(folder), str(tmp_path / "missing.md")])
    assert result.exit_code == 0, result.output
    assert "binary.txt: looks like a binary file (NUL bytes), not text; skipped" in result.stderr
    assert "missing.md: no such file or folder" in result.stderr
    assert "1 articles reported, 2 files skipped" in result.stderr
    assert "| Articles | 1 (2 files skipped) |" in result.stdout
    assert "### 1. good.txt" in result.stdout
    assert "Traceback" not in result.output


def test_no_readable_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "no article could be read" in result.stderr


def test_output_file_is_written_whole_and_atomically(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("old report", encoding="utf-8")
    result = runner.invoke(app, ["report", "-j1", str(_folder(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Provenance report\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report.md")] == []  # no temp file left
    assert result.stdout == ""


def test_failed_write_keeps_the_old_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.md"
    out.write_text("old report", encoding="utf-8")

    def broken(*args: object) -> None:
        raise RuntimeError("renderer crashed half-way")

    monkeypatch.setattr("provenance.render.report.markdown.write", broken)
    result = runner.invoke(app, ["report", "-j1", str(_folder(tmp_path)), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report.md")] == []


def test_missing_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(_folder(tmp_path)), "-o", str(tmp_path / "nope" / "r.md")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_json_is_one_object_for_the_corpus(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "-j1", "--format", "json", str(_folder(tmp_path))])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["articles"] == 1 and data["summary"]["skipped"] == 1
    assert [d["path"] for d in data["documents"]] == [str(tmp_path / "articles" / "good.txt")]
    assert data["skipped"][0]["path"].endswith("binary.txt")


def test_markdown_input_is_read_as_markdown(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("Run `regime` now, the mayor said, citing https://regime.example.\n", encoding="utf-8")
    found = []
    for forced in ([], ["--input-format", "text"]):
        result = runner.invoke(app, ["report", "-j1", "-f", "json", *forced, str(article)])
        annotations = json.loads(result.stdout)["documents"][0]["annotations"]
        found.append([a["text"] for a in annotations if a["category"] == "loaded-term"])
    assert found == [[], ["regime", "regime"]]


def test_report_disable_leaves_the_rule_out_and_checks_the_prefix(tmp_path: Path) -> None:
    folder, with_rule, without = _folder(tmp_path), tmp_path / "with.md", tmp_path / "without.md"
    assert runner.invoke(app, ["report", "-j1", str(folder), "-o", str(with_rule)]).exit_code == 0
    result = runner.invoke(app, ["report", "-j1", "--disable", "default.loaded", str(folder), "-o", str(without)])
    assert result.exit_code == 0, result.output
    assert "| regime |" in with_rule.read_text(encoding="utf-8")
    assert "| regime |" not in without.read_text(encoding="utf-8")
    wrong = runner.invoke(app, ["report", "--disable", "default.lodaed", str(folder)])
    assert wrong.exit_code == 2 and "matches no rule id" in wrong.output
