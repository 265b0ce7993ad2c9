"""Align an article with an origin sentence by sentence (order-free), then word by word inside each pair."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Indel, Levenshtein

from provenance.model import Document, Span
from provenance.trace.passages import Passage, passages
from provenance.trace.shingles import Token
from provenance.trace.types import AlignedPassage, Alignment, WordEdit, WordLink

MIN_SIMILARITY = 0.5  # word-level Indel similarity for two sentences to count as one reused passage
_GRAM = 3  # sentences are proposed to each other when they share a word trigram
_PROPOSALS = 5  # origin sentences scored per article sentence


def _grams(norms: Sequence[str]) -> set[tuple[str, ...]]:
    if len(norms) < _GRAM:
        return {tuple(norms)}
    return {tuple(norms[i : i + _GRAM]) for i in range(len(norms) - _GRAM + 1)}


def match_passages(article: Sequence[Passage], origin: Sequence[Passage]) -> list[tuple[int, int, float]]:
    """One-to-one sentence matches (article index, origin index, similarity), the most similar claimed first.

    Order-free, because republishers move paragraphs; one-to-one, so a sentence the origin repeats is not
    counted twice.
    """
    by_gram: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j, passage in enumerate(origin):
        for gram in _grams(passage.norms):
            by_gram[gram].append(j)
    scored = []
    for i, passage in enumerate(article):
        shared: dict[int, int] = defaultdict(int)
        for gram in _grams(passage.norms):
            for j in by_gram.get(gram, ()):
                shared[j] += 1
        for j in sorted(shared, key=lambda k: -shared[k])[:_PROPOSALS]:
            similarity = Indel.normalized_similarity(passage.norms, origin[j].norms)
            if similarity >= MIN_SIMILARITY:
                scored.append((similarity, i, j))
    # Ties (a photo credit or a stock sentence that both texts repeat) go to the pair closest in relative position,
    # so repeated sentences pair off in order instead of crosswise.
    na, no = max(len(article), 1), max(len(origin), 1)
    scored.sort(key=lambda t: (-t[0], abs(t[1] / na - t[2] / no), t[1], t[2]))
    taken_a: set[int] = set()
    taken_o: set[int] = set()
    matches = []
    for similarity, i, j in scored:
        if i not in taken_a and j not in taken_o:
            taken_a.add(i)
            taken_o.add(j)
            matches.append((i, j, similarity))
    return sorted(matches)


def _joined(text: str, first: Passage, second: Passage) -> Passage:
    """Two neighbouring sentences of one paragraph read as one (the words of both, the span across both)."""
    span = Span(first.span.start, second.span.end, text[first.span.start : second.span.end])
    return Passage(span, first.paragraph, first.words + second.words)


def _free_pairs(passages: Sequence[Passage], free: set[int]) -> list[int]:
    """Positions k where passages k and k+1 are both unmatched and in the same paragraph."""
    return [
        k for k in range(len(passages) - 1) if {k, k + 1} <= free and passages[k].paragraph == passages[k + 1].paragraph
    ]


def _beside(passages: Sequence[Passage], k: int, free: set[int]) -> list[tuple[int, int]]:
    """The unmatched neighbours of passage k in its paragraph, as (first, second) positions of the joined pair."""
    return [
        (lo, lo + 1)
        for lo, other in ((k - 1, k - 1), (k, k + 1))
        if 0 <= other < len(passages) and other in free and passages[other].paragraph == passages[k].paragraph
    ]


def merged_matches(
    article_text: str,
    origin_text: str,
    article: Sequence[Passage],
    origin: Sequence[Passage],
    matches: Sequence[tuple[int, int, float]],
) -> list[tuple[Passage, Passage, float]]:
    """Sentences merged or split by the republisher, matched with both their neighbours; the rest as they were.

    "Experts said X. 'Y,' Zhou told the paper." made "X, and Y." matches one sentence partly or neither: a match
    grows by an unmatched neighbour in the same paragraph (on either side) when that makes it more similar, and an
    unmatched sentence is matched with two unmatched neighbours, so that the dropped attributions and quotation
    marks inside a merged sentence can be judged.
    """
    free_a = set(range(len(article))) - {i for i, _, _ in matches}
    free_o = set(range(len(origin))) - {j for _, j, _ in matches}
    found: list[tuple[Passage, Passage, float]] = []
    for i, j, similarity in matches:
        a, o, best = article[i], origin[j], similarity
        grown: tuple[str, int, int] | None = None
        for lo, hi in _beside(origin, j, free_o):  # a merge: the article sentence holds a neighbour too
            score = Indel.normalized_similarity(a.norms, origin[lo].norms + origin[hi].norms)
            if score > best:
                best, grown = score, ("o", lo, hi)
        for lo, hi in _beside(article, i, free_a):  # a split: the origin sentence went on in the next one
            score = Indel.normalized_similarity(article[lo].norms + article[hi].norms, o.norms)
            if score > best:
                best, grown = score, ("a", lo, hi)
        if grown is not None and grown[0] == "o":
            o = _joined(origin_text, origin[grown[1]], origin[grown[2]])
            free_o -= {grown[1], grown[2]}
        elif grown is not None:
            a = _joined(article_text, article[grown[1]], article[grown[2]])
            free_a -= {grown[1], grown[2]}
        found.append((a, o, best))
    for i in sorted(free_a):  # an unmatched sentence made of two unmatched ones
        pairs = [
            (Indel.normalized_similarity(article[i].norms, origin[k].norms + origin[k + 1].norms), k)
            for k in _free_pairs(origin, free_o)
        ]
        score, k = max(pairs, default=(0.0, -1))
        if score >= MIN_SIMILARITY:
            found.append((article[i], _joined(origin_text, origin[k], origin[k + 1]), score))
            free_o -= {k, k + 1}
            free_a.discard(i)
    for j in sorted(free_o):
        pairs = [
            (Indel.normalized_similarity(article[k].norms + article[k + 1].norms, origin[j].norms), k)
            for k in _free_pairs(article, free_a)
        ]
        score, k = max(pairs, default=(0.0, -1))
        if score >= MIN_SIMILARITY:
            found.append((_joined(article_text, article[k], article[k + 1]), origin[j], score))
            free_a -= {k, k + 1}
    return found


def _range(text: str, words: Sequence[Token], lo: int, hi: int, fallback: int) -> Span:
    """The span from word `lo` to word `hi` (exclusive); empty at `fallback` when there are none."""
    if lo >= hi:
        return Span(fallback, fallback, "")
    start, end = words[lo].start, words[hi - 1].end
    return Span(start, end, text[start:end])


def _word_diff(a_text: str, a: Passage, o_text: str, o: Passage) -> tuple[list[WordEdit], list[WordLink]]:
    """Word edits (adjacent ones merged) and unchanged-word links between two matched sentences."""
    edits: list[WordEdit] = []
    links: list[WordLink] = []
    pending: list[tuple[int, int, int, int]] = []

    def flush() -> None:
        if not pending:
            return
        a_lo, o_lo = pending[0][0], pending[0][2]
        a_hi, o_hi = pending[-1][1], pending[-1][3]
        a_at = a.words[a_lo].start if a_lo < len(a.words) else a.span.end
        o_at = o.words[o_lo].start if o_lo < len(o.words) else o.span.end
        op = "replace" if a_hi > a_lo and o_hi > o_lo else ("insert" if a_hi > a_lo else "delete")
        edits.append(WordEdit(op, _range(a_text, a.words, a_lo, a_hi, a_at), _range(o_text, o.words, o_lo, o_hi, o_at)))
        pending.clear()

    for op in Levenshtein.opcodes(a.norms, o.norms):
        if op.tag == "equal":
            flush()
            for k in range(op.src_end - op.src_start):
                wa, wo = a.words[op.src_start + k], o.words[op.dest_start + k]
                links.append(WordLink(wo.start, wo.end, wa.start, wa.end))
        else:
            pending.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    flush()
    return edits, links


def align(article: Document, origin: Document, article_passages: Sequence[Passage] | None = None) -> Alignment:
    """The alignment of an article with one origin: matched sentences with word edits, added and cut sentences.

    `article_passages` saves recomputing the article's passages when it is aligned with several origins.
    """
    a_passages = passages(article) if article_passages is None else article_passages
    o_passages = passages(origin)
    matches = match_passages(a_passages, o_passages)
    pairs: list[AlignedPassage] = []
    links: list[WordLink] = []
    joined = merged_matches(article.text, origin.text, a_passages, o_passages, matches)
    for a, o, similarity in sorted(joined, key=lambda t: t[0].span.start):
        edits, linked = _word_diff(article.text, a, origin.text, o)
        pairs.append(AlignedPassage(a.span, o.span, round(similarity, 4), tuple(edits)))
        links.extend(linked)
    matched_a = [a.span for a, _, _ in joined]
    matched_o = [o.span for _, o, _ in joined]
    return Alignment(
        pairs=tuple(pairs),
        added=tuple(p.span for p in a_passages if not _within(p.span, matched_a)),
        cut=tuple(p.span for p in o_passages if not _within(p.span, matched_o)),
        links=tuple(sorted(links, key=lambda w: w.article_start)),
        article_words=sum(len(p.words) for p in a_passages),
        reused_words=len(links),
    )


def _within(span: Span, spans: Sequence[Span]) -> bool:
    return any(s.start <= span.start and span.end <= s.end for s in spans)
