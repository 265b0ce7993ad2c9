"""Trace on real reuse: the near-duplicate pairs of PTC train and PolNeAR train+dev, each checked by eye (issue 20).

Candidate pairs were found without trace: every pair of the 1,295 texts sharing 20 % or more of one text's
word 5-grams, plus every pair trace reported when each text was traced against all the others. Each was
read and given a verdict in benchmarks/data/trace-realdups/pairs.tsv:

- copy: one text carries the other's article (whole or most of it, reworded in places, commentary added);
- version: one outlet's story filed twice (next-day edition, live-blog states);
- passage: a passage of several sentences (50 words or more) lifted from one into the other, or from a
  third text into both where the third is not in the corpus;
- common-source: both quote the same statement, letter or tweets at length (neither copies the other);
- template: only an outlet's own furniture is shared (poll widget, agency boilerplate, link lists);
- none: the same subject and a short shared quotation.

Trace should report copy, version and passage pairs (in at least one direction), and not template or none
pairs; common-source pairs are shown but not scored. Prints `skipped:` without the shared folder.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

from shared_data import OWN_DATA, shared_folder

from provenance.trace.index import TraceIndex
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer

PAIRS = OWN_DATA / "trace-realdups" / "pairs.tsv"
EXPECTED = ("copy", "version", "passage")
NOT_EXPECTED = ("template", "none")


def corpus(shared: Path) -> list[Path]:
    """PTC train and PolNeAR train and dev: every text the pairs were looked for in."""
    folders = [shared / "ptc" / "train" / "articles", shared / "polnear" / "train" / "text"]
    folders.append(shared / "polnear" / "dev" / "text")
    return [p for folder in folders for p in sorted(folder.glob("*.txt"))]


def main() -> int:
    """Trace every text of every judged pair against the whole corpus; score by verdict."""
    shared = shared_folder() / "data"
    files = corpus(shared)
    if not files:
        print(f"skipped: no PTC or PolNeAR texts under {shared}")
        return 0
    by_stem = {p.stem: p for p in files}
    with PAIRS.open(encoding="utf-8") as handle:
        pairs = list(csv.DictReader(handle, delimiter="\t"))
    with tempfile.TemporaryDirectory() as tmp:
        index = TraceIndex.create(Path(tmp) / "realdups.sqlite")
        index.add(SourceText(str(p), p.read_text(encoding="utf-8")) for p in files)
        tracer = Tracer(index)
        found: dict[str, dict[str, float]] = {}  # stem -> origin stem -> coverage
        for stem in sorted({row[k] for row in pairs for k in ("a", "b")}):
            path = by_stem[stem]
            result = tracer.text(path.read_text(encoding="utf-8"), str(path), judged=False)
            found[stem] = {Path(r.origin.path).stem: r.coverage for r in result.reuses}
        index.close()
    print(f"{len(files)} texts indexed (PTC train, PolNeAR train and dev); {len(pairs)} pairs judged by eye")
    print(f"\n{'verdict':<14} {'pairs':>5} {'reported':>8}  (reported: trace names one as an origin of the other)")
    reported: dict[str, int] = {}
    for verdict in (*EXPECTED, "common-source", *NOT_EXPECTED):
        rows = [r for r in pairs if r["verdict"] == verdict]
        hits = [r for r in rows if r["b"] in found[r["a"]] or r["a"] in found[r["b"]]]
        reported[verdict] = len(hits)
        print(f"{verdict:<14} {len(rows):>5} {len(hits):>8}")
    expected = sum(1 for r in pairs if r["verdict"] in EXPECTED)
    right = sum(reported[v] for v in EXPECTED)
    wrong = sum(reported[v] for v in NOT_EXPECTED)
    print(
        f"\nretrieval on real reuse: recall {right}/{expected} = {right / max(expected, 1):.3f};"
        f" precision {right}/{right + wrong} = {right / max(right + wrong, 1):.3f} (common-source pairs not scored)"
    )
    judged = {frozenset((r["a"], r["b"])) for r in pairs}
    print("\nmissed (copy, version or passage not reported) and false (template or none reported):")
    for r in pairs:
        hit = r["b"] in found[r["a"]] or r["a"] in found[r["b"]]
        if (r["verdict"] in EXPECTED) != hit and r["verdict"] != "common-source":
            print(f"  {r['verdict']:<9} {'reported' if hit else 'missed':<8}{r['a'][:36]} ~ {r['b'][:36]}: {r['note']}")
    unjudged = {frozenset((a, b)) for a, origins in found.items() for b in origins} - judged
    print(f"reported pairs among these texts that no verdict covers: {len(unjudged)}")
    for pair in sorted(sorted(p) for p in unjudged):
        print("  " + " ~ ".join(pair))
    return 0


if __name__ == "__main__":
    sys.exit(main())
