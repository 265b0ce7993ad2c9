"""Read an exported dataset back for comparisons: every table as rows sorted by its key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from provenance.export.schema import TABLES


def read_table(out_dir: Path, name: str) -> list[dict[str, Any]]:
    """All rows of one table, across its parts, sorted by the table's key."""
    key = next(t.key for t in TABLES if t.name == name)
    rows: list[dict[str, Any]] = []
    for part in sorted((out_dir / name).glob("*.parquet")):
        rows.extend(pq.read_table(part).to_pylist())
    return sorted(rows, key=lambda row: tuple(row[k] for k in key))


def read_all(out_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table of a dataset, sorted by key."""
    return {t.name: read_table(out_dir, t.name) for t in TABLES}
