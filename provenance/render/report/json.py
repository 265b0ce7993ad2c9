"""`report --format json`: one JSON object for the corpus, its summary and every document."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any, TextIO

from provenance.errors import Problem
from provenance.model import Document
from provenance.model.corpus import CorpusSummary, summarize
from provenance.render.annotate.json import SCHEMA_VERSION, document_dict
from provenance.render.options import RenderOptions


def summary_dict(s: CorpusSummary) -> dict[str, Any]:
    """The summary as plain JSON-ready data (voices by name, the anonymous share included)."""
    data = asdict(s)
    data["anonymous_share"] = round(s.anonymous_share, 4)
    data["term_categories"] = [
        {"label": c.label, "total": c.total, "by_voice": {v.value: n for v, n in c.by_voice}} for c in s.term_categories
    ]
    return data


def corpus_dict(docs: Sequence[Document], skipped: Sequence[Problem] = ()) -> dict[str, Any]:
    """The whole corpus: summary, skipped files, and each document as `annotate --format json` gives it."""
    return {
        "schema_version": SCHEMA_VERSION,
        "summary": summary_dict(summarize(docs, len(skipped))),
        "skipped": [{"path": p.path, "message": p.message} for p in skipped],
        "documents": [document_dict(doc) for doc in docs],
    }


def write(docs: Sequence[Document], skipped: Sequence[Problem], stream: TextIO, options: RenderOptions) -> None:
    """One JSON object, ASCII-only so any input stays valid and terminal-safe."""
    json.dump(corpus_dict(docs, skipped), stream, ensure_ascii=True, indent=1)
    stream.write("\n")
