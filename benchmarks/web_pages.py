"""Web pages: extraction and annotation speed over a folder of saved HTML pages, and a WARC through `report`.

    python benchmarks/web_pages.py [--pages N] [--records N]

The pages are made here from the PolNeAR dev texts (../shared, or $PROVENANCE_SHARED) wrapped in a news-site
layout (navigation, sidebar, comments, footer), since no real pages may be committed; without the corpus the
script prints one `skipped:` line. It prints pages/s, the share of time spent in main-text extraction, and the
wall time of `provenance report` over a WARC of N such pages.
"""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_data import shared_folder

LAYOUT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | The Example Times</title>
<meta property="og:site_name" content="The Example Times"></head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion: the regime must go</a></nav>
<main><article><h1>{title}</h1>{paragraphs}</article>
<aside><h2>Most read</h2><ul><li>Critics slammed as terrorists</li><li>Ten things to know</li></ul></aside>
<section class="comments"><p>Reader: a corrupt regime of liars.</p></section></main>
<footer>&copy; The Example Times. Share: Facebook Twitter</footer></body></html>"""


def page(text: str) -> str:
    """An article text in a news-site layout."""
    title, _, body = text.strip().partition("\n")
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n") if p.strip())
    return LAYOUT.format(title=html.escape(title), paragraphs=paragraphs)


def main() -> None:
    """Make the pages, time extraction and annotation in process, then `report` over a WARC."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=84)
    parser.add_argument("--records", type=int, default=300)
    args = parser.parse_args()
    shared = shared_folder()
    if not (shared / "data/polnear/dev/text").is_dir():
        print("skipped: ../shared (PolNeAR dev texts) not found")
        return
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data/polnear/dev/text").glob("*.txt"))]
    pages = [page(texts[i % len(texts)]) for i in range(args.pages)]

    from provenance import annotate, load_rulebook
    from provenance.core.markup.html import mask_html
    from provenance.core.markup.main_text import main_text

    book = load_rulebook()
    annotate(pages[0], book, "warm.html")  # imports trafilatura and builds the rules once
    started = time.perf_counter()
    for source in pages:
        main_text(source, mask_html(source))
    extraction = time.perf_counter() - started
    started = time.perf_counter()
    for n, source in enumerate(pages):
        annotate(source, book, f"page{n}.html")
    total = time.perf_counter() - started
    print(f"{len(pages)} pages: {len(pages) / total:.1f} pages/s annotated; extraction {extraction:.2f} s")
    print(f"  = {100 * extraction / total:.0f} % of {total:.2f} s (masking + trafilatura + placing the main text)")
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "pages.warc.gz"
        _warc(archive, [page(texts[i % len(texts)]) for i in range(args.records)])
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "provenance", "report", str(archive), "-o", str(Path(folder) / "r.md")],
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - started
        sections = (Path(folder) / "r.md").read_text(encoding="utf-8").count("\n### ") if done.returncode == 0 else 0
        print(f"report over a WARC of {args.records} pages: {wall:.1f} s, exit {done.returncode}, {sections} sections")


def _warc(path: Path, pages: list[str]) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n, source in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://times.example/{n}", "response", payload=io.BytesIO(source.encode()), http_headers=headers
            )
            writer.write_record(record)


if __name__ == "__main__":
    main()
