"""Tests for provenance/trace/tracer.py: whole traces of made-up republications, and the seed sample."""

from __future__ import annotations

from pathlib import Path

from provenance.model import Severity, Voice
from provenance.trace.index import TraceIndex
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer
from provenance.trace.types import CATEGORY

from .articles import ORIGIN, UNRELATED, republish

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _tracer(*extra: SourceText) -> Tracer:
    index = TraceIndex.in_memory()
    index.add([SourceText("origin.txt", ORIGIN, "Harbor Post"), SourceText("library.txt", UNRELATED), *extra])
    return Tracer(index)


def test_a_faithful_credited_copy_has_one_origin_and_nothing_to_say() -> None:
    result = _tracer().text(republish(), "copy.txt")
    [reuse] = result.reuses
    assert reuse.origin.path == "origin.txt" and reuse.role == "primary"
    assert reuse.coverage == 1.0
    assert reuse.changes == ()


def test_an_unrelated_article_has_no_origin() -> None:
    result = _tracer().text("Weather turns cold\n\nSnow is expected in the hills tonight, forecasters said.\n")
    assert result.reuses == ()


def test_an_article_is_not_its_own_origin() -> None:
    result = _tracer().text(ORIGIN, "origin.txt")
    assert result.reuses == ()


def test_every_kind_of_change_at_once() -> None:
    copy = republish(
        headline="Harbor plan pushed through despite fishermen",
        credit="Source: Reuters",
        replace=(
            ("Opposition councillor Mark Lee criticized the plan", "Opposition councillor Mark Lee slammed the plan"),
            ("ferries running for another decade", "ferries running for decades"),
            (", according to the finance department.", "."),
        ),
        drop=("Work on the channel",),
        append="Critics have long accused the mayor of favouring shipping firms over local residents.",
    )
    result = _tracer().text(copy, "copy.txt")
    [reuse] = result.reuses
    rules = {c.rule: c for c in reuse.changes}
    assert rules["trace.credit-other"].new == "Reuters"
    assert rules["trace.headline-rewritten"].old == "City council approves new harbor budget after long debate"
    assert rules["trace.headline-rewritten"].voice is Voice.HEADLINE
    loaded = rules["trace.loaded-added"]
    assert (loaded.new, loaded.old) == ("slammed", "criticized")
    assert copy[loaded.span.start : loaded.span.end] == "slammed"
    assert ORIGIN[loaded.origin.start : loaded.origin.end] == "criticized"  # type: ignore[union-attr]
    quote = rules["trace.quote-altered"]
    assert "for decades" in (quote.new or "") and "another decade" in (quote.old or "")
    stripped = rules["trace.attribution-stripped"]
    assert "finance department" in (stripped.old or "")
    assert copy[stripped.span.start : stripped.span.end].startswith("The plan sets aside")
    assert rules["trace.paragraph-cut"].old.startswith("Work on the channel")  # type: ignore[union-attr]
    assert copy[rules["trace.paragraph-added"].span.start :].startswith("Critics have long accused")
    assert "trace.credit-missing" not in rules


def test_credit_missing_when_nobody_is_credited() -> None:
    result = _tracer().text(republish(credit=None), "copy.txt")
    [change] = [c for c in result.changes() if c.kind == "credit"]
    assert change.rule == "trace.credit-missing" and change.severity is Severity.WARNING
    assert "Harbor Post" in change.message and "100%" in change.message


def test_a_second_copy_of_the_origin_is_listed_but_not_judged_twice() -> None:
    twin = SourceText("mirror/origin-copy.txt", ORIGIN.replace("Tuesday", "Tuesday evening"), "Mirror")
    result = _tracer(twin).text(republish(credit=None), "copy.txt")
    assert [r.role for r in result.reuses] == ["primary", "alternative"]
    assert result.reuses[1].changes == ()


def test_findings_are_model_findings_sorted_by_position() -> None:
    result = _tracer().text(republish(headline="New headline about the harbor vote", credit=None), "copy.txt")
    findings = result.findings()
    assert findings and all(f.category == CATEGORY for f in findings)
    assert [f.span.start for f in findings] == sorted(f.span.start for f in findings)


def test_seed_sample_traced_to_a_sputnik_original() -> None:
    original = (FIXTURES / "sputnik-original.txt").read_text(encoding="utf-8")
    sample = (ROOT / "samples" / "al-tanf-sputnik.txt").read_text(encoding="utf-8")
    index = TraceIndex.in_memory()
    index.add([SourceText("sputnik/al-tanf.txt", original), SourceText("library.txt", UNRELATED)])
    result = Tracer(index).text(sample, "samples/al-tanf-sputnik.txt")
    [reuse] = result.reuses
    assert reuse.origin.outlet == "Sputnik"  # from the original's own credit line
    assert reuse.origin.affiliation is not None and reuse.origin.affiliation.typology == "SC"
    assert reuse.coverage > 0.95
    rules = {c.rule: c for c in reuse.changes}
    # The credit: the republished sample credits Sputnik, so no credit finding, and the origin is state media.
    assert "trace.credit-missing" not in rules and "trace.credit-other" not in rules
    assert "state-controlled media" in rules["trace.origin-state-media"].message
    assert sample[rules["trace.origin-state-media"].span.start :].startswith("Sputnik")
    headline = rules["trace.headline-rewritten"]
    assert headline.new == sample.splitlines()[0] and headline.old == original.splitlines()[0]
    loaded = rules["trace.loaded-added"]
    assert (loaded.new, loaded.old) == ("slammed", "described")
    assert sample[loaded.span.start : loaded.span.end] == "slammed"
    assert not {"trace.paragraph-added", "trace.paragraph-cut", "trace.quote-altered"} & set(rules)


def test_empty_and_hostile_articles_trace_without_error() -> None:
    tracer = _tracer()
    assert tracer.text("", "empty.txt").reuses == ()
    hostile = "\x1b[2J\u202e" + republish().replace("\n", "\r\n")
    result = tracer.text(hostile, "hostile.txt")
    assert result.reuses[0].coverage == 1.0
    for change in result.changes():
        assert hostile[change.span.start : change.span.end] == change.span.text


def test_a_credit_note_is_credit_not_an_added_paragraph() -> None:
    index = TraceIndex.in_memory()
    index.add([SourceText("origin.txt", ORIGIN, "Harbor Post")])
    copy = republish(credit="Harbor Post contributed to this report.")
    rules = [c.rule for c in Tracer(index).text(copy, "copy.txt").changes()]
    assert "trace.credit-missing" not in rules and "trace.paragraph-added" not in rules


def test_a_byline_is_neither_added_nor_copy() -> None:
    copy = republish(headline="Harbor budget approved").replace("\n\n", "\n\nBy a Staff Reporter\n\n", 1)
    [reuse] = _tracer().text(copy, "copy.txt").reuses
    assert [c.rule for c in reuse.changes if c.kind == "paragraph"] == []
    assert reuse.coverage == 1.0
