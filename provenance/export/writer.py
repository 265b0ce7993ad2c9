"""Write export rows as Parquet: one file per table per batch, each appearing whole or not at all.

Layout: DIR/_schema.json and DIR/<table>/part-<batch>.parquet. A batch's seven files are first
written under hidden temporary names in their own folders (same file system, so the rename is
atomic), then renamed into place together; readers globbing `*.parquet` never see a partial file.
Appending: a new batch id adds parts beside the existing ones; a batch id that already exists is
overwritten, so re-running an interrupted export over the same inputs heals it instead of
duplicating rows. The writer refuses a dataset whose `_schema.json` has another major version.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from provenance.errors import Problem, ProvenanceError
from provenance.export.deps import require
from provenance.export.meta import Catalog, meta_for
from provenance.export.rows import TableRows, batch_rows
from provenance.export.schema import METADATA_KEY, SCHEMA_VERSION, TABLES, Table, schema_document
from provenance.model import Document

SCHEMA_FILE = "_schema.json"
_BATCH_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


@cache
def arrow_schema(table: Table) -> Any:
    """The pyarrow schema of a table, with the schema version in its metadata."""
    pa = require("pyarrow")
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    fields = [pa.field(c.name, types[c.type], nullable=c.nullable) for c in table.columns]
    return pa.schema(fields, metadata={METADATA_KEY: SCHEMA_VERSION.encode(), b"provenance.table": table.name.encode()})


def part_path(out_dir: Path, table: str, batch_id: str) -> Path:
    """Where one table's part of one batch lives."""
    return out_dir / table / f"part-{batch_id}.parquet"


def _atomic_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def prepare(out_dir: Path) -> None:
    """Create the dataset folder and its `_schema.json`; refuse one written with another major version."""
    require("pyarrow.parquet")  # a missing extra is reported before anything is created
    out_dir.mkdir(parents=True, exist_ok=True)
    schema_file = out_dir / SCHEMA_FILE
    if schema_file.exists():
        try:
            found = str(json.loads(schema_file.read_text(encoding="utf-8"))["schema_version"])
        except (ValueError, KeyError, TypeError):
            raise ProvenanceError(Problem(str(schema_file), "not a provenance export schema file")) from None
        if found.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            message = f"this dataset has schema version {found}; this export writes {SCHEMA_VERSION}: use a new folder"
            raise ProvenanceError(Problem(str(schema_file), message))
        if found == SCHEMA_VERSION:
            return
    _atomic_text(schema_file, json.dumps(schema_document(), indent=2) + "\n")


def write_rows(out_dir: Path, rows: TableRows, batch_id: str) -> None:
    """Write one batch's rows, one Parquet file per table (an empty table gets an empty file)."""
    if not _BATCH_ID.fullmatch(batch_id):
        raise ValueError(f"batch id {batch_id!r}: use letters, digits, '_', '.', '-' (not first), at most 100")
    pa = require("pyarrow")
    pq = require("pyarrow.parquet")
    staged: list[tuple[Path, Path]] = []
    try:
        for table in TABLES:
            final = part_path(out_dir, table.name, batch_id)
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp = final.with_name(f".{final.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
            staged.append((tmp, final))
            arrow = pa.Table.from_pylist(rows[table.name], schema=arrow_schema(table))
            pq.write_table(arrow, tmp, compression="zstd")
        # Every file is complete before the first appears, so a crash here leaves no partial file.
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def write_batch(docs: Iterable[Document], out_dir: Path, batch_id: str, catalog: Catalog | None = None) -> int:
    """Write annotated articles as one batch of the dataset in out_dir; returns how many were written."""
    prepare(out_dir)
    rows = batch_rows((doc, meta_for(doc.path, catalog)) for doc in docs)
    write_rows(out_dir, rows, batch_id)
    return len(rows["documents"])


def batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of `size` items (the last may be shorter), without reading ahead further."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Exporter:
    """Stream annotated articles into a dataset, a batch of N at a time, so memory stays bounded."""

    def __init__(self, out_dir: Path, run: str, batch_size: int = 100, catalog: Catalog | None = None) -> None:
        self.out_dir = out_dir
        self.run = run
        self.batch_size = batch_size
        self.catalog = catalog
        prepare(out_dir)

    def batch_id(self, index: int) -> str:
        """The id of this run's batch number `index`."""
        return f"{self.run}-{index:05d}"

    def write(self, docs: Iterable[Document]) -> int:
        """Write every article, in batches of batch_size; returns how many were written."""
        written = 0
        for index, chunk in enumerate(batches(docs, self.batch_size)):
            written += write_batch(chunk, self.out_dir, self.batch_id(index), self.catalog)
        return written
