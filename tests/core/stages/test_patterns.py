"""Pattern rules over paragraphs, and over runs of sentences when a paragraph is a scraped megabyte line."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import load_rulebook
from provenance.core.pipeline import annotate_text
from provenance.core.segment import segment
from provenance.core.stages import patterns
from provenance.core.stages.patterns import BLOCK_MAX, run_patterns
from provenance.ruleset.rulebook import Rulebook

FILLER = "The council met on Monday to discuss the budget for the coming year. "
NOTE = "The ministry did not respond to a request for comment. "


def test_a_note_inside_an_overlong_paragraph_is_still_found(book: Rulebook) -> None:
    half = FILLER * (BLOCK_MAX // len(FILLER))
    text = half + NOTE + half  # one paragraph, twice the block size
    doc = annotate_text(text, book, readability=False)
    assert [n.party.text for n in doc.missing_comments if n.party] == ["The ministry"]


def test_a_line_rule_needs_the_whole_paragraph(book: Rulebook) -> None:
    # "Source: Sputnik" as its own paragraph is a credit line; as the last sentence of an overlong paragraph,
    # where it lands in a run of its own, it is not.
    credit = "Source: Sputnik"
    assert [h.span.text for h in run_patterns(credit, segment(credit), book.patterns("relay"))] == [credit]
    filler = FILLER * (BLOCK_MAX // len(FILLER) - 1)
    filler += "Padding" + "a" * (BLOCK_MAX - len(filler) - len("Padding") - 2) + ". "  # a run of exactly the limit
    long = filler + credit
    assert len(filler) <= BLOCK_MAX < len(long)
    assert [h.span.text for h in run_patterns(long, segment(long), book.patterns("relay")) if h.rule.line] == []


def test_a_credit_line_may_end_with_a_full_stop(book: Rulebook) -> None:
    text = "The plan failed.\n\nArticle posted with permission from Pamela Geller.\n"
    doc = annotate_text(text, book, readability=False)
    assert [r.span.text for r in doc.relays] == ["Pamela Geller"]
    # The notice is the republisher's credit, not something "Article" posted.
    assert [a.cue.text for a in doc.attributions if a.cue] == []


def test_a_full_stop_does_not_extend_a_credit_line_into_a_sentence(book: Rulebook) -> None:
    text = "The plan failed.\n\nSource: Sputnik. The talks resume on Monday.\n"
    assert annotate_text(text, book, readability=False).relays == ()


_DATELINE_PIECES = st.sampled_from(["WASHINGTON", " (Reuters)", " - ", "MOSCOW, June 2.", " /TASS/.", "(AFP) –", "\n",
                                    "\n\n", "The mayor said so.", " Talks ended", " ", "NAIROBI, May 8", " (Xinhua) -"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_DATELINE_PIECES, max_size=25))
def test_a_pattern_ruled_out_for_the_whole_text_would_have_matched_no_paragraph(pieces: list[str]) -> None:
    # Datelines need no literal word, so each was tried in every paragraph; now once over the text first.
    book = load_rulebook()
    text = "".join(pieces)
    seg = segment(text, book.abbreviations)
    found = [(h.rule.meta.id, h.span) for h in run_patterns(text, seg, book.patterns("relay"))]
    with patch.object(patterns, "_nowhere", lambda text, budget, pattern: False):
        assert [(h.rule.meta.id, h.span) for h in run_patterns(text, seg, book.patterns("relay"))] == found


class _EveryParagraph(dict[str, list[int]]):
    """Every paragraph under every first character: the line rules' openings compared everywhere, as before."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def get(self, key: str, default: object = None) -> list[int]:  # type: ignore[override]
        return list(range(self.count))


_CREDIT_PIECES = st.sampled_from(["By Reuters", "by AP", "— Sputnik", "Source: Sputnik", "© 2024 RT", "Source", "\n\n",
                                  "The mayor said so.", " ", ".", "(Reuters)", "–", "This article first appeared"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_CREDIT_PIECES, max_size=20))
def test_line_rules_are_tried_where_a_paragraph_opens_with_their_first_character(pieces: list[str]) -> None:
    book = load_rulebook()
    text = "".join(pieces)
    seg = segment(text, book.abbreviations)
    found = [(h.rule.meta.id, h.span) for h in run_patterns(text, seg, book.patterns("relay"))]
    with patch.object(patterns, "_by_first", lambda lower, paragraphs: _EveryParagraph(len(paragraphs))):
        assert [(h.rule.meta.id, h.span) for h in run_patterns(text, seg, book.patterns("relay"))] == found
