"""Voice on the seed article: every loaded term says whose words it is, and whose speaker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.core.pipeline import annotate_text
from provenance.core.stages.voice import VoiceIndex
from provenance.model import Document
from provenance.ruleset.rulebook import Rulebook

# (term, voice, speaker id) for every loaded-term hit in the seed article, in text order.
EXPECTED = [
    ("Daesh", "headline", "russia"),
    ("terrorists", "headline", "russia"),
    ("Daesh", "quoted", "maria-zakharova"),
    ("terrorists", "quoted", "maria-zakharova"),
    ("extremists", "paraphrase", "maria-zakharova"),
    ("terrorists", "quoted", "maria-zakharova"),  # a quote-only paragraph carrying on her words
    ("Daesh", "paraphrase", "russian-defense-ministry"),  # "anti-Daesh operation"
    ("illegal military presence", "quoted", "russian-defense-ministry"),
    ("Daesh", "paraphrase", "russian-defense-ministry"),
    ("unprovoked attack", "quoted", "us-led-coalition"),
    ("slammed", "narrator", None),  # the outlet's own verb for what state TV said
    ("new aggression", "quoted", "syrian-state-tv"),
    ("an attempt to support terrorism", "quoted", "syrian-state-tv"),
]


def test_every_loaded_term_has_its_voice_and_speaker(sample: Document) -> None:
    found = [(f.span.text, f.voice.value, f.speaker) for f in sample.findings if f.category == "loaded-term"]
    assert found == EXPECTED


def test_the_subheading_is_narrator_voice(sample: Document) -> None:
    subheadings = [s.text for s in sample.segmentation.subheadings]
    assert "US Attack Against Pro-Government Syrian Militias" in subheadings
    assert not any(f.voice.value == "headline" and f.span.start > 200 for f in sample.findings)


def _scan_voice(start: int, end: int, doc: Document) -> tuple[str, str | None]:
    """The plain scan VoiceIndex replaces: first covering content in attribution order, then quotations."""
    seg, attributions = doc.segmentation, doc.attributions

    def covers(a: int, b: int) -> bool:
        return a <= start and end <= b

    owner = next((a for a in attributions if a.content and covers(a.content.start, a.content.end)), None)
    if seg.headline is not None and covers(seg.headline.start, seg.headline.end):
        return "headline", owner.speaker if owner else None
    quote = next((q for q in seg.quotations if covers(q.inner.start, q.inner.end)), None)
    if quote is not None:
        if owner is None:
            owner = next((a for a in attributions if a.content and a.kind.value != "indirect"
                          and a.content.start <= quote.span.end and quote.span.start <= a.content.end), None)
        return "quoted", owner.speaker if owner else None
    return ("paraphrase", owner.speaker) if owner else ("narrator", None)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_index_agrees_with_a_plain_scan(sample: Document, data: st.DataObject) -> None:
    index = VoiceIndex(sample.segmentation, sample.attributions)
    start = data.draw(st.integers(0, len(sample.text)))
    end = data.draw(st.integers(start, min(len(sample.text), start + 80)))
    voice, speaker = index.voice_of(start, end)
    assert (voice.value, speaker) == _scan_voice(start, end, sample)


def _voices(book: Rulebook, text: str) -> list[tuple[str, str]]:
    doc = annotate_text(text, book)
    return [(f.span.text, f.voice.value) for f in doc.findings if f.category == "loaded-term"]


def test_a_quotation_broken_over_lines_stays_quoted_to_its_closing_mark(book: Rulebook) -> None:
    text = (
        "Bishop speaks\n\nThe bishop spoke on Sunday.\n“This is a disgraceful situation.\n"
        "The regime in Rome has betrayed us.\nWe will not accept this sham,” Bishop Ann Lee said.\n"
        "Critics slammed the speech.\n"
    )
    assert _voices(book, text) == [
        ("disgraceful", "quoted"), ("regime", "quoted"), ("sham", "quoted"), ("slammed", "narrator")
    ]


def test_an_unclosed_quotation_carries_nothing_past_a_reopened_one(book: Rulebook) -> None:
    text = "Bishop speaks\n\n“This is disgraceful.\n“The regime has betrayed us.”\nThe regime replied.\n"
    assert _voices(book, text)[-1] == ("regime", "narrator")


def test_single_quotation_marks_in_a_headline_quote_someone(book: Rulebook) -> None:
    text = "Senator lashes out at 'corrupt' media as Assad's regime looms\n\nThe senator spoke on Saturday.\n"
    assert _voices(book, text) == [("lashes out", "headline"), ("corrupt", "quoted"), ("regime", "headline")]


def test_a_readers_letter_is_the_writers_voice(book: Rulebook) -> None:
    letter = "Letters: Save our valley\n\nSir,\n\nThe plan is a farce.\n\nYours faithfully,\nMargaret Hollis\n"
    assert _voices(book, letter) == [("farce", "quoted")]
    assert _voices(book, letter.replace("Yours faithfully,", "Margaret walks here.")) == [("farce", "narrator")]


def test_the_writers_own_first_person_is_the_narrator(book: Rulebook) -> None:
    text = (
        "Council spending\n\nWe can reveal that the council wasted millions on a shameful vanity project.\n"
        "The mayor said the project was a disgraceful waste.\n"
    )
    expected = [("shameful", "narrator"), ("vanity project", "narrator"), ("disgraceful", "paraphrase")]
    assert _voices(book, text) == expected


def test_a_claim_sourced_with_according_to_is_in_the_outlets_words(book: Rulebook) -> None:
    text = (
        "Town shelled\n\nRegime forces shelled the town on Thursday, according to a monitoring group.\n"
        "The monitoring group said regime forces also hit a school.\n"
    )
    assert _voices(book, text) == [("Regime", "narrator"), ("regime", "paraphrase")]
