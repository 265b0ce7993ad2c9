"""Attribution scoring on hand-computable cases, with predictions supplied directly."""

from __future__ import annotations

import pytest

from provenance.core.segment import segment
from provenance.evaluation.attribution import evaluate, predicted_spans, score_document
from provenance.evaluation.brat import BratDocument, parse_ann
from provenance.evaluation.outcome import worst_first
from provenance.model import Attribution, AttributionKind, Document, Span

TEXT = "The mayor said the bridge would reopen. Critics warned it was unsafe. “Fine,” he added.\n"
GOLD = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 38\tthe bridge would reopen\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    "T4\tSource 40 47\tCritics\n"
    "T5\tCue 48 54\twarned\n"
    "T6\tContent 55 68\tit was unsafe\n"
    "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n"
    "T7\tContent 70 77\t“Fine,”\n"
    "T8\tSource 78 80\the\n"
    "T9\tCue 81 86\tadded\n"
    "E3\tAttribution:T9 Source:T8 Cue:T9 Content:T7\n"
)


def at(start: int, end: int) -> Span:
    return Span(start, end, TEXT[start:end])


def document(*attributions: Attribution) -> Document:
    return Document(TEXT, None, segment(TEXT), (), (), attributions, (), (), None)


def gold() -> BratDocument:
    spans, relations, problems = parse_ann(GOLD, TEXT, "g.ann")
    assert not problems
    return BratDocument("g", TEXT, spans, tuple(relations))


PREDICTED = (
    # Right cue and source, content a little longer than gold: all three match.
    Attribution("s1", at(10, 14), at(4, 9), at(15, 39), AttributionKind.INDIRECT, "r"),
    # "warned" missed entirely. A wrong cue elsewhere, with no source: a false alarm for cue and content.
    Attribution(None, at(62, 68), None, at(58, 61), AttributionKind.INDIRECT, "r"),
    # The quote found, the same source twice (deduplicated), cue missed.
    Attribution("s2", None, at(78, 80), at(71, 75), AttributionKind.DIRECT, "r"),
    Attribution("s2", None, at(78, 80), None, AttributionKind.DIRECT, "r"),
)


def test_hand_computed_tallies() -> None:
    score = score_document(gold(), document(*PREDICTED))
    cue, source, content = (score.tallies[label] for label in ("Cue", "Source", "Content"))
    assert (cue.tp, cue.fp, cue.fn) == (1, 1, 2)
    assert (source.tp, source.fp, source.fn) == (2, 0, 1)
    # Predicted content 58-61 ("was") overlaps gold 55-68: matched, so content is 3 of 3.
    assert (content.tp, content.fp, content.fn) == (3, 0, 0)
    missed_cues = sorted(e.text for e in score.misses if e.label == "Cue")
    assert missed_cues == ["added", "warned"]
    assert [e.text for e in score.false_alarms if e.label == "Cue"] == ["unsafe"]


def test_examples_are_grouped_by_words_and_contents_by_their_cue() -> None:
    score = score_document(gold(), document(PREDICTED[0]))
    misses = {(e.label, e.group) for e in score.misses}
    assert ("Source", "critics") in misses
    assert ("Content", "content of “warned”") in misses
    example = next(e for e in score.misses if e.text == "warned")
    assert example.context == "Critics ⟦warned⟧ it was unsafe."


def test_micro_average_over_documents() -> None:
    docs = [gold(), gold()]
    results = iter([document(*PREDICTED), document()])
    evaluation = evaluate(docs, lambda text, name: next(results))
    cue = evaluation.tallies["Cue"]
    assert (cue.tp, cue.fp, cue.fn) == (1, 1, 5)
    assert cue.precision == pytest.approx(0.5)
    assert cue.recall == pytest.approx(1 / 6)
    assert evaluation.documents == 2
    groups = worst_first(evaluation.misses, "Cue", groups=1)
    assert [(g.key, g.count) for g in groups] == [("added", 2)]  # ties broken alphabetically


def test_predicted_spans_skip_missing_parts_and_duplicates() -> None:
    spans = predicted_spans(PREDICTED)
    assert [s.fragments for s, _ in spans["Source"]] == [((4, 9),), ((78, 80),)]
    assert [cue for _, cue in spans["Content"]] == ["said", "unsafe", "(no cue)"]
