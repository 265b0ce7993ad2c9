"""Our own annotated articles (benchmarks/data): committed files match their marked-up sources and read cleanly."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from provenance.evaluation import brat, ptc
from tests.conftest import ROOT

DATA = ROOT / "benchmarks" / "data"


def builder() -> ModuleType:
    if "build_gold" in sys.modules:
        return sys.modules["build_gold"]
    spec = importlib.util.spec_from_file_location("build_gold", DATA / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gold"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("source", sorted((DATA / "marked").glob("*.txt")), ids=lambda p: p.stem)
def test_committed_gold_is_what_the_markup_builds(source: Path) -> None:
    build = builder()
    marked = build.parse(source.read_text(encoding="utf-8"), source.name)
    ann = build.brat(marked, source.name)
    build.check(marked.text, ann, source.name)
    assert (DATA / "attribution" / "text" / source.name).read_bytes().decode("utf-8") == marked.text
    assert (DATA / "attribution" / "attributions" / f"{source.stem}_own1.ann").read_text(encoding="utf-8") == ann
    assert 250 <= len(marked.text.split()) <= 450


def test_gold_reads_without_warnings_and_spans_slice() -> None:
    documents, problems = brat.read_corpus(DATA / "attribution")
    assert problems == [] and len(documents) == 6
    for doc in documents:
        for span in doc.spans.values():
            assert all(doc.text[s:e].strip() == doc.text[s:e] for s, e in span.fragments)
    articles, problems = ptc.read_corpus(DATA / "loaded")
    assert problems == [] and len(articles) == 6
    assert [a.text for a in articles] == [d.text for d in documents]


def test_markup_errors_are_caught() -> None:
    build = builder()
    with pytest.raises(ValueError, match="unclosed"):
        build.parse("[[S1 the mayor said", "x")
    with pytest.raises(ValueError, match="whitespace"):
        build.parse("[[S1 the mayor ]] said", "x")
    with pytest.raises(ValueError, match="cues"):
        build.brat(build.parse("[[S1 The mayor]] spoke.", "x"), "x")
