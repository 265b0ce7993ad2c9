"""Tests for provenance/trace/render_terminal.py."""

from __future__ import annotations

from rich.console import Console

from provenance.trace.render_terminal import render_trace

from .results import traced


def _render(color: bool) -> str:
    console = Console(width=80, record=True, force_terminal=color, color_system="truecolor" if color else None)
    render_trace(traced(), console)
    return console.export_text(styles=color)


def test_fits_80_columns_and_shows_origin_changes_and_passages() -> None:
    out = _render(False)
    assert max(len(line) for line in out.splitlines()) <= 80
    for expected in ("Origins", "What changed", "Passage by passage", "Harbor Post", "slammed", "criticized"):
        assert expected in out
    assert "− Opposition councillor Mark Lee criticized" in out and "+ Opposition councillor Mark Lee slammed" in out
    assert "− City council approves new harbor budget after long debate" in out  # the headline it replaced


def test_hostile_text_is_shown_not_obeyed() -> None:
    out = _render(True)
    assert "\x1b[31mthrough" not in out and "\u202e" not in out
    assert "␛[31mthrough" in _render(False) and "<U+202E>" in _render(False)
    assert "[bold]plan[/bold]" in _render(False)  # rich markup in the text stays literal


def test_passages_keep_the_articles_paragraph_breaks_and_counts_read_as_words() -> None:
    out = _render(False)
    assert "1 origin ·" in out and "origin(s)" not in out and "change(s)" not in out
    passages = out[out.index("Passage by passage") :]
    assert "│                                                                              │" in passages
