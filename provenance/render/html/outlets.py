"""Per-outlet figures for the report's charts: source mix, own-voice loaded terms per 1,000 words, state relays.

The model has no outlet field, so an article's outlet is the folder it sits in, below the folder that all
reported files share (`report nyt/ fox/ rt/` groups by nyt, fox, rt); files directly in that shared folder
take its name. This is a grouping for charts, stated as such on the page.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from provenance.model import Document, SpeakerKind
from provenance.model.corpus import NEWS_AGENCY, ArticleRow
from provenance.render.html.cards import affiliation_text

STDIN = "(standard input)"
# Whose words the article relies on: the source mix, by the kind of speaker each attribution credits.
SOURCE_KINDS = ("named", "anonymous", "institution", "document", "unidentified")


@dataclass(frozen=True, slots=True)
class OutletFigures:
    """One outlet's figures over its articles."""

    name: str
    articles: int
    words: int
    sources: tuple[int, ...]  # attributions per SOURCE_KINDS
    loaded_own: int  # loaded terms and hedges in the outlet's own voice (narrator, headline)

    @property
    def loaded_per_1000(self) -> float:
        """Own-voice loaded terms per 1,000 words."""
        return self.loaded_own * 1000 / self.words if self.words else 0.0


def outlet_names(paths: Sequence[str | None]) -> list[str]:
    """The outlet (grouping folder) of each path, in order."""
    parents = [os.path.abspath(os.path.dirname(p) or ".") for p in paths if p is not None]
    common = os.path.commonpath(parents) if parents else ""
    names = []
    for path in paths:
        if path is None:
            names.append(STDIN)
            continue
        parent = os.path.abspath(os.path.dirname(path) or ".")
        relative = PurePath(os.path.relpath(parent, common)).parts
        names.append(relative[0] if relative and relative[0] != "." else (PurePath(common).name or common))
    return names


def source_kind(doc: Document, speaker_id: str | None) -> str:
    """The source-mix group of the speaker an attribution credits."""
    speaker = doc.speaker(speaker_id)
    if speaker is None:
        return "unidentified"
    if speaker.anonymous or speaker.kind is SpeakerKind.ANONYMOUS:
        return "anonymous"
    if speaker.kind is SpeakerKind.PERSON:
        return "named"
    if speaker.kind is SpeakerKind.DOCUMENT:
        return "document"
    return "institution"  # institutions, outlets and places ("Russia said")


def by_outlet(docs: Sequence[Document], rows: Sequence[ArticleRow]) -> list[OutletFigures]:
    """Figures per outlet, outlets in order of first appearance."""
    names = outlet_names([doc.path for doc in docs])
    groups: dict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(names):
        groups[name].append(index)
    out = []
    for name, members in groups.items():
        sources: Counter[str] = Counter()
        for i in members:
            sources.update(source_kind(docs[i], a.speaker) for a in docs[i].attributions)
        out.append(
            OutletFigures(
                name=name,
                articles=len(members),
                words=sum(rows[i].words for i in members),
                sources=tuple(sources[k] for k in SOURCE_KINDS),
                loaded_own=sum(rows[i].loaded_own for i in members),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class StateRelay:
    """A state-affiliated outlet that articles name as a relay (credit line, dateline, citing)."""

    name: str
    label: str
    articles: int
    relays: int


def state_relays(docs: Sequence[Document]) -> list[StateRelay]:
    """State-media outlets (registry entries other than news agencies) relayed, most articles first."""
    articles: Counter[str] = Counter()
    relays: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for doc in docs:
        seen = set()
        for relay in doc.relays:
            aff = relay.affiliation
            if aff is None or aff.typology == NEWS_AGENCY:
                continue
            relays[aff.name] += 1
            labels.setdefault(aff.name, affiliation_text(aff))
            if aff.name not in seen:
                seen.add(aff.name)
                articles[aff.name] += 1
    ranked = sorted(articles, key=lambda n: (-articles[n], -relays[n], n))
    return [StateRelay(n, labels[n], articles[n], relays[n]) for n in ranked]
