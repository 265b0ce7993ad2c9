"""Benchmark: loaded-language P/R/F1 on PTC train (../shared) and on our own annotated articles (benchmarks/data)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from shared_data import OWN_DATA, shared_folder

from provenance.core.pipeline import annotate_text
from provenance.errors import ProvenanceError
from provenance.evaluation.loaded import evaluate, loaded_categories
from provenance.evaluation.ptc import DEFAULT_TECHNIQUES, read_corpus
from provenance.evaluation.report import as_text
from provenance.ruleset.loader import Pack, default_pack, load_rulebook
from provenance.ruleset.rulebook import Rulebook


def run(gold: Path, book: Rulebook, show: int, limit: int | None) -> None:
    """Score one corpus and print the report, or one 'skipped' line when it is absent."""
    if not gold.is_dir():
        print(f"skipped: {gold} not found")
        return
    try:
        articles, problems = read_corpus(gold, DEFAULT_TECHNIQUES, limit)
    except ProvenanceError as exc:
        print(f"skipped: {exc}")
        return
    started = time.perf_counter()
    categories = loaded_categories(book)
    evaluation = evaluate(
        articles, lambda text, name: annotate_text(text, book, name, readability=False), categories, problems
    )
    print(as_text(evaluation, f"loaded language {gold} (categories: {', '.join(sorted(categories))})", show), end="")
    print(f"({len(problems)} label warnings; {time.perf_counter() - started:.1f}s)\n")


def main(argv: list[str] | None = None) -> int:
    """Score PTC train and our own articles; with --gold, only that folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, help="a PTC-layout folder (articles/ + *.labels) to score instead")
    parser.add_argument("--rules", type=Path, action="append", default=[], help="extra rules folder; repeatable")
    parser.add_argument("--show", type=int, default=10, help="groups of misses / false alarms listed")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    args = parser.parse_args(argv)
    book = load_rulebook([default_pack(), *(Pack(p.name.lower(), p) for p in args.rules)])
    golds = [args.gold] if args.gold else [shared_folder() / "data" / "ptc" / "train", OWN_DATA / "loaded"]
    for gold in golds:
        run(gold, book, args.show, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
