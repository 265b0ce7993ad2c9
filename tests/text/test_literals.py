from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import load_rulebook
from provenance.core.segment import segment
from provenance.core.stages.patterns import missing_comments, relays
from provenance.text.literals import (
    FOLDING_EXCEPTIONS,
    WordPlaces,
    _foldless,
    exact_for,
    leading,
    met,
    requirements,
    right_monotone,
)


@pytest.mark.parametrize("engine_name", ["re", "regex"])
def test_folding_exceptions_are_every_character_that_breaks_the_lower_case_test(engine_name: str) -> None:
    engine = pytest.importorskip(engine_name)
    # Any character that matches an ASCII character case-insensitively must lower-case to it (and keep its
    # length), or be listed; otherwise skipping a pattern by its lower-cased words could lose a match.
    ascii_class = engine.compile("[\x00-\x7f]", engine.IGNORECASE)
    breaking = {
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if ord(c) >= 128 and ascii_class.fullmatch(c) and not (len(c.lower()) == 1 and c.lower() < "\x80")
    }
    lengthening = {c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1}
    assert breaking | lengthening == set(FOLDING_EXCEPTIONS)


def test_requirements_are_the_mandatory_literal_words() -> None:
    source = r"(?P<party>[^.]{1,120}?)\s+(?:has|have|had)n['’]t\s+(?:yet\s+)?(?:commented|responded|replied)\b"
    assert requirements(source, re.IGNORECASE) == (frozenset({"commented", "responded", "replied"}),)
    credit = r"(?:Republished)\s+from\s+(?P<o>[A-Z]+)"
    assert requirements(credit, 0) == (frozenset({"republished"}), frozenset({"from"}))


@pytest.mark.parametrize(
    "source",
    [r"(?:no)?\s+comment", r"x(?:yes|no)", r"[A-Z]{1,4}", r"(?=said)\w+", r"(?:alpha|b+)c"],
)
def test_optional_or_short_parts_require_nothing(source: str) -> None:
    assert all(min(map(len, need)) >= 3 for need in requirements(source, 0))
    assert "alpha" not in {w for need in requirements(source, 0) for w in need}
    assert "said" not in {w for need in requirements(source, 0) for w in need}


def test_an_expression_re_cannot_parse_requires_nothing() -> None:
    assert requirements(r"\p{Lu}+ said", 0) == ()


def test_met_looks_only_inside_the_range() -> None:
    text = "they declined. later, comment"
    need = (frozenset({"declined"}), frozenset({"comment"}))
    assert met(text, 0, len(text), need)
    assert not met(text, 0, 14, need)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["not", "no", "comment", "commented", " ", "\n", "x", "😀"]), max_size=30).map("".join),
    st.lists(st.integers(0, 60), max_size=8),
    st.lists(st.frozensets(st.sampled_from(["not", "comment", "commented", "ntc", "zzz"]), max_size=3), max_size=3),
)
def test_word_places_agree_with_met_on_every_range(text: str, cuts: list[int], needs: list[frozenset[str]]) -> None:
    # Disjoint sorted ranges, as paragraphs are, including ones that cut a word in two.
    edges = sorted(set(cuts))
    ranges = [(a, b) for a, b in zip(edges[::2], edges[1::2], strict=False)]
    expected = {k for k, (a, b) in enumerate(ranges) if met(text, a, b, tuple(needs))}
    words = frozenset(word for need in needs for word in need)
    assert WordPlaces(text, ranges, words).meeting(tuple(needs)) == expected


def test_texts_with_folding_exceptions_are_not_tested_by_lower_case() -> None:
    assert exact_for("The spokesman declined to comment.")
    assert not exact_for("The ſpokesman declined to comment.")


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not respond to requests for comment.\n\nReuters reported the strike.",
        "THE MINISTRY DID NOT RESPOND TO REQUESTS FOR COMMENT.\n\nREUTERS REPORTED the strike.",
        "Officials declined to comment, citing Reuters.",
        # 'ſ' folds onto 's' case-insensitively: the lower-case word test must not be used for this text.
        "The miniſtry did not reſpond to requeſts for comment, Reuters reported.",
        "İstanbul officials declined to comment.",
    ],
)
def test_pattern_results_do_not_depend_on_the_literal_test(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    book = load_rulebook()
    seg = segment(text, book.abbreviations)
    with_test = (relays(text, seg, book), missing_comments(text, seg, book, book.lexicon))
    monkeypatch.setattr("provenance.core.stages.patterns.exact_for", lambda _text: False)
    without = (relays(text, seg, book), missing_comments(text, seg, book, book.lexicon))
    assert with_test == without
    assert with_test[1], "every example holds a missing-comment note"


def test_leading_gives_the_openings_of_every_match() -> None:
    assert leading(r"(?<![\w])(?:—)\s+(?P<outlet>\w+)", re.IGNORECASE) == ("—",)
    assert leading(r"(?:Copyright|©|\(c\))\s*\d{4}", re.IGNORECASE) == ("(c)", "copyright", "©")
    assert leading(r"By\s+\w+", 0) == ("by",)
    assert leading(r"(?:a|b)c+d", 0) == ("a", "b")  # re parses (?:a|b) as the class [ab]; c+ ends what is known
    assert leading(r"(?:|re)posted", 0) == ("posted", "reposted")


@pytest.mark.parametrize("source", [r"x?abc", r"[^a]bc", r"(?:abc)?d", r"\w+ said", r"(?:said|\d+)", r"\p{Lu}"])
def test_leading_knows_nothing_of_optional_or_open_starts(source: str) -> None:
    assert leading(source, 0) == ()


_OPENING_PIECES = st.sampled_from(["By", "by", "BY", " ", "—", "–", "©", "(c)", "(C)", "Copyright", "x", "\u0130"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_OPENING_PIECES, max_size=8).map("".join))
def test_a_line_that_fully_matches_starts_with_an_opening(line: str) -> None:
    for source in [r"(?:—|–)\s*\w+", r"By\s+\w+", r"(?:Copyright|©|\(c\))\s*\w*", r"\(?c\)?\s*\w*"]:
        match = regex.fullmatch(source, line, regex.IGNORECASE)
        openings = leading(source, regex.IGNORECASE)
        if match is not None and openings and exact_for(line):
            assert line.lower().startswith(openings)


@pytest.mark.parametrize("engine_name", ["re", "regex"])
def test_a_caseless_opening_character_matches_only_itself(engine_name: str) -> None:
    engine = pytest.importorskip(engine_name)
    caseless = [chr(c) for c in range(128, sys.maxunicode + 1) if _foldless(c)]
    assert "—" in caseless and "©" in caseless and "é" not in caseless and "Ⓐ" not in caseless
    pattern = engine.compile("[" + "".join(map(re.escape, caseless)) + "]", engine.IGNORECASE)
    allowed = set(caseless)
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c not in allowed and pattern.fullmatch(c)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The talks failed.\n\n— Sputnik",
        "Judge blocks rule\n\nBY THE ASSOCIATED PRESS\n\nA judge ruled.",
        "Talks.\n\n© 2026 Reuters",
    ],
)
def test_credit_lines_are_found_with_and_without_their_openings(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    book = load_rulebook()
    seg = segment(text, book.abbreviations)
    with_test = relays(text, seg, book)
    monkeypatch.setattr("provenance.core.stages.patterns.exact_for", lambda _text: False)
    assert with_test == relays(text, seg, book)
    assert with_test, "every example is a credit line"


@pytest.mark.parametrize(
    ("source", "monotone"),
    [
        (r"(?m)^[A-Z]{2,}\s*\((?P<o>[A-Z]\w*(?:\.(?=\w))?)\)\s*[-–—]", True),
        (r"(?<![\w])told\s+(?P<o>\w+)", True),
        (r"(a)\1", True),
        (r"a$", False),
        (r"a\Z", False),
        (r"a\b", False),
        (r"a\B", False),
        (r"a(?!b)", False),
        (r"(?>a+)b", False),
        (r"a++", False),
        (r"(?<!a\b)x", False),
        (r"(?<!a(?=b))b", False),
        (r"(a)?(?(1)b|c)", False),
        (r"\p{L}", False),  # `regex` syntax the standard parser does not know: no proof
    ],
)
def test_right_monotone_reads_the_parse_tree(source: str, monotone: bool) -> None:
    assert right_monotone(source, 0) == monotone


_REGEX_PIECES = st.sampled_from(["a", "b", " ", r"\w", r"\s+", "[ab]", "(?=b)", "(?!b)", "(?<=a)", "(?<!a)", r"\b",
                                 "$", "(?m)^", "^", "a*", "b{0,2}?", "(?:a|b )", ".", r"\Z"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_REGEX_PIECES, min_size=1, max_size=5), st.text("ab \n", max_size=12), st.data())
def test_a_right_monotone_pattern_absent_from_a_text_is_absent_from_every_range(
    pieces: list[str], text: str, data: st.DataObject
) -> None:
    flag = "".join(p for p in pieces if p == "(?m)^")  # a global flag must lead the pattern
    source = flag + "".join(p if p != "(?m)^" else "^" for p in pieces)
    if not right_monotone(source, 0):
        return
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pattern = regex.compile(source)
    if pattern.search(text, start, end) is not None:
        assert pattern.search(text, 0, len(text)) is not None
