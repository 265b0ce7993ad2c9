"""Corpus figures: counted from Documents, speakers merged across articles by normalised name."""

from __future__ import annotations

from dataclasses import replace

from provenance.core.pipeline import annotate_text
from provenance.model import Document, Voice
from provenance.model.corpus import normalised_name, summarize, title_of
from provenance.ruleset.rulebook import Rulebook

OTHER = (
    "Council rejects the regime's bridge plan\n\n"
    "Maria Zakharova said the plan had been slammed by the council.\n\n"
    "Officials said the regime would not comment. The council has yet to comment on the plan.\n"
)


def test_summary_adds_up_articles(book: Rulebook, sample: Document) -> None:
    other = annotate_text(OTHER, book, "other.txt")
    s = summarize([sample, other], skipped=2)
    assert (s.articles, s.skipped) == (2, 2)
    assert s.words == sum(d.readability.words for d in (sample, other) if d.readability)
    assert s.attributions == len(sample.attributions) + len(other.attributions)
    assert [r.title for r in s.rows] == [
        "US safe zone in Syria helps Daesh terrorists hide from gov’t forces – Russia",
        "Council rejects the regime's bridge plan",
    ]
    # Zakharova speaks in both articles and counts once.
    named = {normalised_name(sp.name) for d in (sample, other) for sp in d.speakers if not sp.anonymous}
    assert s.distinct_speakers == len(named) < len(sample.speakers) + len(other.speakers)
    top = {t.name: t for t in s.top_speakers}
    assert top["Maria Zakharova"].articles == 2
    assert s.anonymous_speakers == sum(r.anonymous for r in s.rows) >= 1
    assert 0 < s.anonymous_share < 1
    regime = next(t for t in s.top_terms if t.name == "regime")
    assert (regime.count, regime.articles, regime.note) == (2, 1, "government")


def test_terms_split_by_voice(book: Rulebook, sample: Document) -> None:
    s = summarize([sample])
    terms = [f for f in sample.findings if f.category in ("loaded-term", "hedge")]
    assert s.loaded(Voice) == len(terms)
    own = sum(1 for f in terms if f.voice in (Voice.NARRATOR, Voice.HEADLINE))
    assert s.loaded((Voice.NARRATOR, Voice.HEADLINE)) == own == s.rows[0].loaded_own
    labelling = next(c for c in s.term_categories if c.label == "labelling")
    assert labelling.count(Voice.QUOTED) == sum(1 for f in terms if f.label == "labelling" and f.voice is Voice.QUOTED)


def test_state_media_counted_and_news_agencies_not(book: Rulebook, sample: Document) -> None:
    wire = annotate_text("WASHINGTON (Reuters) - The Senate voted on Tuesday, a senator said.", book, "wire.txt")
    s = summarize([sample, wire])
    assert [r.state_affiliated for r in s.rows] == [2, 0]  # Sputnik and Syrian state TV; Reuters is an agency
    assert {t.name: t.note for t in s.affiliated_outlets}["Reuters"] == "news agency"


def test_readability_spread_and_empty_corpus(book: Rulebook, sample: Document) -> None:
    other = annotate_text(OTHER, book, "other.txt")
    s = summarize([sample, other, replace(other, readability=None)])
    assert s.readability is not None
    assert s.readability.low <= s.readability.median <= s.readability.high
    assert summarize([]).readability is None and summarize([]).anonymous_share == 0.0


def test_title_falls_back_to_file_name(book: Rulebook) -> None:
    assert title_of(annotate_text("The mayor said the bridge would reopen.", book, "a/b/bridge.txt")) == "bridge.txt"


def test_surnames_and_courtesy_titles_fold_into_the_full_name(book: Rulebook) -> None:
    texts = [
        *(f"Donald Trump said the wall would be built by {year}." for year in (2017, 2018, 2019)),
        "Trump said the plan was ready.",
        "Mr. Trump said he would win.",
        "Eric Trump said the rally was full.",
    ]
    docs = [annotate_text(text, book, f"{n}.txt") for n, text in enumerate(texts)]
    top = {t.name: (t.count, t.articles) for t in summarize(docs).top_speakers}
    # "Trump" and "Mr. Trump" are one key; Donald Trump dominates the surname, so it takes them.
    assert top["Donald Trump"] == (5, 5)
    assert top["Eric Trump"] == (1, 1)
    assert normalised_name("Mr. Trump") == normalised_name("Trump") == "trump"


def test_a_surname_shared_by_equals_stays_apart(book: Rulebook) -> None:
    texts = ["Donald Trump said yes.", "Eric Trump said no.", "Trump said maybe."]
    docs = [annotate_text(text, book, f"{n}.txt") for n, text in enumerate(texts)]
    assert {t.name for t in summarize(docs).top_speakers} == {"Donald Trump", "Eric Trump", "Trump"}


def test_a_group_does_not_fold_into_an_institution(book: Rulebook) -> None:
    texts = ["House Republicans said the bill would pass.", "Republicans said the vote was close."]
    docs = [annotate_text(text, book, f"{n}.txt") for n, text in enumerate(texts)]
    assert {t.name for t in summarize(docs).top_speakers} == {"House Republicans", "Republicans"}


def test_a_group_does_not_fold_into_a_common_noun_phrase(book: Rulebook) -> None:
    texts = ["A handful of Democrats said the bill would pass.", "Democrats said the vote was close."]
    docs = [annotate_text(text, book, f"{n}.txt") for n, text in enumerate(texts)]
    assert "Democrats" in {t.name for t in summarize(docs).top_speakers}
