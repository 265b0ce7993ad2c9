"""Loaded-language scoring against PTC-style labels, with findings supplied directly."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.core.pipeline import annotate_text
from provenance.core.segment import segment
from provenance.errors import ProvenanceError
from provenance.evaluation.loaded import (
    evaluate,
    loaded_categories,
    predicted_spans,
    read_labelled,
    score_article,
    score_labelled,
)
from provenance.evaluation.ptc import PtcArticle, merged, parse_labels, read_corpus
from provenance.evaluation.spans import LabeledSpan
from provenance.model import Document, Finding, Severity, Span, Voice
from provenance.ruleset.rulebook import Rulebook

TEXT = "Regime thugs crushed the peaceful rally.\nThe minister claimed victory in a so-called vote.\n"
# "thugs" 7-12, "crushed" 13-20, "claimed" 54-61, "so-called" 75-84, "a so-called vote" 73-89
LABELS = (
    "1\tName_Calling,Labeling\t0\t12\n"  # Regime thugs
    "1\tLoaded_Language\t7\t12\n"  # thugs: overlaps the span above, merged with it
    "1\tLoaded_Language\t13\t20\n"  # crushed
    "1\tDoubt\t73\t89\n"  # another technique: not gold
    "1\tLoaded_Language\t75\t89\n"  # so-called vote
    "2\tLoaded_Language\t0\t4\n"
)


def write_ptc(root: Path, articles: dict[str, str], labels: str) -> Path:
    (root / "articles").mkdir(parents=True)
    for article_id, text in articles.items():
        (root / "articles" / f"article{article_id}.txt").write_text(text, encoding="utf-8", newline="")
    (root / "train-task2-TC.labels").write_text(labels, encoding="utf-8")
    return root


def finding(start: int, end: int, category: str = "loaded-term") -> Finding:
    return Finding("r", category, Severity.WARNING, Span(start, end, TEXT[start:end]), "m", Voice.NARRATOR)


def document(*findings: Finding) -> Document:
    return Document(TEXT, None, segment(TEXT), findings, (), (), (), (), None)


def test_reader_keeps_the_chosen_techniques_and_merges_overlaps(tmp_path: Path) -> None:
    root = write_ptc(tmp_path, {"1": TEXT, "2": "Evil plan."}, LABELS)
    articles, problems = read_corpus(root)
    assert problems == []
    assert [a.id for a in articles] == ["1", "2"]
    assert [s.fragments for s in articles[0].spans] == [((0, 12),), ((13, 20),), ((75, 89),)]
    only_doubt, _ = read_corpus(root, techniques=("Doubt",))
    assert [s.fragments for s in only_doubt[0].spans] == [((73, 89),)]


def test_bad_label_lines_are_named_and_skipped() -> None:
    rows, problems = parse_labels("1\tLoaded_Language\t0\t4\nbroken line\n1\tLoaded_Language\t9\t3\n", "x.labels")
    assert rows == [("1", "Loaded_Language", 0, 4)]
    assert [(p.path, p.line) for p in problems] == [("x.labels", 2), ("x.labels", 3)]


def test_missing_layout_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ProvenanceError) as info:
        read_corpus(tmp_path / "ptc")
    assert info.value.problems[0].path == str(tmp_path / "ptc")
    (tmp_path / "articles").mkdir()
    with pytest.raises(ProvenanceError, match=r"train-task2-TC\.labels"):
        read_corpus(tmp_path)


def test_merged_joins_only_overlapping_spans() -> None:
    spans = [LabeledSpan("x", ((0, 5),)), LabeledSpan("x", ((3, 8),)), LabeledSpan("x", ((8, 9),))]
    assert [s.fragments for s in merged(spans, "L")] == [((0, 8),), ((8, 9),)]


def test_hand_computed_article_score() -> None:
    article = PtcArticle(
        "1",
        TEXT,
        merged([LabeledSpan("L", ((0, 12),)), LabeledSpan("L", ((13, 20),)), LabeledSpan("L", ((75, 89),))], "L"),
    )
    doc = document(
        finding(0, 6),  # "Regime": inside gold "Regime thugs"
        finding(7, 12),  # "thugs": the same gold span; not merged with "Regime" as the two do not overlap
        finding(54, 61),  # "claimed": not gold, a false alarm
        finding(75, 84, "scare-quote"),  # "so-called": matches "so-called vote"
        finding(21, 24, "missing-comment"),  # another category: ignored
    )
    tally, misses, alarms = score_article(article, doc, {"loaded-term", "scare-quote"})
    # Predictions: Regime, thugs, claimed, so-called. Gold: "Regime thugs", "crushed", "so-called vote".
    # "Regime thugs" pairs with one of Regime/thugs; the other is a false alarm (one-to-one).
    assert (tally.tp, tally.fp, tally.fn) == (2, 2, 1)
    assert [m.text for m in misses] == ["crushed"]
    assert [m.context for m in misses] == ["Regime thugs ⟦crushed⟧ the peaceful rally."]
    assert sorted(a.group for a in alarms) == ["claimed", "thugs"]


def test_predicted_spans_filter_by_category_and_merge() -> None:
    doc = document(finding(0, 12), finding(7, 20), finding(54, 61, "hedge"))
    assert [s.fragments for s in predicted_spans(doc, {"loaded-term"})] == [((0, 20),)]


def test_predicted_spans_filter_by_voice() -> None:
    quoted = Finding("r", "loaded-term", Severity.WARNING, Span(54, 61, TEXT[54:61]), "m", Voice.QUOTED)
    doc = document(finding(7, 12), quoted)
    assert [s.fragments for s in predicted_spans(doc, {"loaded-term"}, {Voice.QUOTED})] == [((54, 61),)]
    assert [s.fragments for s in predicted_spans(doc, {"loaded-term"}, {Voice.NARRATOR, Voice.HEADLINE})] == [
        ((7, 12),)
    ]


def test_evaluate_micro_averages_over_articles() -> None:
    gold = PtcArticle("1", TEXT, (LabeledSpan("Loaded", ((13, 20),)),))
    docs = iter([document(finding(13, 20)), document(finding(54, 61))])
    evaluation = evaluate([gold, gold], lambda text, name: next(docs), {"loaded-term"})
    tally = evaluation.tallies["Loaded"]
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)
    assert evaluation.misses[0].document == "article1"


def test_default_categories_come_from_the_loaded_ruleset(book: Rulebook) -> None:
    categories = loaded_categories(book)
    assert "scare-quote" in categories
    assert categories - {"scare-quote"} == {r.meta.category for r in book.rules if ".loaded." in r.meta.id}
    assert "attribution" not in categories


def _labelled(tmp_path: Path, labels: str, fair: str = "") -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Mayor slams plan\n\nThe regime fell. The regime rose. “It is a sham,” Ann Lee said. Crowds were devastated.\n",
        encoding="utf-8",
    )
    (tmp_path / "labels.tsv").write_text(labels, encoding="utf-8")
    (tmp_path / "fair.tsv").write_text(fair, encoding="utf-8")
    return tmp_path


def test_labelled_set_scores_raw_by_reading_and_voice(tmp_path: Path, book: Rulebook) -> None:
    folder = _labelled(
        tmp_path,
        "# comment\na\theadline\tslams\na\tnarrator\tregime\t2\na\tnarrator\tsham\na\tnarrator\tCrowds\n",
        "a\tnarrator\tregime\t1\tsecond reading\n",
    )
    articles = read_labelled(folder)
    second = articles[0].text.index("regime", articles[0].text.index("regime") + 1)
    assert [(s.start, s.voice) for s in articles[0].labels][1] == (second, "narrator")
    score = score_labelled(articles, lambda text, name: annotate_text(text, book), loaded_categories(book))
    # flags: slams (headline), regime, regime, sham (quoted), devastated; "Crowds" is missed
    assert (score.raw.tp, score.raw.fp, score.raw.fn) == (3, 2, 1)
    assert (score.reading.tp, score.reading.fp, score.reading.fn) == (4, 1, 1)
    assert (score.voice_right, score.voiced) == (3, 4)  # "sham" is quoted, not the narrator's
    assert score.false_alarms == (("a", "devastated", "narrator"),)


def test_a_label_that_is_not_in_the_article_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="occurrence 3"):
        read_labelled(_labelled(tmp_path, "a\tnarrator\tregime\t3\n"))
