"""Shared by the attribution tests: what `annotate` found, as (cue, source, content) texts."""

from __future__ import annotations

from provenance import annotate
from provenance.model import Attribution


def _parts(a: Attribution) -> tuple[str, str, str]:
    return (a.cue.text if a.cue else "", a.source.text if a.source else "", a.content.text if a.content else "")


def found(text: str) -> list[tuple[str, str, str]]:
    """(cue, source, content) of every attribution in `text`, empty strings for missing parts."""
    return [_parts(a) for a in annotate(text).attributions]
