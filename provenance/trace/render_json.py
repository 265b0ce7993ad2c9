"""The trace result as JSON (schema in trace.schema.json, documented in docs/trace.md)."""

from __future__ import annotations

import json
from typing import Any

from provenance.model import Affiliation, Span
from provenance.trace.families import Family
from provenance.trace.types import AlignedPassage, Change, Reuse, TraceResult

SCHEMA_VERSION = "1.0"


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _affiliation(affiliation: Affiliation | None) -> dict[str, Any] | None:
    if affiliation is None:
        return None
    return {
        "name": affiliation.name,
        "country": affiliation.country,
        "typology": affiliation.typology,
        "label": affiliation.label,
        "registry": affiliation.registry,
    }


def _pair(pair: AlignedPassage) -> dict[str, Any]:
    return {
        "article": _span(pair.article),
        "origin": _span(pair.origin),
        "similarity": pair.similarity,
        "edits": [{"op": e.op, "article": _span(e.article), "origin": _span(e.origin)} for e in pair.edits],
    }


def _change(change: Change) -> dict[str, Any]:
    return {
        "rule": change.rule,
        "kind": change.kind,
        "severity": change.severity.value,
        "message": change.message,
        "voice": change.voice.value,
        "span": _span(change.span),
        "origin": _span(change.origin),
        "old": change.old,
        "new": change.new,
    }


def _reuse(reuse: Reuse) -> dict[str, Any]:
    origin, alignment = reuse.origin, reuse.alignment
    return {
        "origin": {
            "path": origin.path,
            "headline": origin.headline,
            "outlet": origin.outlet,
            "affiliation": _affiliation(origin.affiliation),
            "index_id": origin.index_id,
        },
        "role": reuse.role,
        "coverage": round(alignment.coverage, 4),
        "article_words": alignment.article_words,
        "reused_words": alignment.reused_words,
        "alignment": {
            "pairs": [_pair(p) for p in alignment.pairs],
            "added": [_span(s) for s in alignment.added],
            "cut": [_span(s) for s in alignment.cut],
        },
        "changes": [_change(c) for c in reuse.changes],
    }


def trace_dict(result: TraceResult) -> dict[str, Any]:
    """The JSON object for one traced article."""
    return {
        "schema_version": SCHEMA_VERSION,
        "path": result.path,
        "headline": _span(result.headline),
        "candidates": result.candidates,
        "reuses": [_reuse(r) for r in result.reuses],
    }


def trace_json(result: TraceResult) -> str:
    """One line of ASCII-only JSON (JSON Lines over several articles), safe to print anywhere."""
    return json.dumps(trace_dict(result), ensure_ascii=True, separators=(",", ":"))


def families_dict(families: list[Family]) -> dict[str, Any]:
    """The corpus's reuse families as one JSON object (same schema version as the per-article objects)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "families": [
            {
                "root": family.root,
                "members": list(family.members),
                "edges": [
                    {"republisher": e.republisher, "origin": e.origin, "coverage": e.coverage} for e in family.edges
                ],
            }
            for family in families
        ],
    }
