"""Score loaded-language findings against PTC span labels (Loaded_Language, Name_Calling,Labeling by default)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from provenance.errors import Problem
from provenance.evaluation.outcome import Evaluation, Example, example, normalised
from provenance.evaluation.ptc import PtcArticle, merged
from provenance.evaluation.spans import LabeledSpan, Tally, match
from provenance.model import Document, Voice
from provenance.ruleset.rulebook import Rulebook

LABEL = "Loaded"
SCARE_QUOTE = "scare-quote"


def loaded_categories(book: Rulebook, ruleset: str = "loaded") -> frozenset[str]:
    """Finding categories of the rules in the `loaded` ruleset of any pack, plus scare quotes."""
    # Rule ids are "<pack>.<ruleset>.<id>"; categories are data, so they are read from the rules, not listed here.
    return frozenset({r.meta.category for r in book.rules if r.meta.id.split(".")[1:2] == [ruleset]} | {SCARE_QUOTE})


def predicted_spans(
    doc: Document, categories: Collection[str], voices: Collection[Voice] | None = None
) -> tuple[LabeledSpan, ...]:
    """Spans of the findings in the chosen categories (and voices), overlapping ones merged as the gold spans are."""
    found = [
        LabeledSpan(LABEL, ((f.span.start, f.span.end),))
        for f in doc.findings
        if f.category in categories and (voices is None or f.voice in voices)
    ]
    return merged(found, LABEL)


def score_article(
    article: PtcArticle, doc: Document, categories: Collection[str], voices: Collection[Voice] | None = None
) -> tuple[Tally, list[Example], list[Example]]:
    """One article's tally, misses and false alarms; errors are grouped by their lower-cased words."""
    predicted = predicted_spans(doc, categories, voices)
    result = match(article.spans, predicted)
    sentences = doc.segmentation.sentences
    name = f"article{article.id}"

    def as_example(span: LabeledSpan) -> Example:
        return example(name, article.text, span, normalised(span.text(article.text)), sentences)

    return (
        result.tally,
        [as_example(article.spans[i]) for i in result.missed],
        [as_example(predicted[j]) for j in result.false_alarms],
    )


def evaluate(
    articles: Sequence[PtcArticle],
    annotate: Callable[[str, str], Document],
    categories: Collection[str],
    problems: Sequence[Problem] = (),
    voices: Collection[Voice] | None = None,
) -> Evaluation:
    """Annotate every article with `annotate(text, name)` and micro-average over articles; `voices` limits the
    findings scored (recall stays against every gold span, quoted ones included)."""
    total = Tally()
    misses: list[Example] = []
    alarms: list[Example] = []
    for article in articles:
        doc = annotate(article.text, f"article{article.id}")
        tally, missed, false = score_article(article, doc, categories, voices)
        total += tally
        misses += missed
        alarms += false
    return Evaluation((LABEL,), {LABEL: total}, tuple(misses), tuple(alarms), len(articles), tuple(problems))
