"""Right of reply: parties a speaker accuses, and whether the article hears them or notes their silence."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from provenance.core.attribution.sources import phrase_after, phrase_before, skip_auxiliaries_back
from provenance.core.stages.voice import VoiceIndex
from provenance.model import (
    Attribution,
    Finding,
    MissingComment,
    ReplyCheck,
    ReplyStatus,
    Segmentation,
    Span,
    Speaker,
)
from provenance.ruleset.rules import AccusationCue, ReplyRule, SpeakerLexiconRule
from provenance.text.tokens import Token, Words, gap

_SPLIT = re.compile(r"[^a-z0-9]+")
_QUOTE_MARKS = " \u00a0“”\"‘’'«»"
_AGENT_REACH = 3  # tokens after the cue in which "by" may introduce the accused
_PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get"})  # "were killed": the victims


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    rule: ReplyRule
    lexicon: SpeakerLexiconRule
    verbs: dict[str, object]
    cues: dict[str, list[tuple[list[str], AccusationCue]]]  # _cue_index(rule.cues), looked up once per document
    words: Words
    sentence_starts: tuple[int, ...] = ()  # for bisection: a scan per attribution was quadratic on long texts


def party_words(name: str, rule: ReplyRule, lexicon: SpeakerLexiconRule) -> frozenset[str]:
    """The words that identify a party, with metonyms ("Washington" -> "us") applied and determiners dropped."""
    low = name.lower().replace("’s", "").replace("'s", "")
    low = rule.metonyms.get(low.removeprefix("the ").strip(), low)
    words = [rule.metonyms.get(w, w) for w in _SPLIT.split(low) if w]
    return frozenset(w for part in words for w in _SPLIT.split(part) if w and w not in lexicon.determiners)


def _same_party(a: frozenset[str], b: frozenset[str]) -> bool:
    # Speaker resolution's test: one name's words contain the other's ("the coalition" / "the US-led coalition").
    return bool(a) and bool(b) and (a <= b or b <= a)


def _speaker_names(speakers: tuple[Speaker, ...], ctx: _Context) -> list[tuple[Speaker, tuple[frozenset[str], ...]]]:
    """Each speaker with the party words of its name and of each distinct mention, worked out once per document."""
    named = []
    for speaker in speakers:
        names = dict.fromkeys((speaker.name, *(m.text for m in speaker.mentions)))
        named.append((speaker, tuple(party_words(name, ctx.rule, ctx.lexicon) for name in names)))
    return named


def _speaker_for(words: frozenset[str], named: list[tuple[Speaker, tuple[frozenset[str], ...]]]) -> Speaker | None:
    """The speaker whose name or a mention of it matches the party, preferring the closest match."""
    # `named` comes from _speaker_names: recomputing every mention's words per accusation was quadratic.
    best: tuple[int, Speaker] | None = None
    for speaker, forms in named:
        for other in forms:
            if _same_party(words, other):
                distance = len(words ^ other)
                if best is None or distance < best[0]:
                    best = (distance, speaker)
    return best[1] if best else None


@lru_cache(maxsize=8)
def _cue_index(cues: tuple[AccusationCue, ...]) -> dict[str, list[tuple[list[str], AccusationCue]]]:
    """Cue forms by their first word, in rule order: one dict lookup per token instead of a scan of every form."""
    index: dict[str, list[tuple[list[str], AccusationCue]]] = {}
    for cue in cues:
        for form in cue.forms:
            parts = form.split()
            index.setdefault(parts[0], []).append((parts, cue))
    return index


def _cue_at(
    tokens: list[Token], i: int, cues: dict[str, list[tuple[list[str], AccusationCue]]]
) -> tuple[AccusationCue, int] | None:
    for parts, cue in cues.get(tokens[i].lower, ()):
        if [t.lower for t in tokens[i : i + len(parts)]] == parts:
            return cue, i + len(parts)
    return None


def _party(tokens: list[Token], i: int, j: int, cue: AccusationCue, ctx: _Context) -> list[Token]:
    """The accused phrase for the cue at tokens[i:j]: "by X" first, then the cue's own side."""
    for k in range(j, min(j + _AGENT_REACH, len(tokens) - 1)):
        if gap(ctx.text, tokens[k - 1], tokens[k]).strip(_QUOTE_MARKS):
            break
        if tokens[k].lower in ctx.rule.agent_words:
            return _trim(phrase_after(tokens, k + 1, ctx.text, ctx.lexicon, ctx.verbs), ctx)
    if cue.party == "after" and j < len(tokens):
        return _trim(phrase_after(tokens, j, ctx.text, ctx.lexicon, ctx.verbs), ctx)
    if cue.party == "before" and i > 0 and tokens[i - 1].lower not in _PASSIVE:
        end = skip_auxiliaries_back(tokens, i, ctx.lexicon, ctx.text)
        return phrase_before(tokens, end, ctx.text, ctx.lexicon, ctx.verbs) if end >= 0 else []
    possessive = i > 0 and tokens[i - 1].text != tokens[i - 1].bare
    if cue.party == "possessor" and possessive and not gap(ctx.text, tokens[i - 1], tokens[i]).strip(_QUOTE_MARKS):
        # "the real goal behind Washington's": only the possessor's own name, not the phrase around it.
        k = i - 1
        while k > 0 and tokens[k - 1].capitalized and not gap(ctx.text, tokens[k - 1], tokens[k]).strip():
            k -= 1
        return tokens[k:i]
    return []


def _trim(party: list[Token], ctx: _Context) -> list[Token]:
    """Cut "militias on the headquarters" at the preposition; keep "officials in Damascus" (a name follows)."""
    for k in range(1, len(party)):
        if party[k].lower in ctx.lexicon.postmodifiers and not (k + 1 < len(party) and party[k + 1].capitalized):
            return party[:k]
    return party


def _accusations(attribution: Attribution, seg: Segmentation, ctx: _Context) -> list[tuple[Span, list[Token]]]:
    content = attribution.content
    if content is None:
        return []
    # "by X" may run a little past the content span; stop at the end of its sentence.
    at = bisect_right(ctx.sentence_starts, content.end) - 1
    # The earliest sentence holding content.end: the one found, or one before it ending exactly there.
    end = next((s.end for s in seg.sentences[max(at - 1, 0) : at + 1] if s.start <= content.end <= s.end), content.end)
    tokens = ctx.words.between(content.start, end)
    found = []
    for i, token in enumerate(tokens):
        if token.start >= content.end:
            break
        if token.lower not in ctx.cues:
            continue  # what _cue_at would find, without a call for every word of every content
        hit = _cue_at(tokens, i, ctx.cues)
        if hit is None:
            continue
        cue, j = hit
        party = _party(tokens, i, j, cue, ctx)
        if party and not all(t.lower in ctx.rule.ignore or t.lower in ctx.lexicon.pronouns for t in party):
            cue_span = Span(tokens[i].start, tokens[j - 1].end, ctx.text[tokens[i].start : tokens[j - 1].end])
            found.append((cue_span, party))
    return found


def _noted(attributions: tuple[Attribution, ...], notes: list[MissingComment]) -> set[int]:
    """Indexes of attributions anchored inside a note, by bisection over the notes (a scan each was quadratic)."""
    spans = sorted((n.span.start, n.span.end) for n in notes)
    starts = [start for start, _ in spans]
    furthest = list(accumulate((end for _, end in spans), max))
    inside = set()
    for i, a in enumerate(attributions):
        anchor = a.cue or a.content
        last = bisect_right(starts, anchor.start) - 1 if anchor is not None else -1
        if anchor is not None and last >= 0 and furthest[last] > anchor.start:
            inside.add(i)
    return inside


def reply_checks(
    text: str,
    seg: Segmentation,
    attributions: tuple[Attribution, ...],
    speakers: tuple[Speaker, ...],
    notes: list[MissingComment],
    rule: ReplyRule,
    lexicon: SpeakerLexiconRule,
    verbs: dict[str, object],
    document_words: Words | None = None,
) -> tuple[ReplyCheck, ...]:
    """One check per accused party (first accusation wins), plus one per missing-comment note left unlinked."""
    # Hashing the cue tuple for the lru_cache costs more than the lookup: once per document, not once per token.
    cues = _cue_index(rule.cues)
    document_words = document_words if document_words is not None else Words(text)
    ctx = _Context(text, rule, lexicon, verbs, cues, document_words, tuple(s.start for s in seg.sentences))
    # "X did not respond to requests" can read as an attribution to X; inside a note it is not a reply.
    in_note = _noted(attributions, notes)
    heard = {a.speaker for i, a in enumerate(attributions) if a.speaker and i not in in_note}
    noted = [(n, party_words(n.party.text, rule, lexicon)) for n in notes if n.party is not None]
    checks: list[ReplyCheck] = []
    seen: set[frozenset[str] | str] = set()
    linked: set[int] = set()
    named: list[tuple[Speaker, tuple[frozenset[str], ...]]] | None = None  # built at the first accusation
    matched: dict[frozenset[str], Speaker | None] = {}  # a party named again is matched again the same way
    for attribution in attributions:
        for cue, tokens in _accusations(attribution, seg, ctx):
            end = tokens[-1].start + len(tokens[-1].bare)  # "Washington’s" names Washington
            span = Span(tokens[0].start, end, text[tokens[0].start : end])
            words = party_words(span.text, rule, lexicon)
            named = named if named is not None else _speaker_names(speakers, ctx)
            if words not in matched:
                matched[words] = _speaker_for(words, named)
            speaker = matched[words]
            if speaker is not None and speaker.id == attribution.speaker:
                continue  # a speaker describing its own side is not an accusation against it
            key: frozenset[str] | str = speaker.id if speaker else words
            if not words or key in seen:
                continue
            seen.add(key)
            note = next((n for n, w in noted if _same_party(words, w)), None)
            if speaker is not None and speaker.id in heard:
                status = ReplyStatus.REPLIED
            elif note is not None:
                status = ReplyStatus.DECLINED
                linked.add(id(note))
            else:
                status = ReplyStatus.NOT_SOUGHT
            checks.append(ReplyCheck(span.text, span, status, cue, attribution.speaker, speaker.id if speaker else None,
                                     note, rule.meta.id))
    for note, _ in noted:
        if id(note) not in linked and note.party is not None:
            checks.append(ReplyCheck(note.party.text, note.party, ReplyStatus.DECLINED, note=note, rule=rule.meta.id))
    return tuple(checks)


def reply_findings(
    checks: tuple[ReplyCheck, ...], rule: ReplyRule, seg: Segmentation, attributions: tuple[Attribution, ...],
    speakers: tuple[Speaker, ...],
) -> list[Finding]:
    """A `no-reply-sought` finding for each accused party that is neither heard nor noted as not replying."""
    names = {s.id: s.name for s in speakers}
    findings = []
    index = VoiceIndex(seg, attributions)
    for check in checks:
        if check.status is not ReplyStatus.NOT_SOUGHT or check.party_span is None:
            continue
        accuser = names.get(check.accuser or "", "a speaker")
        message = (rule.meta.message or "{party} is accused by {accuser} but not heard.").replace(
            "{party}", check.party
        ).replace("{accuser}", accuser)
        voice, speaker = index.voice_of(check.party_span.start, check.party_span.end)
        findings.append(Finding(rule.meta.id, rule.meta.category, rule.meta.severity, check.party_span, message,
                                voice, speaker, rule.meta.label, "ask the party for comment, or say it was asked"))
    return findings
