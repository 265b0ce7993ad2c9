"""Trace on data nobody tuned it on: hand-written republications and same-event distractors (issue 20).

The cases are in benchmarks/data/trace-heldout (see its README): 12 origins written by hand, 29
republications made from them by hand-chosen edits, and 7 articles on the same events written
independently. The origins and distractors are indexed, with PolNeAR train and PTC train as background
when the shared folder is there (so retrieval has competition; without it the run says so and goes on),
every republication is traced, and the findings are scored with eval_trace.py's kinds and matching: a
headline or credit finding is right when the case has that edit, a cut or moved paragraph when its origin
span overlaps the edit's, any other finding when its article span overlaps the edit's. Each distractor is
traced against everything but itself and must get no origin at all.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval_trace import OUTLETS, read_metadata
from shared_data import OWN_DATA, shared_folder

from provenance.model import Span
from provenance.trace.index import TraceIndex
from provenance.trace.shingles import containment, shingle_set
from provenance.trace.sources import SourceText, read_plain
from provenance.trace.tracer import Tracer
from provenance.trace.types import Change, Reuse

DATA = OWN_DATA / "trace-heldout"
RULE_OF = {  # eval_trace.py's kinds, and three for rules it does not score
    "headline": "trace.headline-rewritten",
    "trim": "trace.paragraph-cut",
    "reorder": "trace.paragraph-moved",
    "insert": "trace.paragraph-added",
    "loaded": "trace.loaded-added",
    "loaded-voice": "trace.loaded-voice-shift",
    "attribution": "trace.attribution-stripped",
    "attribution-changed": "trace.attribution-changed",
    "quote": "trace.quote-altered",
    "quote-unmarked": "trace.quote-unmarked",
    "credit-removed": "trace.credit-missing",
    "credit-other": "trace.credit-other",
}
CASE_LEVEL = ("headline", "credit-removed", "credit-other")
CONDITIONS = ("exact", "light", "heavy")
BATCHES = {  # gold.jsonl's batch: when the cases were written, relative to the fixes they check
    "first": "first batch (r01-r29): written before trace was read; the phase-3 fixes were made looking at it",
    "fresh": "fresh batch (r30-r37): written after the phase-3 fixes, committed before trace was run on it",
    "third": "third batch (r38-r43): written after the credit-note fix, committed before trace was run on it",
    "fourth": "fourth batch (r44-r51): written after the session-8 fixes, committed before trace was run on it",
    "fifth": "fifth batch (r52-r62, origins o13-o16): written in session 9, committed before trace was run on it",
}


@dataclass(frozen=True)
class Edit:
    """One recorded edit: its kind and its spans on both sides."""

    kind: str
    origin: Span
    article: Span
    optional: bool


def _edit(record: dict[str, Any]) -> Edit:
    o, a = record["origin_span"], record["article_span"]
    return Edit(
        record["kind"],
        Span(o[0], o[1], record["origin"]),
        Span(a[0], a[1], record["article"]),
        bool(record.get("optional")),
    )


def _overlap(a: Span | None, b: Span) -> bool:
    return a is not None and a.start < b.end and b.start < a.end


def matches(kind: str, change: Change, edits: list[Edit]) -> bool:
    """eval_trace.py's convention: does this finding report one of the case's edits of this kind?"""
    mine = [e for e in edits if e.kind == kind]
    if kind in CASE_LEVEL:
        return bool(mine)
    if kind in ("trim", "reorder"):
        return any(_overlap(change.origin, e.origin) for e in mine)
    return any(_overlap(change.span, e.article) for e in mine)


@dataclass
class Score:
    """Counts for retrieval by condition and for every edit kind."""

    cases: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    retrieved: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    made: Counter[str] = field(default_factory=Counter)
    hit: Counter[str] = field(default_factory=Counter)
    said: Counter[str] = field(default_factory=Counter)
    said_right: Counter[str] = field(default_factory=Counter)
    other_rules: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, gold: dict[str, Any], reuses: tuple[Reuse, ...], correct: set[int]) -> None:
        """Score one traced republication."""
        condition, name = gold["condition"], gold["case"]
        self.cases[condition] += 1
        ids = [r.origin.index_id for r in reuses]
        self.retrieved[condition] += len(ids)
        self.right[condition] += sum(i in correct for i in ids)
        for r in reuses:
            if r.origin.index_id not in correct:
                self.false.append(f"{name}: retrieved {Path(r.origin.path).name} ({r.role}, {r.coverage:.2f})")
        best = next((r for r in reuses if r.origin.index_id in correct), None)
        self.found[condition] += best is not None
        if best is None:
            self.misses.append(f"{name}: origin not retrieved")
            return
        edits = [_edit(e) for e in gold["edits"]]
        for edit in edits:
            if edit.optional or edit.kind not in RULE_OF:
                continue
            self.made[edit.kind] += 1
            # This very edit must be covered (eval_trace.py accepts a finding on another edit of the same kind).
            hit = any(c.rule == RULE_OF[edit.kind] and matches(edit.kind, c, [edit]) for c in best.changes)
            self.hit[edit.kind] += hit
            if not hit:
                text = (edit.article.text or edit.origin.text)[:70]
                self.misses.append(f"{name}: missed {edit.kind}: {text!r}")
        for change in best.changes:
            kind = next((k for k, rule in RULE_OF.items() if rule == change.rule), None)
            if kind is None:
                self.other_rules[change.rule] += 1
                continue
            self.said[kind] += 1
            right = matches(kind, change, edits)
            self.said_right[kind] += right
            if not right:
                where = change.span.text or (change.origin.text if change.origin else "")
                self.false.append(f"{name}: false {change.rule}: {where[:70]!r}")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def report(score: Score) -> None:
    """Print the retrieval and edit tables, then every miss and false finding."""
    print(f"\n{'condition':<10} {'cases':>5} {'found':>5} {'retrieved':>9} {'right':>5} {'precision':>9} {'recall':>7}")
    for condition in CONDITIONS:
        n, found = score.cases[condition], score.found[condition]
        got, right = score.retrieved[condition], score.right[condition]
        print(f"{condition:<10} {n:>5} {found:>5} {got:>9} {right:>5} {_ratio(right, got):>9} {_ratio(found, n):>7}")
    print(f"\n{'edit':<20} {'made':>4} {'found':>5} {'recall':>7} {'said':>5} {'right':>5} {'precision':>9}  rule")
    for kind, rule in RULE_OF.items():
        made, hit, said, right = score.made[kind], score.hit[kind], score.said[kind], score.said_right[kind]
        print(
            f"{kind:<20} {made:>4} {hit:>5} {_ratio(hit, made):>7} {said:>5} {right:>5}"
            f" {_ratio(right, said):>9}  {rule}"
        )
    if score.other_rules:
        print("other findings (not scored):", dict(sorted(score.other_rules.items())))
    print("\nmisses:" if score.misses else "\nmisses: none")
    for line in score.misses:
        print("  " + line)
    print("false findings and retrievals:" if score.false else "false findings and retrievals: none")
    for line in score.false:
        print("  " + line)


def report_distractors(distractors: list[tuple[str, str, float, list[str]]]) -> None:
    """Print the no-false-reuse check: each same-event distractor and any origin reported for it."""
    false_reuse = sum(bool(d[3]) for d in distractors)
    print(f"\nsame-event distractors: {len(distractors)}, reuse reported for {false_reuse}")
    print(f"{'distractor':<30} {'shingles':>8}  same event as / origins reported")
    for name, event, shared, reported in distractors:
        print(f"{name:<30} {shared:>8.3f}  {event}" + (f"  REPORTED: {', '.join(reported)}" if reported else ""))


def background() -> list[SourceText]:
    """PolNeAR train and PTC train, as eval_trace.py indexes them; empty when the shared folder is absent."""
    shared = shared_folder() / "data"
    polnear, ptc = shared / "polnear", shared / "ptc" / "train" / "articles"
    if not (polnear / "train" / "text").is_dir() or not (polnear / "metadata.tsv").is_file():
        return []
    meta = read_metadata(polnear / "metadata.tsv")
    texts = [
        SourceText(str(p), p.read_text(encoding="utf-8"), OUTLETS.get(meta.get(p.stem, ("", ""))[0]))
        for p in sorted((polnear / "train" / "text").glob("*.txt"))
    ]
    return texts + [SourceText(str(p), p.read_text(encoding="utf-8")) for p in sorted(ptc.glob("*.txt"))]


def main() -> int:
    """Index, trace and score the held-out cases."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-background", action="store_true", help="index only the held-out texts")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--batch", choices=(*BATCHES, "all"), default="all", help="which cases")
    args = parser.parse_args()
    every = [json.loads(line) for line in (args.data / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    golds = [g for g in every if g["origin"] is None or args.batch in ("all", g["batch"])]
    outlets = {g["origin"]: g["origin_outlet"] for g in every if g["origin"]}
    own = [SourceText(str(args.data / o), read_plain(args.data / o), outlet) for o, outlet in sorted(outlets.items())]
    own += [SourceText(str(args.data / g["file"]), read_plain(args.data / g["file"])) for g in golds if not g["origin"]]
    extra = [] if args.no_background else background()
    print(
        f"held-out: {len(outlets)} origins, {sum(g['origin'] is not None for g in golds)} republications,"
        f" {len(own) - len(outlets)} distractors; background: "
        + (f"{len(extra)} texts (PolNeAR train, PTC train)" if extra else "none (no shared folder, or --no-background)")
    )
    with tempfile.TemporaryDirectory() as tmp:
        index = TraceIndex.create(Path(tmp) / "heldout.sqlite")
        index.add(own + extra)
        tracer = Tracer(index)
        by_path = {index.get(i).path: i for i in index.ids()}
        scores = {batch: Score() for batch in BATCHES}
        distractors = []
        started = time.perf_counter()
        for gold in golds:
            path = str(args.data / gold["file"])
            result = tracer.text(read_plain(Path(path)), path)
            if gold["origin"] is None:
                event = gold["same_event_as"]
                shared = containment(shingle_set(result.text), shingle_set(read_plain(args.data / event)))
                reported = [f"{Path(r.origin.path).name} {r.coverage:.2f}" for r in result.reuses]
                distractors.append((Path(path).stem, Path(event).stem, shared, reported))
                continue
            origin_id = by_path[str(args.data / gold["origin"])]
            copies = tracer.text(index.get(origin_id).text, index.get(origin_id).path, judged=False)
            correct = {origin_id} | {r.origin.index_id for r in copies.reuses if r.coverage >= 0.5} - {None}
            scores[gold["batch"]].add(gold, result.reuses, {i for i in correct if i is not None})
        elapsed = time.perf_counter() - started
        index.close()
    print(f"{len(golds)} texts traced in {elapsed:.1f} s")
    for batch, title in BATCHES.items():
        if scores[batch].cases:
            print(f"\n== {title}")
            report(scores[batch])
    report_distractors(distractors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
