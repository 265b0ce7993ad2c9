"""Benchmark: annotate 2 MB documents in three layouts, to show that work per document stays near-linear.

The text is made of random sentences from PolNeAR train (../shared); the script skips when they are absent.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from shared_data import shared_folder

from provenance.core.pipeline import annotate_text
from provenance.ruleset.loader import default_pack, load_rulebook


def sentences() -> list[str]:
    """Sentence-like pieces of the PolNeAR train texts, each ending in a full stop."""
    found: list[str] = []
    for path in sorted((shared_folder() / "data" / "polnear" / "train" / "text").glob("*.txt"))[:400]:
        for line in path.read_text(encoding="utf-8").splitlines():
            found += [piece.strip() + "." for piece in line.split(". ") if len(piece) > 40]
    return found


def main(argv: list[str] | None = None) -> int:
    """Time annotate_text (readability off) on paragraphs, one line with full stops, and one line without."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=2.0, help="size of each document")
    args = parser.parse_args(argv)
    pool = sentences()
    if not pool:
        print("skipped: PolNeAR train texts not found")
        return 0
    chosen, size, rng = [], 0, random.Random(1)
    while size < args.megabytes * 1_000_000:
        chosen.append(rng.choice(pool))
        size += len(chosen[-1]) + 1
    layouts = {
        "two-sentence paragraphs": "\n\n".join(" ".join(chosen[i : i + 2]) for i in range(0, len(chosen), 2)),
        "one line, with full stops": " ".join(chosen),
        "one line, no full stop": " ".join(chosen).replace(".", ""),
    }
    book = load_rulebook([default_pack()])
    for name, text in layouts.items():
        started = time.perf_counter()
        annotate_text(text, book, readability=False)
        print(f"{name}: {len(text) / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
