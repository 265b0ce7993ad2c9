"""Shape checks on a parsed Markdown report, shared by the report tests and the hostile-input tests."""

from __future__ import annotations

from markdown_it.token import Token


def table_shapes(tokens: list[Token]) -> list[list[int]]:
    """For each table, the cell count of every row (header first)."""
    tables: list[list[int]] = []
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            tables[-1].append(0)
        elif token.type in ("th_open", "td_open"):
            tables[-1][-1] += 1
    return tables
