"""Segmentation keeps spans exact and knows abbreviations, headings and quotations."""

from __future__ import annotations

import re
from unittest.mock import patch

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import provenance.core.segment as segment_module
from provenance import load_rulebook
from provenance.core.segment import (
    _alternations,
    _matches,
    _matches_any,
    _Sieve,
    furniture_paragraphs,
    paragraphs,
    segment,
    title_cased,
)
from provenance.model import Severity, Span
from provenance.ruleset.build import build_rule
from provenance.ruleset.lazy_regex import LazyRegex
from provenance.ruleset.rules import BoilerplateRule, Examples, RuleMeta

ABBR = frozenset({"u.s.", "sen.", "mr."})


def test_sentences_skip_abbreviations_and_initials() -> None:
    text = "Sen. Warren met Mr. Trump in the U.S. capital. George W. Bush left. “Go,” he said."
    sentences = [s.text for s in segment(text, ABBR).sentences]
    assert sentences == ["Sen. Warren met Mr. Trump in the U.S. capital.", "George W. Bush left.", "“Go,” he said."]


def test_headline_subheading_and_paragraphs() -> None:
    text = "Big News Today – Agency\n\nFirst paragraph here.\n\nA Subheading\n\nSecond one."
    seg = segment(text)
    assert seg.headline is not None and seg.headline.text == "Big News Today – Agency"
    assert [s.text for s in seg.subheadings] == ["A Subheading"]
    assert len(seg.paragraphs) == 4


def test_crlf_and_unicode_line_separators_keep_offsets() -> None:
    text = "One.\r\n\r\nTwo.\u2028Three."
    seg = segment(text)
    assert [p.text for p in seg.paragraphs] == ["One.", "Two.", "Three."]
    for p in seg.paragraphs:
        assert text[p.start : p.end] == p.text


def test_quotations_curly_straight_and_unclosed() -> None:
    text = 'He said “yes” and "no".\n\n“An open quote runs on'
    quotes = segment(text).quotations
    assert [q.inner.text for q in quotes] == ["yes", "no", "An open quote runs on"]
    assert [q.closed for q in quotes] == [True, True, False]


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    seg = segment("The minister said the talks\nwould resume on Monday.")
    assert len(seg.paragraphs) == 1


def test_a_title_cased_first_line_is_a_headline_even_with_a_period() -> None:
    # Some archives end every headline with a period; title case still marks it.
    assert segment("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nBody text.\n").headline is not None
    assert segment("Poll: Trump Ties Clinton In Ohio.\n\nBody text.\n").headline is not None
    # A lead sentence run straight into the body (no blank line) is no headline.
    assert segment("The talks ended on Monday without a deal.\nBoth sides left.\n").headline is None
    assert segment("Two Sentences Here. And Another One Here.\nBody.\n").headline is None


def test_a_short_line_standing_alone_is_the_headline_whatever_its_punctuation() -> None:
    for title in ("Who won the Vegas debate?", "Flight attendants' union endorses Clinton.", "Trump wins!"):
        seg = segment(f"{title}\n\nThe body starts here. It goes on.\n")
        assert seg.headline is not None and seg.headline.text == title
    # A long first paragraph is the lead, not a headline.
    lead = "The talks ended on Monday without a deal, " * 5
    assert segment(f"{lead}\n\nBody.\n").headline is None


def test_a_kicker_and_its_title_are_one_headline() -> None:
    text = "CITY HALL\nAshford council approves 9% water rate hike.\n\nBy Renee Caldwell\n\nThe council voted."
    seg = segment(text)
    assert seg.headline is not None and seg.headline.text == "CITY HALL\nAshford council approves 9% water rate hike."
    assert [s.text for s in seg.subheadings] == ["By Renee Caldwell"]  # the title line is not one
    # Two lines of prose are no kicker and title.
    assert segment("The council met on Monday\nand voted.\n\nMore.").headline is None


def test_a_title_from_markup_wins() -> None:
    text = "Some nav line\n\nThe body. It goes on."
    title = Span(0, 13, "Some nav line")
    assert segment(text, title=title).headline == title


def test_boilerplate_paragraphs_get_no_sentences_and_are_no_headings() -> None:
    text = "Big News Today\n\nThe talks ended. Both sides left.\n\nYou might also like\n\nRead more:\n\nNew talks."
    seg = segment(text, boilerplate=frozenset({"you might also like", "read more"}))
    assert [b.text for b in seg.boilerplate] == ["You might also like", "Read more:"]
    assert seg.subheadings == ()
    assert [s.text for s in seg.sentences] == ["Big News Today", "The talks ended.", "Both sides left.", "New talks."]
    # Without the list, the same lines are subheadings and sentences.
    plain = segment(text)
    assert plain.boilerplate == () and [s.text for s in plain.subheadings] == ["You might also like"]


def test_mixed_quote_typography_pairs_each_quotation() -> None:
    # Syndicated copy mixes curly and straight marks; each quotation still ends at its own closer.
    text = '“We’re going to build a wall," he said. "It’s going to be built.”'
    inner = [q.inner.text for q in segment(text).quotations]
    assert inner == ["We’re going to build a wall,", "It’s going to be built."]
    # A closer typed as an opener after punctuation closes; a straight quote opening a word nests and closes nothing.
    assert [q.inner.text for q in segment("“It's unusual,“ said Noble.").quotations] == ["It's unusual,"]
    nested = segment('“He told me "no" twice,” she said.').quotations
    assert [q.inner.text for q in nested] == ['He told me "no" twice,']
    assert [q.inner.text for q in segment('"A "quoted" word," he said.').quotations] == ['A "quoted" word,']


def _rule(**data: object) -> BoilerplateRule:
    meta = RuleMeta("t.s.boilerplate", "boilerplate", Severity.INFO, "segmentation", Examples((), ()), "t", 1)
    built = build_rule(meta, dict(data))
    assert isinstance(built, BoilerplateRule)
    return built


def test_furniture_patterns_match_whole_paragraphs_only() -> None:
    rule = _rule(patterns=[r"photo:\s*\S.{0,60}"])
    text = "Talks ended.\n\nPhoto: Jane Roe/AP\n\nThe photo: it showed the mayor.\n\nMore."
    seg = segment(text, furniture=[rule])
    assert [b.text for b in seg.boilerplate] == ["Photo: Jane Roe/AP"]
    assert "Photo: Jane Roe/AP" not in [s.text for s in seg.sentences]


def test_a_widget_block_runs_from_its_opener_through_its_closer_and_its_trailing_question() -> None:
    block = {"start": "take our poll.*", "until": ".*privacy policy.*", "within": 4, "then": r"who[^?]*\?"}
    rule = _rule(blocks=[block])
    lines = ["Talks ended.", "take our poll - story continues below", "Email *", "You agree to our Privacy Policy.",
             "Who is the most corrupt?", "The talks resume.", "Who knows?"]
    seg = segment("\n".join(lines), furniture=[rule])
    assert [b.text for b in seg.boilerplate] == lines[1:5]
    # Without a closer in reach only the opener is furniture.
    far = segment("\n".join([lines[0], lines[1], *["Body line."] * 5, lines[3]]), furniture=[rule])
    assert [b.text for b in far.boilerplate] == [lines[1]]


_FURNITURE_PATTERNS = (
    LazyRegex(r"read more\W*", regex.I),
    LazyRegex(r"(?:photo|image):\s*\S.{0,20}", regex.I),
    LazyRegex(r"(share) this", regex.I),  # a group: matched alone, not inside the alternation
    LazyRegex(r"(?s)ad.*", regex.I),  # a global flag: alone too
    LazyRegex(r"Getty", 0),  # other flags: an alternation of its own
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["read", " more", ":", "Photo", "image", " x", "share", " this", "ad", "\n", "Getty"])))
def test_joined_furniture_patterns_match_as_the_patterns_one_by_one(pieces: list[str]) -> None:
    line = "".join(pieces)
    expected = any(_matches(pattern, line) for pattern in _FURNITURE_PATTERNS)
    assert _matches_any(_alternations(_FURNITURE_PATTERNS), line) == expected


def test_a_pattern_that_runs_out_of_time_does_not_hide_another_that_matches() -> None:
    slow = LazyRegex(r"(?:(?:a|aa)+)+b", regex.I)  # catastrophic backtracking on a run of a's without a b
    patterns = (slow, LazyRegex(r"a+c", regex.I))
    joined = _alternations(patterns)
    assert len(joined) == 1 and joined[0][0] is not None  # one alternation, which times out on this line
    assert _matches_any(joined, "a" * 40 + "c")


_BOOK_FURNITURE = tuple(load_rulebook().furniture)
_LINE_PIECES = ["Read more", "share", " this", "Photo", ": ", "delivered", " to your inbox", "ſhare", "İ", "x",
                "take our poll", " By clicking", " you agree to", " our privacy policy", "Getty Images", ".", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30))
def test_the_sieve_keeps_every_line_a_furniture_pattern_matches(pieces: list[str]) -> None:
    # Lines are skipped when they lack a pattern's opening or literal words; tried one and all, nothing changes.
    paras = paragraphs("".join(pieces))
    rules = (*_BOOK_FURNITURE, _rule(blocks=[{"start": "take our poll.*", "until": ".*policy.*", "within": 2}]))
    with patch.object(segment_module, "_sieve", lambda patterns: _Sieve((), (), True)):
        expected = furniture_paragraphs(paras, frozenset(), rules)
    assert furniture_paragraphs(paras, frozenset(), rules) == expected


def _title_cased_by_every_word(body: str) -> bool:
    """title_cased as first written: every word found, the short ones dropped after."""
    significant = [w for w in re.findall(r"[^\W\d_][\w'’-]*", body) if len(w) >= 4]
    capitals = sum(w[0].isupper() for w in significant)
    return len(significant) >= 3 and capitals >= 0.8 * len(significant)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aBcD9_'’- .ǅßÉİx", max_size=40))
def test_title_case_finds_only_the_long_words_and_agrees(body: str) -> None:
    assert title_cased(body) == _title_cased_by_every_word(body)
