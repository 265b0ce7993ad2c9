"""The trace result in the terminal: origins, changes, then origin and republished text interleaved, edits marked.

Article and origin text only ever enter rich as plain Text content (after display_text), never as markup.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from provenance.model import Severity, Span
from provenance.render.sanitize import display_line, display_text
from provenance.trace.grouping import line_starts, rows
from provenance.trace.types import AlignedPassage, Reuse, TraceResult

_SEVERITY_STYLE = {Severity.INFO: "cyan", Severity.WARNING: "yellow", Severity.ERROR: "bold red"}
_ADDED, _CUT, _SAME = "green", "red", "dim"


def _plain(text: str) -> Text:
    return Text(display_text(text))


def _marked(text: str, whole: Span, marks: list[Span], style: str) -> Text:
    """The text of `whole`, with the `marks` inside it styled."""
    out = Text()
    at = whole.start
    for mark in sorted(marks, key=lambda s: s.start):
        if mark.start < at or mark.end <= mark.start:
            continue
        out.append(display_text(text[at : mark.start]))
        out.append(display_text(text[mark.start : mark.end]), style=style)
        at = mark.end
    out.append(display_text(text[at : whole.end]))
    return out


def _header(result: TraceResult) -> Panel:
    lines = Text(display_line(result.path or "<text>"), style="bold")
    if result.headline is not None:
        lines.append("\n" + display_line(result.headline.text))
    changes = len(result.changes())
    if result.reuses:
        best = result.reuses[0].coverage
        origins, noted = _count(len(result.reuses), "origin"), _count(changes, "change")
        summary = f"\n{origins} · {best:.0%} of the words from the first · {noted}"
    else:
        summary = f"\nno reused text found ({result.candidates} stored texts checked)"
    lines.append(summary, style="italic")
    return Panel(lines, title="trace", title_align="left")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _origins(result: TraceResult) -> Table:
    table = Table(title="Origins", title_justify="left", expand=True, show_lines=False)
    table.add_column("Origin", ratio=3, overflow="fold")
    table.add_column("Outlet", ratio=2, overflow="fold")
    table.add_column("Covers", justify="right", no_wrap=True)
    table.add_column("Role", no_wrap=True)
    for reuse in result.reuses:
        origin = reuse.origin
        name = Text(display_line(origin.path), style="bold")
        name.append("\n" + display_line(origin.headline))
        outlet = Text(display_line(origin.outlet or "unknown"))
        if origin.affiliation is not None and origin.affiliation.typology:
            outlet.append(f"\n{display_line(origin.affiliation.label)}", style="magenta")
        table.add_row(name, outlet, f"{reuse.coverage:.0%}", reuse.role)
    return table


def _changes(result: TraceResult, reuse: Reuse) -> Table:
    table = Table(title=f"What changed ({display_line(reuse.origin.path)})", title_justify="left", expand=True)
    table.add_column("Line", justify="right", no_wrap=True)
    table.add_column("Severity", no_wrap=True)
    table.add_column("Change", overflow="fold")
    for row in rows(reuse.changes, line_starts(result.text)):
        message = Text(display_line(row.message))
        message.append(f"\n{row.change.rule}", style="dim")
        style = _SEVERITY_STYLE[row.change.severity]
        table.add_row(str(row.first_line), Text(row.change.severity.value, style=style), message)
    return table


def _pair_lines(result: TraceResult, origin_text: str, pair: AlignedPassage) -> list[Text]:
    if not pair.edits:
        return [Text("= ", style=_SAME) + _marked(result.text, pair.article, [], _SAME)]
    removed = [e.origin for e in pair.edits if e.op != "insert"]
    added = [e.article for e in pair.edits if e.op != "delete"]
    return [
        Text("− ", style=_CUT) + _marked(origin_text, pair.origin, removed, f"{_CUT} strike"),
        Text("+ ", style=_ADDED) + _marked(result.text, pair.article, added, f"bold {_ADDED}"),
    ]


def _passages(result: TraceResult, reuse: Reuse) -> Panel:
    """Article order; an origin sentence the article dropped is shown after the one that preceded it there."""
    alignment, origin_text = reuse.alignment, reuse.origin.text
    items: list[tuple[int, int, int, list[Text]]] = []  # article start, order at one place, article end, lines
    for pair in alignment.pairs:
        items.append((pair.article.start, 0, pair.article.end, _pair_lines(result, origin_text, pair)))
    for span in alignment.added:
        line = Text("+ ", style=_ADDED) + Text(display_text(span.text), style=_ADDED)
        items.append((span.start, 0, span.end, [line]))
    by_origin = sorted(alignment.pairs, key=lambda p: p.origin.start)
    for span in alignment.cut:
        before = [p for p in by_origin if p.origin.start < span.start]
        at = before[-1].article.end if before else 0
        items.append((at, 1, at, [Text("− ", style=_CUT) + Text(display_text(span.text), style=f"{_CUT} strike")]))
    lines: list[RenderableType] = []
    end = None
    for start, _, stop, group in sorted(items, key=lambda t: (t[0], t[1])):
        if end is not None and "\n" in result.text[end:start]:
            lines.append(Text(""))  # the article's paragraph breaks, so the passages read as its paragraphs
        lines += group
        end = max(stop, end or 0)
    headline = next((c for c in reuse.changes if c.rule == "trace.headline-rewritten"), None)
    if headline is not None and headline.old is not None:
        lines[:0] = [
            Text("− ", style=_CUT) + Text(display_line(headline.old), style=f"bold {_CUT} strike"),
            Text("+ ", style=_ADDED) + Text(display_line(headline.span.text), style=f"bold {_ADDED}"),
        ]
    legend = Text("= unchanged   − origin (removed words struck)   + republished (new words bold)", style="dim")
    return Panel(Group(legend, *lines), title="Passage by passage", title_align="left")


def trace_renderables(result: TraceResult) -> list[RenderableType]:
    """Everything the terminal view shows, as rich renderables."""
    parts: list[RenderableType] = [_header(result)]
    if not result.reuses:
        return parts
    parts.append(_origins(result))
    for reuse in result.reuses:
        if reuse.changes:
            parts.append(_changes(result, reuse))
    parts.append(_passages(result, result.reuses[0]))
    return parts


def render_trace(result: TraceResult, console: Console) -> None:
    """Print the trace view (the caller's console sets width and colour; the project uses 80 columns)."""
    for part in trace_renderables(result):
        console.print(part)
