from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from provenance import annotate
from provenance.errors import ProvenanceError
from provenance.export import writer
from provenance.export.meta import DocMeta
from provenance.export.schema import SCHEMA_VERSION, TABLES
from provenance.export.writer import SCHEMA_FILE, Exporter, part_path, prepare, write_batch
from provenance.model import Document
from tests.export.corpus import write_archive
from tests.export.tables import read_table


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    paths = write_archive(tmp_path_factory.mktemp("writer"), per_outlet=2)
    return [annotate(p.read_text(encoding="utf-8"), None, str(p)) for p in paths]


def _files(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())


def test_a_batch_writes_one_part_per_table_and_the_schema_file(docs: list[Document], tmp_path: Path) -> None:
    assert write_batch(docs, tmp_path, "b1") == len(docs)
    assert _files(tmp_path) == sorted([SCHEMA_FILE, *(f"{t.name}/part-b1.parquet" for t in TABLES)])
    assert json.loads((tmp_path / SCHEMA_FILE).read_text())["schema_version"] == SCHEMA_VERSION
    metadata = pq.read_schema(part_path(tmp_path, "findings", "b1")).metadata
    assert metadata[b"provenance.schema_version"] == SCHEMA_VERSION.encode()
    documents = read_table(tmp_path, "documents")
    assert sorted(d["path"] for d in documents) == sorted(d.path or "" for d in docs)
    assert sum(d["findings"] for d in documents) == len(read_table(tmp_path, "findings"))


def test_a_table_without_rows_still_gets_a_readable_empty_part(docs: list[Document], tmp_path: Path) -> None:
    courier = [d for d in docs if "courier_" in (d.path or "")]
    write_batch(courier, tmp_path, "c")
    assert not any(d.missing_comments for d in courier)
    assert pq.read_table(part_path(tmp_path, "missing_comments", "c")).num_rows == 0


def test_a_new_batch_id_appends_and_a_same_one_overwrites(docs: list[Document], tmp_path: Path) -> None:
    write_batch(docs[:2], tmp_path, "one")
    write_batch(docs[2:], tmp_path, "two")
    assert len(read_table(tmp_path, "documents")) == len(docs)
    write_batch(docs[2:], tmp_path, "two")
    assert len(read_table(tmp_path, "documents")) == len(docs)
    write_batch(docs[:1], tmp_path, "one")
    assert len(read_table(tmp_path, "documents")) == len(docs) - 1


def test_a_failed_batch_leaves_no_file_not_even_a_temporary_one(
    docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_batch(docs[:1], tmp_path, "good")
    before = _files(tmp_path)
    real = pq.write_table
    calls: list[int] = []

    def failing(table: Any, where: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 4:
            raise OSError("disk full")
        real(table, where, **kwargs)

    monkeypatch.setattr(pq, "write_table", failing)
    with pytest.raises(OSError, match="disk full"):
        write_batch(docs, tmp_path, "bad")
    assert _files(tmp_path) == before


def test_a_dataset_of_another_major_version_is_refused(tmp_path: Path) -> None:
    (tmp_path / SCHEMA_FILE).write_text(json.dumps({"schema_version": "0.9"}))
    with pytest.raises(ProvenanceError, match=r"0\.9"):
        prepare(tmp_path)
    (tmp_path / SCHEMA_FILE).write_text("not json")
    with pytest.raises(ProvenanceError, match="schema file"):
        prepare(tmp_path)


def test_a_batch_id_that_could_escape_the_folder_is_refused(docs: list[Document], tmp_path: Path) -> None:
    for bad in ("../x", ".hidden", "", "a/b"):
        with pytest.raises(ValueError):
            write_batch(docs[:1], tmp_path, bad)


def test_the_exporter_streams_a_batch_at_a_time(
    docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pulled: list[int] = []
    seen_at_write: list[int] = []

    def stream() -> Iterator[Document]:
        for doc in docs:
            pulled.append(1)
            yield doc

    real = writer.write_rows

    def spy(out_dir: Path, rows: Any, batch_id: str) -> None:
        seen_at_write.append(len(pulled))
        real(out_dir, rows, batch_id)

    monkeypatch.setattr(writer, "write_rows", spy)
    exporter = Exporter(tmp_path, run="s", batch_size=4, catalog={docs[0].path or "": DocMeta(outlet="Renamed")})
    assert exporter.write(stream()) == len(docs)
    # Each batch is written before the next article is read: never more than one batch in memory.
    assert seen_at_write == [min(4 * (i + 1), len(docs)) for i in range(len(seen_at_write))]
    assert len(list((tmp_path / "documents").glob("part-s-*.parquet"))) == -(-len(docs) // 4)
    assert "Renamed" in {d["outlet"] for d in read_table(tmp_path, "documents")}
