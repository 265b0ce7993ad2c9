"""A small web server on 127.0.0.1 for the fetching tests: pages, redirects, slow and huge answers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.conftest import ROOT

PAGES = ROOT / "tests" / "fixtures" / "web"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read answers, not logs."""

    def _send(self, code: int, kind: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/news.html":
            self._send(200, "text/html; charset=utf-8", (PAGES / "news-page.html").read_bytes())
        elif path == "/broken.html":
            self._send(200, "text/html", (PAGES / "broken.html").read_bytes())
        elif path == "/cyrillic.html":
            self._send(200, "text/html", (PAGES / "cp1251.html").read_bytes())
        elif path == "/moved":
            self._send(302, "text/plain", b"", {"Location": "/news.html"})
        elif path == "/loop":
            self._send(302, "text/plain", b"", {"Location": "/loop"})
        elif path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", b"<p>too late</p>")
        elif path == "/huge":
            self._send(200, "text/html", b"<p>" + b"word " * 400_000 + b"</p>")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no length: the cap must stop the reading
            self.wfile.write(b"<p>" + b"word " * 400_000)
        elif path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not a page")
        elif path == "/gone":
            self._send(404, "text/html", b"<h1>Not found</h1>")
        elif path == "/error":
            self._send(500, "text/html", b"<h1>Server error</h1>")
        else:
            self._send(404, "text/plain", b"no such page")


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (the size cap, a timeout) is expected here, not an error to print."""


def serve() -> Iterator[str]:
    """Start the server on a free port, yield its base URL, stop it afterwards."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


__all__ = ["PAGES", "Path", "serve"]
