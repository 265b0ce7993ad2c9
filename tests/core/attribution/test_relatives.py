"""A cue in a relative clause credits the antecedent, and a comma-set relative ends before the main verb."""

from __future__ import annotations

from provenance import annotate
from tests.core.attribution.found import found


def test_the_antecedent_speaks_through_the_relative_pronoun() -> None:
    doc = annotate("The talks were hard, according to an architect who said he was stiffed.")
    said = next(a for a in doc.attributions if a.cue is not None and a.cue.text == "said")
    assert said.source is not None and said.source.text == "who"
    assert said.content is not None and said.content.text == "he was stiffed"


def test_a_comma_set_relative_ends_at_the_comma_before_the_main_verb() -> None:
    assert found("The spokesman, who declined to give details, said the plan was sound.") == [
        ("declined", "who", "to give details"),
        ("said", "The spokesman", "the plan was sound"),
    ]


def test_a_comma_before_a_quotation_does_not_end_it() -> None:
    text = "Stevie Wonder, who joked of the museum, “I haven't seen it yet, but I'm going to.”"
    joked = [a for a in found(text) if a[0] == "joked"]
    assert joked and "seen it yet" in joked[0][2]
