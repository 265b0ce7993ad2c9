"""The tables below the chain: loaded terms grouped by voice, missing comment, right of reply, readability."""

from __future__ import annotations

from provenance.model import Document, ReplyCheck, ReplyStatus, Voice
from provenance.render.html.cards import excerpt
from provenance.render.html.escape import line
from provenance.render.html.kinds import TERM_CATEGORIES, Numbered, kind_of, label_of, speaker_name
from provenance.render.html.prose import range_text, span_text

# The outlet's own words first, then what it paraphrases (its wording, someone else's claim), then quotes.
VOICE_GROUPS = (
    ("The outlet's own words (narrator and headline)", (Voice.NARRATOR, Voice.HEADLINE)),
    ("Paraphrase", (Voice.PARAPHRASE,)),
    ("Quoted", (Voice.QUOTED,)),
)


def _table(caption: str, header: list[str], rows: list[list[str]], classes: str = "") -> str:
    """A table that a phone shows as stacked rows, each cell labelled with its column (our own header text)."""
    head = "".join(f'<th scope="col">{h}</th>' for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td data-label="{h}"><span>{c}</span></td>' for h, c in zip(header, row, strict=True))
        + "</tr>"
        for row in rows
    )
    return (
        f'<table class="stack {classes}"><caption>{caption}</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def terms_html(doc: Document, numbered: Numbered, prefix: str) -> str:
    """Loaded terms, hedges and scare quotes in one table per voice group, each term linking to its place."""
    found = [(n, f) for n, f in numbered if f.category in TERM_CATEGORIES]
    if not found:
        return '<p class="dim">No loaded terms, hedges or scare quotes found.</p>'
    parts = []
    for caption, voices in VOICE_GROUPS:
        rows = []
        for n, f in found:
            if f.voice not in voices:
                continue
            kind = kind_of(f)
            term = f'<a href="#{prefix}m{n}" class="term k-{kind}">{line(span_text(doc, f.span))}</a>'
            what = line(f.label) if f.label else label_of(kind)
            who = f.voice.value
            name = speaker_name(doc, f.speaker)
            if name:
                who += f" · <b>{line(name)}</b>"
            suggestion = line(f.suggestion) if f.suggestion else '<span class="dim">—</span>'
            rows.append([str(n), term, what, who, suggestion])
        if rows:
            parts.append(
                _table(f"{caption}: {len(rows)}", ["#", "Term", "Kind", "Voice", "Neutral alternative"], rows, "terms")
            )
    return "".join(parts)


def _sentence_of(doc: Document, start: int, end: int) -> str:
    for sentence in doc.segmentation.sentences:
        if sentence.start <= start and end <= sentence.end:
            return span_text(doc, sentence)
    return range_text(doc, start, end)


def missing_html(doc: Document) -> str:
    """Each missing-comment note's sentence, with the party it names."""
    if not doc.missing_comments:
        return '<p class="dim">No missing-comment notes.</p>'
    rows = []
    for note in doc.missing_comments:
        party = f"<b>{line(span_text(doc, note.party))}</b>" if note.party else '<span class="dim">—</span>'
        rows.append([party, line(excerpt(_sentence_of(doc, note.span.start, note.span.end), 400))])
    return _table("Missing-comment notes", ["Party", "Sentence"], rows)


_STATUS = {
    ReplyStatus.REPLIED: ("heard", "ok"),
    ReplyStatus.DECLINED: ("no comment noted", "note"),
    ReplyStatus.NOT_SOUGHT: ("NOT HEARD", "bad"),
}


def _reply_detail(doc: Document, check: ReplyCheck) -> str:
    lines = []
    if check.accusation is not None:
        accuser = speaker_name(doc, check.accuser) or "a speaker"
        lines.append(f"accused by {line(accuser)}: “{line(excerpt(span_text(doc, check.accusation), 40))}”")
    if check.speaker is not None and check.status is ReplyStatus.REPLIED:
        lines.append(f'<span class="dim">heard as {line(speaker_name(doc, check.speaker) or "")}</span>')
    if check.note is not None:
        lines.append(f'<span class="dim">{line(excerpt(span_text(doc, check.note.span), 80))}</span>')
    return "<br>".join(lines)


def reply_html(doc: Document) -> str:
    """The right-of-reply table: each accused party (or party noted as not commenting) and whether it is heard."""
    if not doc.replies:
        return '<p class="dim">No accused parties found.</p>'
    rows = []
    for check in doc.replies:
        status, tone = _STATUS[check.status]
        rows.append(
            [f"<b>{line(check.party)}</b>", f'<span class="st {tone}">{status}</span>', _reply_detail(doc, check)]
        )
    return _table("Right of reply", ["Party", "Reply", "Accusation / note"], rows, "reply")


def _flesch_band(score: float) -> str:
    bands = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "standard"), (50, "fairly difficult"))
    return next((name for floor, name in bands if score >= floor), "difficult" if score >= 30 else "very difficult")


def readability_html(doc: Document) -> str:
    """Readability figures as a definition list, or a note that none were computed."""
    r = doc.readability
    if r is None:
        return '<p class="dim">Not computed.</p>'
    band = f" ({_flesch_band(r.flesch_reading_ease)})" if r.words else ""
    items = [
        ("Flesch reading ease", f"{r.flesch_reading_ease:.1f}{band}"),
        ("Flesch-Kincaid grade", f"{r.flesch_kincaid_grade:.1f}"),
        ("Gunning fog", f"{r.gunning_fog:.1f}"),
        ("Words", f"{r.words:,}"),
        ("Sentences", f"{r.sentences:,}"),
        ("Reading time", f"{r.reading_minutes:.1f} min"),
    ]
    return '<dl class="figures">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in items) + "</dl>"
