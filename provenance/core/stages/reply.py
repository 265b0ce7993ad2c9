"""Right of reply: parties the article or a speaker accuses, and whether the article hears them or notes their silence.

An accusation is a charge of wrongdoing stated as fact (rules/reply.yaml lists the words): in the outlet's own
voice, in a speaker's words, or as the reporting verb itself ("accused X of"); denied or negated charges are not
one, and the accused must be an entity (a name, a role, an institution), not "lightning" or "this verdict".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from provenance.core.attribution.sources import (
    noun_phrase_after,
    phrase_after,
    phrase_before,
    skip_auxiliaries_back,
)
from provenance.core.segment import title_cased
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
    Voice,
)
from provenance.ruleset.rules import AccusationCue, ReplyRule, SpeakerLexiconRule
from provenance.text.tokens import Token, Words, gap

_SPLIT = re.compile(r"[^a-z0-9]+")
_QUOTE_MARKS = " \u00a0“”\"‘’'«»"
_AGENT_REACH = 3  # tokens after the cue in which "by" may introduce the accused
_NEGATION_REACH = 3  # tokens before the cue in which "not", "never" deny it: "has never criticized"
_APPOSITION_MAX = 6  # words of an apposition between commas: ", 19,", ", a former director of the charity,"
_NAME_LOOKUPS = 20  # occurrences of a sentence-initial word searched for a capitalised use mid-sentence
_FAR = 1 << 62  # sorts after every end offset


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    rule: ReplyRule
    lexicon: SpeakerLexiconRule
    verbs: dict[str, object]
    cues: dict[str, list[tuple[list[str], AccusationCue]]]  # _cue_index(rule.cues), looked up once per document
    words: Words


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
        for index, other in enumerate(forms):
            # The party may be a short form of a name ("Cole" for "Janet Cole"); a longer party contains only a
            # full name ("the US-led coalition's aircraft"): the surname "Cruz" is not "Rafael Cruz".
            if words and (words <= other or (index == 0 and other <= words)):
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


def _skip_adverbs_back(tokens: list[Token], i: int, ctx: _Context) -> int:
    """Index before tokens[i] once the adverbs in front of it ("quietly buried", "incredibly corrupt") are passed."""
    k = i - 1
    while k >= 0 and tokens[k].lower.endswith("ly") and not tokens[k].capitalized:
        k -= 1
    return k


def _subject(tokens: list[Token], i: int, ctx: _Context, passive: bool) -> list[Token]:
    """The subject before the cue at tokens[i]; a passive ("were killed") has its victims there, not the accused."""
    k = _skip_adverbs_back(tokens, i, ctx)
    if k >= 0 and tokens[k].lower in ctx.rule.passive and not passive:
        return []
    if k >= 0 and "," in gap(ctx.text, tokens[k], tokens[k + 1]):
        return []  # ", attacking Romney": a participle after a comma belongs to the main clause's subject
    end = skip_auxiliaries_back(tokens, k + 1, ctx.lexicon, ctx.text)
    while end >= 0 and (tokens[end].lower in ctx.rule.passive or tokens[end].lower in ctx.rule.copulas):
        end = skip_auxiliaries_back(tokens, end, ctx.lexicon, ctx.text)  # "has been charged", "is being"
    if end < 0:
        return []
    return phrase_before(tokens, _before_apposition(tokens, end, ctx), ctx.text, ctx.lexicon, ctx.verbs)


def _before_apposition(tokens: list[Token], end: int, ctx: _Context) -> int:
    """For "Devin Reyes, 19, of Marston, has been charged": the end of the name before the commas, else `end`."""
    if end + 1 >= len(tokens) or "," not in gap(ctx.text, tokens[end], tokens[end + 1]):
        return end
    # The nearest comma before which a name ends: ", 19, of Marston," may hold several.
    for k in range(end, max(0, end - _APPOSITION_MAX), -1):
        if "," in gap(ctx.text, tokens[k - 1], tokens[k]) and _entity_word(tokens[k - 1], False, ctx):
            return k - 1
    return end


def _party(tokens: list[Token], i: int, j: int, cue: AccusationCue, ctx: _Context) -> list[Token]:
    """The accused phrase for the cue at tokens[i:j]: "by X" first, then the cue's own side."""
    for k in range(j, min(j + _AGENT_REACH, len(tokens) - 1)):
        if gap(ctx.text, tokens[k - 1], tokens[k]).strip(_QUOTE_MARKS) or tokens[k].lower in ctx.lexicon.coordinators:
            break  # "marred by fraud and overturned by the court": the court overturned, it did not defraud
        if tokens[k].lower in ctx.rule.agent_words:
            return _trim(phrase_after(tokens, k + 1, ctx.text, ctx.lexicon, ctx.verbs), ctx)
    if cue.party == "modified":
        # "corrupt Mayor Cole" names who is corrupt after the word; "the mayor is corrupt" before it.
        k = _skip_adverbs_back(tokens, i, ctx)
        if k >= 0 and tokens[k].lower in ctx.rule.copulas:
            return _subject(tokens, k, ctx, passive=True)
        return _trim(noun_phrase_after(tokens, j, ctx.text, ctx.lexicon), ctx) if j < len(tokens) else []
    if cue.party == "after" and j < len(tokens):
        return _trim(phrase_after(tokens, j, ctx.text, ctx.lexicon, ctx.verbs), ctx)
    if cue.party in ("before", "subject") and i > 0:
        return _subject(tokens, i, ctx, passive=cue.party == "subject")
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
        if party[k].lower in ctx.lexicon.postmodifiers:
            if not (k + 1 < len(party) and party[k + 1].capitalized):
                return party[:k]
            # "leaders of Saudi Arabia jailed ...": the name after the preposition ends at its last capital.
            end = k + 1
            while end < len(party) and (party[end].capitalized or party[end].lower in ctx.lexicon.determiners):
                end += 1
            return party[:end]
    return party


def _party_noun(low: str, ctx: _Context) -> bool:
    """A role, institution or party noun, singular or plural ("militias" as "militia", "officials")."""
    lexicon, nouns = ctx.lexicon, ctx.rule.party_nouns
    return any(w in lexicon.roles or w in lexicon.institutions or w in nouns for w in (low, low.removesuffix("s")))


def _entity_word(token: Token, first: bool, ctx: _Context) -> bool:
    """A word that can head a party: a name (not just a sentence's first capital) or a role or institution noun."""
    if _party_noun(token.lower, ctx):
        return True
    low = token.lower
    return token.capitalized and not (first and low in ctx.lexicon.determiners) and low not in ctx.rule.ignore


def _named(token: Token, ctx: _Context) -> bool:
    """Whether a word capitalised at a sentence's start is a name: a role word, or capitalised inside a sentence too."""
    if _party_noun(token.lower, ctx):
        return True
    at = ctx.text.find(token.bare)
    for _ in range(_NAME_LOOKUPS):
        if at == -1:
            return False
        before = ctx.text[:at].rstrip()[-1:]
        if at != token.start and before and (before.isalnum() or before in ",;"):
            return True  # "... invaded by Russia": capitalised mid-sentence, so a name
        at = ctx.text.find(token.bare, at + 1)
    return False


def _entity(party: list[Token], sentence_first: Token | None, ctx: _Context) -> list[Token]:
    """The party if its head (last word) is a name, role or institution: not "lightning", not "11 terrorist"."""
    if not party or all(t.lower in ctx.rule.ignore or t.lower in ctx.lexicon.pronouns for t in party):
        return []
    # The head comes before a postmodifier: "leaders of Saudi Arabia", but "attacks in Europe" is no party.
    cut = next((k for k in range(1, len(party)) if party[k].lower in ctx.lexicon.postmodifiers), len(party))
    head = party[cut - 1]
    if head is sentence_first and not _named(head, ctx):
        return []  # "Lightning strikes", "Four of these": a sentence's first word is capitalised whatever it is
    if _entity_word(head, head is party[0], ctx):
        return party
    # "the US-led coalition's aircraft": the thing belongs to the party, which is the possessor.
    owner = next((k for k in range(cut - 2, -1, -1) if party[k].text != party[k].bare), None)
    return party[: owner + 1] if owner is not None and _entity_word(party[owner], owner == 0, ctx) else []


def _negated(tokens: list[Token], i: int, ctx: _Context) -> bool:
    """"has never criticized", "did not steal", "denied lying": the sentence says the wrong was not done."""
    return any(t.lower.replace("’", "'") in ctx.rule.negations for t in tokens[max(0, i - _NEGATION_REACH) : i])


def _within_content(party: list[Token], at: int, contents: list[tuple[int, int]]) -> list[Token]:
    """The party cut to the reported words holding the cue: "Insiders say Mayor Cole handed" accuses Mayor Cole."""
    k = bisect_right(contents, (at, _FAR)) - 1  # the last content opening at or before the cue
    if k < 0 or not contents[k][0] <= at < contents[k][1]:
        return party
    start, end = contents[k]
    return [t for t in party if start <= t.start < end]


def _accusations(
    seg: Segmentation, notes: list[MissingComment], contents: list[tuple[int, int]], ctx: _Context
) -> list[tuple[Span, list[Token]]]:
    """Every accusation word in the article's sentences (outside notes) with the entity it accuses."""
    noted = [(n.span.start, n.span.end) for n in notes]
    found = []
    for sentence in seg.sentences:
        tokens = ctx.words.between(sentence.start, sentence.end)
        if title_cased(sentence.text):
            continue  # "Affirm Sharia's Assault on the Constitution": in title case capitals name nothing
        for i, token in enumerate(tokens):
            if token.lower not in ctx.cues:
                continue  # what _cue_at would find, without a call for every word
            hit = _cue_at(tokens, i, ctx.cues)
            if hit is None or _negated(tokens, i, ctx) or any(a <= token.start < b for a, b in noted):
                continue
            cue, j = hit
            if j < len(tokens) and tokens[j].lower in cue.not_before:
                continue  # "struck a deal": another sense of the word
            party = _entity(_within_content(_party(tokens, i, j, cue, ctx), token.start, contents), tokens[0], ctx)
            if party:
                cue_span = Span(tokens[i].start, tokens[j - 1].end, ctx.text[tokens[i].start : tokens[j - 1].end])
                found.append((cue_span, party))
    return found


def _accuser(cue: Span, cue_owners: dict[int, str | None], index: VoiceIndex) -> tuple[bool, str | None]:
    """Whether the accusation stands as fact in someone's words, and whose: a speaker's id, or None (the outlet)."""
    if cue.start in cue_owners:
        return True, cue_owners[cue.start]  # "Trump accused Rafael Cruz of ...": the reporting verb is the charge
    voice, speaker = index.voice_of(cue.start, cue.end)
    if voice in (Voice.NARRATOR, Voice.HEADLINE):
        return True, None
    return speaker is not None, speaker  # words in a quotation no one is credited with accuse no one


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
    ctx = _Context(text, rule, lexicon, verbs, cues, document_words)
    # "X did not respond to requests" can read as an attribution to X; inside a note it is not a reply.
    in_note = _noted(attributions, notes)
    heard = {a.speaker for i, a in enumerate(attributions) if a.speaker and i not in in_note}
    noted = [(n, party_words(n.party.text, rule, lexicon)) for n in notes if n.party is not None]
    # "He did not respond": a pronoun names no party of its own to list.
    noted = [(n, w) for n, w in noted if not all(x in rule.ignore or x in lexicon.pronouns for x in w)]
    checks: list[ReplyCheck] = []
    seen: set[frozenset[str] | str] = set()
    linked: set[int] = set()
    named: list[tuple[Speaker, tuple[frozenset[str], ...]]] | None = None  # built at the first accusation
    matched: dict[frozenset[str], Speaker | None] = {}  # a party named again is matched again the same way
    index = VoiceIndex(seg, attributions)
    cue_owners = {a.cue.start: a.speaker for a in attributions if a.cue is not None and a.cue.end > a.cue.start}
    contents = sorted((a.content.start, a.content.end) for a in attributions if a.content is not None)
    hits = []
    for cue, tokens in _accusations(seg, notes, contents, ctx):
        stated, accuser = _accuser(cue, cue_owners, index)
        if stated:
            hits.append((cue, tokens, accuser))
    # A party accused by a speaker and by the outlet is shown with the speaker's charge: who accuses it matters more.
    hits.sort(key=lambda hit: hit[2] is None)
    for cue, tokens, accuser in hits:
        end = tokens[-1].start + len(tokens[-1].bare)  # "Washington’s" names Washington
        span = Span(tokens[0].start, end, text[tokens[0].start : end])
        words = party_words(span.text, rule, lexicon)
        named = named if named is not None else _speaker_names(speakers, ctx)
        if words not in matched:
            matched[words] = _speaker_for(words, named)
        speaker = matched[words]
        if speaker is not None and speaker.id == accuser:
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
        checks.append(ReplyCheck(span.text, span, status, cue, accuser, speaker.id if speaker else None, note,
                                 rule.meta.id))
    checks.sort(key=lambda c: c.party_span.start if c.party_span is not None else 0)
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
        accuser = names.get(check.accuser or "", "the article" if check.accuser is None else "a speaker")
        message = (rule.meta.message or "{party} is accused by {accuser} but not heard.").replace(
            "{party}", check.party
        ).replace("{accuser}", accuser)
        voice, speaker = index.voice_of(check.party_span.start, check.party_span.end)
        findings.append(Finding(rule.meta.id, rule.meta.category, rule.meta.severity, check.party_span, message,
                                voice, speaker, rule.meta.label, "ask the party for comment, or say it was asked"))
    return findings
