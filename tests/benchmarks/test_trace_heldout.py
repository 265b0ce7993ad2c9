"""The trace held-out set (benchmarks/data/trace-heldout): committed files are what its recipe builds, spans slice."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from provenance.model import Severity, Span
from provenance.trace.types import Change

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data" / "trace-heldout"


def _load(name: str, path: Path) -> ModuleType:
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))  # the scripts import from their own folder, as when run
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_committed_cases_are_what_the_recipe_builds() -> None:
    recipe = _load("trace_heldout_recipe", DATA / "recipe.py")
    golds = [json.loads(line) for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    built = {}
    batches = {
        "first": recipe.CASES,
        "fresh": recipe.FRESH,
        "third": recipe.THIRD,
        "fourth": recipe.FOURTH,
        "fifth": recipe.FIFTH,
    }
    for batch, cases in batches.items():
        for case in cases:
            article, gold = recipe.build(case)
            built[gold["case"]] = gold | {"batch": batch}
            assert (DATA / gold["file"]).read_text(encoding="utf-8") == article
    assert [g for g in golds if g["origin"]] == [built[g["case"]] for g in golds if g["origin"]]
    assert len(built) >= 24 and sum(g["origin"] is None for g in golds) >= 6


def test_gold_spans_slice_both_sides() -> None:
    for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        article = (DATA / gold["file"]).read_text(encoding="utf-8")
        origin = (DATA / gold["origin"]).read_text(encoding="utf-8") if gold["origin"] else ""
        for edit in gold["edits"]:
            a, o = edit["article_span"], edit["origin_span"]
            assert article[a[0] : a[1]] == edit["article"]
            assert origin[o[0] : o[1]] == edit["origin"]


def test_a_finding_matches_by_kind_and_side() -> None:
    score = _load("eval_trace_heldout", ROOT / "benchmarks" / "eval_trace_heldout.py")
    cut = score.Edit("trim", Span(100, 200, ""), Span(0, 0, ""), False)
    quote = score.Edit("quote", Span(10, 20, ""), Span(50, 55, ""), False)

    def change(rule: str, span: Span, origin: Span | None = None) -> Change:
        return Change(rule, "x", Severity.INFO, "m", span, origin)

    assert score.matches("trim", change("trace.paragraph-cut", Span(5, 5, ""), Span(150, 160, "")), [cut])
    assert not score.matches("trim", change("trace.paragraph-cut", Span(150, 160, ""), Span(0, 50, "")), [cut])
    assert score.matches("quote", change("trace.quote-altered", Span(54, 60, "")), [quote])
    assert not score.matches("quote", change("trace.quote-altered", Span(55, 60, "")), [quote])
    assert score.matches("headline", change("trace.headline-rewritten", Span(0, 3, "")), [cut, quote]) is False
