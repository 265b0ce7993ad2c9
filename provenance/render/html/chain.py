"""The attribution chain as a tree: publisher, then the relay outlets in order, then the speakers they carry."""

from __future__ import annotations

from collections import Counter

from provenance.model import Affiliation, Attribution, AttributionKind, Document, Relay, Speaker, SpeakerKind
from provenance.render.html.cards import affiliation_text, excerpt, is_anonymous
from provenance.render.html.escape import line
from provenance.render.html.kinds import plural
from provenance.render.html.prose import span_text

PUBLISHER_DEFAULT = "Publisher (this article)"


def _summary(doc: Document, attributions: list[Attribution]) -> str:
    if not attributions:
        return '<span class="dim">no attributions</span>'
    kinds = Counter(a.kind for a in attributions)
    parts = ", ".join(f"{kinds[k]} {k.value}" for k in AttributionKind if kinds[k])
    cues = Counter(excerpt(span_text(doc, a.cue), 24) for a in attributions if a.cue is not None)
    shown = f"{plural(len(attributions), 'attribution')}: {parts}"
    if cues:
        shown += "; cues " + ", ".join(f"“{line(c)}”" + (f" ×{n}" if n > 1 else "") for c, n in cues.items())
    return f'<span class="dim">{shown}</span>'


def _badge(aff: Affiliation) -> str:
    # The wires registry marks news agencies with the typology "wire"; every other registry entry is state media.
    classes = "badge" if aff.typology == "wire" else "badge state"
    return f'<span class="{classes}">{line(affiliation_text(aff))}</span>'


def _relay(relay: Relay) -> str:
    head = f'<span class="node relay"><span class="role">via</span> <b>{line(relay.outlet)}</b>'
    if relay.affiliation is not None:
        head += " " + _badge(relay.affiliation)
    else:
        head += ' <span class="dim">not in a source registry</span>'
    return head + "</span>"


def _speaker(doc: Document, speaker: Speaker, attributions: list[Attribution]) -> str:
    details = [speaker.kind.value, *(d for d in [speaker.role] if d)]
    if speaker.organization and speaker.kind is not SpeakerKind.PERSON:
        details.append(speaker.organization)
    shown = f'<span class="node speaker"><b>{line(speaker.name)}</b> · ' + " · ".join(line(d) for d in details)
    if speaker.affiliation is not None:
        shown += " " + _badge(speaker.affiliation)
    if is_anonymous(speaker):
        shown += ' <span class="badge anon">ANONYMOUS</span>'
    shown += f"<br>{_summary(doc, attributions)}</span>"
    if speaker.organization and speaker.kind is SpeakerKind.PERSON:
        shown += f'<ul><li><span class="node org">→ {line(speaker.organization)}</span></li></ul>'
    return shown


def chain_html(doc: Document, publisher: str | None) -> str:
    """The chain as nested lists (a tree that reads in order without styles and with a screen reader)."""
    root = f"<b>{line(doc.publisher(publisher) or PUBLISHER_DEFAULT)}</b>"
    if doc.publisher_affiliation is not None:
        root += " " + _badge(doc.publisher_affiliation)
    levels = [f'<span class="node pub">{root}</span>']
    tree = doc.chain()
    levels.extend(_relay(relay) for relay in tree.outlets)
    by_speaker: dict[str | None, list[Attribution]] = {}
    for attribution in doc.attributions:
        by_speaker.setdefault(attribution.speaker, []).append(attribution)
    leaves = [
        _relay(relay) + "<ul>" + "".join(f"<li>{_speaker(doc, s, by_speaker.get(s.id, []))}</li>" for s in carried)
        + "</ul>"
        for relay, carried in tree.cited
    ]
    leaves += [_speaker(doc, s, by_speaker.get(s.id, [])) for s in tree.speakers]
    orphans = list(tree.unidentified)
    if orphans:
        leaves.append(f'<span class="node speaker"><b>Unidentified speaker</b><br>{_summary(doc, orphans)}</span>')
    if not leaves and len(levels) == 1:
        leaves.append('<span class="dim">no relays or speakers found</span>')
    inner = "<ul>" + "".join(f"<li>{leaf}</li>" for leaf in leaves) + "</ul>" if leaves else ""
    for level in reversed(levels):
        inner = f"<ul><li>{level}{inner}</li></ul>"
    return inner.replace("<ul>", '<ul class="tree">', 1)
