"""Right of reply: parties the article or a speaker accuses, and whether the article hears them or notes their silence.

An accusation is a charge of wrongdoing stated as fact (rules/reply.yaml lists the words): in the outlet's own
voice, in a speaker's words, or as the reporting verb itself ("accused X of"); denied or negated charges are not
one, and the accused must be an entity (a name, a role, an institution), not "lightning" or "this verdict".
A party is heard when it, its representative ("a lawyer for X") or its head ("the Santos campaign") speaks, or
when it answers the charge ("pleaded not guilty"); sought when a missing-comment note names it or points to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from provenance.core.attribution.sources import phrase_after
from provenance.core.segment import title_cased
from provenance.core.stages.reply_cues import cue_at, cue_index
from provenance.core.stages.reply_party import answerers, antecedent, negated, party_phrases
from provenance.core.stages.reply_phrase import Context, entity, trim
from provenance.core.stages.reply_reference import (
    MEMBERS,
    Parties,
    antecedent_party,
    described,
    heard_as,
    named_with,
    notes_by_party,
    party_kind,
    party_words,
    pronoun_party,
    referents_of,
    titled,
)
from provenance.core.stages.reply_speakers import Form, member_speaking, speaker_for, speaker_names
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
    SpeakerKind,
    Voice,
)
from provenance.ruleset.rules import AccusationCue, ReplyRule, SpeakerLexiconRule
from provenance.text.tokens import Token, Words, listed

_SPLIT = re.compile(r"[^a-z0-9]+")
_FAR = 1 << 62  # sorts after every end offset
_NAMES_BACK = 12  # parties named before a description ("this officer") among which its own is looked for


def _within_content(party: list[Token], at: int, contents: list[tuple[int, int]]) -> list[Token]:
    """The party cut to the reported words holding the cue: "Insiders say Mayor Cole handed" accuses Mayor Cole."""
    k = bisect_right(contents, (at, _FAR)) - 1  # the last content opening at or before the cue
    if k < 0 or not contents[k][0] <= at < contents[k][1]:
        return party
    start, end = contents[k]
    return [t for t in party if start <= t.start < end]


def _accusations(
    seg: Segmentation,
    notes: list[MissingComment],
    contents: list[tuple[int, int]],
    cues: dict[str, list[tuple[list[str], AccusationCue]]],
    ctx: Context,
) -> list[tuple[Span, list[Token], Span | None, str, list[Token]]]:
    """Every accusation word in the article's sentences (outside notes) with each entity it accuses."""
    noted = [(n.span.start, n.span.end) for n in notes]
    fillers = ctx.rule.fillers | ctx.lexicon.time_words
    found = []
    for sentence in seg.sentences:
        tokens = ctx.words.between(sentence.start, sentence.end)
        at = listed(tokens, cues)  # the words cue_at can start at, found in C
        titled: bool | None = None  # asked at the first charge: half the sentences hold a cue word, few a charge
        headline = seg.headline is not None and seg.headline.start <= sentence.start < seg.headline.end
        for i in at:
            token = tokens[i]
            hit = cue_at(tokens, i, cues, fillers, ctx.lexicon.definite)
            if hit is None or any(a <= token.start < b for a, b in noted):
                continue
            cue, j = hit
            if i and token.capitalized:
                continue  # "rapper Killer Mike": a cue capitalised inside a sentence is part of a name
            if (j < len(tokens) and tokens[j].lower in cue.not_before) or negated(tokens, i, cue, ctx):
                continue  # "struck a deal": another sense of the word; "has never lied": denied
            titled = title_cased(sentence.text) if titled is None else titled
            if titled:
                break  # "Affirm Sharia's Assault on the Constitution": in title case capitals name nothing
            cue_span = Span(tokens[i].start, tokens[j - 1].end, ctx.text[tokens[i].start : tokens[j - 1].end])
            for phrase in party_phrases(tokens, i, j, cue, ctx):
                phrase = _within_content(phrase, token.start, contents)
                # "accused him of", "He is accused of stealing": a pronoun stands for the person named before it; a
                # subject "he" left open ("would he be charged?", "if he lied") was dropped as unasserted already.
                party = entity(pronoun_party(phrase, ctx), tokens[0], ctx)
                if len(party) > 1 and party[0].lower in ctx.lexicon.possessive_determiners:
                    party = antecedent(tokens, bisect_right([t.start for t in tokens], party[0].start) - 1, ctx)
                    # "its forces", "his aides": the party is whom the pronoun stands for
                while len(party) > 1 and party[0].capitalized and any(
                    c.party == "modified" and parts == [party[0].lower] for parts, c in cues.get(party[0].lower, ())
                ):
                    party = party[1:]  # "Crooked Hillary lied": the epithet is a charge, not part of the name
                if party and _mid_word(party[0], ctx):
                    continue  # "the 9/11 attackers": the phrase begins inside a word
                if headline and party and not any(t.capitalized for t in party if t is not tokens[0]):
                    continue  # "Fintech founder misled investors", "accuses minister": shorthand the story names
                if party:
                    caller = _caller(tokens, party[0], cue, ctx)
                    found.append((cue_span, party, caller, cue.party, _agent(tokens, j, ctx)))
    return found


def _agent(tokens: list[Token], j: int, ctx: Context) -> list[Token]:
    """For "was accused by several athletes of": the phrase after a charge form ending in "by", who makes the charge."""
    if j >= len(tokens) or tokens[j - 1].lower not in ctx.rule.agent_words:
        return []
    return trim(phrase_after(tokens, j, ctx.text, ctx.lexicon, ctx.verbs), ctx)


def _caller(tokens: list[Token], first: Token, cue: AccusationCue, ctx: Context) -> Span | None:
    """For "called Trump a liar": the naming verb before the party, whose subject makes the charge."""
    k = bisect_right([t.start for t in tokens], first.start) - 2
    if cue.party not in ("label", "modified") or k < 0 or tokens[k].lower not in ctx.rule.naming_verbs:
        return None
    return Span(tokens[k].start, tokens[k].end, tokens[k].text)


def _mid_word(first: Token, ctx: Context) -> bool:
    """Whether a phrase's first word is glued to the word before it ("9/11", "ex-Mayor"): cut from a longer one."""
    before = ctx.text[max(0, first.start - 1) : first.start]
    return bool(before) and not before.isspace() and before not in "“\"‘'[—–"  # "(D)" is an aside


def _accuser(
    cue: Span, cue_owners: dict[int, str | None], index: VoiceIndex, stances: list[tuple[int, int]]
) -> tuple[bool, str | None]:
    """Whether the accusation stands as fact in someone's words, and whose: a speaker's id, or None (the outlet)."""
    if cue.start in cue_owners:
        return True, cue_owners[cue.start]  # "Trump accused Rafael Cruz of ...": the reporting verb is the charge
    voice, speaker = index.voice_of(cue.start, cue.end)
    if voice in (Voice.NARRATOR, Voice.HEADLINE):
        return True, None
    if voice is Voice.PARAPHRASE and speaker is None and any(a <= cue.start < b for a, b in stances):
        return True, None  # "Obama backed the murderous regime": a stance the outlet credits, in its own words
    return speaker is not None, speaker  # words no one is credited with ("they call X a traitor") accuse no one


def _speaks(attribution: Attribution, rule: ReplyRule, verbs: dict[str, object]) -> bool:
    """Whether the attribution gives its speaker's side: not a stance the article credits ("Clinton wanted to")."""
    entry = verbs.get(attribution.cue.text.lower()) if attribution.cue is not None else None
    if not (isinstance(entry, tuple) and getattr(entry[0], "kind", None) in rule.silent_kinds):
        return True
    # "Hale rejected the accusations as baseless": a stance on the charge itself is the party's side.
    content = attribution.content.text.lower() if attribution.content is not None else ""
    return any(word in rule.answer_objects for word in _SPLIT.split(content))


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
    cues = cue_index(rule.cues)
    document_words = document_words if document_words is not None else Words(text)
    bodies = tuple(party_words(s.name, rule, lexicon) for s in speakers if s.kind is not SpeakerKind.PERSON)
    ctx = Context(text, rule, lexicon, verbs, document_words, bodies)
    # "X did not respond to requests" can read as an attribution to X; inside a note it is not a reply.
    in_note = _noted(attributions, notes)
    noted = [(n, party_words(n.party.text, rule, lexicon)) for n in notes if n.party is not None]
    checks: list[ReplyCheck] = []
    seen: set[frozenset[str] | str] = set()
    linked: set[int] = set()
    named: list[tuple[Speaker, tuple[Form, ...]]] | None = None  # built at the first accusation
    matched: dict[frozenset[str], Speaker | None] = {}  # a party named again is matched again the same way
    index = VoiceIndex(seg, attributions)
    cue_owners = {a.cue.start: a.speaker for a in attributions if a.cue is not None and a.cue.end > a.cue.start}
    # Only a credited speaker's words cut the party: "seem intent on covering up" reports no one's words.
    contents = sorted((a.content.start, a.content.end) for a in attributions if a.content is not None and a.speaker)
    stances = [(a.content.start, a.content.end) for a in attributions if a.content and not _speaks(a, rule, verbs)]
    generic = lexicon.roles | lexicon.institutions | rule.party_nouns  # words naming no one in particular
    body_nouns = lexicon.institutions | rule.anaphoric  # "the bank", "the party": nouns a body's name may end in
    unheard: Parties[bool] = Parties()
    hits = []
    for cue, tokens, caller, shape, agent in _accusations(seg, notes, contents, cues, ctx):
        if caller is not None and cue_owners.get(caller.start) is None:
            continue  # "they call Julian Assange a traitor": the caller is no one the article credits
        # "Trump accused Cruz": the reporting verb's speaker charges its object; "Trump mocked a reporter" and "Hale
        # was charged with": its subject is the one charged, by whoever tells it.
        owners = {} if shape in ("before", "subject") and caller is None else cue_owners
        stated, accuser = _accuser(caller or cue, owners, index, stances)
        if agent and (named := named if named is not None else speaker_names(speakers, ctx)):
            by = speaker_for(party_words(_party_span(text, agent).text, rule, lexicon), named, frozenset())
            accuser = by.id if by is not None else accuser  # "was accused by the federation of": the federation
        if stated:
            hits.append((cue, tokens, accuser))
    # "Trump falsely claimed": the words the charge is about are not the party's answer to it.
    charged = {cue.end for cue, _, _ in hits}
    heard = {
        a.speaker for i, a in enumerate(attributions) if a.speaker and i not in in_note and _speaks(a, rule, verbs)
        and not (a.cue is not None and _after_space(text, a.cue.start) in charged)
    }
    # A party accused by a speaker and by the outlet is shown with the speaker's charge: who accuses it matters more.
    hits.sort(key=lambda hit: hit[2] is None)
    spans = [_party_span(text, tokens) for _, tokens, _ in hits]
    # Parties with a name, in text order: what a later description ("this officer") may stand for.
    parties = zip(hits, spans, strict=True)
    names = sorted(((sp.start, party_words(_name(sp, lexicon), rule, lexicon), sp, tokens)
                    for (_, tokens, _), sp in parties if not _description(tokens, generic, ctx)),
                   key=lambda name: name[0])
    referents = referents_of([(start, w, party_kind(tokens, ctx)) for start, w, _, tokens in names], speakers, ctx)
    accused = [(start, w, party_kind(tokens, ctx)) for start, w, _, tokens in names]
    notes_by = notes_by_party(noted, referents, ctx, accused)
    # "He did not respond": a pronoun names no party of its own to list.
    noted = [(n, w) for n, w in noted if not all(x in rule.ignore or x in lexicon.pronouns for x in w)]
    heard_via = heard_as(speakers, heard, referents, ctx)
    answered: Parties[bool] = Parties()  # "Hale pleaded not guilty", "Acme disputed the findings"
    for sentence in seg.sentences:
        for party in answerers(ctx.words.between(sentence.start, sentence.end), ctx):
            if (party := entity(pronoun_party(party, ctx), None, ctx)):
                answered.add(party_words(_party_span(text, party).text, rule, lexicon), True)
    for (cue, tokens, accuser), span in zip(hits, spans, strict=True):
        words = party_words(_name(span, lexicon), rule, lexicon)
        named = named if named is not None else speaker_names(speakers, ctx)
        if words not in matched:
            matched[words] = speaker_for(words, named, generic)
        speaker = matched[words]
        if speaker is None and _description(tokens, generic, ctx):
            # "this officer" after "Officer Brett Cullen": a description stands for the party named before with it.
            last = bisect_left(names, span.start, key=lambda name: name[0])
            before = [(w, sp) for _, w, sp, _ in names[max(0, last - _NAMES_BACK) : last] if words <= w]
            title = [] if before else titled(tokens[-1].lower, span.start, ctx)  # "Gov. Helen Price" ... "the governor"
            if not before and not title and tokens[0].lower in lexicon.definite and tokens[-1].lower in body_nouns:
                title = named_with(tokens[-1].lower, span.start, ctx)  # "the bank" after "Norland Bank traders"
            if title:
                before = [(party_words(_party_span(text, title).text, rule, lexicon), _party_span(text, title))]
            if before:
                words, span = before[-1]
                speaker = matched.setdefault(words, speaker_for(words, named, generic))
            elif (meant := described(tokens, ctx)) and (found := antecedent_party(
                span.start, meant, accused if meant[0] == MEMBERS else referents  # "managers": of a body accused
            )):
                words = found  # "the company" after "Andes Copper Corp said": the body named last before it
                if meant[0] == MEMBERS:  # "managers ignored complaints": the row names the bank they work for
                    span = next(sp for _, w, sp, _ in names if w == found)
                speaker = matched.setdefault(words, speaker_for(words, named, generic))
        if speaker is None and (owner := words - generic) and owner != words and tokens[-1].lower in generic:
            # "the Santos campaign", "Marsh's administration": a body named after its head answers through that head.
            head = matched.setdefault(frozenset(owner), speaker_for(frozenset(owner), named, generic))
            speaker = head if head is not None and head.id in heard else None
        if speaker is None or speaker.id not in heard:  # "ministers" heard through the Health Secretary
            speaking = [s for s in speakers if s.id in heard]
            # "Health Minister Peter Walsh" heard through "a spokesman for the Health Ministry": by the office's words.
            speaker = member_speaking(words, speaking, ctx) or member_speaking(_office(tokens, ctx), speaking, ctx) or (
                speaker)
        via = heard_via.get(words)  # "the company said": the description answers for the party it stands for
        if via is not None and via.id != accuser and (speaker is None or speaker.id not in heard):
            speaker = via  # a named speaker that only takes a stance may still answer through its description
        if speaker is not None and speaker.id == accuser:
            continue  # a speaker describing its own side is not an accusation against it
        key: frozenset[str] | str = speaker.id if speaker else words
        # "Paddock" after "Stephen Paddock": one entity that never speaks is one row, under its first name.
        again = speaker is None and not words <= generic and unheard.first(words) is not None
        if not words or key in seen or again:
            continue
        seen.add(key)
        if speaker is None:
            unheard.add(words, True)
        notes_of = notes_by.every(words)  # "Keane has not commented. His solicitor did not respond": one row
        note = notes_of[0] if notes_of else None
        if (speaker is not None and speaker.id in heard) or answered.first(words):
            status = ReplyStatus.REPLIED
            linked.update(map(id, notes_of))  # "Acme said ... and declined to comment further": its row says heard
        elif note is not None:
            status = ReplyStatus.DECLINED
            linked.update(map(id, notes_of))
        elif words == party_words(_name(span, lexicon), rule, lexicon) and (meant := described(tokens, ctx)) and (
            meant != (MEMBERS, frozenset())
        ):
            # "the company hid the results", "the governor lied", "the attackers fled" with no company, governor or
            # group named before: the description points back to no one, so whom to ask is not said, nor whether they
            # were heard. Holders of a role ("the trustees") are someone to ask, named or not.
            continue
        else:
            status = ReplyStatus.NOT_SOUGHT
        party_id = speaker.id if speaker else None
        checks.append(ReplyCheck(_name(span, lexicon), span, status, cue, accuser, party_id, note, rule.meta.id))
    checks.sort(key=lambda c: c.party_span.start if c.party_span is not None else 0)
    for note, _ in noted:
        if id(note) not in linked and note.party is not None:
            checks.append(ReplyCheck(note.party.text, note.party, ReplyStatus.DECLINED, note=note, rule=rule.meta.id))
    return tuple(checks)


def _description(tokens: list[Token], generic: frozenset[str], ctx: Context) -> bool:
    """Whether a party is only a description ("this officer", "the company", "senior managers"), no name ("the FBI")."""
    words = [t for t in tokens if t.lower not in ctx.lexicon.determiners]
    return all(not t.capitalized and (t.lower in generic or t.lower.removesuffix("s") in generic) for t in words) or (
        (meant := described(tokens, ctx)) is not None and meant[0] == MEMBERS
    )


def _office(tokens: list[Token], ctx: Context) -> frozenset[str]:
    """The words of the office before a titled name ("Health Minister" in "Health Minister Peter Walsh"), if any."""
    role = max((k for k, t in enumerate(tokens) if t.lower in ctx.lexicon.roles), default=-1)
    if role < 0 or role == len(tokens) - 1 or not all(t.capitalized for t in tokens[role + 1 :]):
        return frozenset()
    return party_words(" ".join(t.text for t in tokens[: role + 1]), ctx.rule, ctx.lexicon)


def _after_space(text: str, at: int) -> int:
    """Where the word before offset `at` ends: `at` with the spaces before it passed."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at


def _name(span: Span, lexicon: SpeakerLexiconRule) -> str:
    """A party's name: its words, or for a demonym standing alone ("a Russian strike") the country it stands for."""
    return lexicon.demonyms.get(span.text, span.text)


def _party_span(text: str, tokens: list[Token]) -> Span:
    end = tokens[-1].start + len(tokens[-1].bare)  # "Washington’s" names Washington
    return Span(tokens[0].start, end, text[tokens[0].start : end])


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
        message = (rule.meta.message or "Charge by {accuser} against {party}, not heard.").replace(
            "{party}", check.party
        ).replace("{accuser}", accuser)
        voice, speaker = index.voice_of(check.party_span.start, check.party_span.end)
        findings.append(Finding(rule.meta.id, rule.meta.category, rule.meta.severity, check.party_span, message,
                                voice, speaker, rule.meta.label, "ask the party for comment, or say it was asked"))
    return findings
