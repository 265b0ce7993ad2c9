"""Options every output format accepts (each uses what applies to it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to render: terminal width and colour, and the publisher named at the chain's root."""

    width: int | None = None
    color: bool | None = None  # None: decide from the terminal and NO_COLOR
    publisher: str | None = None
    summary: bool = False  # the terminal view without the article text: chain, counts and the notes that matter
