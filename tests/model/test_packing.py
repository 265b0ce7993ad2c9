"""A pickled Document carries its text once, its spans as offsets, and comes back equal."""

from __future__ import annotations

import copy
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from provenance.core.annotate import annotate
from provenance.model import AttributionKind, Document, ReplyStatus, Severity, Span, SpeakerKind, Voice
from provenance.ruleset.rulebook import Rulebook

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_the_sample_comes_back_equal(sample: Document, protocol: int) -> None:
    assert sample.speakers and sample.findings and sample.segmentation.quotations  # every kind of part is there
    back = pickle.loads(pickle.dumps(sample, protocol))
    assert back == sample
    assert [type(s.span) for s in back.findings] == [Span] * len(back.findings)


def test_each_sentence_travels_once(sample: Document) -> None:
    blob = pickle.dumps(sample)
    for sentence in sample.segmentation.sentences:
        assert blob.count(sentence.text.encode("utf-8")) == 1, sentence.text


@pytest.mark.parametrize("name", ["article.html", "article.md", "web/news-page.html"])
def test_markup_comes_back_equal(book: Rulebook, name: str) -> None:
    path = FIXTURES / name
    doc = annotate(path.read_text(encoding="utf-8"), book, str(path))
    assert doc.display is not None
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert copy.deepcopy(doc) == doc


def test_a_span_whose_text_is_not_its_slice_keeps_its_text(sample: Document) -> None:
    furniture = Span(0, 10, "")  # page furniture is kept with no text
    odd = replace(sample, segmentation=replace(sample.segmentation, boilerplate=(furniture,)))
    back = pickle.loads(pickle.dumps(odd))
    assert back.segmentation.boilerplate == (furniture,) and back == odd


@pytest.mark.parametrize("member", [*Severity, *Voice, *AttributionKind, *SpeakerKind, *ReplyStatus])
def test_enumeration_members_come_back_as_themselves(member: object) -> None:
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(member, protocol)) is member
    assert copy.copy(member) is member and copy.deepcopy(member) is member
