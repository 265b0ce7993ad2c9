"""The article text with every finding highlighted by kind, cut into flat segments between span boundaries.

Spans overlap freely (a cue that is also a loaded term, a loaded term inside a quote), so the text is
cut at every boundary and each piece becomes one `<mark>` listing the kinds and the findings that
cover it, innermost first. The page script shows those findings' cards on hover or focus; without it
the numbered notes below the article carry the same content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from provenance.model import ENTITY_PAD, Document
from provenance.render.html.escape import text
from provenance.render.html.kinds import Numbered, kind_of
from provenance.render.html.prose import document_view

# Three or more line breaks (blank lines possibly holding spaces) show as one blank line.
_BLANK_RUN = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)+")


@dataclass(frozen=True, slots=True)
class Layer:
    """A highlighted range: its kind (or a structural class) and the finding number it belongs to."""

    start: int
    end: int
    kind: str
    number: int | None  # the finding whose card this range shows; None for headline and furniture


def layers(doc: Document, numbered: Numbered) -> list[Layer]:
    """Every highlighted range: headings, attribution sources and contents, then the findings themselves."""
    seg = doc.segmentation
    out = [Layer(s.start, s.end, "hd", None) for s in (seg.headline, *seg.subheadings) if s is not None]
    out += [Layer(s.start, s.end, "bp", None) for s in seg.boilerplate]
    cue_numbers = {(f.span.start, f.span.end): n for n, f in numbered if f.category == "attribution"}
    contents = set()
    for a in doc.attributions:
        anchor = a.cue or a.content
        number = cue_numbers.get((anchor.start, anchor.end)) if anchor is not None else None
        if a.content is not None:
            out.append(Layer(a.content.start, a.content.end, "content", number))
            contents.add((a.content.start, a.content.end))
        if a.source is not None:
            out.append(Layer(a.source.start, a.source.end, "source", number))
    for n, f in numbered:
        # A continuation's finding is its whole quote: the content layer already carries its number.
        if f.category == "attribution" and (f.span.start, f.span.end) in contents:
            continue
        out.append(Layer(f.span.start, f.span.end, kind_of(f), n))
    return out


def _hidden(s: str) -> list[tuple[int, int]]:
    """Ranges not shown: extra blank lines, leading blank lines and trailing whitespace."""
    ranges = [(m.start() + 1, m.end() - 1) for m in _BLANK_RUN.finditer(s)]
    lead = re.match(r"\s*\n", s)
    if lead:
        ranges.append((0, lead.end()))
    ranges.append((len(s.rstrip()), len(s)))
    return ranges


def _mark(chunk: str, active: list[Layer], starts: list[int], prefix: str) -> str:
    chunk = chunk.replace(ENTITY_PAD, "")
    # Innermost range first: its card is the most specific, so it comes first in the popover.
    # On a tie, the span's own finding before the attribution whose source or quote it is part of.
    active.sort(key=lambda lay: (lay.end - lay.start, lay.kind in ("source", "content"), lay.start))
    kinds = " ".join(dict.fromkeys(lay.kind for lay in active))
    numbers = " ".join(dict.fromkeys(str(lay.number) for lay in active if lay.number is not None))
    classes = " ".join(f"k-{k}" for k in kinds.split())
    extra = ""
    if numbers:
        extra += f' data-f="{numbers}"'
    if starts:
        # Focusable where a finding starts, so the keyboard reaches every card once, not every piece of a quote.
        extra += f' id="{prefix}m{starts[0]}" tabindex="0" aria-describedby="{prefix}n{starts[0]}"'
    anchors = "".join(f'<span id="{prefix}m{n}"></span>' for n in starts[1:])
    return f'{anchors}<mark class="{classes}" data-k="{kinds}"{extra}>{text(chunk)}</mark>'


def is_markup(doc: Document) -> bool:
    """Whether the article was read as Markdown or HTML (shown as its prose, spacing collapsed)."""
    return doc.display is not None


def article_html(doc: Document, numbered: Numbered, prefix: str) -> str:
    """The article as escaped HTML with highlights; `prefix` keeps ids apart when a page holds several articles."""
    # Markdown and HTML articles show as prose: markup blanked to spaces at the same offsets (the page collapses
    # the runs), entities decoded; a plain text shows as read.
    source, size = document_view(doc), len(doc.text)
    if not source.replace(ENTITY_PAD, "").strip():
        return '<p class="dim">(no text)</p>'

    def clamp(i: int) -> int:
        return max(0, min(i, size))

    ranges = [Layer(clamp(x.start), clamp(x.end), x.kind, x.number) for x in layers(doc, numbered)]
    ranges = [x for x in ranges if x.start < x.end]
    hidden = _hidden(source)
    first: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for n, f in numbered:
        if clamp(f.span.start) < clamp(f.span.end):
            first.setdefault(clamp(f.span.start), []).append(n)
            ends.setdefault(clamp(f.span.end), []).append(n)
    cuts = sorted({0, size, *(b for x in ranges for b in (x.start, x.end)), *(b for r in hidden for b in r)})
    parts: list[str] = []
    for a, b in pairwise(cuts):
        if any(h0 <= a and b <= h1 for h0, h1 in hidden):
            continue
        active = [x for x in ranges if x.start <= a and b <= x.end]
        starts = sorted(set(first.pop(a, [])))
        piece = source[a:b]
        parts.append(_mark(piece, active, starts, prefix) if active else text(piece.replace(ENTITY_PAD, "")))
        # Footnote numbers after each span: shown in print, where nothing can be hovered.
        parts.extend(f'<sup class="ref">{n}</sup>' for n in ends.pop(b, []))
    return "".join(parts)
