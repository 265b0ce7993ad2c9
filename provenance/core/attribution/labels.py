"""Attribution by layout rather than by verb: "Claim – Russia" headlines, "PENCE: …" transcripts, "” ― Name"."""

from __future__ import annotations

from provenance.core.attribution.mention import Mention, classify
from provenance.model import Span
from provenance.ruleset.rulebook import KnownOutlet
from provenance.ruleset.rules import HeadlineDashRule, SpeakerLexiconRule
from provenance.text.tokens import tokenize, trimmed_span

_QUOTE_OPENERS = "\"“‘'"
_QUOTE_CLOSERS = "\"”’'"


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
