"""Tests for provenance/trace/sources.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.trace.sources import headline_of, read_plain, read_sources, source_files


def test_folders_give_their_text_files_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("B", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>C</p>", encoding="utf-8")
    names = [p.name for p in source_files([tmp_path])]
    assert names == ["a.txt", "b.md", "c.html"]


def test_missing_paths_are_reported_together(tmp_path: Path) -> None:
    with pytest.raises(ProvenanceError) as caught:
        list(source_files([tmp_path / "nope", tmp_path / "gone.txt"]))
    assert len(caught.value.problems) == 2


def test_read_plain_drops_a_bom_and_replaces_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\n\nBody \xff text")
    assert read_plain(path) == "Headline\n\nBody \ufffd text"


def test_read_sources_credits_the_outlet_given(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nBody", encoding="utf-8")
    [source] = read_sources([tmp_path], outlet="Harbor Post")
    assert source.outlet == "Harbor Post" and source.text.startswith("Headline")


def test_headline_is_the_first_non_blank_line() -> None:
    assert headline_of("\n\n  Title here  \n\nBody") == "Title here"
    assert headline_of("") == ""
