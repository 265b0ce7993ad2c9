from __future__ import annotations

from pathlib import Path

from provenance import load_rulebook
from provenance.export import worker
from provenance.export.meta import DocMeta
from provenance.export.worker import annotate_path, export_texts, rulebook
from provenance.ruleset.rulebook import Rulebook
from tests.export.corpus import write_archive
from tests.export.tables import read_table

_CALLS: list[int] = []


def _counting_loader() -> Rulebook:
    _CALLS.append(1)
    return load_rulebook()


def test_the_rules_are_built_once_per_process_per_loader() -> None:
    before = worker.loads()
    first = rulebook(_counting_loader)
    assert rulebook(_counting_loader) is first
    assert len(_CALLS) == 1 and worker.loads() == before + 1


def test_files_are_read_as_every_command_reads_them(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_bytes(b"\xef\xbb\xbfThe mayor said the bridge would reopen.\r\n")
    outcome = annotate_path(str(clean), DocMeta())
    assert outcome.rows is not None and not outcome.problems
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01binary")
    assert [p.message for p in annotate_path(str(binary), DocMeta()).problems] == [
        "looks like a binary file (NUL bytes), not text; skipped"
    ]


def test_an_unreadable_file_becomes_a_problem_not_an_exception(tmp_path: Path) -> None:
    missing = annotate_path(str(tmp_path / "gone.txt"), DocMeta())
    assert missing.rows is None and "no such file" in missing.problems[0].message
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    assert "limit" in annotate_path(str(big), DocMeta(), max_bytes=10).problems[0].message


def test_texts_read_by_another_engine_become_a_batch_named_by_their_paths(tmp_path: Path) -> None:
    paths = write_archive(tmp_path / "in", per_outlet=1)
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    out = tmp_path / "out"
    first = export_texts(texts, out)
    again = export_texts(texts, out)  # a retried task overwrites its own parts
    assert first.batch_id == again.batch_id and first.documents == len(paths)
    assert len(read_table(out, "documents")) == len(paths)
    assert export_texts(texts[:1], out).batch_id != first.batch_id
