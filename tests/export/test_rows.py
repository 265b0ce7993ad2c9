from __future__ import annotations

import pytest

from provenance import annotate
from provenance.export.meta import derive, doc_id
from provenance.export.rows import document_rows
from provenance.export.schema import TABLES
from provenance.model import Document
from tests.export.corpus import write_archive


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    paths = write_archive(tmp_path_factory.mktemp("rows"), per_outlet=1)
    return [annotate(p.read_text(encoding="utf-8"), None, str(p)) for p in paths]


def test_every_row_has_exactly_the_schema_columns(docs: list[Document]) -> None:
    for doc in docs:
        rows = document_rows(doc, derive(doc.path))
        for t in TABLES:
            for row in rows[t.name]:
                assert tuple(row) == t.names, t.name


def test_rows_count_the_document_and_join_on_doc_and_speaker(docs: list[Document]) -> None:
    for doc in docs:
        rows = document_rows(doc, derive(doc.path))
        [head] = rows["documents"]
        assert head["doc_id"] == doc_id(doc.path, doc.text)
        for name in ("attributions", "speakers", "findings", "relays", "missing_comments", "replies"):
            assert head[name] == len(rows[name]) == len(getattr(doc, name)), name
        speakers = {r["speaker_id"] for r in rows["speakers"]}
        assert {r["speaker_id"] for r in rows["attributions"]} - {None} <= speakers
        assert all(r["doc_id"] == head["doc_id"] for t in TABLES for r in rows[t.name])


def test_span_columns_are_code_point_offsets_into_the_text(docs: list[Document]) -> None:
    for doc in docs:
        rows = document_rows(doc, derive(doc.path))
        for finding in rows["findings"]:
            assert doc.text[finding["start"] : finding["end"]] == finding["text"]
        for attribution in rows["attributions"]:
            for prefix in ("cue_", "source_", "content_"):
                if attribution[prefix + "start"] is not None:
                    start, end = attribution[prefix + "start"], attribution[prefix + "end"]
                    assert doc.text[start:end] == attribution[prefix + "text"]


def test_the_made_up_ledger_relays_state_media_and_hides_its_sources(docs: list[Document]) -> None:
    ledger = next(d for d in docs if "ledger_" in (d.path or ""))
    rows = document_rows(ledger, derive(ledger.path))
    assert rows["documents"][0]["outlet"] == "ledger"
    assert rows["documents"][0]["anonymous_speakers"] > 0
    assert any(r["state_media"] for r in rows["relays"])
    assert all(r["state_media"] == (r["affiliation_typology"] not in (None, "wire")) for r in rows["relays"])
