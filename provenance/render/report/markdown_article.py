"""One article's section of the Markdown report: chain, attributions, loaded terms, missing comment, right of reply."""

from __future__ import annotations

from collections import Counter

from provenance.model import (
    TERM_CATEGORIES,
    Affiliation,
    Attribution,
    Document,
    Finding,
    Relay,
    ReplyCheck,
    ReplyStatus,
    Speaker,
    SpeakerKind,
    Voice,
    readable,
)
from provenance.model.corpus import ArticleRow
from provenance.render.markdown_text import cell, inline, shorten, table
from provenance.render.words import plural

# Long articles name dozens of speakers; the report shows the first ones and says how many more.
MAX_SPEAKERS = 12
MAX_ATTRIBUTIONS = 15
MAX_TERMS = 15
QUOTE_LIMIT = 160
CONTEXT = 90  # characters of the sentence kept on each side of a loaded term


def _at(prose: str, start: int, end: int) -> str:
    return readable(prose[start:end])


def _affiliation(aff: Affiliation) -> str:
    text = aff.label
    if aff.country and aff.country.casefold() not in aff.label.casefold():
        text += f", {aff.country}"
    return text


def _speaker_line(speaker: Speaker, said: int) -> str:
    parts = [speaker.kind.value]
    if speaker.role:
        parts.append(inline(speaker.role))
    if speaker.organization:
        parts.append(inline(speaker.organization))
    if speaker.affiliation is not None:
        parts.append(inline(_affiliation(speaker.affiliation)))
    flag = " — **anonymous**" if speaker.anonymous or speaker.kind is SpeakerKind.ANONYMOUS else ""
    return f"**{inline(speaker.name)}** ({', '.join(parts)}) — {plural(said, 'attribution')}{flag}"


def _via(relay: Relay) -> str:
    note = _affiliation(relay.affiliation) if relay.affiliation else "not in a source registry"
    return f"- via **{inline(relay.outlet)}** ({inline(note)})"


def chain(doc: Document, publisher: str | None) -> list[str]:
    """The source chain as a nested list: publisher, relays in order, then the speakers they carry."""
    name = doc.publisher(publisher)
    lines = [f"- {inline(name) if name else 'Publisher (this article)'}"]
    if doc.publisher_affiliation is not None:
        lines[0] += f" — {inline(_affiliation(doc.publisher_affiliation))}"
    depth = 1
    tree = doc.chain()
    for relay in tree.outlets:
        lines.append("  " * depth + _via(relay))
        depth += 1
    said = Counter(a.speaker for a in doc.attributions)
    for relay, carried in tree.cited:
        lines.append("  " * depth + _via(relay))
        lines.extend("  " * (depth + 1) + f"- {_speaker_line(s, said.get(s.id, 0))}" for s in carried)
    ranked = sorted(tree.speakers, key=lambda s: (-said.get(s.id, 0), s.mentions[0].start if s.mentions else 0))
    for speaker in ranked[:MAX_SPEAKERS]:
        lines.append("  " * depth + f"- {_speaker_line(speaker, said.get(speaker.id, 0))}")
    if len(ranked) > MAX_SPEAKERS:
        lines.append("  " * depth + f"- … and {plural(len(ranked) - MAX_SPEAKERS, 'more speaker')}")
    unknown = len(tree.unidentified)
    if unknown:
        lines.append("  " * depth + f"- unidentified speaker — {plural(unknown, 'attribution')}")
    return lines


def _name(doc: Document, attribution: Attribution) -> str:
    found = doc.speaker(attribution.speaker)
    if found is not None:
        return found.name
    return attribution.source.text if attribution.source else "unidentified"


def attributions(doc: Document, prose: str) -> list[str]:
    """A table of who said what; the first MAX_ATTRIBUTIONS rows."""
    rows = [
        [
            cell(_name(doc, a), 40),
            cell(_at(prose, a.cue.start, a.cue.end), 30) if a.cue else "—",
            a.kind.value,
            cell(_at(prose, a.content.start, a.content.end), QUOTE_LIMIT) if a.content else "—",
        ]
        for a in doc.attributions[:MAX_ATTRIBUTIONS]
    ]
    lines = table(["Speaker", "Cue", "Kind", "Quote or paraphrase"], rows)
    if len(doc.attributions) > MAX_ATTRIBUTIONS:
        lines += ["", f"… {plural(len(doc.attributions) - MAX_ATTRIBUTIONS, 'more attribution')} not shown."]
    return lines


def _sentence(doc: Document, finding: Finding) -> tuple[int, int]:
    for sentence in doc.segmentation.sentences:
        if sentence.start <= finding.span.start and finding.span.end <= sentence.end:
            return sentence.start, sentence.end
    return finding.span.start, finding.span.end


def term_in_context(doc: Document, prose: str, finding: Finding) -> str:
    """The sentence a term sits in, cut around the term, with the term in bold."""
    start, end = _sentence(doc, finding)
    before = _at(prose, start, finding.span.start)
    after = _at(prose, finding.span.end, end)
    if len(before) > CONTEXT:
        before = "…" + before[-CONTEXT:].split(" ", 1)[-1]
    if len(after) > CONTEXT:
        after = after[:CONTEXT].rsplit(" ", 1)[0] + "…"
    term = inline(_at(prose, finding.span.start, finding.span.end))
    left = inline(before) + (" " if prose[finding.span.start - 1 : finding.span.start].isspace() else "")
    right = (" " if prose[finding.span.end : finding.span.end + 1].isspace() else "") + inline(after)
    return f"{left}**{term}**{right}"


def loaded_terms(doc: Document, prose: str) -> list[str]:
    """Loaded terms, the outlet's own words first, each with its sentence."""
    found = [f for f in doc.findings if f.category in TERM_CATEGORIES]
    found.sort(key=lambda f: (f.voice.rank, f.span.start))
    lines = []
    for finding in found[:MAX_TERMS]:
        term = inline(_at(prose, finding.span.start, finding.span.end))
        voice = finding.voice.value
        speaker = doc.speaker(finding.speaker)
        if speaker is not None and finding.voice in (Voice.QUOTED, Voice.PARAPHRASE):
            voice += f" · {inline(speaker.name)}"
        detail = [inline(finding.label or finding.category), voice]
        if finding.suggestion:
            detail.append(f"suggested: {inline(finding.suggestion)}")
        lines.append(f"- **{term}** ({'; '.join(detail)})  ")
        lines.append(f"  {term_in_context(doc, prose, finding)}")
    if len(found) > MAX_TERMS:
        lines.append(f"- … and {plural(len(found) - MAX_TERMS, 'more term')}")
    return lines


def missing_comments(doc: Document, prose: str) -> list[str]:
    """Each missing-comment note's sentence, with the party it names."""
    lines = []
    for note in doc.missing_comments:
        start, end = note.span.start, note.span.end
        for sentence in doc.segmentation.sentences:
            if sentence.start <= start and end <= sentence.end:
                start, end = sentence.start, sentence.end
        party = f"**{inline(_at(prose, note.party.start, note.party.end))}**: " if note.party else ""
        lines.append(f"- {party}{inline(shorten(_at(prose, start, end), 300))}")
    return lines


_REPLY_STATUS = {
    ReplyStatus.REPLIED: "heard",
    ReplyStatus.DECLINED: "sought: no comment noted",
    ReplyStatus.NOT_SOUGHT: "**not heard, not sought**",
}


def _reply_row(doc: Document, prose: str, check: ReplyCheck) -> list[str]:
    party = _at(prose, check.party_span.start, check.party_span.end) if check.party_span else check.party
    if check.party_span is not None and check.party != check.party_span.text:
        party = f"{check.party} (“{party}”)"  # "Russia (“Russian”)": the state a demonym stands for
    accuser = doc.speaker(check.accuser)
    by = accuser.name if accuser is not None else ("the article" if check.accusation is not None else "—")
    if check.accusation is not None:
        charge = f"“{_at(prose, check.accusation.start, check.accusation.end)}”"
    else:
        charge = _at(prose, check.note.span.start, check.note.span.end) if check.note else "—"
    heard = doc.speaker(check.speaker)
    named = heard is not None and heard.name.casefold() not in party.casefold()  # "the US-led coalition" names it
    status = _REPLY_STATUS[check.status]
    if heard is not None and named and check.status is ReplyStatus.REPLIED:
        status += f" (as {inline(heard.name)})"
    return [cell(party, 50), status, cell(by, 40), cell(charge, 80)]


def right_of_reply(doc: Document, prose: str) -> list[str]:
    """Each party the article or a speaker accuses, who accuses it, and whether it is heard or its silence noted."""
    if not doc.replies:
        return ["No accused party found."]
    return table(["Party", "Reply", "Accused by", "Charge or note"], [_reply_row(doc, prose, c) for c in doc.replies])


def section(doc: Document, row: ArticleRow, number: int, publisher: str | None) -> list[str]:
    """The whole section of one article."""
    prose = doc.view
    figures = [plural(row.words, "word"), plural(row.attributions, "attribution"), plural(row.speakers, "speaker")]
    if row.flesch is not None:
        figures.append(f"Flesch reading ease {row.flesch:.1f}")
    lines = [f"### {number}. {inline(shorten(row.title, 150))}", ""]
    if doc.path:
        lines += [f"File: {inline(doc.path)}  "]
    lines += [" · ".join(figures), "", "**Source chain**", "", *chain(doc, publisher), ""]
    if doc.attributions:
        lines += ["**Attributions**", "", *attributions(doc, prose), ""]
    terms = loaded_terms(doc, prose)
    lines += ["**Loaded terms and hedges**", "", *(terms or ["None found."]), ""]
    notes = missing_comments(doc, prose)
    if notes:
        lines += ["**Missing comment**", "", *notes, ""]
    lines += ["**Right of reply**", "", *right_of_reply(doc, prose), ""]
    return lines
