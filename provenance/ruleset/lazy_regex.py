"""A regular expression compiled on first use: most pattern rules never run on a short article."""

from __future__ import annotations

from collections.abc import Iterator

import regex


class LazyRegex:
    """Source and flags of a `regex` pattern, compiled the first time it is searched.

    Compiling the shipped pattern rules cost about 80 ms per process, a quarter of a cold `provenance check`,
    while a short article meets the literal words of only a few of them. Rules read from YAML are still
    compiled at load (`compile_now`), so a broken pattern is reported before anything runs; only rules that
    were built once already (and cached) wait.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int, compile_now: bool = True) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = regex.compile(pattern, flags) if compile_now else None

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> regex.Match[str] | None:
        """As `regex.Pattern.search`."""
        return self.compiled().search(text, pos, endpos, timeout=timeout)

    def fullmatch(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> regex.Match[str] | None:
        """As `regex.Pattern.fullmatch`."""
        return self.compiled().fullmatch(text, pos, endpos, timeout=timeout)

    def finditer(self, text: str, pos: int, endpos: int, timeout: float | None = None) -> Iterator[regex.Match[str]]:
        """As `regex.Pattern.finditer`."""
        return self.compiled().finditer(text, pos, endpos, timeout=timeout)

    def __eq__(self, other: object) -> bool:
        # Equal when they would compile to the same pattern, compiled yet or not (as compiled patterns compare).
        return isinstance(other, LazyRegex) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self.flags})"
