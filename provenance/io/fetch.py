"""Articles from the web: careful fetching of http(s) URLs, with an optional cache for offline reruns.

Careful means: a timeout, the same size cap as files, at most a few redirects, only HTML and text, a
User-Agent naming the tool, no cookies kept, and one clear line naming the URL for every failure.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from provenance.errors import Problem, ProvenanceError
from provenance.io.reader import DEFAULT_MAX_BYTES, Article, decode
from provenance.version import __version__

if TYPE_CHECKING:  # urllib.request pulls in ssl and http.client: loaded only when a URL is fetched
    import urllib.request
    from email.message import Message

USER_AGENT = f"provenance/{__version__} (news attribution checker; +https://pypi.org/project/provenance/)"
MAX_REDIRECTS = 5
_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CHUNK = 65536


def is_url(spec: str) -> bool:
    """Whether an argument names a web page rather than a file."""
    return bool(_URL.match(spec))


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How pages are fetched: size cap, timeout in seconds, and a cache folder (None: no cache)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    cache: Path | None = None


def _opener() -> urllib.request.OpenerDirector:
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

    # build_opener adds no cookie processor: cookies are neither sent nor kept.
    return urllib.request.build_opener(Redirects())


def _refuse(url: str, message: str) -> ProvenanceError:
    return ProvenanceError(Problem(url, message))


def _why(exc: BaseException) -> str:
    """One line for a failed fetch, naming what went wrong in a reader's words."""
    import socket
    import ssl
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        if exc.code in (301, 302, 303, 307, 308):
            return f"more than {MAX_REDIRECTS} redirects"
        return f"the server answered {exc.code} {exc.reason}"
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer in time (timeout)"
    if isinstance(reason, socket.gaierror):
        return "the host name could not be found (DNS)"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed (TLS: {reason.reason or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    return f"could not be fetched ({reason})"


def _charset(headers: Message, body: bytes) -> str | None:
    declared = headers.get_content_charset()
    if declared:
        return declared
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii") if found else None


def _text(url: str, body: bytes, charset: str | None) -> Article:
    if charset:
        try:
            return Article(url, body.decode(charset, errors="replace"))
        except LookupError:
            pass  # an unknown charset name: let the reader's own sniffing decide
    return decode(body, url)


def _read(url: str, stream: IO[bytes], limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise _refuse(url, f"is over the {limit:,}-byte limit; skipped (raise it with --max-bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _cached(settings: FetchSettings, url: str) -> tuple[Path, Path] | None:
    if settings.cache is None:
        return None
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    return settings.cache / f"{key}.body", settings.cache / f"{key}.json"


def _from_cache(url: str, settings: FetchSettings) -> Article | None:
    places = _cached(settings, url)
    if places is None or not places[0].is_file() or not places[1].is_file():
        return None
    meta = json.loads(places[1].read_text(encoding="utf-8"))
    return _text(url, places[0].read_bytes(), meta.get("charset"))


def _store(url: str, settings: FetchSettings, body: bytes, charset: str | None) -> None:
    places = _cached(settings, url)
    if places is None:
        return
    places[0].parent.mkdir(parents=True, exist_ok=True)
    places[0].write_bytes(body)
    places[1].write_text(json.dumps({"url": url, "charset": charset}), encoding="utf-8")


def fetch(url: str, settings: FetchSettings = FetchSettings()) -> Article:
    """The page at `url` as an Article named by the URL; raises ProvenanceError with one line naming it."""
    import urllib.error
    import urllib.request

    cached = _from_cache(url, settings)
    if cached is not None:
        return cached
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ", ".join(_TYPES)})
    try:
        with _opener().open(request, timeout=settings.timeout) as response:
            kind = response.headers.get_content_type()
            if kind not in _TYPES:
                raise _refuse(url, f"is {kind}, not a web page or text; skipped")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > settings.max_bytes:
                raise _refuse(url, f"is {int(length):,} bytes, over the {settings.max_bytes:,}-byte limit; skipped")
            body = _read(url, response, settings.max_bytes)
            charset = _charset(response.headers, body)
    except ProvenanceError:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise _refuse(url, _why(exc)) from None
    _store(url, settings, body, charset)
    return _text(url, body, charset)
