"""Hand-made Documents and gold lines for the speakers scorer tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from provenance.model import (
    Attribution,
    AttributionKind,
    Document,
    ReplyCheck,
    ReplyStatus,
    Segmentation,
    Span,
    Speaker,
    SpeakerKind,
)


def speaker(name: str, kind: SpeakerKind = SpeakerKind.PERSON, sid: str | None = None) -> Speaker:
    """A speaker whose id defaults to its name."""
    return Speaker(id=sid or name, name=name, kind=kind)


def credit(speaker_id: str | None) -> Attribution:
    """An attribution to `speaker_id` (spans do not matter to the speakers scorer)."""
    return Attribution(speaker_id, None, None, None, AttributionKind.INDIRECT, "test")


def reply(party: str, status: ReplyStatus = ReplyStatus.NOT_SOUGHT) -> ReplyCheck:
    """A right-of-reply row for `party`."""
    return ReplyCheck(party=party, party_span=None, status=status)


def document(
    speakers: list[Speaker],
    credited: list[str] | None = None,
    replies: list[ReplyCheck] | None = None,
    headline: str | None = None,
) -> Document:
    """A Document with these speakers (all credited unless `credited` lists the ids), rows and headline."""
    ids = [s.id for s in speakers] if credited is None else credited
    span = Span(0, len(headline), headline) if headline is not None else None
    segmentation = Segmentation(paragraphs=(), sentences=(), quotations=(), headline=span)
    return Document(
        text=headline or "",
        path=None,
        segmentation=segmentation,
        findings=(),
        speakers=tuple(speakers),
        attributions=tuple(credit(i) for i in ids),
        relays=(),
        missing_comments=(),
        readability=None,
        replies=tuple(replies or ()),
    )


def gold_line(
    file: str = "a.txt",
    headline: str | None = None,
    speakers: list[dict[str, Any]] | None = None,
    accused: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One gold object in the file's format."""
    return {"file": file, "headline": headline, "speakers": speakers or [], "accused": accused or []}


def gold_speaker(name: str, kind: str = "person", *aliases: str) -> dict[str, Any]:
    """A gold speaker entry."""
    return {"name": name, "kind": kind, "aliases": list(aliases)}


def gold_accused(party: str, status: str = "not-sought", *aliases: str) -> dict[str, Any]:
    """A gold accused entry."""
    return {"party": party, "aliases": list(aliases), "accuser": "narrator", "status": status, "evidence": "x"}


def write_gold(path: Path, lines: list[dict[str, Any]]) -> Path:
    """Write gold objects as JSON Lines."""
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path
