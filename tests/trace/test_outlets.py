"""Tests for provenance/trace/outlets.py."""

from __future__ import annotations

from provenance import load_rulebook
from provenance.model import Span
from provenance.trace.outlets import initials, outlet_names, outlets_in, same_outlet


def test_outlet_names_match_loosely() -> None:
    assert same_outlet("Sputnik", "Sputnik News") and not same_outlet("AP", "APM Reports")


def test_initials_of_a_name_of_capitalised_words() -> None:
    assert initials("Anadolu Agency") == "AA" and initials("Agence France-Presse") == "AFP"
    assert initials("The Associated Press") == "AP"
    assert initials("Reuters") is None and initials("Voice of America") is None


def test_an_outlet_is_known_by_its_registry_names_domain_and_initials() -> None:
    registry = load_rulebook().outlets
    dpa = outlet_names("Deutsche Presse-Agentur", registry)
    assert dpa.same("dpa") and dpa.same("DPA") and not dpa.same("AFP")
    anadolu = outlet_names("Anadolu", registry)
    assert anadolu.same("AA") and anadolu.same("Anadolu Agency") and anadolu.same("aa.com.tr")
    line = "with material from dpa"
    assert dpa.named_in(line, 0, len(line)) and not anadolu.named_in(line, 0, len(line))
    # Outside the registry only the stored name counts, and a short name only in its own case.
    assert outlet_names("Harbor Post").named_in("Source: harbor post", 0, 19)
    assert not outlet_names("Harbor Post").named_in("Source: Reuters", 0, 15)


def test_a_line_names_registry_outlets_by_name_alias_or_domain() -> None:
    registry = load_rulebook().outlets

    def named(line: str) -> list[tuple[str, int]]:
        return [(k.outlet.name, n) for k, _, n in outlets_in(line, Span(0, len(line), line), registry)]

    assert named("— dpa") == [("Deutsche Presse-Agentur", 1)]
    assert [n for _, n in named("(Xinhua)")] == [1]
    assert named("source: reuters") == [("Reuters", 1)]
    assert named("Source: globaltimes.cn") == [("Global Times", 2)]
    # An acronym in other case is an ordinary word: "app" is not the Associated Press of Pakistan.
    assert named("Download our app") == []
