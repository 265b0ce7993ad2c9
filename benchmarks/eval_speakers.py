"""Benchmark: speakers, not-heard rows and headlines against the hand-made gold in ../shared/data/speakers-dev."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from shared_data import shared_folder

from provenance import annotate, load_rulebook
from provenance.errors import ProvenanceError
from provenance.evaluation.speakers import evaluate_speakers
from provenance.evaluation.speakers_report import speakers_json, speakers_text


def main(argv: list[str] | None = None) -> int:
    """Score the gold file (default: the shared speakers-dev set) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, help="a gold JSON Lines file (default: shared speakers-dev)")
    parser.add_argument("--root", type=Path, help="folder the gold `file` paths are relative to (default: shared)")
    parser.add_argument("--show", type=int, default=5, help="worst articles listed with their errors")
    parser.add_argument("--json", action="store_true", help="print the JSON form instead")
    args = parser.parse_args(argv)
    shared = shared_folder()
    gold = args.gold or shared / "data" / "speakers-dev" / "gold.jsonl"
    if not gold.is_file():
        print(f"skipped: {gold} not found")
        return 0
    book = load_rulebook()
    started = time.perf_counter()
    try:
        evaluation = evaluate_speakers(gold, args.root or shared, lambda text, path: annotate(text, book, path))
    except ProvenanceError as exc:
        print(f"skipped: {exc}")
        return 0
    if args.json:
        print(json.dumps(speakers_json(evaluation), ensure_ascii=False, indent=2))
    else:
        print(speakers_text(evaluation, args.show), end="")
        print(f"({time.perf_counter() - started:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
