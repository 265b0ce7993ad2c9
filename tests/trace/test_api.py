"""Tests for provenance/trace/api.py: the functions the CLI calls."""

from __future__ import annotations

from pathlib import Path

from provenance.trace.api import add_to_index, build_index, is_index_file, open_against, trace_findings, trace_sources
from provenance.trace.sources import SourceText

from .articles import ORIGIN, UNRELATED, republish


def _archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "origin.txt").write_text(ORIGIN, encoding="utf-8")
    return folder


def test_build_add_and_trace_through_an_index_file(tmp_path: Path) -> None:
    index_file = tmp_path / "archive.sqlite"
    stats = build_index([_archive(tmp_path)], index_file, outlet="Harbor Post")
    assert stats.added == 1 and is_index_file(index_file) and not is_index_file(tmp_path / "archive")
    more = tmp_path / "library.txt"
    more.write_text(UNRELATED, encoding="utf-8")
    assert add_to_index(index_file, [more]).added == 1
    with open_against([index_file]) as index:
        assert len(index) == 2
        [result] = trace_sources([SourceText("copy.txt", republish(credit=None))], index)
    assert result.reuses[0].origin.outlet == "Harbor Post"
    assert [f.rule for f in trace_findings(result)] == ["trace.credit-missing"]


def test_a_folder_is_indexed_in_memory(tmp_path: Path) -> None:
    with open_against([_archive(tmp_path)]) as index:
        [result] = trace_sources([SourceText("copy.txt", republish())], index)
    assert result.reuses[0].origin.path.endswith("origin.txt")
    assert result.reuses[0].origin.outlet == "Harbor Post"  # from the origin's own credit line
