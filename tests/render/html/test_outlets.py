"""Per-outlet grouping and figures behind the report charts."""

from __future__ import annotations

import os

from provenance import annotate
from provenance.model import Document
from provenance.model.corpus import article_row
from provenance.render.html.outlets import SOURCE_KINDS, by_outlet, outlet_names, source_kind, state_relays


def test_outlet_is_the_first_folder_below_the_shared_one() -> None:
    paths = ["corpus/nyt/2016/a.txt", "corpus/rt/b.txt", "corpus/nyt/c.txt", None]
    assert outlet_names(paths) == ["nyt", "rt", "nyt", "(standard input)"]


def test_files_in_one_folder_take_its_name() -> None:
    assert outlet_names(["news/a.txt", "news/b.txt"]) == ["news", "news"]
    assert outlet_names([os.path.join("x", "a.txt"), "b.txt"]) == ["x", os.path.basename(os.getcwd())]


def test_source_mix_counts_attributions_by_kind_of_speaker(sample_doc: Document) -> None:
    (figures,) = by_outlet([sample_doc], [article_row(sample_doc)])
    mix = dict(zip(SOURCE_KINDS, figures.sources, strict=True))
    assert sum(mix.values()) == len(sample_doc.attributions)
    expected = {kind: 0 for kind in SOURCE_KINDS}
    for attribution in sample_doc.attributions:
        expected[source_kind(sample_doc, attribution.speaker)] += 1
    assert mix == expected
    assert mix["anonymous"] == 2  # the unnamed US official, twice
    assert mix["named"] == 5  # Maria Zakharova


def test_loaded_terms_per_thousand_words(sample_doc: Document) -> None:
    row = article_row(sample_doc)
    (figures,) = by_outlet([sample_doc], [row])
    assert figures.loaded_per_1000 == row.loaded_own * 1000 / row.words
    assert figures.loaded_per_1000 > 0


def test_state_relays_count_articles_and_skip_news_agencies(sample_doc: Document) -> None:
    wire = annotate("The minister resigned, Reuters reported.\n\n(Reuters)", path="w.txt")
    (sputnik,) = state_relays([sample_doc, sample_doc, wire])
    assert (sputnik.name, sputnik.articles, sputnik.relays) == ("Sputnik", 2, 2)
    assert "state-controlled media" in sputnik.label
