"""`provenance trace` and `provenance index`: the seed sample traced to a made-up Sputnik original."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from provenance.cli.main import app
from tests.conftest import ROOT, SAMPLE

runner = CliRunner()
ORIGINAL = ROOT / "tests" / "trace" / "fixtures" / "sputnik-original.txt"


def _changes(stdout: str) -> list[str]:
    (reuse,) = json.loads(stdout.splitlines()[0])["reuses"]
    return [c["rule"] for c in reuse["changes"]]


def test_trace_against_a_folder_finds_the_origin_and_what_changed(tmp_path: Path) -> None:
    sources = tmp_path / "wires"
    sources.mkdir()
    shutil.copy(ORIGINAL, sources / "sputnik.txt")
    (sources / "unrelated.txt").write_text("Council approves bridge repairs\n\nThe council voted 6-3.\n", "utf-8")
    result = runner.invoke(app, ["trace", str(SAMPLE), "--against", str(sources), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert _changes(result.stdout) == ["trace.headline-rewritten", "trace.loaded-added", "trace.origin-state-media"]


def test_an_index_is_built_added_to_and_traced_against(tmp_path: Path) -> None:
    index = tmp_path / "wires.index"
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text("Council approves bridge repairs\n\nThe council voted 6-3 on Thursday.\n", "utf-8")
    built = runner.invoke(app, ["index", "build", str(first), "-o", str(index)])
    assert built.exit_code == 0 and "1 added" in built.stderr, built.stderr
    added = runner.invoke(app, ["index", "add", str(index), str(ORIGINAL)])
    assert added.exit_code == 0 and "1 added" in added.stderr, added.stderr
    traced = runner.invoke(app, ["trace", str(SAMPLE), "--index", str(index), "-f", "json"])
    assert traced.exit_code == 0, traced.stderr
    assert "trace.loaded-added" in _changes(traced.stdout)


def test_fail_on_makes_a_change_fail_the_run() -> None:
    args = ["trace", str(SAMPLE), "--against", str(ORIGINAL), "-f", "json"]
    assert runner.invoke(app, [*args, "--fail-on", "warning"]).exit_code == 1
    assert runner.invoke(app, [*args, "--fail-on", "error"]).exit_code == 0


def test_a_missing_index_is_named(tmp_path: Path) -> None:
    result = runner.invoke(app, ["index", "add", str(tmp_path / "none.index"), str(ORIGINAL)])
    assert result.exit_code == 2 and "no such index" in result.stderr
