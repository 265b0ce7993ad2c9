"""Tests for benchmarks/trace_edits.py (the republication maker of the trace evaluation) on a made-up article."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from provenance import annotate
from tests.trace.articles import ORIGIN

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    # benchmarks/ is not a package: the script imports from its own folder, as it does when run.
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("trace_edits", ROOT / "benchmarks" / "trace_edits.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


edits = _load()
LONGER = ORIGIN.replace("\n\nSource: Harbor Post\n", "\n\nThe vote was 7 to 4, with two abstentions.\n")


def _maker(seed: int = 1) -> Any:
    return edits.Maker(annotate(LONGER), random.Random(seed))


def test_every_edit_is_recorded_and_located_in_the_republication() -> None:
    maker = _maker()
    assert maker.new_headline() and maker.loaded() and maker.quote() and maker.attribution()
    assert maker.insert("A paragraph the republisher wrote, with words of its own.")
    maker.set_credit(None, "credit-removed")
    made = maker.assemble()
    assert made.kinds() == {"headline", "loaded", "quote", "attribution", "insert", "credit-removed"}
    for edit in made.edits:
        if edit.marker:
            assert edit.article is not None and made.text[edit.article.start : edit.article.end] == edit.marker
    assert "criticized" not in made.text and "slammed" in made.text  # the only swappable narrator word
    assert not made.text.rstrip().endswith("Harbor Post")


def test_attribution_drop_keeps_the_claim_and_loses_the_source() -> None:
    maker = _maker(3)
    assert maker.attribution()
    [edit] = maker.assemble().edits
    assert edit.origin is not None and edit.marker.rstrip(".") in LONGER
    assert not any(name in edit.marker for name in ("said", "according to"))


def test_trim_and_reorder_record_origin_paragraphs() -> None:
    maker = _maker()
    assert maker.trim() and maker.reorder()
    made = maker.assemble()
    for edit in made.edits:
        assert edit.origin is not None and LONGER[edit.origin.start : edit.origin.end] == edit.origin.text
    trimmed = [e.origin.text for e in made.edits if e.kind == "trim"]
    assert all(t not in made.text for t in trimmed)
