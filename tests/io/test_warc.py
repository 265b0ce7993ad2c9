"""Web archives: one article per HTML response record, named by its target URI; other records are skipped."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance.errors import Problem
from provenance.io.reader import Article
from provenance.io.warc import is_warc, read_warc


def _response(writer: WARCWriter, uri: str, status: str, kind: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))


def make_warc(path: Path, pages: int = 3) -> Path:
    """A gzipped WARC with `pages` HTML articles, an image, a 404 page and a request record."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n in range(pages):
            body = (
                f"<html><body><article><h1>Council vote {n}</h1><p>Mayor Janet Cole said the bridge "
                f"would reopen in May, the {n}th time she has said so this year.</p></article></body></html>"
            )
            _response(writer, f"https://news.example/{n}", "200 OK", "text/html; charset=utf-8", body.encode())
        _response(writer, "https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        _response(writer, "https://news.example/gone", "404 Not Found", "text/html", b"<h1>gone</h1>")
        request = StatusAndHeaders("GET /0 HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        record = writer.create_warc_record(
            "https://news.example/0", "request", payload=io.BytesIO(b""), http_headers=request
        )
        writer.write_record(record)
    return path


def test_each_html_response_is_an_article(tmp_path: Path) -> None:
    found = list(read_warc(str(make_warc(tmp_path / "a.warc.gz")), 1_000_000))
    assert [a.path for a in found if isinstance(a, Article)] == [f"https://news.example/{n}" for n in range(3)]
    assert all(isinstance(a, Article) for a in found)
    assert "Mayor Janet Cole said" in found[0].text  # type: ignore[union-attr]


def test_a_record_over_the_size_cap_is_named(tmp_path: Path) -> None:
    found = list(read_warc(str(make_warc(tmp_path / "a.warc.gz", pages=1)), 50))
    assert [type(f) for f in found] == [Problem] and "50-byte limit" in found[0].message  # type: ignore[union-attr]


def test_a_file_that_is_no_archive_is_one_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_text("not an archive at all\n", encoding="utf-8")
    (problem,) = list(read_warc(str(bad), 1_000_000))
    assert isinstance(problem, Problem) and problem.path == str(bad)


def test_archives_are_told_by_their_suffix() -> None:
    assert is_warc("CC-NEWS-2026.warc.gz") and is_warc("a.WARC") and not is_warc("a.gz")
