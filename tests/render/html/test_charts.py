"""SVG charts drawn in Python: bars proportional to values, labels escaped."""

from __future__ import annotations

import re

from provenance.render.html.charts import Bar, Series, bar_chart, stacked_chart

from .parsed import parse


def _widths(svg: str) -> list[float]:
    return [float(w) for w in re.findall(r'<rect x="[\d.]+" y="\d+" width="([\d.]+)" height="16"', svg)]


def test_bars_are_proportional_to_their_values() -> None:
    svg = bar_chart("t", [Bar("a", (4.0,), "4"), Bar("b", (2.0,), "2"), Bar("c", (0.0,), "0")])
    a, b, c = _widths(svg)
    assert a == 2 * b and c == 0


def test_stacked_bars_split_one_row_by_share() -> None:
    series = [Series("x", "#000"), Series("y", "#111")]
    svg = stacked_chart("t", [Bar("row", (3.0, 1.0), "4")], series)
    x, y = _widths(svg)
    assert x == 3 * y


def test_labels_are_escaped_text() -> None:
    svg = bar_chart("</svg><script>", [Bar('<script>x()</script>"', (1.0,), "1")])
    parsed = parse(svg)
    assert {e.tag for e in parsed.elements} == {"svg", "g", "title", "text", "rect"}
    assert "<script>x()</script>" in parsed.text
