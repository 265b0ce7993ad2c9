"""Keys under which lines of text are compared with rule data."""

from __future__ import annotations


def boilerplate_key(line: str) -> str:
    """How a paragraph is compared with boilerplate lines: lower-case, without closing punctuation ("Read more:")."""
    return line.strip().rstrip(":.…!»›>").strip().lower()
