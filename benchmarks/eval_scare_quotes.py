"""Benchmark: how many scare-quote findings fall inside speech that PolNeAR's gold attributes to a source.

A short quotation inside gold attributed content is a partial quote of a speaker, so a scare-quote finding there
is a false alarm for certain. Findings outside gold content are not all correct (titles, terms of art), so the
figure is a floor on the false-alarm rate, not a precision; the listed examples are for reading.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from shared_data import shared_folder

from provenance.core.pipeline import annotate_text
from provenance.evaluation.brat import BratDocument, read_corpus
from provenance.ruleset.loader import default_pack, load_rulebook
from provenance.ruleset.rulebook import Rulebook

CATEGORY = "scare-quote"


def gold_content(doc: BratDocument) -> bytearray:
    """One byte per character: 1 where gold marks attributed content."""
    cover = bytearray(len(doc.text) + 1)
    for span in doc.spans.values():
        if span.label == "Content":
            for start, end in span.fragments:
                cover[start:end] = b"\x01" * (end - start)
    return cover


def run(folder: Path, book: Rulebook, show: int) -> None:
    """Count scare-quote findings inside and outside gold content, and print a sample of each."""
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return
    docs, _ = read_corpus(folder)
    inside: list[str] = []
    outside: list[str] = []
    for doc in docs:
        cover = gold_content(doc)
        for finding in annotate_text(doc.text, book, doc.name, readability=False).findings:
            if finding.category != CATEGORY or finding.rule.endswith("cue-words"):
                continue
            start, end = finding.span.start, finding.span.end
            line = f"{doc.name}: …{doc.text[max(0, start - 70):end + 20]}…".replace("\n", " ")
            (inside if all(cover[start:end]) else outside).append(line)
    total = len(inside) + len(outside)
    share = len(inside) / total if total else 0.0
    print(f"scare quotes {folder}: {len(docs)} documents, {total} short-quote findings")
    print(f"  inside gold attributed content (certain false alarms): {len(inside)} ({share:.0%})")
    print(f"  outside gold content (scare quotes, titles, terms; read them): {len(outside)}")
    sample = random.Random(0)
    for title, lines in (("inside", inside), ("outside", outside)):
        for line in sample.sample(lines, min(show, len(lines))):
            print(f"    {title}: {line}")


def main(argv: list[str] | None = None) -> int:
    """Measure PolNeAR train and dev, or --gold DIR (brat layout: text/ + attributions/)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, help="a brat folder to measure instead of PolNeAR train and dev")
    parser.add_argument("--show", type=int, default=5, help="examples listed from each side")
    args = parser.parse_args(argv)
    book = load_rulebook([default_pack()])
    polnear = shared_folder() / "data" / "polnear"
    for folder in [args.gold] if args.gold else [polnear / "train", polnear / "dev"]:
        run(folder, book, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
