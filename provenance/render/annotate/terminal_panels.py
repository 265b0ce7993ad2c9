"""Panels of the terminal review below the article: attribution chain, terms, notes, readability.

Every string that comes from the article (names, terms, sentences, even labels a rule built
from article text) goes through the sanitizer and into a `Text`, never into markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich import box
from rich.console import RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from provenance.model import (
    TERM_CATEGORIES,
    Affiliation,
    Attribution,
    AttributionKind,
    Document,
    Finding,
    Relay,
    ReplyCheck,
    ReplyStatus,
    Speaker,
    SpeakerKind,
    Voice,
)
from provenance.render.sanitize import display_line
from provenance.render.words import plural

# One style per finding category; few colours, each with a meaning (cyan: who speaks,
# yellow: wording to check, red: an unnamed source, blue: a party not heard, magenta: relays).
CATEGORY_STYLES: dict[str, str] = {
    "attribution": "bold cyan",
    "relay": "bold magenta",
    "loaded-term": "bold yellow",
    "hedge": "underline yellow",
    "missing-comment": "underline blue",
    "anonymous-source": "bold red",
    "anonymity-explained": "green",
    "scare-quote": "italic yellow",
    "right-of-reply": "bold blue",
    "unattributed-claim": "dim underline",
}
DEFAULT_STYLE = "bold"
SOURCE_STYLE = "cyan"
CONTENT_STYLE = "italic"
MARKER_STYLE = "dim"
PUBLISHER_DEFAULT = "Publisher (this article)"

# A pre-publication check cares first about the outlet's own words, then about what it
# paraphrases (its wording, someone else's claim), and last about verbatim quotes.

Numbered = Sequence[tuple[int, Finding]]


def line(s: str, style: str = "") -> Text:
    """A one-line Text of untrusted text, sanitized."""
    # The style goes on a span, not the Text's base, so text appended later does not inherit it.
    text = Text()
    text.append(display_line(s), style=style)
    return text


def excerpt(s: str, limit: int = 48) -> str:
    """A sanitized one-line excerpt, shortened with an ellipsis past `limit` characters."""
    flat = " ".join(display_line(s).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def speaker_name(doc: Document, speaker_id: str | None) -> str | None:
    """The display name of a speaker id (the id itself if the document lacks it)."""
    if speaker_id is None:
        return None
    found = doc.speaker(speaker_id)
    return found.name if found is not None else speaker_id


def _voice_parts(doc: Document, finding: Finding) -> tuple[str, str | None]:
    name = speaker_name(doc, finding.speaker)
    if name is None and finding.voice in (Voice.QUOTED, Voice.PARAPHRASE):
        name = "speaker unknown"
    return finding.voice.value, name


def voice_text(doc: Document, finding: Finding) -> str:
    """Whose words a finding's span is, e.g. "quoted · Maria Zakharova"."""
    voice, name = _voice_parts(doc, finding)
    return f"{voice} · {name}" if name else voice


def _voice_cell(doc: Document, finding: Finding) -> Text:
    voice, name = _voice_parts(doc, finding)
    cell = Text(voice, style="dim" if name else "")
    if name:
        cell.append("\n")
        cell.append_text(line(name))
    return cell


def affiliation_text(aff: Affiliation) -> str:
    """An affiliation as "label, country [code]", without repeating a country the label names."""
    text = aff.label
    if aff.country and aff.country.casefold() not in aff.label.casefold():
        text += f", {aff.country}"
    if aff.typology:
        text += f" [{aff.typology}]"
    return text


def _attribution_summary(attributions: list[Attribution]) -> Text:
    if not attributions:
        return Text("no attributions", style="dim")
    kinds = Counter(a.kind for a in attributions)
    parts = [f"{kinds[k]} {k.value}" for k in AttributionKind if kinds[k]]
    cues = Counter(excerpt(a.cue.text, 24) for a in attributions if a.cue is not None)
    summary = f"{plural(len(attributions), 'attribution')}: {', '.join(parts)}"
    if cues:
        summary += "; cues " + ", ".join(f"“{c}”" + (f" ×{n}" if n > 1 else "") for c, n in cues.items())
    return Text(summary, style="dim")


def _speaker_label(speaker: Speaker, attributions: list[Attribution]) -> Text:
    label = line(speaker.name, "bold")
    details = [speaker.kind.value]
    if speaker.role:
        details.append(display_line(speaker.role))
    if speaker.organization and speaker.kind is not SpeakerKind.PERSON:
        details.append(display_line(speaker.organization))
    if speaker.affiliation is not None:
        details.append(display_line(affiliation_text(speaker.affiliation)))
    label.append(" · " + " · ".join(details))
    if speaker.anonymous or speaker.kind is SpeakerKind.ANONYMOUS:
        label.append("  ")
        label.append("ANONYMOUS", style="bold red")
    label.append("\n")
    label.append_text(_attribution_summary(attributions))
    return label


def _relay_label(relay: Relay) -> Text:
    label = line(relay.outlet, CATEGORY_STYLES["relay"])
    if relay.affiliation is not None:
        label.append(" — " + display_line(affiliation_text(relay.affiliation)))
    else:
        label.append(" — not in a source registry", style="dim")
    return label


def _add_speaker(parent: Tree, speaker: Speaker, by_speaker: dict[str | None, list[Attribution]]) -> None:
    node = parent.add(_speaker_label(speaker, by_speaker.get(speaker.id, [])))
    if speaker.organization and speaker.kind is SpeakerKind.PERSON:
        node.add(line("→ " + speaker.organization))


def chain_panel(doc: Document, publisher: str | None = None) -> Panel:
    """Panel "Attribution chain": publisher, then relay outlets, then the speakers they carry."""
    root_label = line(doc.publisher(publisher) or PUBLISHER_DEFAULT, "bold")
    if doc.publisher_affiliation is not None:
        root_label.append(" — " + display_line(affiliation_text(doc.publisher_affiliation)))
    root = Tree(root_label, guide_style="dim")
    parent = root
    tree = doc.chain()
    for relay in tree.outlets:
        parent = parent.add(_relay_label(relay))
    by_speaker: dict[str | None, list[Attribution]] = {}
    for attribution in doc.attributions:
        by_speaker.setdefault(attribution.speaker, []).append(attribution)
    for relay, carried in tree.cited:
        cited = parent.add(_relay_label(relay))
        for speaker in carried:
            _add_speaker(cited, speaker, by_speaker)
    for speaker in tree.speakers:
        _add_speaker(parent, speaker, by_speaker)
    orphans = list(tree.unidentified)
    if orphans:
        label = Text()
        label.append("Unidentified speaker", style="bold")
        label.append("\n")
        label.append_text(_attribution_summary(orphans))
        parent.add(label)
    if not doc.relays and not doc.speakers and not orphans:
        root.add(Text("no relays or speakers found", style="dim"))
    return Panel(root, title="Attribution chain", title_align="left", border_style="dim")


def terms_panel(doc: Document, numbered: Numbered) -> Panel:
    """Panel of loaded terms and hedges, the outlet's own wording first."""
    rows = [(n, f) for n, f in numbered if f.category in TERM_CATEGORIES]
    rows.sort(key=lambda row: (row[1].voice.rank, row[1].span.start, row[0]))
    title = "Loaded terms and hedges" if any(f.category == "hedge" for _, f in rows) else "Loaded terms"
    if not rows:
        return Panel(Text("none found", style="dim"), title=title, title_align="left", border_style="dim")
    table = Table(
        box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False, collapse_padding=True, header_style="bold"
    )
    table.add_column("#", justify="right", style=MARKER_STYLE, no_wrap=True)
    table.add_column("Term", ratio=1, overflow="fold")
    table.add_column("Voice", ratio=1, overflow="fold")
    table.add_column("Suggested wording", ratio=1, overflow="fold")
    for index, (n, finding) in enumerate(rows):
        shown = doc.shown(finding.span.start, finding.span.end)
        term = line(shown, CATEGORY_STYLES.get(finding.category, DEFAULT_STYLE))
        term.append("\n")
        term.append(display_line(finding.label or finding.category), style="dim")
        suggestion = line(finding.suggestion) if finding.suggestion else Text("—", style="dim")
        # A rule between voice groups: the outlet's own words, then paraphrase, then quotes.
        last = index + 1 == len(rows) or rows[index + 1][1].voice.rank != finding.voice.rank
        table.add_row(Text(f"[{n}]"), term, _voice_cell(doc, finding), suggestion, end_section=last)
    return Panel(table, title=title, title_align="left", border_style="dim")


def _sentence_of(doc: Document, start: int, end: int) -> tuple[int, int]:
    for sentence in doc.segmentation.sentences:
        if sentence.start <= start and end <= sentence.end:
            return sentence.start, sentence.end
    return start, end


def missing_panel(doc: Document) -> Panel:
    """Panel of missing-comment notes: each note's sentence, with the party it names."""
    title = "Missing comment"
    if not doc.missing_comments:
        return Panel(Text("no missing-comment notes", style="dim"), title=title, title_align="left", border_style="dim")
    table = Table(
        box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False, collapse_padding=True, header_style="bold"
    )
    table.add_column("Party", ratio=1)
    table.add_column("Sentence", ratio=3)
    for note in doc.missing_comments:
        start, end = _sentence_of(doc, note.span.start, note.span.end)
        sentence = excerpt(doc.text[start:end], 400)
        party = (
            line(doc.shown(note.party.start, note.party.end), CATEGORY_STYLES["missing-comment"])
            if note.party
            else Text("—", style="dim")
        )
        table.add_row(party, Text(sentence))
    return Panel(table, title=title, title_align="left", border_style="dim")


_REPLY_STATUS = {
    ReplyStatus.REPLIED: ("heard", "green"),
    ReplyStatus.DECLINED: ("no comment noted", "blue"),
    ReplyStatus.NOT_SOUGHT: ("NOT HEARD", "bold red"),
}


def _reply_detail(doc: Document, check: ReplyCheck) -> Text:
    detail = Text()
    if check.accusation is not None:
        accuser = speaker_name(doc, check.accuser) or "the article"  # no speaker: the outlet states it
        detail.append_text(line(f"accused by {accuser}: “{excerpt(check.accusation.text, 30)}”"))
    if check.speaker is not None and check.status is ReplyStatus.REPLIED:
        detail.append("\n" if detail else "")
        detail.append_text(line(f"heard as {speaker_name(doc, check.speaker)}", "dim"))
    if check.note is not None:
        detail.append("\n" if detail else "")
        detail.append_text(line(excerpt(check.note.span.text, 60), "dim"))
    return detail


def reply_panel(doc: Document) -> Panel:
    """Panel "Right of reply": each accused party (and each party noted as not commenting), and whether it is heard."""
    title = "Right of reply"
    table = Table(
        box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False, collapse_padding=True, header_style="bold"
    )
    table.add_column("Party", ratio=1, overflow="fold")
    table.add_column("Reply", ratio=1, overflow="fold")
    table.add_column("Accusation / note", ratio=2, overflow="fold")
    for check in doc.replies:
        status, style = _REPLY_STATUS[check.status]
        table.add_row(line(check.party, "bold"), Text(status, style=style), _reply_detail(doc, check))
    return Panel(table, title=title, title_align="left", border_style="dim")


def _flesch_band(score: float) -> str:
    bands = (
        (90, "very easy"),
        (80, "easy"),
        (70, "fairly easy"),
        (60, "standard"),
        (50, "fairly difficult"),
        (30, "difficult"),
    )
    return next((name for floor, name in bands if score >= floor), "very difficult")


def readability_panel(doc: Document) -> Panel:
    """Panel of readability figures, or a note that none were computed."""
    title = "Readability"
    r = doc.readability
    if r is None:
        return Panel(Text("not computed", style="dim"), title=title, title_align="left", border_style="dim")
    grid = Table.grid(padding=(0, 2))
    for _ in range(4):
        grid.add_column()
    band = Text(f"{r.flesch_reading_ease:.1f}")
    if r.words:
        band.append(f" ({_flesch_band(r.flesch_reading_ease)})", style="dim")
    grid.add_row(Text("Flesch reading ease", style="bold"), band, Text("Words", style="bold"), Text(str(r.words)))
    grid.add_row(
        Text("Flesch-Kincaid grade", style="bold"),
        Text(f"{r.flesch_kincaid_grade:.1f}"),
        Text("Sentences", style="bold"),
        Text(str(r.sentences)),
    )
    grid.add_row(
        Text("Gunning fog", style="bold"),
        Text(f"{r.gunning_fog:.1f}"),
        Text("Reading time", style="bold"),
        Text(f"{r.reading_minutes:.1f} min"),
    )
    return Panel(grid, title=title, title_align="left", border_style="dim")


def panels(doc: Document, numbered: Numbered, publisher: str | None) -> list[RenderableType]:
    """All panels below the article, in order."""
    # Right of reply lists missing-comment notes with the party they name, so it replaces that panel when present.
    notes = reply_panel(doc) if doc.replies else missing_panel(doc)
    return [chain_panel(doc, publisher), terms_panel(doc, numbered), notes, readability_panel(doc)]


def summary_panels(doc: Document, numbered: Numbered, publisher: str | None) -> list[RenderableType]:
    """What `--summary` shows under the header: the chain, the outlet's own loaded words, reply and notes."""
    own = [(n, f) for n, f in numbered if f.voice in (Voice.NARRATOR, Voice.HEADLINE)]
    shown: list[RenderableType] = [chain_panel(doc, publisher)]
    if own:
        shown.append(terms_panel(doc, own))
    if doc.replies or doc.missing_comments:
        shown.append(reply_panel(doc) if doc.replies else missing_panel(doc))
    return shown
