"""Score `provenance` attributions against brat gold: cue, source and content spans, overlap-matched one to one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from provenance.errors import Problem
from provenance.evaluation.brat import BratDocument
from provenance.evaluation.outcome import Evaluation, Example, example, normalised
from provenance.evaluation.spans import LabeledSpan, Tally, match
from provenance.model import Attribution, Document

LABELS = ("Cue", "Source", "Content")


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """One document's tallies per label and its errors."""

    tallies: dict[str, Tally]
    misses: tuple[Example, ...]
    false_alarms: tuple[Example, ...]


def predicted_spans(attributions: Iterable[Attribution]) -> dict[str, list[tuple[LabeledSpan, str]]]:
    """Distinct predicted spans per label, each with the cue words of the first attribution that gave it."""
    found: dict[str, dict[LabeledSpan, str]] = {label: {} for label in LABELS}
    for a in attributions:
        cue = normalised(a.cue.text) if a.cue else "(no cue)"
        for label, span in (("Cue", a.cue), ("Source", a.source), ("Content", a.content)):
            if span is not None and span.end > span.start:
                found[label].setdefault(LabeledSpan(label, ((span.start, span.end),)), cue)
    return {label: sorted(spans.items(), key=lambda kv: kv[0].fragments) for label, spans in found.items()}


def _group(label: str, words: str, cue: str) -> str:
    # Cue and source errors are counted by their words ("said", "he"); contents are too varied, so by their cue.
    return f"content of “{cue}”" if label == "Content" else normalised(words)


def score_document(gold: BratDocument, doc: Document) -> DocumentScore:
    """Match one document's predicted attribution spans with its gold spans, label by label."""
    text, sentences = gold.text, doc.segmentation.sentences
    predicted = predicted_spans(doc.attributions)
    tallies: dict[str, Tally] = {}
    misses: list[Example] = []
    alarms: list[Example] = []
    for label in LABELS:
        gold_items = gold.labelled(label)
        gold_spans = [span for _, span in gold_items]
        pred_spans = [span for span, _ in predicted[label]]
        result = match(gold_spans, pred_spans)
        tallies[label] = result.tally
        for i in result.missed:
            tid, span = gold_items[i]
            cue = gold.cue_of(tid)
            cue_words = normalised(cue.text(text)) if cue else "(no cue)"
            misses.append(example(gold.name, text, span, _group(label, span.text(text), cue_words), sentences))
        for j in result.false_alarms:
            span, cue_words = predicted[label][j]
            alarms.append(example(gold.name, text, span, _group(label, span.text(text), cue_words), sentences))
    return DocumentScore(tallies, tuple(misses), tuple(alarms))


def evaluate(
    documents: Sequence[BratDocument], annotate: Callable[[str, str], Document], problems: Sequence[Problem] = ()
) -> Evaluation:
    """Annotate every gold text with `annotate(text, name)` and micro-average the scores over documents."""
    totals = {label: Tally() for label in LABELS}
    misses: list[Example] = []
    alarms: list[Example] = []
    for gold in documents:
        score = score_document(gold, annotate(gold.text, gold.name))
        for label in LABELS:
            totals[label] += score.tallies[label]
        misses.extend(score.misses)
        alarms.extend(score.false_alarms)
    return Evaluation(LABELS, totals, tuple(misses), tuple(alarms), len(documents), tuple(problems))
