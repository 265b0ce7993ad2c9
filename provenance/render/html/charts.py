"""Static SVG bar charts, drawn in Python when the page is written: no charting script, nothing fetched.

Each row puts its label on its own line above the bar, so a narrow viewBox stays legible when a phone
scales the chart down. Labels go through escape.attr (no markup inside SVG text); values are numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from provenance.render.html.escape import attr

WIDTH = 480
LABEL_H = 20  # the label line above each bar
BAR_H = 16
GAP = 10
VALUE_ROOM = 64  # room right of the longest bar for its value


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of a chart: a label and its value (or its parts, for a stacked bar)."""

    label: str
    values: tuple[float, ...]
    shown: str  # the value as printed at the end of the bar


@dataclass(frozen=True, slots=True)
class Series:
    """One part of a stacked bar: name and fill colour (a fixed palette, never article text)."""

    name: str
    color: str


def _svg(height: int, title: str, body: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-label="{attr(title)}" xmlns="http://www.w3.org/2000/svg">{body}</svg>'
    )


def _fit(label: str, limit: int = 64) -> str:
    flat = " ".join(label.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def bar_chart(title: str, bars: Sequence[Bar], color: str = "#2f6f8f") -> str:
    """Horizontal bars scaled to the largest value, each with its label above and its value at the end."""
    top = max((sum(b.values) for b in bars), default=0.0) or 1.0
    room = WIDTH - VALUE_ROOM
    rows = []
    y = 0
    for bar in bars:
        width = max(sum(bar.values) / top * room, 1.5 if sum(bar.values) else 0)
        rows.append(
            f"<g><title>{attr(bar.label)}: {attr(bar.shown)}</title>"
            f'<text x="0" y="{y + 15}" class="lab">{attr(_fit(bar.label))}</text>'
            f'<rect x="0" y="{y + LABEL_H}" width="{width:.1f}" height="{BAR_H}" rx="2" fill="{color}"/>'
            f'<text x="{width + 6:.1f}" y="{y + LABEL_H + 13}" class="val">{attr(bar.shown)}</text></g>'
        )
        y += LABEL_H + BAR_H + GAP
    return _svg(max(y, 1), title, "".join(rows))


def stacked_chart(title: str, bars: Sequence[Bar], series: Sequence[Series]) -> str:
    """100 % stacked bars (each row's parts as shares of its total), with a legend on top."""
    legend = []
    x, y = 0, 0
    for part in series:
        step = 26 + 10 * len(part.name)  # DejaVu Sans, a common fallback, is wide
        if x and x + step > WIDTH:  # wrap the legend rather than run off the chart
            x, y = 0, y + 22
        legend.append(
            f'<rect x="{x}" y="{y + 3}" width="13" height="13" rx="2" fill="{part.color}"/>'
            f'<text x="{x + 17}" y="{y + 15}" class="lab">{attr(part.name)}</text>'
        )
        x += step
    rows = []
    y += 28
    room = WIDTH - VALUE_ROOM
    for bar in bars:
        total = sum(bar.values)
        rows.append(f'<text x="0" y="{y + 15}" class="lab">{attr(_fit(bar.label))}</text>')
        left = 0.0
        for part, value in zip(series, bar.values, strict=True):
            if value and total:
                width = value / total * room
                share = f"{part.name}: {value:g} of {total:g} ({value / total:.0%})"
                rows.append(
                    f'<rect x="{left:.1f}" y="{y + LABEL_H}" width="{width:.1f}" height="{BAR_H}" fill="{part.color}">'
                    f"<title>{attr(bar.label)} · {attr(share)}</title></rect>"
                )
                left += width
        rows.append(f'<text x="{room + 6}" y="{y + LABEL_H + 13}" class="val">{attr(bar.shown)}</text>')
        y += LABEL_H + BAR_H + GAP
    return _svg(y, title, "".join(legend) + "".join(rows))
