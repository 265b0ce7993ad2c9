"""The table reference of docs/analysis.md, generated from the schema so the two cannot drift apart."""

from __future__ import annotations

import sys
from pathlib import Path

from provenance.export.schema import SCHEMA_VERSION, TABLES

BEGIN = "<!-- tables: generated from provenance/export/schema.py; run `python -m provenance.export.reference FILE` -->"
END = "<!-- end of tables -->"


def tables_markdown() -> str:
    """Markdown between the markers: for each table its row, key and columns (type, null or not, meaning)."""
    lines = [BEGIN, "", f"Schema version **{SCHEMA_VERSION}**.", ""]
    for table in TABLES:
        key = ", ".join(f"`{k}`" for k in table.key)
        lines += [f"### `{table.name}`", "", f"One row per {table.row}. Key: {key}.", ""]
        lines += ["| column | type | null | meaning |", "| --- | --- | --- | --- |"]
        lines += [f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.doc} |" for c in table.columns]
        lines.append("")
    lines.append(END)
    return "\n".join(lines)


def updated(document: str) -> str:
    """The document with the text between its table markers regenerated."""
    head, begin, rest = document.partition(BEGIN.split(";")[0])
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise ValueError("the document has no table markers")
    return head + tables_markdown() + tail


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.write_text(updated(target.read_text(encoding="utf-8")), encoding="utf-8")
