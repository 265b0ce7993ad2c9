"""benchmarks/eval_speakers.py: prints one `skipped:` line when the shared data is absent, figures when given gold."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.evaluation.speakers_fixtures import gold_line, gold_speaker, write_gold

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    # benchmarks/ is not a package: the script imports shared_data from its own folder, as it does when run.
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("eval_speakers", ROOT / "benchmarks" / "eval_speakers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load()


def test_absent_shared_folder_prints_one_skipped_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PROVENANCE_SHARED", str(tmp_path / "nowhere"))
    assert script.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("skipped:") and out.count("\n") == 1


def test_given_gold_prints_the_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Park opens\n\nMayor Janet Cole said the park would open in May.\n", "utf-8")
    gold = write_gold(tmp_path / "g.jsonl", [gold_line("a.txt", "Park opens", [gold_speaker("Janet Cole")])])
    assert script.main(["--gold", str(gold), "--root", str(tmp_path), "--show", "0"]) == 0
    out = capsys.readouterr().out
    assert "speakers: 1 articles" in out and "headline exact" in out
