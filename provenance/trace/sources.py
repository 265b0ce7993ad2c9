"""Candidate originals as read from disk: which files a folder holds, and their text, headline and outlet."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem, ProvenanceError

SOURCE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
HEADLINE_CHARS = 300

Reader = Callable[[Path], str]


@dataclass(frozen=True, slots=True)
class SourceText:
    """One text to index or trace: where it came from, what it says, and the outlet that published it if known."""

    path: str
    text: str
    outlet: str | None = None
    published: str | None = None  # ISO date or date-time when known: the earlier of two copies is the origin


def read_plain(path: Path) -> str:
    """The file's text as UTF-8 (bad bytes replaced, a byte-order mark dropped); the CLI may pass its own reader."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text


def headline_of(text: str) -> str:
    """The first non-blank line, shortened: what a listing shows for a stored text."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:HEADLINE_CHARS]
    return ""


def source_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, and the text/Markdown/HTML files under folders (sorted, so an index is reproducible)."""
    missing: list[Problem] = []
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            missing.append(Problem(str(path), "no such file or folder"))
    if missing:
        raise ProvenanceError(missing)
    yield from found


def read_sources(
    paths: Iterable[str | Path], read: Reader = read_plain, outlet: str | None = None
) -> Iterator[SourceText]:
    """SourceTexts for the files under `paths`, all credited to `outlet` when one is given."""
    for path in source_files(paths):
        try:
            text = read(path)
        except OSError as exc:
            raise ProvenanceError(Problem(str(path), f"cannot read: {exc.strerror or exc}")) from exc
        yield SourceText(str(path), text, outlet)
