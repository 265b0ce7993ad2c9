"""One annotate path: `annotate` and `check` report the same findings for the same file, whatever its markup."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from tests.conftest import ROOT, SAMPLE

runner = CliRunner()
FILES = {
    "text": SAMPLE,
    "markdown": ROOT / "tests" / "fixtures" / "article.md",
    "html": ROOT / "tests" / "fixtures" / "article.html",
}


def _annotate_findings(path: Path) -> list[tuple[str, int, int]]:
    result = runner.invoke(app, ["annotate", "--format", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    return sorted((f["rule"], f["start"], f["end"]) for f in json.loads(result.stdout)["annotations"])


def _check_findings(path: Path) -> list[tuple[str, int, int]]:
    result = runner.invoke(
        app, ["check", "--jobs", "1", "--format", "json", "--show", "info", str(path)], env={"GITHUB_ACTIONS": None}
    )
    assert result.exit_code in (0, 1), result.stderr
    (checked,) = json.loads(result.stdout)["files"]
    return sorted((f["rule"], f["start"], f["end"]) for f in checked["findings"])


@pytest.mark.parametrize("kind", FILES)
def test_annotate_and_check_report_the_same_findings(kind: str, tmp_path: Path) -> None:
    # Copied into an empty folder so no project config changes what `check` keeps.
    path = tmp_path / FILES[kind].name
    shutil.copy(FILES[kind], path)
    from_annotate = _annotate_findings(path)
    assert from_annotate, "the fixture should give findings"
    assert _check_findings(path) == from_annotate


def test_markup_is_masked_in_annotate_too() -> None:
    found = _annotate_findings(FILES["html"])
    text = FILES["html"].read_text(encoding="utf-8")
    hits = [text[start:end] for rule, start, end in found if rule.startswith("default.loaded")]
    # "regime" appears in the title, a style, a script, a comment, code and an attribute: only prose counts.
    assert hits.count("regime") == 2, hits
    head = runner.invoke(app, ["annotate", "--format", "json", str(FILES["html"])]).stdout
    assert json.loads(head)["headline"]["text"].startswith("Mayor slams")
