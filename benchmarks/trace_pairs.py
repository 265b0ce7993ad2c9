"""The no-false-reuse check: PolNeAR articles on the same topic by different outlets, traced against each other.

Same topic is measured by TF-IDF cosine over content words (the same event told by different writers
shares names, places and numbers, and often a quotation). For each such pair we report whether trace
calls one an origin of the other; a reported pair is then shown with its wire credits and coverage so a
reader can see whether it is a real copy (the same wire story at two outlets) or a false reuse.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from provenance import annotate
from provenance.trace.families import outlet_counts, reuse_families
from provenance.trace.index import TraceIndex
from provenance.trace.shingles import containment, shingle_set
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer

_CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
SAME_TOPIC = 0.2  # cosine above which two articles share their subject (names, places, event words)
PAIRS = 60


def _vectors(texts: list[str]) -> np.ndarray:
    counts = [Counter(w.lower() for w in _CONTENT.findall(t)) for t in texts]
    df: Counter[str] = Counter(w for c in counts for w in c)
    vocab = {w: i for i, w in enumerate(w for w, n in df.items() if 2 <= n <= len(texts) // 10)}
    matrix = np.zeros((len(texts), len(vocab)), dtype=np.float32)
    for row, c in enumerate(counts):
        for word, n in c.items():
            if word in vocab:
                matrix[row, vocab[word]] = (1 + math.log(n)) * math.log(len(texts) / df[word])
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9)


def same_topic_pairs(tracer: Tracer, index: TraceIndex, train: list[Path], meta: dict[str, tuple[str, str]]) -> None:
    """Print how trace treats the most similar cross-outlet pairs, and PolNeAR's own copies."""
    texts = [p.read_text(encoding="utf-8") for p in train]
    publisher = [meta.get(p.stem, ("?", "?"))[0] for p in train]
    wire = [meta.get(p.stem, ("?", "?"))[1] for p in train]
    vectors = _vectors(texts)
    similarity = vectors @ vectors.T
    candidates = []
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if publisher[i] != publisher[j] and similarity[i, j] >= SAME_TOPIC:
                candidates.append((float(similarity[i, j]), i, j))
    candidates.sort(reverse=True)
    by_path = {index.get(k).path: k for k in index.ids()}
    reported, copies, rows = 0, 0, []
    for cosine, i, j in candidates[:PAIRS]:
        result = tracer.document(annotate(texts[i], path=str(train[i])), judged=False)
        hit = next((r for r in result.reuses if r.origin.index_id == by_path.get(str(train[j]))), None)
        shared = containment(shingle_set(texts[i]), shingle_set(texts[j]))
        wired = wire[i] not in ("None", "NA", "") and wire[j] not in ("None", "NA", "")
        if hit is not None:
            reported += 1
            copies += hit.coverage >= 0.5
        rows.append((cosine, shared, hit.coverage if hit else 0.0, wired, train[i].stem, train[j].stem))
    print(
        f"\nsame-topic pairs: {len(candidates)} cross-outlet PolNeAR train pairs with cosine >= {SAME_TOPIC};"
        f" the {min(PAIRS, len(candidates))} most similar traced"
    )
    print(f"reuse reported for {reported}; of those {copies} cover >= 50% of the article (copies of one story)")
    print(f"{'cosine':>6} {'shingles':>8} {'coverage':>8} {'wire':>5}  pair")
    for cosine, shared, coverage, wired, a, b in rows[:25]:
        print(f"{cosine:>6.2f} {shared:>8.3f} {coverage:>8.2f} {'both' if wired else '':>5}  {a[:40]} ~ {b[:40]}")
    top = max((r[1] for r in rows if r[2] == 0.0), default=0.0)
    print(f"largest shingle overlap among pairs with no reuse reported: {top:.3f}")
    corpus_copies(tracer, index, train, texts, meta)


def corpus_copies(
    tracer: Tracer, index: TraceIndex, train: list[Path], texts: list[str], meta: dict[str, tuple[str, str]]
) -> None:
    """Every PolNeAR train article traced against the rest: the real reuse inside the corpus."""
    found = []
    seen: set[frozenset[str]] = set()
    for path, text in zip(train, texts, strict=True):
        result = tracer.document(annotate(text, path=str(path)), judged=False)
        for reuse in result.reuses:
            other = Path(reuse.origin.path).stem
            if frozenset((path.stem, other)) not in seen:
                seen.add(frozenset((path.stem, other)))
                found.append((reuse.coverage, path.stem, other))
    print(f"\nreuse inside PolNeAR train (+ PTC): {len(found)} pairs")
    for coverage, a, b in sorted(found, reverse=True)[:15]:
        wa, wb = meta.get(a, ("?", "?"))[1], meta.get(b, ("?", "?"))[1]
        print(f"  {coverage:.2f}  {a[:45]} [{wa}] ~ {b[:45]} [{wb}]")
    dated = [p.stem.split("_")[1] if p.stem.count("_") >= 2 else None for p in train]  # outlet_YYYY-MM-DD_slug
    corpus = [
        SourceText(str(p), t, meta.get(p.stem, ("?", "?"))[0], day)
        for p, t, day in zip(train, texts, dated, strict=True)
    ]
    families = reuse_families(corpus)
    outlets = {source.path: source.outlet for source in corpus}
    print(f"reuse families in PolNeAR train (batch mode, the corpus against itself): {len(families)}")
    for family in families:
        edges = ", ".join(
            f"{Path(e.republisher).stem[:28]} -> {Path(e.origin).stem[:28]} {e.coverage:.2f}" for e in family.edges
        )
        print(f"  {len(family.members)} articles, origin {Path(family.root).stem[:40]}: {edges}")
    print("  who republishes whom:", outlet_counts(families, outlets.get))
