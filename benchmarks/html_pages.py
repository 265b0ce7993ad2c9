"""Benchmark: HTML page sizes and render times over PolNeAR dev (../shared): one page per article, one report.

Prints the page size (median, 95th percentile, largest) and render time; skips when the texts are absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from provenance.pipeline import annotate_text
from shared_data import shared_folder

from provenance.render.html.document import render
from provenance.render.html.report import render_report
from provenance.render.options import RenderOptions
from provenance.ruleset.loader import default_pack, load_rulebook


def main(argv: list[str] | None = None) -> int:
    """Annotate the texts, then time the article pages and the report page."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "train"), default="dev", help="PolNeAR split (default dev)")
    parser.add_argument("--limit", type=int, help="only the first N texts")
    args = parser.parse_args(argv)
    paths = sorted((shared_folder() / "data" / "polnear" / args.split / "text").glob("*.txt"))[: args.limit]
    if not paths:
        print(f"skipped: PolNeAR {args.split} texts not found")
        return 0
    book = load_rulebook([default_pack()])
    docs = [annotate_text(p.read_text(encoding="utf-8"), book, p.name) for p in paths]
    options = RenderOptions()
    started = time.perf_counter()
    sizes = sorted(len(render([doc], options).encode("utf-8")) for doc in docs)
    pages = time.perf_counter() - started
    started = time.perf_counter()
    report = len(render_report(docs, (), options).encode("utf-8"))
    reported = time.perf_counter() - started
    p95 = sizes[min(len(sizes) - 1, int(len(sizes) * 0.95))]
    print(f"{len(docs)} article pages in {pages:.2f} s ({pages / len(docs) * 1000:.1f} ms each)")
    median = statistics.median(sizes)
    print(f"page size: median {median / 1000:.1f} kB, p95 {p95 / 1000:.1f} kB, max {sizes[-1] / 1000:.1f} kB")
    print(f"report page over {len(docs)} articles: {report / 1000:.1f} kB in {reported:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
