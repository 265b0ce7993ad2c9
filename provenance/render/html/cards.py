"""One card per finding: kind, rule, message, voice and speaker, neutral alternative; the notes list under the article.

The cards are the numbered notes of the page; the page script copies them into the popover shown
on hover or focus, so their content exists once and still reads (and prints) without the script.
"""

from __future__ import annotations

from provenance.model import Affiliation, Attribution, Document, Finding, Speaker, SpeakerKind, Voice
from provenance.render.html.escape import line
from provenance.render.html.kinds import Numbered, kind_of, label_of, speaker_name
from provenance.render.html.prose import span_text

QUOTE_LIMIT = 200


def excerpt(s: str, limit: int = QUOTE_LIMIT) -> str:
    """One line of untrusted text cut to `limit` characters (not yet escaped)."""
    flat = " ".join(s.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def affiliation_text(aff: Affiliation) -> str:
    """A registry affiliation as "label, country [code]", without repeating a country the label names."""
    shown = aff.label
    if aff.country and aff.country.casefold() not in aff.label.casefold():
        shown += f", {aff.country}"
    return shown + (f" [{aff.typology}]" if aff.typology else "")


def speaker_details(speaker: Speaker) -> list[str]:
    """Kind, role, organisation and affiliation of a speaker, as plain (unescaped) strings."""
    details = [speaker.kind.value]
    if speaker.role:
        details.append(speaker.role)
    if speaker.organization:
        details.append(speaker.organization)
    if speaker.affiliation is not None:
        details.append(affiliation_text(speaker.affiliation))
    return details


def is_anonymous(speaker: Speaker) -> bool:
    """Whether the article leaves this speaker unnamed."""
    return speaker.anonymous or speaker.kind is SpeakerKind.ANONYMOUS


def _row(term: str, value_html: str) -> str:
    return f"<dt>{term}</dt><dd>{value_html}</dd>"


def _attribution_of(doc: Document, finding: Finding) -> Attribution | None:
    for a in doc.attributions:
        anchor = a.cue or a.content
        if anchor is not None and (anchor.start, anchor.end) == (finding.span.start, finding.span.end):
            return a
    return None


def _speaker_rows(doc: Document, finding: Finding) -> list[str]:
    rows = []
    voice = finding.voice.value
    name = speaker_name(doc, finding.speaker)
    if name is None and finding.voice in (Voice.QUOTED, Voice.PARAPHRASE):
        name = "speaker unknown"
    rows.append(_row("Voice", voice))
    if name is not None:
        speaker = doc.speaker(finding.speaker)
        shown = f"<b>{line(name)}</b>"
        if speaker is not None:
            shown += "".join(f" · {line(d)}" for d in speaker_details(speaker))
            if is_anonymous(speaker):
                shown += ' <span class="badge anon">ANONYMOUS</span>'
        rows.append(_row("Speaker", shown))
    return rows


def card_body(doc: Document, finding: Finding) -> str:
    """The inside of one card, escaped."""
    kind = kind_of(finding)
    head = f'<span class="kind k-{kind}">{label_of(kind)}</span>'
    if finding.label:
        head += f" · {line(finding.label)}"
    head += f' <span class="sev sev-{finding.severity.value}">{finding.severity.value}</span>'
    rows = [_row("Text", f"“{line(excerpt(span_text(doc, finding.span)))}”")]
    attribution = _attribution_of(doc, finding) if finding.category == "attribution" else None
    if attribution is not None:
        rows.append(_row("Kind", attribution.kind.value))
        if attribution.source is not None:
            rows.append(_row("Source", line(excerpt(span_text(doc, attribution.source)))))
        if attribution.content is not None:
            rows.append(_row("Says", f"“{line(excerpt(span_text(doc, attribution.content)))}”"))
    rows += _speaker_rows(doc, finding)
    if finding.suggestion:
        rows.append(_row("Neutral alternative" if kind != "reply" else "Suggestion", line(finding.suggestion)))
    rows.append(_row("Rule", f"<code>{line(finding.rule)}</code>"))
    return f'<p class="card-head">{head}</p><p class="msg">{line(finding.message)}</p><dl>{"".join(rows)}</dl>'


def notes_html(doc: Document, numbered: Numbered, prefix: str) -> str:
    """The numbered notes: one card per finding, each linking back to its place in the text."""
    if not numbered:
        return '<p class="dim">No findings.</p>'
    items = []
    for n, f in numbered:
        kind = kind_of(f)
        back = f'<a class="back" href="#{prefix}m{n}" aria-label="note {n}: show in the text">{n}</a>'
        items.append(f'<li id="{prefix}n{n}" class="card" data-k="{kind}">{back}{card_body(doc, f)}</li>')
    return f'<ol class="notes">{"".join(items)}</ol>'
