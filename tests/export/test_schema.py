from __future__ import annotations

from provenance.export.schema import SCHEMA_VERSION, TABLES, schema_document, table
from provenance.export.writer import arrow_schema


def test_every_table_has_unique_columns_and_a_non_null_key_that_starts_with_doc_id() -> None:
    for t in TABLES:
        assert len(set(t.names)) == len(t.names), t.name
        assert t.key[0] == "doc_id"
        columns = {c.name: c for c in t.columns}
        assert all(k in columns and not columns[k].nullable for k in t.key), t.name


def test_the_arrow_schema_carries_the_version_and_the_declared_types() -> None:
    schema = arrow_schema(table("documents"))
    assert schema.metadata[b"provenance.schema_version"] == SCHEMA_VERSION.encode()
    assert str(schema.field("date").type) == "date32[day]"
    assert not schema.field("doc_id").nullable and schema.field("headline").nullable
    assert [f.name for f in arrow_schema(table("findings"))] == list(table("findings").names)


def test_the_schema_document_lists_every_column_once() -> None:
    doc = schema_document()
    assert doc["schema_version"] == SCHEMA_VERSION
    assert list(doc["tables"]) == [t.name for t in TABLES]
    for t in TABLES:
        assert [c["name"] for c in doc["tables"][t.name]["columns"]] == list(t.names)
