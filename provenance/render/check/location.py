"""Line and column numbers for code-point offsets: 1-based, columns counted in code points."""

from __future__ import annotations

import os
from bisect import bisect_right
from pathlib import Path

from provenance.model import Span


class Locator:
    """Turns offsets into (line, column) for one text; lines end at '\\n' (a '\\r' before it is part of the line)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of the character at `offset`."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def region(self, span: Span) -> tuple[int, int, int, int]:
        """Start line and column, and the line and column just past the end (exclusive, as SARIF counts)."""
        return (*self.position(span.start), *self.position(span.end))


def display_path(path: str, base: Path) -> str:
    """The path relative to `base` when it lies below it, with '/' separators; else as given (a URL, say)."""
    if "://" in path:
        return path
    try:
        relative = Path(path).resolve().relative_to(base.resolve())
    except (ValueError, OSError, RuntimeError):  # Python < 3.13 raises RuntimeError on a symlink loop
        return path.replace(os.sep, "/")
    return relative.as_posix()
