"""The JSON contract: one object per document (JSON Lines for several), versioned."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from provenance.model import Affiliation, Document, Span
from provenance.render.options import RenderOptions

SCHEMA_VERSION = "1.2"


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _affiliation(a: Affiliation | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"name": a.name, "country": a.country, "typology": a.typology, "label": a.label, "registry": a.registry}


def _page(doc: Document) -> dict[str, Any]:
    """A web page's metadata and, for a fetched URL, the page as read (offsets index it)."""
    page = doc.page
    if page is None:
        return {}
    out: dict[str, Any] = {
        "page": {
            "title": page.title,
            "site_name": page.site_name,
            "author": page.author,
            "date": page.date,
            "url": page.url,
            "affiliation": _affiliation(page.affiliation),
        }
    }
    if doc.path is not None and doc.path.lower().startswith(("http://", "https://")):
        out["text"] = doc.text
    return out


def document_dict(doc: Document) -> dict[str, Any]:
    """The JSON-ready dict for one document (see docs/json.md)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "path": doc.path,
        "headline": _span(doc.segmentation.headline),
        "annotations": [
            {
                "rule": f.rule,
                "category": f.category,
                "label": f.label,
                "severity": f.severity.value,
                "start": f.span.start,
                "end": f.span.end,
                "text": f.span.text,
                "message": f.message,
                "voice": f.voice.value,
                "speaker": f.speaker,
                "suggestion": f.suggestion,
            }
            for f in doc.findings
        ],
        "attributions": [
            {
                "speaker": a.speaker,
                "kind": a.kind.value,
                "rule": a.rule,
                "cue": _span(a.cue),
                "source": _span(a.source),
                "content": _span(a.content),
            }
            for a in doc.attributions
        ],
        "speakers": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "role": s.role,
                "organization": s.organization,
                "affiliation": _affiliation(s.affiliation),
                "anonymous": s.anonymous,
                "mentions": [_span(m) for m in s.mentions],
            }
            for s in doc.speakers
        ],
        "relays": [
            {
                "outlet": r.outlet,
                "start": r.span.start,
                "end": r.span.end,
                "text": r.span.text,
                "rule": r.rule,
                "affiliation": _affiliation(r.affiliation),
                "scope": r.scope,
            }
            for r in doc.relays
        ],
        "missing_comments": [
            {"start": m.span.start, "end": m.span.end, "text": m.span.text, "party": _span(m.party), "rule": m.rule}
            for m in doc.missing_comments
        ],
        "readability": None
        if doc.readability is None
        else {
            "words": doc.readability.words,
            "sentences": doc.readability.sentences,
            "syllables": doc.readability.syllables,
            "flesch_reading_ease": doc.readability.flesch_reading_ease,
            "flesch_kincaid_grade": doc.readability.flesch_kincaid_grade,
            "gunning_fog": doc.readability.gunning_fog,
            "reading_minutes": doc.readability.reading_minutes,
        },
        "warnings": list(doc.warnings),
        "replies": [
            {
                "party": c.party,
                "party_span": _span(c.party_span),
                "status": c.status.value,
                "accusation": _span(c.accusation),
                "accuser": c.accuser,
                "speaker": c.speaker,
                "note": _span(c.note.span) if c.note else None,
                "rule": c.rule,
            }
            for c in doc.replies
        ],
    } | _page(doc)


def write(docs: Iterable[Document], stream: TextIO, options: RenderOptions) -> None:
    """One compact JSON object per line; ensure_ascii keeps any input valid and terminal-safe."""
    for doc in docs:
        stream.write(json.dumps(document_dict(doc), ensure_ascii=True, separators=(",", ":")))
        stream.write("\n")
