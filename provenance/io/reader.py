"""Read an article's bytes into text exactly as stored (no newline translation), with clear errors.

Decoding, in order: known binary formats are refused by their magic number; a byte-order mark
decides (UTF-8, UTF-16, UTF-32); UTF-16 without a mark is recognised by its NUL pattern; other
NUL bytes mean binary; valid UTF-8 is UTF-8. Bytes that are not UTF-8 are either damaged UTF-8
(kept as UTF-8, bad bytes become U+FFFD) or a legacy single-byte encoding: Windows-1252 when
its 0x80-0x9F punctuation is present, else Latin-1. Every fallback is a warning naming what was
assumed. A text with a high share of control characters is refused as binary.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from provenance.errors import Problem, ProvenanceError

DEFAULT_MAX_BYTES = 10_000_000

# Magic numbers of formats people mistake for text (an exported PDF, a .docx, a screenshot).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document; extract its text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt/.epub); extract its text first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"BZh91AY&SY", "a bzip2 archive; decompress it first"),
    (b"\xfd7zXZ\x00", "an xz archive; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; extract it first"),
    (b"Rar!\x1a\x07", "a RAR archive; extract it first"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive; decompress it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (.doc/.xls); save it as text first"),
    (b"\x7fELF", "an executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)
# Longest first: a UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 8192
# Controls that never occur in prose; tab, newlines, form feed and ESC (coloured terminal captures) are allowed.
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_SHARE = 0.10
# Bytes 0x80-0x9F that Windows-1252 leaves undefined: their presence rules it out.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_C1_RANGE = re.compile(rb"[\x80-\x9f]")


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text and where it came from, with any decoding warnings."""

    path: str
    text: str
    warnings: tuple[str, ...] = ()


def _refuse(path: str, message: str) -> ProvenanceError:
    return ProvenanceError(Problem(path, message))


def _sniff_binary(data: bytes, path: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _refuse(path, f"is {what}, not text; skipped")


def _bom_less_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit at every odd/even byte of a sample, as in ASCII-range UTF-16."""
    sample = data[:_SNIFF]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) == len(odd) and 0 not in even:
        return "utf-16-le"
    if even.count(0) == len(even) and 0 not in odd:
        return "utf-16-be"
    return None


def _bom_less_utf32(data: bytes) -> str | None:
    """'utf-32-le'/'utf-32-be' when every 4-byte unit of a sample is a code point in the BMP's range for that order.

    Checked before UTF-16: UTF-32 text is full of NUL pairs, which the UTF-16 test and the binary test misread.
    """
    sample = data[: _SNIFF - _SNIFF % 4]
    if len(sample) < 4 or len(data) % 4:
        return None
    units = [sample[i : i + 4] for i in range(0, len(sample), 4)]
    if all(u[3] == 0 and u[2] <= 0x10 and u[:2] != b"\0\0" for u in units):
        return "utf-32-le"
    if all(u[0] == 0 and u[1] <= 0x10 and u[2:] != b"\0\0" for u in units):
        return "utf-32-be"
    return None


def _decode_marked(data: bytes, bom: bytes, encoding: str) -> tuple[str, tuple[str, ...]]:
    body = data[len(bom) :]
    try:
        return body.decode(encoding), ()
    except UnicodeDecodeError as exc:
        warning = (
            f"not valid {encoding.upper()} despite its byte-order mark (first bad byte at offset "
            f"{exc.start + len(bom)}); undecodable bytes shown as U+FFFD"
        )
        return body.decode(encoding, errors="replace"), (warning,)


def _decode_unmarked(data: bytes) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    damaged = data.decode("utf-8", errors="replace")
    bad = damaged.count("\N{REPLACEMENT CHARACTER}") - data.count("\N{REPLACEMENT CHARACTER}".encode())
    good = sum(1 for ch in damaged if ord(ch) > 0x7F) - damaged.count("\N{REPLACEMENT CHARACTER}")
    if good * 4 >= bad and good > 0:
        # Well-formed multi-byte UTF-8 rarely occurs by chance in a legacy encoding: this is damaged UTF-8.
        return damaged, (
            f"not valid UTF-8: {bad:,} undecodable byte sequence(s), the first at byte offset {first_bad:,}; "
            "shown as U+FFFD (fix or re-export the file as UTF-8)",
        )
    high_controls = set(_C1_RANGE.findall(data))
    if high_controls and not any(b[0] in _CP1252_UNDEFINED for b in high_controls):
        reason = "its bytes 0x80-0x9F are Windows-1252 punctuation"
        return data.decode("cp1252"), (
            f"not UTF-8 (first non-UTF-8 byte at offset {first_bad:,}); read as Windows-1252 because {reason}; "
            "convert the file to UTF-8 if that is wrong",
        )
    return data.decode("latin-1"), (
        f"not UTF-8 (first non-UTF-8 byte at offset {first_bad:,}); read as Latin-1 (ISO-8859-1); "
        "convert the file to UTF-8 if that is wrong",
    )


def _check_text(text: str, path: str) -> tuple[str, ...]:
    sample = text[:_SNIFF]
    if sample and len(_BINARY_CONTROLS.findall(sample)) > _BINARY_SHARE * len(sample):
        raise _refuse(path, "looks like a binary file (many control characters), not text; skipped")
    if not text.strip():
        return ("is empty: nothing to annotate",) if not text else ("contains only whitespace: nothing to annotate",)
    return ()


def decode(data: bytes, path: str) -> Article:
    """Decode an article's bytes; raises ProvenanceError naming the file if they are not text."""
    _sniff_binary(data, path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, warnings = _decode_marked(data, bom, encoding)
            break
    else:
        wide = _bom_less_utf32(data) or _bom_less_utf16(data)
        if wide is not None:
            text, warnings = data.decode(wide, errors="replace"), (f"no byte-order mark; read as {wide.upper()}",)
        elif b"\x00" in data:
            raise _refuse(path, "looks like a binary file (NUL bytes), not text; skipped")
        else:
            text, warnings = _decode_unmarked(data)
    return Article(path, text, warnings + _check_text(text, path))


def _too_big(path: str, max_bytes: int, size: int | None = None) -> ProvenanceError:
    what = f"is {size:,} bytes, over" if size is not None else "is over"
    return _refuse(path, f"{what} the {max_bytes:,}-byte limit; skipped (raise it with --max-bytes)")


def _sniff_head(head: bytes, path: str) -> None:
    """Refuse a binary file from its first bytes, before the rest (up to --max-bytes) is read."""
    _sniff_binary(head, path)
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS):
        even = head[: len(head) - len(head) % 4]
        if _bom_less_utf32(even) is None and _bom_less_utf16(head[: len(head) - len(head) % 2]) is None:
            raise _refuse(path, "looks like a binary file (NUL bytes), not text; skipped")


def _read_bounded(stream: BinaryIO, path: str, max_bytes: int) -> bytes:
    # The first bytes tell a binary file: a raised --max-bytes must not read 300 MB of it first.
    head = stream.read(min(_SNIFF, max_bytes + 1))
    _sniff_head(head, path)
    # Read one byte past the limit so a file that grew after stat(), or a pipe, is still refused.
    data = head + stream.read(max_bytes + 1 - len(head)) if len(head) <= max_bytes else head
    if len(data) > max_bytes:
        raise _too_big(path, max_bytes)
    return data


def read_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read a file (or '-' for standard input); raises ProvenanceError naming the file."""
    if path == "-":
        return decode(_read_bounded(sys.stdin.buffer, "<stdin>", max_bytes), "<stdin>")
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise _refuse(path, "is a folder, not a file; give the files in it, or use 'provenance report' for folders")
        if not stat.S_ISREG(info.st_mode):
            # Reading a FIFO or device could block forever or never end.
            raise _refuse(path, "is not a regular file (a pipe, socket or device); skipped (use '-' for a pipe)")
        if info.st_size > max_bytes:
            raise _too_big(path, max_bytes, info.st_size)
        with Path(path).open("rb") as stream:
            data = _read_bounded(stream, path, max_bytes)
    except FileNotFoundError:
        raise _refuse(path, "no such file; check the path") from None
    except PermissionError:
        raise _refuse(path, "permission denied; check the file's permissions") from None
    except OSError as exc:
        raise _refuse(path, f"cannot read: {exc.strerror or exc}; check the path") from None
    return decode(data, path)
