"""Read an article's bytes into text exactly as stored (no newline translation), with clear errors."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem, ProvenanceError

DEFAULT_MAX_BYTES = 50_000_000


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text and where it came from, with any decoding warnings."""

    path: str
    text: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, path: str) -> Article:
    """Decode UTF-8 (BOM optional) or UTF-16 with BOM; undecodable bytes become U+FFFD with a warning."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ProvenanceError(Problem(path, "looks like a binary file (NUL bytes); skipped"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Article(path, data.decode("utf-16", errors="replace"))
    try:
        return Article(path, data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        warning = f"not valid UTF-8 (first bad byte at {exc.start}); undecodable bytes shown as U+FFFD"
        return Article(path, text, (warning,))


def read_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read a file (or '-' for standard input); raises ProvenanceError naming the file."""
    if path == "-":
        return decode(sys.stdin.buffer.read(max_bytes + 1)[: max_bytes + 1], "<stdin>")
    file = Path(path)
    try:
        if file.is_dir():
            raise ProvenanceError(Problem(path, "is a folder; give a file, or use 'provenance report' for folders"))
        size = file.stat().st_size
        if size > max_bytes:
            raise ProvenanceError(
                Problem(path, f"is {size:,} bytes, over the {max_bytes:,}-byte limit; raise it with --max-bytes")
            )
        data = file.read_bytes()
    except FileNotFoundError:
        raise ProvenanceError(Problem(path, "no such file")) from None
    except PermissionError:
        raise ProvenanceError(Problem(path, "permission denied")) from None
    except OSError as exc:
        raise ProvenanceError(Problem(path, f"cannot read: {exc.strerror or exc}")) from None
    return decode(data, path)
