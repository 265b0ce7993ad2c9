"""The one way renderers open a rich Console: article text is never markup, colour follows one convention."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console


def make_console(stream: TextIO, width: int | None, color: bool | None, soft_wrap: bool = False) -> Console:
    """A Console on `stream` that never interprets markup, emoji codes or highlighting in what it prints."""
    # color None lets rich decide: colour on a terminal unless NO_COLOR is set, plain text on
    # pipes and files. True is an explicit request (a command-line flag), which by the NO_COLOR
    # convention overrides the environment; False never emits escape codes.
    return Console(
        file=stream,
        width=width,
        force_terminal=True if color else None,
        color_system=None if color is False else "auto",
        no_color=None if color is None else not color,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=soft_wrap,
    )
