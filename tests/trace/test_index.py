"""Tests for provenance/trace/index.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.trace.furniture import line_keys
from provenance.trace.index import TraceIndex
from provenance.trace.sources import SourceText

from .articles import ORIGIN, UNRELATED, republish


def _index(tmp_path: Path) -> Path:
    path = tmp_path / "i.sqlite"
    with TraceIndex.create(path) as index:
        stats = index.add([SourceText("origin.txt", ORIGIN, "Harbor Post"), SourceText("library.txt", UNRELATED)])
    assert (stats.added, stats.replaced, stats.unchanged) == (2, 0, 0)
    return path


def test_stored_texts_come_back_whole(tmp_path: Path) -> None:
    with TraceIndex.open(_index(tmp_path)) as index:
        assert len(index) == 2
        stored = index.get(index.ids()[0])
    assert (stored.path, stored.text, stored.outlet) == ("origin.txt", ORIGIN, "Harbor Post")
    assert stored.headline == "City council approves new harbor budget after long debate"


def test_a_republication_finds_its_origin_first(tmp_path: Path) -> None:
    copy = republish(headline="Harbor budget passes", drop=("Work on the channel",))
    with TraceIndex.open(_index(tmp_path)) as index:
        found = index.candidates(copy)
        origin_id = index.ids()[0]
    assert found and found[0].id == origin_id
    assert found[0].containment > 0.6 and found[0].bands > 0
    assert all(c.id != origin_id or c is found[0] for c in found)


def test_lookup_uses_the_band_index_not_a_scan(tmp_path: Path) -> None:
    path = _index(tmp_path)
    db = sqlite3.connect(path)
    plan = " ".join(str(row) for row in db.execute("EXPLAIN QUERY PLAN SELECT doc FROM bands WHERE key IN (1, 2, 3)"))
    db.close()
    assert "SEARCH" in plan and "SCAN" not in plan


def test_adding_again_keeps_one_copy_and_replaces_changed_text(tmp_path: Path) -> None:
    path = _index(tmp_path)
    with TraceIndex.open(path) as index:
        again = index.add([SourceText("origin.txt", ORIGIN), SourceText("library.txt", UNRELATED + "\nMore.\n")])
        assert (again.added, again.replaced, again.unchanged) == (0, 1, 1)
        assert len(index) == 2
        assert any(index.get(i).text.endswith("More.\n") for i in index.ids())


def test_the_same_text_under_another_name_is_a_copy_not_the_article_itself(tmp_path: Path) -> None:
    with TraceIndex.open(_index(tmp_path)) as index:
        assert index.find(ORIGIN, "origin.txt") == index.ids()[:1]
        assert index.find(ORIGIN, "elsewhere/copy.txt") == []
        assert index.find(ORIGIN, None) == []


def test_other_files_are_refused_with_a_problem(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(ProvenanceError, match="not a trace index"):
        TraceIndex.open(text)
    with pytest.raises(ProvenanceError, match="no such index"):
        TraceIndex.open(tmp_path / "missing.sqlite")


def test_an_index_built_with_other_parameters_is_refused(tmp_path: Path) -> None:
    path = _index(tmp_path)
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '64' WHERE key = 'num_perm'")
    db.commit()
    db.close()
    with pytest.raises(ProvenanceError, match="rebuild it"):
        TraceIndex.open(path)


def test_undecodable_names_and_text_are_stored_and_found(tmp_path: Path) -> None:
    with TraceIndex.create(tmp_path / "i.sqlite") as index:
        index.add([SourceText("bad\udcffname.txt", "Bad \udcff headline\n\n" + ORIGIN), SourceText("empty.txt", "")])
        assert len(index) == 2
        [doc_id] = index.find("Bad \udcff headline\n\n" + ORIGIN, "bad\udcffname.txt")
        stored = index.get(doc_id)
    assert stored.text.startswith("Bad \udcff headline")  # the text itself round-trips exactly
    assert stored.headline.startswith("Bad \ufffd") and stored.headline.endswith(" headline")


def _counts(index: TraceIndex, text: str) -> list[int]:
    return sorted(index.line_counts(line_keys(text)).values())


def test_line_counts_follow_adds_and_replacements(tmp_path: Path) -> None:
    note = "Editor's note: this story was updated with the council's vote."
    path = tmp_path / "i.sqlite"
    with TraceIndex.create(path) as index:
        index.add([SourceText("a.txt", ORIGIN + note), SourceText("b.txt", UNRELATED + note)])
        assert index.line_counts(line_keys(note)) == {line_keys(note).pop(): 2}
        # Replaced in the same add as it was stored, and in a later one: the old text's lines are uncounted.
        index.add([SourceText("c.txt", note), SourceText("c.txt", "Nothing to see in this one here.")])
    with TraceIndex.open(path) as index:
        assert list(index.line_counts(line_keys(note)).values()) == [2]
        index.add([SourceText("b.txt", UNRELATED)])
        assert list(index.line_counts(line_keys(note)).values()) == [1]
        assert _counts(index, UNRELATED) == [1] * len(line_keys(UNRELATED))
        assert index.line_counts([12345]) == {}


def test_an_index_of_the_first_format_is_refused(tmp_path: Path) -> None:
    path = _index(tmp_path)
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = 'provenance-trace-index/1' WHERE key = 'format'")
    db.commit()
    db.close()
    with pytest.raises(ProvenanceError, match="rebuild it"):
        TraceIndex.open(path)
