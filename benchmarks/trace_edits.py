"""Make realistic republications of an article by the edits republishers make, recording each edit and where it is.

An article is taken apart into its headline and body paragraphs; edits work on that list; the republished
text is assembled at the end and every recorded edit is located in it (article offsets) and in the
origin (origin offsets), so a scorer can check a trace finding against it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from provenance.model import Attribution, AttributionKind, Document, Span
from provenance.trace.passages import body_paragraphs

# Neutral wording -> loaded wording that the shipped loaded-term rules flag in the narrator's voice.
LOADED_SWAPS = {
    "criticized": "slammed",
    "criticised": "slammed",
    "government": "regime",
    "supporters": "cronies",
    "investigation": "witch hunt",
    "report": "bombshell report",
    "decision": "disastrous decision",
    "policy": "disastrous policy",
    "plan": "shocking plan",
    "statement": "propaganda statement",
    "conservative": "radical",
    "protesters": "thugs",
    "allies": "lackeys",
}
QUOTE_SWAPS = {"very": "really", "big": "huge", "great": "tremendous", "good": "fine", "people": "folks"}
_WORD = re.compile(r"[A-Za-z]{4,}")
MIN_PARAGRAPH_WORDS = 4  # provenance.trace.judge_paragraphs.MIN_WORDS
SPEECH = frozenset({"said", "says", "told", "added", "explained", "stated", "wrote", "argued", "noted"})


@dataclass
class Piece:
    """A working paragraph: its text and the origin paragraph it came from (None when inserted)."""

    text: str
    source: int | None


@dataclass
class Edit:
    """One recorded edit: its kind, the text it concerns in the republication, and the origin span it came from."""

    kind: str  # headline, trim, reorder, insert, loaded, attribution, quote, credit-removed, credit-other
    marker: str = ""  # text to locate in the republication ("" when the edit leaves nothing there)
    piece: Piece | None = None  # the working paragraph holding `marker` (located there even after moves)
    at: int = 0  # where `marker` starts in the piece's text (kept up to date as later edits change the piece)
    origin: Span | None = None
    article: Span | None = None  # filled by assemble()


@dataclass
class Republication:
    """The text made from an origin, with the edits made."""

    text: str
    edits: list[Edit] = field(default_factory=list)

    def kinds(self) -> set[str]:
        """The edit kinds made."""
        return {e.kind for e in self.edits}


class Maker:
    """Applies edits to one origin document; `assemble` gives the Republication."""

    def __init__(self, origin: Document, rng: random.Random) -> None:
        self.origin = origin
        self.rng = rng
        self.spans = body_paragraphs(origin)
        self.pieces = [Piece(p.text, i) for i, p in enumerate(self.spans)]
        headline = origin.segmentation.headline
        self.headline = headline.text if headline else ""
        self.edits: list[Edit] = []
        self.credit = ""

    def _splice(self, piece: Piece, start: int, end: int, new: str) -> None:
        """Replace piece.text[start:end], moving the recorded markers after it."""
        piece.text = piece.text[:start] + new + piece.text[end:]
        for edit in self.edits:
            if edit.piece is piece and edit.at >= end:
                edit.at += len(new) - (end - start)

    def new_headline(self) -> bool:
        """A headline written from the lead paragraph's first words."""
        lead = self.pieces[0].text.split()[:9] if self.pieces else []
        if len(lead) < 5:
            return False
        self.headline = " ".join(lead).rstrip(",;:.") + " – report"
        self.edits.append(Edit("headline"))
        return True

    def trim(self) -> bool:
        """Leave out the last paragraph (and sometimes the one before); a trailing photo credit goes too, unrecorded."""
        count = 2 if len(self.pieces) > 8 and self.rng.random() < 0.5 else 1
        if len(self.pieces) < 4:
            return False
        while count and len(self.pieces) > 3:
            piece = self.pieces.pop()
            if piece.source is None:
                return False
            if len(piece.text.split()) >= MIN_PARAGRAPH_WORDS:  # trace reports no paragraph of fewer words
                self.edits.append(Edit("trim", origin=self.spans[piece.source]))
                count -= 1
        return True

    def reorder(self) -> bool:
        """Move a paragraph from the second half to near the top (republishers lead with what they like)."""
        if len(self.pieces) < 6:
            return False
        i = self.rng.randrange(len(self.pieces) // 2, len(self.pieces))
        piece = self.pieces.pop(i)
        self.pieces.insert(1, piece)
        if piece.source is None:
            return False
        self.edits.append(Edit("reorder", origin=self.spans[piece.source]))
        return True

    def insert(self, paragraph: str, kind: str = "insert") -> bool:
        """Insert a paragraph written elsewhere, at a random place after the lead."""
        at = self.rng.randrange(1, len(self.pieces) + 1) if self.pieces else 0
        piece = Piece(paragraph, None)
        self.pieces.insert(at, piece)
        self.edits.append(Edit(kind, marker=paragraph, piece=piece))
        return True

    def _narrator_words(self) -> list[tuple[int, re.Match[str]]]:
        quoted = [q.span for q in self.origin.segmentation.quotations]
        found = []
        for i, piece in enumerate(self.pieces):
            if piece.source is None:
                continue
            base = self.spans[piece.source].start
            for match in re.finditer(r"\b(" + "|".join(LOADED_SWAPS) + r")\b", piece.text):
                at = base + match.start()
                if not any(q.start <= at < q.end for q in quoted):
                    found.append((i, match))
        return found

    def loaded(self) -> bool:
        """Swap one neutral word outside quotations for a loaded one."""
        options = self._narrator_words()
        if not options:
            return False
        i, match = self.rng.choice(options)
        piece = self.pieces[i]
        new = LOADED_SWAPS[match.group()]
        self._splice(piece, match.start(), match.end(), new)
        start = self.spans[piece.source].start + match.start() if piece.source is not None else 0
        origin = Span(start, start + len(match.group()), "")
        self.edits.append(Edit("loaded", marker=new, piece=piece, at=match.start(), origin=origin))
        return True

    def _drop_attribution(self, attribution: Attribution) -> tuple[str, str] | None:
        """(old, new) sentence text when the attribution has one of the two plain shapes, else None.

        "CONTENT, SOURCE said Thursday." becomes "CONTENT."; "SOURCE said (that) CONTENT." becomes "CONTENT."
        Only these shapes, with a speech verb as cue and the whole sentence accounted for, so the edit reads
        like a real one and the claim is left intact.
        """
        text, content, cue, source = self.origin.text, attribution.content, attribution.cue, attribution.source
        if attribution.kind is not AttributionKind.INDIRECT or not (content and cue and source):
            return None
        if cue.text.lower() not in SPEECH or len(content.text.split()) < 8 or any(c in content.text for c in '“”"'):
            return None
        if source.text.lower() in ("he", "she", "they", "i", "we", "it", "you"):
            return None  # "He plans to ..." still says who; a named source is what a republisher drops
        sentence = next((s for s in self.origin.segmentation.sentences if s.start <= content.start < s.end), None)
        if sentence is None or not sentence.start <= source.start < sentence.end:
            return None
        if content.start == sentence.start and re.fullmatch(r",\s*", text[content.end : source.start]):
            if not re.fullmatch(r"\s+", text[source.end : cue.start]) or not re.fullmatch(
                r"[\w\s]{0,20}[.]", text[cue.end : sentence.end]
            ):
                return None
            return text[sentence.start : sentence.end], content.text.rstrip(",") + "."
        if source.start == sentence.start and re.fullmatch(r"\s+", text[source.end : cue.start]):
            if not re.fullmatch(r"\s+(that\s+)?", text[cue.end : content.start]):
                return None
            if not re.fullmatch(r"[.]", text[content.end : sentence.end].strip() or "."):
                return None
            new = content.text[0].upper() + content.text[1:]
            return text[sentence.start : sentence.end], new.rstrip(".") + "."
        return None

    def attribution(self) -> bool:
        """Drop "..., the ministry said." (or "The ministry said ...") so that the claim reads as the outlet's own."""
        for attribution in self.rng.sample(self.origin.attributions, len(self.origin.attributions)):
            shapes = self._drop_attribution(attribution)
            if shapes is None or attribution.content is None:
                continue
            old, new = shapes
            piece = next((p for p in self.pieces if old in p.text), None)
            if piece is None:
                continue
            at = piece.text.index(old)
            self._splice(piece, at, at + len(old), new)
            self.edits.append(Edit("attribution", marker=new, piece=piece, at=at, origin=attribution.content))
            return True
        return False

    def quote(self) -> bool:
        """Change one word inside a quotation of six words or more."""
        for quotation in self.origin.segmentation.quotations:
            inner = quotation.inner
            words = list(_WORD.finditer(inner.text))
            if len(inner.text.split()) < 6 or len(words) < 3:
                continue
            i = next(
                (
                    k
                    for k, p in enumerate(self.pieces)
                    if p.source is not None and self.spans[p.source].start <= inner.start < self.spans[p.source].end
                ),
                None,
            )
            if i is None or self.pieces[i].text.find(inner.text) < 0:
                continue
            word = next((w for w in words if w.group().lower() in QUOTE_SWAPS), words[len(words) // 2])
            swap = QUOTE_SWAPS.get(word.group().lower(), "")
            altered = inner.text[: word.start()] + swap + inner.text[word.end() :]
            altered = re.sub(r"\s{2,}", " ", altered)
            piece = self.pieces[i]
            at = piece.text.index(inner.text)
            self._splice(piece, at, at + len(inner.text), altered)
            self.edits.append(Edit("quote", marker=altered, piece=piece, at=at, origin=inner))
            return True
        return False

    def set_credit(self, outlet: str | None, kind: str | None) -> None:
        """End with "Source: OUTLET", or with no credit line; `kind` records credit-removed or credit-other."""
        self.credit = f"Source: {outlet}" if outlet else ""
        if kind:
            self.edits.append(Edit(kind))

    def assemble(self) -> Republication:
        """The republished text, with every edit located in it."""
        parts = [self.headline] if self.headline else []
        starts: dict[int, int] = {}
        offset = len(self.headline) + 2 if self.headline else 0
        for piece in self.pieces:
            starts[id(piece)] = offset
            parts.append(piece.text)
            offset += len(piece.text) + 2
        if self.credit:
            parts.append(self.credit)
        text = "\n\n".join(parts) + "\n"
        for edit in self.edits:
            if not edit.marker:
                continue
            if edit.piece is not None and id(edit.piece) in starts:
                at = starts[id(edit.piece)] + edit.at
            else:
                at = text.find(edit.marker)
            if at >= 0:
                edit.article = Span(at, at + len(edit.marker), edit.marker)
        return Republication(text, self.edits)
