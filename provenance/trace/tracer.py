"""Trace one article: find its origins in an index, align it with each, and judge what the republisher changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from provenance import annotate, load_rulebook
from provenance.model import Document, Span
from provenance.trace.align import align
from provenance.trace.furniture import Line, furniture, lines, story_count, threshold, with_furniture, without
from provenance.trace.index import StoredText, TraceIndex
from provenance.trace.judge_attribution import attribution_changes, quote_changes, retitled_changes
from provenance.trace.judge_credit import (
    credit_changes,
    credit_notes,
    credited_outlets,
    headline_changes,
    origin_outlet,
    unnamed_credits,
)
from provenance.trace.judge_paragraphs import paragraph_changes
from provenance.trace.judge_wording import wording_changes
from provenance.trace.outlets import outlet_names
from provenance.trace.passages import Passage, credit_lines, passages
from provenance.trace.rules import TraceRules, load_trace_rules
from provenance.trace.shingles import containment, shingle_set
from provenance.trace.types import Alignment, Change, Origin, Reuse, TraceResult
from provenance.trace.wordmap import WordMap

if TYPE_CHECKING:
    from collections.abc import Mapping

    from provenance.ruleset.rulebook import KnownOutlet, Rulebook

MIN_SHINGLE_CONTAINMENT = 0.08  # below this share of shared 5-word shingles no alignment can reach min_coverage
CANDIDATES = 20  # stored texts checked per article, best estimated containment first


def judge(
    article: Document,
    origin_doc: Document,
    origin: Origin,
    alignment: Alignment,
    rules: TraceRules,
    plain: Document | None = None,
    registry: Mapping[str, KnownOutlet] | None = None,
) -> Reuse:
    """Every change the rules find between an article and one origin.

    `plain` is the article before shared lines were made furniture: a credit note that many stored texts
    carry ("Reuters contributed to this report.") is furniture to the alignment and still a credit. `registry`
    (`Rulebook.outlets`) gives the outlets' other names and the credit lines that are little more than a name.
    """
    wmap = WordMap(alignment, article.text, origin_doc.text)
    changes: list[Change] = []
    changes += credit_changes(plain or article, origin, wmap, rules, registry)
    changes += headline_changes(article, origin_doc, rules)
    changes += wording_changes(article, origin_doc, wmap, rules)
    attributions = attribution_changes(article, origin_doc, wmap, rules)
    changes += attributions + retitled_changes(article, wmap, rules, attributions)
    changes += quote_changes(article, origin_doc, wmap, rules)
    credits = credit_notes(article, outlet_names(origin.outlet, registry), wmap)
    lines = credited_outlets(article, wmap, rules, registry)
    credits += [p for p in article.segmentation.paragraphs if _holds_credit(p, lines)]
    credits += unnamed_credits(article, wmap, rules)
    changes += paragraph_changes(article, origin_doc, alignment, rules, credits)
    changes.sort(key=lambda c: (c.span.start, c.span.end, c.rule))
    return Reuse(origin, alignment, tuple(changes))


def _holds_credit(paragraph: Span, lines: list[tuple[str, Span]]) -> bool:
    return any(paragraph.start <= span.start < paragraph.end for _, span in lines)


def _covered(alignment: Alignment) -> set[int]:
    return {link.article_start for link in alignment.links}


def _drop_added_elsewhere(reuse: Reuse, others: list[Reuse]) -> Reuse:
    """A paragraph another origin supplies was not added by the republisher: drop that paragraph-added."""
    elsewhere = [p.article for other in others for p in other.alignment.pairs]
    kept = tuple(
        c
        for c in reuse.changes
        if c.rule != "trace.paragraph-added" or not any(c.span.start <= s.start < c.span.end for s in elsewhere)
    )
    return replace(reuse, changes=kept)


@dataclass(frozen=True, slots=True)
class _Lines:
    """A text's countable lines and how many stored texts hold each."""

    found: list[Line]
    counts: dict[int, int]


@dataclass(frozen=True, slots=True)
class _Checked:
    """A candidate that holds enough of the article's shingles, and the count from which a line is furniture."""

    share: float
    id: int
    shared: frozenset[int]
    furniture_from: int | None  # None: no line of the article is held often enough to be furniture


class Tracer:
    """Traces articles against one index with one rule set; origins are annotated once and remembered."""

    def __init__(
        self, index: TraceIndex, rules: TraceRules | None = None, rulebook: Rulebook | None = None, limit: int = 5
    ) -> None:
        self.index = index
        self.rules = rules or load_trace_rules()
        self.rulebook = rulebook
        self.limit = limit
        self._origins: dict[int, tuple[StoredText, Document]] = {}

    def _origin(self, doc_id: int) -> tuple[StoredText, Document]:
        if doc_id not in self._origins:
            if len(self._origins) > 256:
                self._origins.clear()  # a batch over a big corpus must not hold every origin it met
            stored = self.index.get(doc_id)
            self._origins[doc_id] = (stored, annotate(stored.text, self.rulebook, stored.path, readability=False))
        return self._origins[doc_id]

    def _bylines(self, doc: Document) -> list[Span]:
        """The paragraphs that are bylines (rules.yaml `bylines`): who wrote it, not copy."""
        return [p for p in doc.segmentation.paragraphs if self.rules.is_byline(p.text)]

    def _lines(self, text: str) -> _Lines:
        """A text's lines and how many stored texts hold each."""
        found = lines(text)
        return _Lines(found, self.index.line_counts(line.key for line in found))

    def _furniture_from(self, text: str, found: _Lines | None = None) -> int:
        """The count from which a line is furniture beside this stored text's story."""
        theirs = found or self._lines(text)
        return threshold(story_count(theirs.found, theirs.counts), self.rules.furniture_texts)

    def text(self, text: str, path: str | None = None, judged: bool = True) -> TraceResult:
        """Annotate and trace one article's text."""
        return self.document(annotate(text, self.rulebook, path, readability=False), judged)

    def _checked(self, article: Document, own_lines: Callable[[], _Lines]) -> tuple[list[_Checked], int, int]:
        """Candidates that hold enough of the article's words, best first, furniture and credit lines aside.

        A line is furniture for a candidate when more stored texts hold it than `furniture_texts` and than
        twice as many as hold the candidate's own lines (furniture.py); a poll widget does not make two
        stories one. Line counts are looked up only for candidates whose plain share comes near the minimum.
        """
        own = self.index.find(article.text, article.path)
        candidates = self.index.candidates(article.text, CANDIDATES, exclude=own)
        kept_out = [*article.segmentation.boilerplate, *credit_lines(article), *self._bylines(article)]
        body = shingle_set(without(article.text, kept_out))
        checked = []
        for candidate in candidates:
            if candidate.containment < MIN_SHINGLE_CONTAINMENT / 2:
                continue  # the signature estimate is noisy, hence the margin before the exact check
            text = self.index.get(candidate.id).text
            stored = shingle_set(text)
            if containment(body, body & stored) < MIN_SHINGLE_CONTAINMENT / 2:
                continue  # leaving furniture out could raise the share, but not from below half the minimum
            mine, at_least, words = own_lines(), None, body
            # Only a line held by furniture_texts stored texts can be furniture: most articles have none, and
            # then the candidate's own counts are not needed.
            if max(mine.counts.values(), default=0) >= self.rules.furniture_texts:
                at_least = self._furniture_from(text)
                shared_lines = furniture(mine.found, mine.counts, at_least, article.text)
                words = shingle_set(without(article.text, kept_out + shared_lines)) if shared_lines else body
            shared = words & stored
            share = containment(words, shared)
            if share >= MIN_SHINGLE_CONTAINMENT:
                checked.append(_Checked(share, candidate.id, shared, at_least))
        checked.sort(key=lambda c: (-c.share, c.id))
        return checked, len(candidates), len(body)

    def _copy(self, doc_id: int, share: float, words: int) -> Reuse:
        """Another copy of text already accounted for: listed with its shingle share, not annotated or aligned."""
        stored = self.index.get(doc_id)
        origin = Origin(stored.path, stored.headline, stored.text, stored.outlet, None, stored.id)
        return Reuse(origin, Alignment((), (), (), (), words, round(share * words)), (), "alternative")

    def document(self, article: Document, judged: bool = True) -> TraceResult:
        """Trace an annotated article; with judged=False only the origins and alignments are computed."""
        found_lines: list[_Lines] = []

        def own_lines() -> _Lines:
            if not found_lines:
                found_lines.append(self._lines(article.text))
            return found_lines[0]

        checked, proposed, total = self._checked(article, own_lines)
        bylines = self._bylines(article)
        views: dict[int, tuple[Document, list[Passage]]] = {}  # the article with furniture from a count on

        def view(at_least: int) -> tuple[Document, list[Passage]]:
            if at_least not in views:
                mine = own_lines()
                shared = furniture(mine.found, mine.counts, at_least, article.text)
                marked = with_furniture(article, shared + bylines)
                views[at_least] = (marked, passages(marked))
            return views[at_least]

        found: list[tuple[Alignment, StoredText, Document, Document]] = []
        copies: list[Reuse] = []
        seen: set[int] = set()  # the article's shingles that aligned origins already account for
        # Only the best few are looked at, and a further copy of text already accounted for is not annotated or
        # aligned: a story carried by fifty sites must not cost fifty annotations.
        for check in checked[: self.limit]:
            # Without a candidate count no article line is furniture, whatever the count from which it would be.
            mine, mine_passages = view(check.furniture_from or self.rules.furniture_texts)
            if found and len(check.shared - seen) < self.rules.min_coverage * total:
                if check.share >= self.rules.min_coverage:
                    body_words = sum(len(p.words) for p in mine_passages)
                    copies.append(self._copy(check.id, check.share, body_words))
                continue
            stored, origin_doc = self._origin(check.id)
            theirs = self._lines(stored.text)
            at_least = check.furniture_from or self._furniture_from(stored.text, theirs)
            shared = furniture(theirs.found, theirs.counts, at_least, stored.text)
            origin_doc = with_furniture(origin_doc, shared + self._bylines(origin_doc))
            alignment = align(mine, origin_doc, mine_passages)
            if alignment.coverage >= self.rules.min_coverage:
                found.append((alignment, stored, origin_doc, mine))
                seen |= check.shared
        found.sort(key=lambda t: (-t[0].coverage, t[1].path))
        reuses: list[Reuse] = []
        covered: set[int] = set()
        registry = (self.rulebook or load_rulebook()).outlets
        for alignment, stored, origin_doc, mine in found:
            outlet, affiliation = origin_outlet(stored.outlet, origin_doc, registry)
            origin = Origin(stored.path, stored.headline, stored.text, outlet, affiliation, stored.id)
            fresh = _covered(alignment) - covered
            # A second copy of text already accounted for is listed, not judged again (its changes would repeat).
            enough = len(fresh) >= self.rules.min_coverage * max(alignment.article_words, 1)
            role = "primary" if not reuses else ("additional" if enough else "alternative")
            covered |= fresh
            if judged and role != "alternative":
                judged_reuse = judge(mine, origin_doc, origin, alignment, self.rules, article, registry)
                reuses.append(replace(judged_reuse, role=role))
            else:
                reuses.append(Reuse(origin, alignment, (), role))
        judged_reuses = [r for r in reuses if r.role != "alternative"]
        reuses = [_drop_added_elsewhere(r, [o for o in judged_reuses if o is not r]) for r in reuses]
        ranked = reuses[:1] + sorted(reuses[1:] + copies, key=lambda r: (-r.coverage, r.origin.path))
        headline = article.segmentation.headline
        return TraceResult(article.path, article.text, headline, tuple(ranked), proposed)
