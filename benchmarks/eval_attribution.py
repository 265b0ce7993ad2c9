"""Benchmark: attribution P/R/F1 on PolNeAR (../shared) and on our own annotated articles (benchmarks/data)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from shared_data import OWN_DATA, shared_folder

from provenance.core.pipeline import annotate_text
from provenance.errors import ProvenanceError
from provenance.evaluation.attribution import evaluate
from provenance.evaluation.brat import read_corpus
from provenance.evaluation.report import as_text
from provenance.ruleset.loader import Pack, default_pack, load_rulebook
from provenance.ruleset.rulebook import Rulebook


def run(gold: Path, book: Rulebook, show: int, limit: int | None) -> None:
    """Score one corpus and print the report, or one 'skipped' line when it is absent."""
    if not gold.is_dir():
        print(f"skipped: {gold} not found")
        return
    try:
        documents, problems = read_corpus(gold, limit)
    except ProvenanceError as exc:
        print(f"skipped: {exc}")
        return
    started = time.perf_counter()
    evaluation = evaluate(documents, lambda text, name: annotate_text(text, book, name, readability=False), problems)
    print(as_text(evaluation, f"attribution {gold}", show), end="")
    print(f"({len(problems)} annotation warnings; {time.perf_counter() - started:.1f}s)\n")


def main(argv: list[str] | None = None) -> int:
    """Score PolNeAR dev (or train) and our own articles; with --gold, only that folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, help="a brat corpus folder (text/ + attributions/) to score instead")
    parser.add_argument("--split", choices=("dev", "train"), default="dev", help="PolNeAR split (default dev)")
    parser.add_argument("--rules", type=Path, action="append", default=[], help="extra rules folder; repeatable")
    parser.add_argument("--show", type=int, default=5, help="groups of misses / false alarms listed per label")
    parser.add_argument("--limit", type=int, help="score only the first N documents")
    args = parser.parse_args(argv)
    book = load_rulebook([default_pack(), *(Pack(p.name.lower(), p) for p in args.rules)])
    golds = [args.gold] if args.gold else [shared_folder() / "data" / "polnear" / args.split, OWN_DATA / "attribution"]
    for gold in golds:
        run(gold, book, args.show, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
