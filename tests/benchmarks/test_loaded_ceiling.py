"""Tests for benchmarks/loaded_ceiling.py on articles written here (PTC itself is not needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from provenance.evaluation.ptc import PtcArticle
from provenance.evaluation.spans import LabeledSpan
from tests.conftest import ROOT


def _load() -> ModuleType:
    # benchmarks/ is not a package: the script imports shared_data from its own folder, as it does when run.
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("loaded_ceiling", ROOT / "benchmarks" / "loaded_ceiling.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ceiling = _load()


def _article(ident: str, text: str, *labelled: str) -> PtcArticle:
    spans = tuple(LabeledSpan("Loaded", ((text.index(w), text.index(w) + len(w)),)) for w in labelled)
    return PtcArticle(ident, text, spans)


def test_learn_keeps_words_labelled_often_enough_in_two_articles() -> None:
    a = _article("1", "A vile plan. A vile tax. The plan.", "vile")
    b = _article("2", "A vile deal and a plan.", "vile")
    c = _article("3", "A grim plan, grim and grim.", "grim")
    items = [(x, ceiling.words(x.text)) for x in (a, b, c)]
    # "vile": 3 times, labelled twice ("vile" labels the first occurrence in each text), in 2 articles.
    assert ceiling.learn(items, 3, 0.6) == frozenset({"vile"})
    # "grim" is labelled once in three and appears in one article only.
    assert "grim" not in ceiling.learn(items, 1, 0.3)


def test_score_adds_listed_words_to_our_spans_and_matches_one_to_one() -> None:
    a = _article("1", "A vile plan and a cruel tax.", "vile", "cruel")
    ours = (LabeledSpan("Loaded", ((2, 6),)),)  # "vile"
    tally = ceiling.score([(a, ceiling.words(a.text), ours)], frozenset({"cruel", "tax"}))
    assert (tally.tp, tally.fp, tally.fn) == (2, 1, 0)


def test_halves_keep_articles_with_one_first_line_together() -> None:
    articles = [_article(str(n), f"Headline {n % 3}\nBody {n}.") for n in range(9)]
    first, second = ceiling.halves(articles)
    assert first | second == {a.id for a in articles} and not first & second
    for a in articles:
        twins = {b.id for b in articles if b.text.split("\n")[0] == a.text.split("\n")[0]}
        assert twins <= first or twins <= second


def test_skips_cleanly_without_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PROVENANCE_SHARED", str(tmp_path))
    assert ceiling.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")
