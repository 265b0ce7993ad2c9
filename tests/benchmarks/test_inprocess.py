"""Tests for benchmarks/inprocess.py on articles written here (no corpus needed, no time asserted)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, SAMPLE


def _load() -> ModuleType:
    # benchmarks/ is not a package: the script imports shared_data from its own folder, as it does when run.
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("inprocess", ROOT / "benchmarks" / "inprocess.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


inprocess = _load()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks stall\n\nThe mayor said the bridge would reopen.\n", encoding="utf-8")
    return tmp_path


def test_transfer_reports_bytes_and_cpu_per_article(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert inprocess.main(["transfer", "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    found = re.search(r"^2 articles: pickled bytes per article mean ([\d,]+), median ([\d,]+)", out)
    assert found is not None, out
    mean, median = (int(group.replace(",", "")) for group in found.groups())
    assert mean == median > 0  # the median of two sizes is their mean
    assert re.search(r"^CPU ms per article \(best of 3\): dumps [\d.]+, loads [\d.]+$", out, re.MULTILINE)


def test_cpu_prints_one_line_per_run(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert inprocess.main(["cpu", "--corpus", str(corpus), "--repeat", "2"]) == 0
    assert capsys.readouterr().out.startswith("annotate, 2 articles in process: CPU s per pass ")


def test_an_absent_corpus_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert inprocess.main(["cpu", "--corpus", str(tmp_path / "none")]) == 0
    assert capsys.readouterr().out.startswith("skipped: ")
