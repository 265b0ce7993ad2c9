"""Small wording helpers every renderer shares."""

from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """'1 speaker', '2 speakers', '1,204 words'."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")
