"""Terminal review of annotated articles: the text with highlights and footnotes, then panels.

The article is rebuilt chunk by chunk between annotation boundaries, each chunk sanitized
character by character, so offsets into `Document.text` and the display stay in step and
nothing in the article (ANSI, OSC 8, bidi overrides, rich markup) can act on the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TextIO

from rich.console import Console, ConsoleOptions, Group, NewLine, RenderableType, RenderResult
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from provenance.model import ENTITY_PAD, TERM_CATEGORIES, Document, Finding
from provenance.render.annotate.terminal_panels import (
    CATEGORY_STYLES,
    CONTENT_STYLE,
    DEFAULT_STYLE,
    MARKER_STYLE,
    SOURCE_STYLE,
    Numbered,
    excerpt,
    line,
    panels,
    summary_panels,
    voice_text,
)
from provenance.render.console import make_console
from provenance.render.options import RenderOptions
from provenance.render.sanitize import display_line, display_text
from provenance.render.words import plural

# Three or more line breaks (blank lines possibly holding spaces) show as one blank line.
_BLANK_RUN = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)+")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_LINE_START_SPACE = re.compile(r"(?:^|(?<=\n))[ \t]+")
_PADDING = re.compile(ENTITY_PAD + "+")
# Names of the categories in the colour key, in the order they are listed.
_CATEGORY_NAMES = {
    "attribution": "cue",
    "loaded-term": "loaded term",
    "hedge": "hedge",
    "scare-quote": "scare quote",
    "anonymous-source": "anonymous source",
    "anonymity-explained": "anonymity explained",
    "missing-comment": "no comment",
    "relay": "relay",
    "right-of-reply": "party not heard",
    "unattributed-claim": "unattributed claim",
}

__all__ = ["RenderOptions", "renderables", "write"]  # RenderOptions is shared by all formats (render.options)


class _ColourOnly:
    """Renders its content only on a colour console: a colour legend means nothing in plain text."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if console.color_system is not None and not console.no_color:
            yield self.renderable


def number_findings(doc: Document) -> list[tuple[int, Finding]]:
    """Findings numbered from 1 in text order (start, then end), as the footnote markers show them."""
    ordered = sorted(doc.findings, key=lambda f: (f.span.start, f.span.end, f.category, f.rule))
    return list(enumerate(ordered, start=1))


def header(doc: Document) -> Panel:
    """File path, headline, counts and any core warnings."""
    categories = [f.category for f in doc.findings]
    counts = [
        plural(len(doc.attributions), "attribution"),
        plural(len(doc.speakers), "speaker"),
        plural(categories.count("loaded-term"), "loaded term"),
        plural(len(doc.missing_comments), "missing-comment note"),
    ]
    if "hedge" in categories:
        counts.append(plural(categories.count("hedge"), "hedge"))
    if "scare-quote" in categories:
        counts.append(plural(categories.count("scare-quote"), "scare quote"))
    if "right-of-reply" in categories:
        counts.append(plural(categories.count("right-of-reply"), "party not heard"))
    lines: list[RenderableType] = [line(doc.path or "(text without a path)", "bold")]
    headline = doc.segmentation.headline
    if headline is not None:
        lines.append(line(doc.shown(headline.start, headline.end), "italic"))
    lines.append(Text(" · ".join(counts), style="dim"))
    lines.extend(line("warning: " + w, "yellow") for w in doc.warnings)
    return Panel(Group(*lines), border_style="dim")


def _layers(doc: Document, numbered: Numbered) -> list[tuple[int, int, int, Style]]:
    """(start, end, priority, style) per highlighted range; higher priority wins where they overlap."""
    seg = doc.segmentation
    layers = [(s.start, s.end, 0, Style.parse("bold")) for s in (seg.headline, *seg.subheadings) if s is not None]
    layers += [(s.start, s.end, 0, Style.parse("dim")) for s in seg.boilerplate]  # page furniture, not the article
    contents = set()
    for a in doc.attributions:
        if a.content is not None:
            layers.append((a.content.start, a.content.end, 1, Style.parse(CONTENT_STYLE)))
            contents.add((a.content.start, a.content.end))
        if a.source is not None:
            layers.append((a.source.start, a.source.end, 2, Style.parse(SOURCE_STYLE)))
    for _, f in numbered:
        # A continuation is anchored on its whole quote: italic already marks it, a bold cue colour would shout.
        if f.category == "attribution" and (f.span.start, f.span.end) in contents:
            continue
        layers.append((f.span.start, f.span.end, 3, Style.parse(CATEGORY_STYLES.get(f.category, DEFAULT_STYLE))))
    return layers


def _hidden(text: str, markup: bool = False) -> list[tuple[int, int]]:
    """Ranges not shown: extra blank lines, leading blank lines and trailing whitespace.

    In the display view of Markdown or HTML, where markup was blanked at the same length, runs of spaces, the
    spaces that open a line and the padding of decoded entities are not shown either.
    """
    pads = [(m.start(), m.end()) for m in _PADDING.finditer(text)] if markup else []
    ranges = [(m.start() + 1, m.end() - 1) for m in _BLANK_RUN.finditer(text)] + pads
    if markup:
        ranges += [(m.start() + 1, m.end()) for m in _SPACE_RUN.finditer(text)]
        ranges += [(m.start(), m.end()) for m in _LINE_START_SPACE.finditer(text)]
    lead = re.match(r"\s*\n", text)
    if lead:
        ranges.append((0, lead.end()))
    ranges.append((len(text.rstrip()), len(text)))
    return ranges


def article_text(doc: Document, numbered: Numbered) -> Text:
    """The article with every finding highlighted by category and a [n] marker after its span."""
    # Markdown and HTML show as their display view: markup blanked, entities decoded, offsets unchanged.
    text, size = doc.view, len(doc.view)
    if not text.strip():
        return Text("(no text)", style="dim")

    def clamp(i: int) -> int:
        return max(0, min(i, size))

    layers = [(clamp(s), clamp(e), p, st) for s, e, p, st in _layers(doc, numbered)]
    hidden = _hidden(text, markup=doc.display is not None)
    markers: dict[int, list[int]] = {}
    for n, f in numbered:
        markers.setdefault(clamp(f.span.end), []).append(n)
    cuts = sorted({0, size, *markers, *(b for s, e, _, _ in layers for b in (s, e)), *(b for r in hidden for b in r)})
    out = Text()
    for n in markers.get(0, []):
        out.append(f"[{n}]", style=MARKER_STYLE)
    for a, b in pairwise(cuts):
        if not any(h0 <= a and b <= h1 for h0, h1 in hidden):
            # Wider ranges first, so the innermost (most specific) style is combined last and wins.
            active = sorted(
                (lay for lay in layers if lay[0] <= a and b <= lay[1]), key=lambda lay: (lay[2], lay[0] - lay[1])
            )
            out.append(display_text(text[a:b]), style=Style.chain(Style.null(), *(lay[3] for lay in active)))
        for n in markers.get(b, []):
            out.append(f"[{n}]", style=MARKER_STYLE)
    return out


def footnotes(doc: Document, numbered: Numbered) -> RenderableType:
    """`[n] category · rule-id — message`, with the span and (for terms) whose words they are."""
    if not numbered:
        return Text("no findings", style="dim")
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style=MARKER_STYLE, no_wrap=True)
    grid.add_column(ratio=1)
    first_note: dict[tuple[str, str], int] = {}
    for n, f in numbered:
        body = Text(display_text(f.category), style=CATEGORY_STYLES.get(f.category, DEFAULT_STYLE))
        body.append(" · " + display_text(f.rule), style="dim")
        body.append(" — ")
        # A long article repeats the same explanation for every "terrorists": say it once, then point back to it
        seen = first_note.setdefault((f.rule, f.message), n)
        if seen == n:
            body.append(display_text(f.message))
        else:
            body.append(f"as [{seen}]", style="dim")
        shown = doc.shown(f.span.start, f.span.end)
        extra = [] if f"“{f.span.text}”" in f.message else [f"“{excerpt(shown)}”"]
        if f.category in TERM_CATEGORIES:
            extra.append(display_line(voice_text(doc, f)))
        if extra:
            body.append("  " + " · ".join(extra), style="dim")
        grid.add_row(Text(f"[{n}]"), body)
    return grid


def legend(doc: Document) -> Text:
    """The key to every style the article view of this document uses, and only those."""
    seg = doc.segmentation
    keys: list[tuple[str, str]] = []
    if seg.headline is not None or seg.subheadings:
        keys.append(("headline", "bold"))
    if any(a.source is not None for a in doc.attributions):
        keys.append(("source", SOURCE_STYLE))
    if any(a.content is not None for a in doc.attributions):
        keys.append(("what they said", CONTENT_STYLE))
    present = {f.category for f in doc.findings}
    keys += [(name, CATEGORY_STYLES.get(c, DEFAULT_STYLE)) for c, name in _CATEGORY_NAMES.items() if c in present]
    keys += [(c, DEFAULT_STYLE) for c in sorted(present - set(_CATEGORY_NAMES))]
    if seg.boilerplate:
        keys.append(("page furniture (not analysed)", "dim"))
    out = Text()
    for i, (name, style) in enumerate(keys):
        if i:
            out.append(" · ", style="dim")
        out.append(name, style=style)
    if doc.findings:
        out.append(" · [n] note below", style=MARKER_STYLE)
    return out


def renderables(doc: Document, publisher: str | None = None, summary: bool = False) -> list[RenderableType]:
    """The terminal review of one document, top to bottom; builds renderables, never prints."""
    numbered = number_findings(doc)
    if summary:
        return [header(doc), *summary_panels(doc, numbered, publisher)]
    return [
        header(doc),
        Rule("Article", align="left", style="dim"),
        _ColourOnly(legend(doc)),
        article_text(doc, numbered),
        NewLine(),
        Rule("Notes", align="left", style="dim"),
        footnotes(doc, numbered),
        NewLine(),
        *panels(doc, numbered, publisher),
    ]


def write(docs: Iterable[Document], stream: TextIO, options: RenderOptions) -> None:
    """Render each document's terminal review to `stream`, with a heading rule between documents."""
    console = make_console(stream, options.width, options.color)
    for index, doc in enumerate(docs):
        if index:
            console.print()
            console.print(Rule(line(doc.path or f"document {index + 1}"), style="bold"))
        for renderable in renderables(doc, options.publisher, options.summary):
            console.print(renderable)
