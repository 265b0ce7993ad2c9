"""One article's rows for every export table: plain Python values, no pyarrow, cheap to pickle."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from provenance.export.meta import DocMeta, doc_id
from provenance.export.schema import TABLES
from provenance.model import Affiliation, Document, Span, SpeakerKind

Row = dict[str, Any]
# table name -> rows, in the order of schema.TABLES
TableRows = dict[str, list[Row]]

TERM_CATEGORIES = ("loaded-term", "hedge")
# The wires registry marks news agencies with this typology; every other registry entry is state media.
NEWS_AGENCY = "wire"


def empty() -> TableRows:
    """No rows yet, one list per table."""
    return {t.name: [] for t in TABLES}


def extend(into: TableRows, more: TableRows) -> None:
    """Append one article's (or batch's) rows to another's."""
    for name, rows in more.items():
        into[name].extend(rows)


def _span(prefix: str, span: Span | None) -> Row:
    if span is None:
        return {f"{prefix}start": None, f"{prefix}end": None, f"{prefix}text": None}
    return {f"{prefix}start": span.start, f"{prefix}end": span.end, f"{prefix}text": span.text}


def _affiliation(found: Affiliation | None) -> Row:
    if found is None:
        return {
            "affiliation_name": None,
            "affiliation_country": None,
            "affiliation_typology": None,
            "affiliation_label": None,
            "affiliation_registry": None,
            "state_media": False,
        }
    return {
        "affiliation_name": found.name,
        "affiliation_country": found.country,
        "affiliation_typology": found.typology,
        "affiliation_label": found.label,
        "affiliation_registry": found.registry,
        "state_media": found.typology != NEWS_AGENCY,
    }


def _document(doc: Document, key: str, meta: DocMeta) -> Row:
    seg = doc.segmentation
    figures = doc.readability
    headline = seg.headline.text.strip() if seg.headline is not None else None
    return {
        "doc_id": key,
        "path": doc.path,
        "url": meta.url,
        "outlet": meta.outlet,
        "date": meta.date,
        "headline": headline or None,
        "characters": len(doc.text),
        "words": figures.words if figures else len(doc.text.split()),
        "sentences": len(seg.sentences),
        "paragraphs": len(seg.paragraphs),
        "quotations": len(seg.quotations),
        "syllables": figures.syllables if figures else None,
        "flesch_reading_ease": figures.flesch_reading_ease if figures else None,
        "flesch_kincaid_grade": figures.flesch_kincaid_grade if figures else None,
        "gunning_fog": figures.gunning_fog if figures else None,
        "reading_minutes": figures.reading_minutes if figures else None,
        "attributions": len(doc.attributions),
        "speakers": len(doc.speakers),
        "anonymous_speakers": sum(1 for s in doc.speakers if s.anonymous or s.kind is SpeakerKind.ANONYMOUS),
        "findings": len(doc.findings),
        "loaded_terms": sum(1 for f in doc.findings if f.category in TERM_CATEGORIES),
        "relays": len(doc.relays),
        "missing_comments": len(doc.missing_comments),
        "replies": len(doc.replies),
        "warnings": len(doc.warnings),
    }


def document_rows(doc: Document, meta: DocMeta) -> TableRows:
    """Every table's rows for one annotated article."""
    key = doc_id(doc.path, doc.text)
    rows = empty()
    rows["documents"].append(_document(doc, key, meta))
    rows["attributions"] = [
        {
            "doc_id": key,
            "attribution": i,
            "kind": a.kind.value,
            "rule": a.rule,
            "speaker_id": a.speaker,
            **_span("cue_", a.cue),
            **_span("source_", a.source),
            **_span("content_", a.content),
        }
        for i, a in enumerate(doc.attributions)
    ]
    rows["speakers"] = [
        {
            "doc_id": key,
            "speaker_id": s.id,
            "name": s.name,
            "kind": s.kind.value,
            "role": s.role,
            "organization": s.organization,
            "anonymous": s.anonymous or s.kind is SpeakerKind.ANONYMOUS,
            "mentions": len(s.mentions),
            **_affiliation(s.affiliation),
        }
        for s in doc.speakers
    ]
    rows["findings"] = [
        {
            "doc_id": key,
            "finding": i,
            "rule": f.rule,
            "category": f.category,
            "severity": f.severity.value,
            "voice": f.voice.value,
            "speaker_id": f.speaker,
            "label": f.label,
            "suggestion": f.suggestion,
            **_span("", f.span),
            "message": f.message,
        }
        for i, f in enumerate(doc.findings)
    ]
    rows["relays"] = [
        {
            "doc_id": key,
            "relay": i,
            "outlet": r.outlet,
            "rule": r.rule,
            **_span("", r.span),
            **_affiliation(r.affiliation),
        }
        for i, r in enumerate(doc.relays)
    ]
    rows["missing_comments"] = [
        {"doc_id": key, "note": i, "rule": m.rule, **_span("", m.span), **_span("party_", m.party)}
        for i, m in enumerate(doc.missing_comments)
    ]
    rows["replies"] = [
        {
            "doc_id": key,
            "reply": i,
            "party": r.party,
            "status": r.status.value,
            "rule": r.rule,
            "speaker_id": r.speaker,
            "accuser_id": r.accuser,
            **_span("party_", r.party_span),
            **_span("accusation_", r.accusation),
            **_span("note_", r.note.span if r.note is not None else None),
        }
        for i, r in enumerate(doc.replies)
    ]
    return rows


def batch_rows(docs: Iterable[tuple[Document, DocMeta]]) -> TableRows:
    """The rows of several articles, in the order given."""
    rows = empty()
    for doc, meta in docs:
        extend(rows, document_rows(doc, meta))
    return rows
