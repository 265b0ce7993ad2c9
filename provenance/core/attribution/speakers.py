"""Resolve mentions to speakers across an article: full name -> surname -> pronoun, anaphors, institutions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from provenance.core.attribution.extract import Found
from provenance.core.attribution.mention import Mention
from provenance.model import Affiliation, Attribution, Span, Speaker, SpeakerKind

_SLUG = re.compile(r"[^a-z0-9]+")
_PRONOUN_REACH = 3  # paragraphs a pronoun may reach back to find its speaker


@dataclass
class _Draft:
    id: str
    name: str
    kind: SpeakerKind
    role: str | None
    organization: str | None
    affiliation: Affiliation | None
    anonymous: bool
    paragraph: int
    mentions: list[Span] = field(default_factory=list)

    def words(self) -> set[str]:
        return {w for w in _SLUG.split(self.name.lower()) if w and w != "the"}


class Resolver:
    """Links each mention to an existing speaker or starts a new one, in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.drafts: list[_Draft] = []
        self.last: _Draft | None = None  # speaker of the latest attribution

    def _new(self, mention: Mention, paragraph: int) -> _Draft:
        base = _SLUG.sub("-", mention.name.lower()).strip("-") or "speaker"
        ids = {d.id for d in self.drafts}
        speaker_id, n = base, 2
        while speaker_id in ids:
            speaker_id, n = f"{base}-{n}", n + 1
        draft = _Draft(
            speaker_id,
            mention.name,
            mention.kind,
            mention.role,
            mention.organization,
            mention.affiliation,
            mention.anonymous,
            paragraph,
        )
        self.drafts.append(draft)
        return draft

    def _recent(self, paragraph: int, kinds: set[SpeakerKind]) -> _Draft | None:
        for draft in sorted(self.drafts, key=lambda d: -d.paragraph):
            if draft.kind in kinds and paragraph - draft.paragraph <= _PRONOUN_REACH:
                return draft
        return None

    def _match(self, mention: Mention, paragraph: int) -> _Draft | None:
        if mention.refers == "person":
            if mention.head:  # "the spokesman", "the official"
                return next(
                    (
                        d
                        for d in reversed(self.drafts)
                        if mention.head in (d.role or "").lower() or mention.head in d.name.lower()
                    ),
                    None,
                )
            return self._recent(paragraph, {SpeakerKind.PERSON, SpeakerKind.ANONYMOUS})
        if mention.refers == "document":
            return self.last
        if mention.refers in ("group", "institution"):
            if mention.head:
                found = next((d for d in reversed(self.drafts) if mention.head in d.name.lower()), None)
                if found is not None:
                    return found
            kinds = {SpeakerKind.INSTITUTION, SpeakerKind.OUTLET, SpeakerKind.ANONYMOUS, SpeakerKind.GROUP}
            return self._recent(paragraph, kinds)
        if mention.kind is SpeakerKind.ANONYMOUS:
            return None  # two "officials" are not known to be the same people
        words = {w for w in _SLUG.split(mention.name.lower()) if w and w != "the"}
        for draft in reversed(self.drafts):
            if draft.kind is SpeakerKind.PERSON and mention.kind is SpeakerKind.PERSON:
                last_name = draft.name.split()[-1].lower()
                if (
                    draft.name == mention.name
                    or (len(words) == 1 and last_name in words)
                    or mention.name.split()[-1].lower() == last_name
                ):
                    return draft
            elif mention.kind is SpeakerKind.GROUP:
                if draft.kind is SpeakerKind.GROUP and words == draft.words():
                    return draft  # "Democrats" again; "voters" is not "young voters"
            elif draft.kind == mention.kind and words and (words <= draft.words() or draft.words() <= words):
                return draft
        return None

    def resolve(self, found: Found) -> str | None:
        """The speaker id for one attribution, creating or enriching speakers as needed."""
        mention = found.mention
        if found.position_only:
            return None  # a position with nothing reported names no speaker, and no later pronoun's either
        if mention is None:
            return self.last.id if self.last and not found.unsourced else None
        draft = self._match(mention, found.paragraph)
        if draft is None:
            if mention.refers is not None and mention.head is None:
                return None  # a pronoun with nothing to point back to
            draft = self._new(mention, found.paragraph)
        elif mention.refers is None and len(mention.name) > len(draft.name) and draft.kind is not SpeakerKind.PERSON:
            draft.name = mention.name  # keep the fullest form of an institution's name
        draft.role = draft.role or mention.role
        draft.organization = draft.organization or mention.organization
        draft.affiliation = draft.affiliation or mention.affiliation
        draft.paragraph = found.paragraph
        draft.mentions.append(Span(mention.start, mention.end, self.text[mention.start : mention.end]))
        self.last = draft
        return draft.id


def resolve(text: str, found: list[Found]) -> tuple[tuple[Speaker, ...], tuple[Attribution, ...]]:
    """Speakers and attributions for a document's found cues."""
    resolver = Resolver(text)
    attributions = []
    for item in found:
        speaker = resolver.resolve(item)
        source = None
        if item.mention is not None:
            source = Span(item.mention.start, item.mention.end, text[item.mention.start : item.mention.end])
        cue = item.cue if item.cue.text else None
        attributions.append(Attribution(speaker, cue, source, item.content, item.kind, item.rule))
    speakers = tuple(
        Speaker(d.id, d.name, d.kind, d.role, d.organization, d.affiliation, d.anonymous, tuple(d.mentions))
        for d in resolver.drafts
    )
    return speakers, tuple(replace(a) for a in attributions)
