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


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


class Resolver:
    """Links each mention to an existing speaker or starts a new one, in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.drafts: list[_Draft] = []
        self.last: _Draft | None = None  # speaker of the latest attribution
        # Indexes, so a new mention is not compared with every earlier speaker (quadratic in long transcripts):
        self._ids: dict[str, int] = {}  # id -> the next number to try for it
        self._persons: dict[str, list[int]] = {}  # full name, and "surname" lower-cased -> PERSON draft indexes
        self._by_word: dict[str, list[int]] = {}  # a word of another draft's name (any it has had) -> draft indexes
        self._wordless: list[int] = []  # drafts whose name has no word: contained in any name
        self._index: dict[str, int] = {}  # draft id -> its index in self.drafts
        self._latest: dict[SpeakerKind, tuple[int, int]] = {}  # kind -> latest paragraph, first draft index at it
        self._in_order = True  # paragraphs came in order, so _latest is exact (else _recent scans)

    def _new(self, mention: Mention, paragraph: int) -> _Draft:
        base = _SLUG.sub("-", mention.name.lower()).strip("-") or "speaker"
        ids = self._ids
        speaker_id, n = (base, 2) if base not in ids else (f"{base}-{ids[base]}", ids[base] + 1)
        while speaker_id in ids:
            speaker_id, n = f"{base}-{n}", n + 1
        ids[speaker_id] = 2
        ids[base] = max(ids[base], n)  # every lower number for this base is taken, now and later
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
        self._index[draft.id] = len(self.drafts)
        self.drafts.append(draft)
        if draft.kind is SpeakerKind.PERSON:  # a person's name never changes once the draft exists
            for key in ("=" + draft.name, "~" + _last_word(draft.name)):
                self._persons.setdefault(key, []).append(len(self.drafts) - 1)
        else:
            self._index_words(draft)
        return draft

    def _touch(self, draft: _Draft) -> None:
        at, seen = self._index[draft.id], self._latest.get(draft.kind)
        if seen is None or draft.paragraph > seen[0]:
            self._in_order = self._in_order and all(draft.paragraph >= p for p, _ in self._latest.values())
            self._latest[draft.kind] = (draft.paragraph, at)
        elif draft.paragraph == seen[0]:
            self._latest[draft.kind] = (seen[0], min(seen[1], at))
        else:
            self._in_order = False

    def _index_words(self, draft: _Draft) -> None:
        at = self._index[draft.id]
        words = draft.words()
        for word in words:
            self._by_word.setdefault(word, []).append(at)
        if not words:
            self._wordless.append(at)

    def _recent(self, paragraph: int, kinds: set[SpeakerKind]) -> _Draft | None:
        # The first draft of the latest paragraph in reach, as a stable sort by paragraph would give, without one.
        if self._in_order:
            # Per kind, the latest paragraph and the first draft at it: no pass over every speaker per pronoun.
            latest = [(p, -at) for kind, (p, at) in self._latest.items() if kind in kinds]
            latest = [(p, at) for p, at in latest if paragraph - p <= _PRONOUN_REACH]
            return self.drafts[-max(latest)[1]] if latest else None
        best: _Draft | None = None
        for draft in self.drafts:
            reach = draft.kind in kinds and paragraph - draft.paragraph <= _PRONOUN_REACH
            if reach and (best is None or draft.paragraph > best.paragraph):
                best = draft
        return best

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
            return self._recent(paragraph, {SpeakerKind.INSTITUTION, SpeakerKind.OUTLET, SpeakerKind.ANONYMOUS})
        if mention.kind is SpeakerKind.ANONYMOUS:
            return None  # two "officials" are not known to be the same people
        words = {w for w in _SLUG.split(mention.name.lower()) if w and w != "the"}
        if mention.kind is SpeakerKind.PERSON:
            # The latest person with the same name, the same surname, or the mention's one word as surname.
            keys = ["=" + mention.name, "~" + _last_word(mention.name), *("~" + w for w in words if len(words) == 1)]
            latest = max((self._persons[k][-1] for k in keys if k in self._persons), default=None)
            return None if latest is None else self.drafts[latest]
        if not words:
            return None
        # Only a draft sharing a word with the mention (or with no word at all) can contain it or be contained.
        candidates = set(self._wordless).union(*(self._by_word.get(w, ()) for w in words))
        for at in sorted(candidates, reverse=True):
            draft = self.drafts[at]
            if draft.kind == mention.kind and (words <= draft.words() or draft.words() <= words):
                return draft
        return None

    def resolve(self, found: Found) -> str | None:
        """The speaker id for one attribution, creating or enriching speakers as needed."""
        mention = found.mention
        if mention is None:
            return self.last.id if self.last and not found.unsourced else None
        draft = self._match(mention, found.paragraph)
        if draft is None:
            if mention.refers is not None and mention.head is None:
                return None  # a pronoun with nothing to point back to
            draft = self._new(mention, found.paragraph)
        elif mention.refers is None and len(mention.name) > len(draft.name) and draft.kind is not SpeakerKind.PERSON:
            draft.name = mention.name  # keep the fullest form of an institution's name
            self._index_words(draft)
        draft.role = draft.role or mention.role
        draft.organization = draft.organization or mention.organization
        draft.affiliation = draft.affiliation or mention.affiliation
        draft.paragraph = found.paragraph
        self._touch(draft)
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
