"""Voice on the seed article: every loaded term says whose words it is, and whose speaker."""

from __future__ import annotations

from provenance.model import Document

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
