"""Judgement of paragraphs: what the republisher added around the reused copy, left out, or moved."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from provenance.model import Document, Span
from provenance.trace.passages import body_paragraphs
from provenance.trace.rules import TraceRules
from provenance.trace.shingles import tokens
from provenance.trace.types import Alignment, Change

MIN_WORDS = 4  # "Getty.", "Advertisement", a lone byline: furniture, not paragraphs worth a finding


def _home(paragraphs: Sequence[Span], offset: int) -> int | None:
    return next((i for i, p in enumerate(paragraphs) if p.start <= offset < p.end), None)


def longest_rising(values: Sequence[int]) -> set[int]:
    """Positions of a longest non-decreasing subsequence: the paragraphs that kept their order."""
    tails: list[int] = []  # tails[k]: smallest tail value of a run of length k+1
    tail_at: list[int] = []  # position holding that tail
    parent = [-1] * len(values)
    for i, value in enumerate(values):
        k = bisect_right(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[k], tail_at[k] = value, i
        parent[i] = tail_at[k - 1] if k else -1
    kept, at = set(), tail_at[-1] if tail_at else -1
    while at >= 0:
        kept.add(at)
        at = parent[at]
    return kept


def _substantial(doc: Document, paragraph: Span) -> bool:
    return len(tokens(doc.text, paragraph.start, paragraph.end)) >= MIN_WORDS


def paragraph_changes(
    article: Document, origin: Document, alignment: Alignment, rules: TraceRules, notes: Sequence[Span] = ()
) -> list[Change]:
    """paragraph-added, paragraph-cut and paragraph-moved for one origin (paragraphs of a few words are not news).

    `notes` are the article's credit notes (judge_credit.credit_notes): the republisher's credit, neither added
    nor moved copy (a note naming the outlet may pair with the origin's own credit line).
    """
    a_paras, o_paras = body_paragraphs(article), body_paragraphs(origin)
    source_of: dict[int, int] = {}  # article paragraph -> origin paragraph of its first reused sentence
    for pair in sorted(alignment.pairs, key=lambda p: p.article.start):
        a, o = _home(a_paras, pair.article.start), _home(o_paras, pair.origin.start)
        if a is not None and o is not None:
            source_of.setdefault(a, o)
    found = []
    if rules.enabled("trace.paragraph-added"):
        found += [
            rules.change("trace.paragraph-added", p)
            for i, p in enumerate(a_paras)
            if i not in source_of and _substantial(article, p) and p not in notes
        ]
    used = set(source_of.values()) | {
        o for pair in alignment.pairs if (o := _home(o_paras, pair.origin.start)) is not None
    }
    if rules.enabled("trace.paragraph-cut"):
        for k, paragraph in enumerate(o_paras):
            if k in used or not _substantial(origin, paragraph):
                continue
            before = [a for a, o in source_of.items() if o < k]
            at = a_paras[max(before)].end if before else (a_paras[0].start if a_paras else 0)
            found.append(rules.change("trace.paragraph-cut", Span(at, at, ""), paragraph, old=paragraph.text))
    if rules.enabled("trace.paragraph-moved"):
        order = sorted(source_of)
        kept = longest_rising([source_of[a] for a in order])
        for position, a in enumerate(order):
            if position not in kept and _substantial(article, a_paras[a]) and a_paras[a] not in notes:
                found.append(rules.change("trace.paragraph-moved", a_paras[a], o_paras[source_of[a]]))
    return found
