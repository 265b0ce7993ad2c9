"""Highlight kinds: a finding category or an attribution part mapped to a fixed CSS-safe slug and a label."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.model import Document, Finding

# slug -> (label, what it marks); slugs are ours, never taken from a rule or an article, so they are safe in attributes.
KINDS: dict[str, tuple[str, str]] = {
    "cue": ("attribution cue", "the word that reports speech: said, according to, told"),
    "source": ("source", "who is credited in the sentence"),
    "content": ("quote or paraphrase", "what the source is reported to have said"),
    "relay": ("relay", "an outlet the story came through: credit line, dateline, citing"),
    "loaded": ("loaded term", "wording that judges; a neutral alternative is suggested"),
    "scare": ("scare quote", "quotation marks or “so-called” that distance the writer"),
    "hedge": ("hedge", "reportedly, critics say: a claim without a clear source"),
    "anon": ("anonymous source", "a source the article does not name"),
    "explained": ("anonymity explained", "the article says why a source is not named"),
    "nocomment": ("missing comment", "a note that a party has not commented"),
    "reply": ("party not heard", "an accused party the article does not quote and did not ask"),
    "claim": ("unattributed claim", "a claim stated without a source"),
    "other": ("other finding", "a finding of another rule"),
}
_CATEGORY_KIND = {
    "attribution": "cue",
    "relay": "relay",
    "loaded-term": "loaded",
    "scare-quote": "scare",
    "hedge": "hedge",
    "anonymous-source": "anon",
    "anonymity-explained": "explained",
    "missing-comment": "nocomment",
    "right-of-reply": "reply",
    "unattributed-claim": "claim",
}
TERM_CATEGORIES = ("loaded-term", "hedge", "scare-quote")

Numbered = Sequence[tuple[int, Finding]]


def kind_of(finding: Finding) -> str:
    """The highlight kind of a finding; unknown categories (from user rules) become "other"."""
    return _CATEGORY_KIND.get(finding.category, "other")


def label_of(kind: str) -> str:
    """The human label of a kind slug."""
    return KINDS[kind][0]


def number_findings(doc: Document) -> list[tuple[int, Finding]]:
    """Findings numbered from 1 in text order (start, then end), as the terminal's footnotes number them."""
    ordered = sorted(doc.findings, key=lambda f: (f.span.start, f.span.end, f.category, f.rule))
    return list(enumerate(ordered, start=1))


def speaker_name(doc: Document, speaker_id: str | None) -> str | None:
    """The display name of a speaker id (the id itself if the document lacks it)."""
    if speaker_id is None:
        return None
    found = doc.speaker(speaker_id)
    return found.name if found is not None else speaker_id


def plural(count: int, noun: str) -> str:
    """ "1 note", "2 notes"."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"
