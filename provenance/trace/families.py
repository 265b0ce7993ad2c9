"""Reuse families over a corpus: which articles share copy, who republishes whom, and counts by outlet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from provenance import annotate
from provenance.trace.index import TraceIndex
from provenance.trace.judge_credit import same_outlet
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer


@dataclass(frozen=True, slots=True)
class Edge:
    """One article reusing another: `republisher` carries `coverage` of its words from `origin`."""

    republisher: str
    origin: str
    coverage: float


@dataclass(frozen=True, slots=True)
class Family:
    """Articles connected by reuse; `root` is the likeliest original (the one the others draw on most)."""

    root: str
    members: tuple[str, ...]
    edges: tuple[Edge, ...]


def _components(paths: Sequence[str], edges: Iterable[Edge]) -> list[list[str]]:
    parent = {p: p for p in paths}

    def find(p: str) -> str:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for edge in edges:
        parent[find(edge.republisher)] = find(edge.origin)
    groups: dict[str, list[str]] = {}
    for p in paths:
        groups.setdefault(find(p), []).append(p)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def _direct(
    found: list[Edge], words: dict[str, int], published: dict[str, str | None], credits: Callable[[str, str], bool]
) -> list[Edge]:
    """One edge per pair of texts, pointing from the copier to the origin.

    The later of two dated texts is the copier. Without dates: a text that credits the other's outlet is the
    copier; failing that, the text more covered by the other (its words are mostly the other's), and on a tie
    the shorter.
    """
    coverage: dict[tuple[str, str], float] = {}
    for edge in found:
        coverage[(edge.republisher, edge.origin)] = max(edge.coverage, coverage.get((edge.republisher, edge.origin), 0))
    kept = []
    for a, b in sorted({tuple(sorted(pair)) for pair in coverage}):
        ca, cb = coverage.get((a, b), 0.0), coverage.get((b, a), 0.0)
        da, db = published.get(a), published.get(b)
        if da and db and da != db:
            a_copies = da > db  # ISO dates compare as strings
        else:
            a_copies = (credits(a, b), ca, -words[a]) >= (credits(b, a), cb, -words[b])
        if a_copies:
            kept.append(Edge(a, b, ca or cb))
        else:
            kept.append(Edge(b, a, cb or ca))
    return kept


def reuse_families(texts: Sequence[SourceText], tracer_for: Callable[[TraceIndex], Tracer] = Tracer) -> list[Family]:
    """Group a corpus into reuse families by tracing every text against all the others.

    A path given twice (an article that is also among the sources) is one text, not a family of two.
    """
    firsts: dict[str, SourceText] = {}
    for text in texts:
        firsts.setdefault(text.path, text)
    texts = list(firsts.values())
    index = TraceIndex.in_memory()
    index.add(texts)
    tracer = tracer_for(index)
    found: list[Edge] = []
    words: dict[str, int] = {}
    outlet: dict[str, str | None] = {}
    credited: dict[str, list[str]] = {}
    for source in texts:
        doc = annotate(source.text, tracer.rulebook, source.path, readability=False)
        own = [relay.outlet for relay in doc.relays]
        words[source.path] = len(source.text.split())
        outlet[source.path] = source.outlet or (own[0] if own else None)
        credited[source.path] = own
        for reuse in tracer.document(doc, judged=False).reuses:
            if reuse.origin.path != source.path:
                found.append(Edge(source.path, reuse.origin.path, round(reuse.coverage, 4)))

    def credits(a: str, b: str) -> bool:
        theirs, mine = outlet[b], outlet[a]
        if not theirs or (mine and same_outlet(mine, theirs)):
            return False
        return any(same_outlet(name, theirs) for name in credited[a])

    published = {source.path: source.published for source in texts}
    edges = _direct(found, words, published, credits)
    families = []
    for members in _components([t.path for t in texts], edges):
        inside = tuple(sorted((e for e in edges if e.republisher in members), key=lambda e: (e.origin, -e.coverage)))
        drawn_on = Counter(e.origin for e in inside)
        root = max(members, key=lambda m: (drawn_on[m], words[m], m))
        families.append(Family(root, tuple(members), inside))
    index.close()
    return sorted(families, key=lambda f: (-len(f.members), f.root))


def outlet_counts(families: Iterable[Family], outlet_of: Callable[[str], str | None]) -> list[tuple[str, str, int]]:
    """(republishing outlet, origin outlet, number of articles) over all families, most first."""
    counts: Counter[tuple[str, str]] = Counter()
    for family in families:
        for edge in family.edges:
            counts[(outlet_of(edge.republisher) or "unknown", outlet_of(edge.origin) or "unknown")] += 1
    return [(a, b, n) for (a, b), n in sorted(counts.items(), key=lambda t: (-t[1], t[0]))]
