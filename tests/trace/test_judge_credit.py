"""Tests for provenance/trace/judge_credit.py."""

from __future__ import annotations

from provenance import annotate, load_rulebook
from provenance.model import Affiliation
from provenance.trace.align import align
from provenance.trace.judge_credit import credit_changes, headline_changes, origin_outlet, same_outlet
from provenance.trace.rules import load_trace_rules
from provenance.trace.types import Origin
from provenance.trace.wordmap import WordMap

from .articles import ORIGIN, republish


def _credit(copy: str, outlet: str | None) -> list[str]:
    article, origin_doc = annotate(copy), annotate(ORIGIN)
    wmap = WordMap(align(article, origin_doc), copy, ORIGIN)
    origin = Origin("origin.txt", "City council approves", ORIGIN, outlet, None)
    return [c.rule for c in credit_changes(article, origin, wmap, load_trace_rules())]


def test_outlet_names_match_loosely() -> None:
    assert same_outlet("Sputnik", "Sputnik News") and same_outlet("Post", "The Washington Post")
    assert same_outlet("The Washington Post", "the washington  post")
    assert not same_outlet("", "Reuters") and not same_outlet("AP", "APM Reports")


def test_credit_by_credit_line_other_outlet_or_none() -> None:
    assert _credit(republish(), "Harbor Post") == []
    assert _credit(republish(credit="Source: Reuters"), "Harbor Post") == ["trace.credit-other"]
    assert _credit(republish(credit=None), "Harbor Post") == ["trace.credit-missing"]


def test_citing_the_origin_in_new_text_is_credit_enough() -> None:
    copy = republish(credit=None, append="The council vote was close and long, Harbor Post reported.")
    assert _credit(copy, "Harbor Post") == []


def test_without_a_known_outlet_only_an_uncredited_copy_is_flagged() -> None:
    assert _credit(republish(credit=None), None) == ["trace.credit-missing"]
    assert _credit(republish(credit="Source: Reuters"), None) == []


def test_origin_outlet_comes_from_the_index_else_from_its_credit_line() -> None:
    doc = annotate(ORIGIN)
    assert origin_outlet(None, doc) == ("Harbor Post", None)
    assert origin_outlet("Harbour Wire", doc) == ("Harbour Wire", None)


def test_headline_rewritten_but_not_for_a_trivial_change() -> None:
    rules = load_trace_rules()
    origin = annotate(ORIGIN)
    same = annotate(republish(headline="City council approves new harbor budget after a long debate"))
    assert headline_changes(same, origin, rules) == []
    new = annotate(republish(headline="Fishermen ignored as harbor budget passes"))
    [change] = headline_changes(new, origin, rules)
    assert change.new == "Fishermen ignored as harbor budget passes" and change.span.start == 0


def test_credit_in_the_forms_republishers_write_it() -> None:
    for line in (
        "With inputs from Harbor Post",
        "This story was first published by the Harbor Post and is republished here with permission.",
    ):
        assert _credit(republish(credit=line), "Harbor Post") == [], line
    assert _credit(republish(credit="— Reuters"), "Harbor Post") == ["trace.credit-other"]


def test_a_short_line_of_the_republishers_naming_the_outlet_is_a_credit_note() -> None:
    assert _credit(republish(credit="Harbor Post contributed to this report."), "Harbor Post") == []
    assert _credit(republish(credit="(Additional reporting by Harbor Post)"), "Harbor Post") == []
    assert _credit(republish(credit="Our staff contributed to this report."), "Harbor Post") == ["trace.credit-missing"]


def test_a_wire_agency_origin_is_not_called_state_media() -> None:
    wire = Affiliation("Reuters", "United Kingdom", "wire", "news agency", "default.wires.wire-services")
    state = Affiliation("Sputnik", "Russia", "SC", "state-controlled media", "default.state-media.state-media")
    article, origin_doc = annotate(republish()), annotate(ORIGIN)
    wmap = WordMap(align(article, origin_doc), republish(), ORIGIN)
    for affiliation, expected in ((wire, []), (state, ["trace.origin-state-media"])):
        origin = Origin("origin.txt", "City council approves", ORIGIN, "Harbor Post", affiliation)
        found = [c.rule for c in credit_changes(article, origin, wmap, load_trace_rules())]
        assert found == expected


def test_a_stored_outlet_gets_its_registry_affiliation_without_a_credit_in_the_text() -> None:
    doc = annotate(republish(credit=None))
    outlet, affiliation = origin_outlet("RT", doc, load_rulebook().outlets)
    assert outlet == "RT" and affiliation is not None and affiliation.registry.endswith(".state-media.state-media")
    assert origin_outlet("Harbour Wire", doc, load_rulebook().outlets) == ("Harbour Wire", None)


def _registry_credit(copy: str, outlet: str) -> list[str]:
    article, origin_doc = annotate(copy), annotate(ORIGIN)
    wmap = WordMap(align(article, origin_doc), copy, ORIGIN)
    origin = Origin("origin.txt", "City council approves", ORIGIN, outlet, None)
    return [c.rule for c in credit_changes(article, origin, wmap, load_trace_rules(), load_rulebook().outlets)]


def test_with_the_registry_the_origin_is_credited_by_any_of_its_names() -> None:
    for line in ("with material from dpa", "— dpa", "© dpa-infocom, dpa:260514-930-112233/2", "Source: dpa.com"):
        assert _registry_credit(republish(credit=line), "Deutsche Presse-Agentur") == [], line
    assert _registry_credit(republish(credit="(AA)"), "Anadolu") == []


def test_a_short_line_naming_another_registry_outlet_credits_it() -> None:
    for line in ("(Xinhua)", "— dpa", "source: reuters", "Source: globaltimes.cn"):
        assert _registry_credit(republish(credit=line), "Harbor Post") == ["trace.credit-other"], line
    # A picture's credit, or an outlet named in a sentence of news, is no credit for the story.
    for line in ("Photo: AFP", "The mayor later spoke to Reuters about the harbor dredging plans."):
        assert _registry_credit(republish(credit=line), "Harbor Post") == ["trace.credit-missing"], line


def test_a_press_release_issuer_named_as_the_speaker_of_the_lead_is_credited() -> None:
    release = (
        "Trial succeeds\n\nNorvale Therapeutics on Monday announced results from its trial of NV-204 in 812 "
        "patients with eczema across forty sites.\n\nThe drug met every secondary endpoint and was well tolerated "
        "by patients, the trial's investigators said.\n"
    )
    copy = release.replace("Trial succeeds", "Eczema drug works")
    article, origin_doc = annotate(copy), annotate(release)
    wmap = WordMap(align(article, origin_doc), copy, release)
    registry = load_rulebook().outlets
    for outlet, expected in (("Norvale Therapeutics", []), ("Harbor Post", ["trace.credit-missing"])):
        origin = Origin("origin.txt", "Trial succeeds", release, outlet, None)
        assert [c.rule for c in credit_changes(article, origin, wmap, load_trace_rules(), registry)] == expected
    # Named as a speaker further down, an outlet does not credit itself.
    assert _registry_credit(republish(credit=None), "Port Authority") == ["trace.credit-missing"]
