"""Benchmark: `trace` on republications made from real articles by recorded edits, and on same-topic article pairs.

PolNeAR train (and PTC train, as more archive) is indexed; originals drawn from PolNeAR train are republished
three ways (exact copy, lightly edited, a third of the text new), with a credit line kept, removed or
pointing at another outlet; each trace is scored for retrieval and for every recorded edit. Inserted text
comes from PolNeAR dev, which is not indexed. See docs/trace.md for the recipe.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from shared_data import shared_folder
from trace_edits import Maker, Republication
from trace_pairs import same_topic_pairs

from provenance import annotate
from provenance.model import Document, Span
from provenance.trace.index import TraceIndex
from provenance.trace.passages import body_paragraphs
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer
from provenance.trace.types import Change, Reuse

OUTLETS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
}
KINDS = ("headline", "trim", "reorder", "insert", "loaded", "attribution", "quote", "credit-removed", "credit-other")
RULE_OF = {
    "headline": "trace.headline-rewritten",
    "trim": "trace.paragraph-cut",
    "reorder": "trace.paragraph-moved",
    "insert": "trace.paragraph-added",
    "loaded": "trace.loaded-added",
    "attribution": "trace.attribution-stripped",
    "quote": "trace.quote-altered",
    "credit-removed": "trace.credit-missing",
    "credit-other": "trace.credit-other",
}
LIGHT = ("headline", "trim", "reorder", "loaded", "attribution", "quote", "insert")


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def read_metadata(path: Path) -> dict[str, tuple[str, str]]:
    """filename -> (publisher, wire) from PolNeAR's metadata.tsv."""
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 12:
            rows[cells[1]] = (cells[4], cells[11])
    return rows


def _apply(maker: Maker, condition: str, rng: random.Random, pool: list[str], credit: str, outlet: str) -> None:
    if condition in LIGHT:  # one edit alone: every kind gets enough cases to score
        if condition == "insert":
            maker.insert(rng.choice(pool))
        else:
            getattr(maker, {"headline": "new_headline"}.get(condition, condition))()
    elif condition != "exact":
        chosen = rng.sample(LIGHT, 3)
        for kind in LIGHT:  # fixed order: structure first, then words, then inserted text
            if kind in chosen:
                if kind == "insert":
                    maker.insert(rng.choice(pool))
                else:
                    getattr(maker, {"headline": "new_headline"}.get(kind, kind))()
    if condition == "heavy":
        own = sum(len(p.text.split()) for p in maker.pieces)
        added = 0
        fresh = rng.sample(pool, len(pool))
        while added < own / 2 and fresh:  # new text = a third of the result
            paragraph = fresh.pop()
            maker.insert(paragraph)
            added += len(paragraph.split())
    if credit == "kept":
        maker.set_credit(outlet, None)
    elif credit == "removed":
        maker.set_credit(None, "credit-removed")
    else:
        maker.set_credit("Reuters" if outlet != "Reuters" else "Agence France-Presse", "credit-other")


def _matches(kind: str, change: Change, made: Republication) -> bool:
    edits = [e for e in made.edits if e.kind == kind]
    if kind in ("headline", "credit-removed", "credit-other"):
        return bool(edits)
    if kind in ("trim", "reorder"):
        return any(_overlap(change.origin, e.origin) for e in edits)
    return any(_overlap(change.span, e.article) for e in edits)


class Score:
    """Counts for retrieval and for every edit kind, by condition."""

    def __init__(self) -> None:
        self.cases: Counter[str] = Counter()
        self.found: Counter[str] = Counter()  # cases whose origin was retrieved
        self.retrieved: Counter[str] = Counter()
        self.right: Counter[str] = Counter()  # retrieved origins that are the origin or a copy of it
        self.edit_made: Counter[str] = Counter()
        self.edit_found: Counter[str] = Counter()
        self.said: Counter[str] = Counter()
        self.said_right: Counter[str] = Counter()
        self.other_rules: Counter[str] = Counter()
        self.misses: list[str] = []
        self.false: list[str] = []

    def add(
        self, condition: str, made: Republication, reuses: tuple[Reuse, ...], correct: set[int], case: str = ""
    ) -> None:
        """Score one traced republication."""
        self.cases[condition] += 1
        ids = [r.origin.index_id for r in reuses]
        self.retrieved[condition] += len(ids)
        self.right[condition] += sum(i in correct for i in ids)
        best = next((r for r in reuses if r.origin.index_id in correct), None)
        self.found[condition] += best is not None
        if best is None:
            return
        changes = best.changes
        for edit in made.edits:
            self.edit_made[edit.kind] += 1
            hit = any(c.rule == RULE_OF[edit.kind] and _matches(edit.kind, c, made) for c in changes)
            self.edit_found[edit.kind] += hit
            if not hit and len(self.misses) < 12:
                said = [c.message[:60] for c in changes if c.kind in ("credit", "attribution")]
                self.misses.append(f"{case} missed {edit.kind}: {(edit.marker or '')[:70]!r} {said}")
        for change in changes:
            kind = next((k for k, rule in RULE_OF.items() if rule == change.rule), None)
            if kind is None:
                self.other_rules[change.rule] += 1
                continue
            self.said[kind] += 1
            right = _matches(kind, change, made)
            self.said_right[kind] += right
            if not right and len(self.false) < 12:
                self.false.append(
                    f"{case} false {change.rule}: {change.span.text[:60]!r} / {(change.old or '')[:60]!r}"
                )


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def report(score: Score) -> None:
    """Print the retrieval and edit tables."""
    print("\nretrieval (origin = the article or a stored copy of it)")
    print(f"{'condition':<10} {'cases':>6} {'precision':>10} {'recall':>8}")
    for condition in ("exact", "light", "heavy", "single"):
        n = score.cases[condition]
        print(
            f"{condition:<10} {n:>6} {_ratio(score.right[condition], score.retrieved[condition]):>10}"
            f" {_ratio(score.found[condition], n):>8}"
        )
    print("\nedits (findings of the retrieved origin)")
    print(f"{'edit':<15} {'made':>5} {'found':>6} {'recall':>7} {'said':>5} {'precision':>10}  rule")
    for kind in KINDS:
        print(
            f"{kind:<15} {score.edit_made[kind]:>5} {score.edit_found[kind]:>6}"
            f" {_ratio(score.edit_found[kind], score.edit_made[kind]):>7} {score.said[kind]:>5}"
            f" {_ratio(score.said_right[kind], score.said[kind]):>10}  {RULE_OF[kind]}"
        )
    print("other findings:", dict(score.other_rules.most_common()))
    for line in score.misses + score.false:
        print("  " + line)


def _paragraph_pool(folder: Path, limit: int) -> list[str]:
    pool = []
    for path in sorted(folder.glob("*.txt"))[:limit]:
        for block in path.read_text(encoding="utf-8").split("\n\n")[1:]:
            if 30 <= len(block.split()) <= 120 and "“" not in block and '"' not in block:
                pool.append(block.strip())
    return pool


def _duplicates(tracer: Tracer, docs: dict[int, Document]) -> Callable[[int], set[int]]:
    """For an origin id: itself and every stored text that is a copy of it (coverage >= 0.5 both ways)."""
    cache: dict[int, set[int]] = {}

    def copies(doc_id: int) -> set[int]:
        if doc_id not in cache:
            result = tracer.document(docs[doc_id], judged=False)
            cache[doc_id] = {doc_id} | {
                r.origin.index_id for r in result.reuses if r.coverage >= 0.5 and r.origin.index_id is not None
            }
        return cache[doc_id]

    return copies


def main() -> int:
    """Run the evaluation; print `skipped:` when the corpora are absent."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--originals", type=int, default=120, help="articles to republish (<= 10 cases each)")
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    shared = shared_folder() / "data"
    polnear, ptc = shared / "polnear", shared / "ptc" / "train" / "articles"
    if not (polnear / "train" / "text").is_dir() or not (polnear / "metadata.tsv").is_file():
        print(f"skipped: {polnear} not found")
        return 0
    meta = read_metadata(polnear / "metadata.tsv")
    train = sorted((polnear / "train" / "text").glob("*.txt"))
    archive = [
        SourceText(str(p), p.read_text(encoding="utf-8"), OUTLETS.get(meta.get(p.stem, ("", ""))[0])) for p in train
    ]
    archive += [SourceText(str(p), p.read_text(encoding="utf-8")) for p in sorted(ptc.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        index = TraceIndex.create(Path(tmp) / "eval.sqlite")
        stats = index.add(archive)
        print(
            f"index: {stats.added} texts ({len(train)} PolNeAR train, {len(archive) - len(train)} PTC train),"
            f" {stats.unchanged} exact duplicates skipped, {time.perf_counter() - started:.1f} s"
        )
        tracer = Tracer(index)
        run(args, tracer, index, meta, train, polnear)
        index.close()
    return 0


def run(
    args: argparse.Namespace,
    tracer: Tracer,
    index: TraceIndex,
    meta: dict[str, tuple[str, str]],
    train: list[Path],
    polnear: Path,
) -> None:
    """Make, trace and score the cases, then the same-topic pairs."""
    rng = random.Random(args.seed)
    pool = _paragraph_pool(polnear / "dev" / "text", 84)
    by_path = {index.get(i).path: i for i in index.ids()}
    docs: dict[int, Document] = {}
    eligible = []
    for path in rng.sample(train, len(train)):
        outlet = OUTLETS.get(meta.get(path.stem, ("", ""))[0])
        if outlet is None or str(path) not in by_path:
            continue
        doc = annotate(path.read_text(encoding="utf-8"), path=str(path))
        if doc.relays or len(body_paragraphs(doc)) < 6 or doc.segmentation.headline is None:
            continue
        docs[by_path[str(path)]] = doc
        eligible.append((by_path[str(path)], outlet))
        if len(eligible) == args.originals:
            break
    copies = _duplicates(tracer, docs)
    score = Score()
    started = time.perf_counter()
    traced = 0
    for n, (doc_id, outlet) in enumerate(eligible):
        for k, condition in enumerate(("exact", "light", "heavy", *LIGHT)):
            maker = Maker(docs[doc_id], rng)
            credit = ("kept", "removed", "other")[(n + k) % 3] if k < 3 else "kept"
            _apply(maker, condition, rng, pool, credit, outlet)
            made = maker.assemble()
            if condition in LIGHT and not made.edits:
                continue  # this article offers no place for that edit (no quotation, no plain attribution...)
            result = tracer.text(made.text, f"case-{n}-{condition}")
            traced += 1
            score.add(condition if k < 3 else "single", made, result.reuses, copies(doc_id), f"case-{n}-{condition}")
    elapsed = time.perf_counter() - started
    print(
        f"{len(eligible)} originals, {traced} republications traced in {elapsed:.1f} s"
        f" ({1000 * elapsed / max(traced, 1):.0f} ms each, annotation included)"
    )
    report(score)
    same_topic_pairs(tracer, index, train, meta)


if __name__ == "__main__":
    sys.exit(main())
