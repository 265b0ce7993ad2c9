"""Web archives: each HTML response record of a WARC file (as in Common Crawl News) is one article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from provenance.errors import Problem
from provenance.io.reader import Article, decode

_SUFFIXES = (".warc", ".warc.gz")
_HTML = ("text/html", "application/xhtml+xml")


def is_warc(path: str) -> bool:
    """Whether a path names a web archive."""
    return path.lower().endswith(_SUFFIXES)


def read_warc(path: str, max_bytes: int) -> Iterator[Article | Problem]:
    """The archive's HTML responses as Articles named by their target URI; a bad record or file is a Problem."""
    from warcio.archiveiterator import ArchiveIterator  # imported only when an archive is read
    from warcio.exceptions import ArchiveLoadFailed

    records = 0
    try:
        with Path(path).open("rb") as stream:
            if not stream.read(5).startswith((b"WARC/", b"\x1f\x8b")):
                yield Problem(path, "is not a WARC file (it does not start with WARC/ or gzip data)")
                return
            stream.seek(0)
            for record in ArchiveIterator(stream):
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#record"
                kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if kind not in _HTML or not record.http_headers.get_statuscode().startswith("2"):
                    continue
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield Problem(uri, f"is over the {max_bytes:,}-byte limit; skipped (raise it with --max-bytes)")
                    continue
                charset = record.http_headers.get_header("Content-Type") or ""
                yield _article(uri, body, charset.partition("charset=")[2].strip(" \"'") or None)
    except (ArchiveLoadFailed, EOFError, ValueError) as exc:
        # A damaged record ends the archive's reading; what was read before it stays read.
        yield Problem(path, f"is not a readable web archive after {records} records ({exc or type(exc).__name__})")
        return
    except OSError as exc:
        yield Problem(path, f"cannot read: {exc.strerror or exc}")
        return
    if not records:
        yield Problem(path, "holds no web archive records")


def _article(uri: str, body: bytes, charset: str | None) -> Article | Problem:
    from provenance.errors import ProvenanceError

    if charset:
        try:
            return Article(uri, body.decode(charset, errors="replace"))
        except LookupError:
            pass
    try:
        return decode(body, uri)
    except ProvenanceError as exc:
        return exc.problems[0]
