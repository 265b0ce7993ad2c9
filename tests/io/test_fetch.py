"""Fetching web pages: one clear line naming the URL for every failure, the size cap, redirects, charsets, cache."""

from __future__ import annotations

import socket
import urllib.error
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.io.fetch import FetchSettings, _why, fetch, is_url
from tests.io.web_server import serve


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    yield from serve()


QUICK = FetchSettings(timeout=5)


def _refused(url: str, settings: FetchSettings = QUICK) -> str:
    with pytest.raises(ProvenanceError) as caught:
        fetch(url, settings)
    (problem,) = caught.value.problems
    assert problem.path == url
    return problem.message


def test_a_page_is_read_with_its_charset(site: str) -> None:
    article = fetch(f"{site}/news.html")
    assert article.path == f"{site}/news.html" and "Riverton city council voted" in article.text


def test_a_legacy_charset_named_in_the_page_is_honoured(site: str) -> None:
    assert "Мэр Анна Коваль заявила" in fetch(f"{site}/cyrillic.html").text


def test_a_redirect_is_followed_and_a_loop_is_refused(site: str) -> None:
    assert "Riverton" in fetch(f"{site}/moved").text
    assert "redirects" in _refused(f"{site}/loop")


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/gone", "404"),
        ("/error", "500"),
        ("/report.pdf", "application/pdf, not a web page"),
    ],
)
def test_failures_name_the_url_and_the_reason(site: str, path: str, said: str) -> None:
    assert said in _refused(f"{site}{path}")


def test_the_size_cap_applies_with_and_without_a_length(site: str) -> None:
    small = FetchSettings(max_bytes=100_000, timeout=5)
    assert "100,000-byte limit" in _refused(f"{site}/huge", small)
    assert "100,000-byte limit" in _refused(f"{site}/endless", small)


def test_a_slow_server_times_out(site: str) -> None:
    assert "timeout" in _refused(f"{site}/slow", FetchSettings(timeout=1))


def test_a_refused_connection_is_named() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert "refused" in _refused(f"http://127.0.0.1:{port}/x")


def test_dns_and_tls_failures_read_as_such() -> None:
    assert "DNS" in _why(urllib.error.URLError(socket.gaierror(-2, "Name or service not known")))
    assert "timeout" in _why(urllib.error.URLError(TimeoutError()))


def test_the_cache_serves_a_page_again_offline(site: str, tmp_path: Path) -> None:
    settings = FetchSettings(timeout=5, cache=tmp_path)
    first = fetch(f"{site}/cyrillic.html", settings)
    offline = FetchSettings(timeout=5, cache=tmp_path)
    # The same URL is now answered from the cache: the server is not asked again.
    assert fetch(f"{site}/cyrillic.html", offline).text == first.text
    assert len(list(tmp_path.iterdir())) == 2


def test_urls_are_told_from_paths() -> None:
    assert is_url("https://example.com/a") and is_url("HTTP://x")
    assert not is_url("news/https-notes.txt") and not is_url("-")
