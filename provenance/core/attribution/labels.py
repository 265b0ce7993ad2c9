"""Attribution by layout rather than by verb: "Claim – Russia" headlines, "PENCE: …" transcripts, "” ― Name"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance.core.attribution.found import Found
from provenance.core.attribution.mention import Mention, classify, speaker_noun
from provenance.model import Span, SpeakerKind
from provenance.ruleset.rulebook import KnownOutlet
from provenance.ruleset.rules import HeadlineDashRule, SpeakerLexiconRule
from provenance.text.tokens import Token, tokenize, trimmed_span

_QUOTE_OPENERS = "\"“‘'"
_QUOTE_CLOSERS = "\"”’'"
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", ")")
_TRAILER_TIMEOUT = 0.05  # seconds per paragraph: a rule's pattern meets untrusted text
_SIGNATURE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+\.")  # "Michael Pravica.", "Toni LeAnn Williams."


def labelled(
    text: str, block: Span, rule: HeadlineDashRule, lexicon: SpeakerLexiconRule, outlets: dict[str, KnownOutlet]
) -> tuple[Span, Mention, Span] | None:
    """Cue, speaker and content when `block` (a headline or a paragraph) is attributed by a separator."""
    body = block.text
    lead = len(body) - len(body.lstrip(_QUOTE_OPENERS)) if rule.upper_case else 0  # '"PENCE: Well, …'
    for dash in rule.dashes:
        cut = body.find(dash, lead) if rule.source_first else body.rfind(dash)
        if cut <= lead:
            continue
        after = block.start + cut + len(dash)
        source, claim = (block.start + lead, block.start + cut), (after, block.end)
        if not rule.source_first:
            source, claim = claim, source
            if rule.after_quote and not body[:cut].rstrip().endswith(tuple(_QUOTE_CLOSERS)):
                continue  # "” ― Sonya Herridge": only a quotation is signed this way
            if rule.trailer is not None:
                # "… pic.twitter.com/x — Paul Ryan (@SpeakerRyan) July 5, 2016": the name ends where the trailer starts.
                try:
                    tail = rule.trailer.search(text, source[0], source[1], timeout=_TRAILER_TIMEOUT)
                except TimeoutError:
                    tail = None
                if tail is None or text[tail.end() : source[1]].strip() or tail.start() <= source[0]:
                    continue
                source = (source[0], tail.start())
        tokens = tokenize(text, *source)
        if not tokens or len(tokens) > rule.max_source_words or not tokens[0].capitalized:
            continue
        if " ".join(t.lower for t in tokens) in rule.not_sources:
            continue  # "The Latest: …", "Breaking: …": a kicker label, not a speaker
        if any(t.lower in lexicon.passive for t in tokens):
            continue  # "Fix Is In: …", "Here's Why: …": a clause before the colon is a kicker, never a name
        if rule.upper_case and not all(t.text.isupper() for t in tokens):
            continue  # "Update: …" is a label, "WALLACE: …" a speaker
        if not rule.source_first and text[tokens[-1].end : source[1]].strip(" .\u00a0"):
            continue  # the name must end the block: "― Name." and nothing after
        mention = classify(tokens, text, lexicon, outlets)
        if mention is None or mention.generic:
            continue
        return Span(block.start + cut, after, dash), mention, trimmed_span(text, *claim)
    return None


def _words(text: str, span: Span) -> int:
    return len(tokenize(text, span.start, span.end))


def _prose(text: str, paragraph: Span, shortest: int) -> bool:
    """A paragraph of running text: longer than a signature, ending as a sentence ends."""
    return paragraph.text.rstrip().endswith(_SENTENCE_ENDS) and _words(text, paragraph) > shortest


def signature_shape(paragraph: Span, rule: HeadlineDashRule) -> bool:
    """Whether a paragraph looks like a sign-off: a few capitalised words and a period ("Toni LeAnn Williams.")."""
    body = paragraph.text.strip()
    return bool(_SIGNATURE.fullmatch(body)) and len(body.split()) <= rule.max_source_words and not body.isupper()


def signed(
    text: str,
    paragraphs: Sequence[Span],
    p_index: int,
    rule: HeadlineDashRule,
    lexicon: SpeakerLexiconRule,
    outlets: dict[str, KnownOutlet],
    common: frozenset[str],
) -> tuple[Span, Mention, Span] | None:
    """Cue, writer and letter when paragraph `p_index` (of signature shape) holds only a name closing the letter
    above it ("… a big distraction!" / "John Weinbrecht."): the paragraphs of prose before it, back to a heading or
    an earlier signature, are the writer's. `common` holds the words the article also writes in lower case: a
    subheading of common words ("Human Rights.", "Climate Change.") is no one's name."""
    block = paragraphs[p_index]
    tokens = tokenize(text, block.start, block.start + len(block.text.rstrip()) - 1)  # the name, not its period
    if p_index == 0 or any(t.lower in common or t.text != t.bare for t in tokens):
        return None  # "Switzerland’s Trump.": a possessive makes a title, not a name
    first = p_index
    while first > 0 and _prose(text, paragraphs[first - 1], rule.max_source_words):
        first -= 1
    between = text[paragraphs[p_index - 1].end : block.start]
    if first == p_index or not any(dash in between for dash in rule.dashes):
        return None  # "… Porter Goss\nAmbassador John Bolton.": a list running on, not a letter signed
    mention = classify(tokens, text, lexicon, outlets)
    if mention is None or mention.kind is not SpeakerKind.PERSON or mention.generic or mention.refers:
        return None
    letter = trimmed_span(text, paragraphs[first].start, paragraphs[p_index - 1].end)
    return Span(block.start, block.start, ""), mention, letter


def common_label(tokens: list[Token], common: frozenset[str], lexicon: SpeakerLexiconRule) -> bool:
    """Whether a label is made of words the article also writes in lower case ("Tea With the Curate"), other than
    speaker nouns ("Poll: …", "Officials: …"): a title of common words, not a name."""
    return len(tokens) > 1 and any(t.lower in common and not speaker_noun(t.lower, lexicon) for t in tokens)


def without_lone_turn(found: list[Found], turn_rules: frozenset[str]) -> list[Found]:
    """The attributions less a transcript label that stands alone: a transcript has two turns at least (a headline
    "WALLACE: …" may be the first), so one capitalised label ("CIA & JFK: The Secret …") is a title."""
    turns = [f for f in found if f.rule in turn_rules or (f.paragraph == 0 and _capitals(f.mention))]
    return [f for f in found if f is not turns[0]] if len(turns) == 1 and turns[0].paragraph else found


def _capitals(mention: Mention | None) -> bool:
    return mention is not None and mention.name.isupper()


def credited(
    text: str,
    paragraphs: Sequence[Span],
    p_index: int,
    rule: HeadlineDashRule,
    lexicon: SpeakerLexiconRule,
    outlets: dict[str, KnownOutlet],
) -> tuple[Span, Mention, Span] | None:
    """Cue, source and content when paragraph `p_index` is a credit line for the paragraph above it ("Source:
    NATO." under a chart, "–Newsweek" under an excerpt): a label or a dash, then a short name and nothing else."""
    block = paragraphs[p_index]
    body = block.text.rstrip()
    lead = len(block.text) - len(block.text.lstrip())
    dash = next((d for d in rule.dashes if body[lead:].startswith(d)), None)
    if p_index == 0 or dash is None:
        return None
    start = block.start + lead + len(dash)
    tokens = tokenize(text, start, block.start + len(body.rstrip(".")))
    if not tokens or len(tokens) > rule.max_source_words or not all(t.capitalized for t in tokens):
        return None
    mention = classify(tokens, text, lexicon, outlets)
    if mention is None or mention.generic or mention.refers:
        return None
    content = trimmed_span(text, paragraphs[p_index - 1].start, paragraphs[p_index - 1].end)
    return (Span(start - len(dash), start, dash), mention, content) if content.text else None
