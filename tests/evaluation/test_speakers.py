"""The speakers scorer on hand-made gold: matching, splits, kinds, not-heard rows, headlines, whole runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from provenance import annotate
from provenance.errors import ProvenanceError
from provenance.evaluation.speakers import (
    SpeakersEvaluation,
    credited_speakers,
    evaluate_speakers,
    gold_partner,
    guess_root,
    score_article,
)
from provenance.evaluation.speakers_gold import GoldArticle, parse_line
from provenance.model import Document, ReplyStatus, SpeakerKind
from tests.evaluation.speakers_fixtures import (
    document,
    gold_accused,
    gold_line,
    gold_speaker,
    reply,
    speaker,
    write_gold,
)


def gold(
    file: str = "a.txt",
    headline: str | None = None,
    speakers: list[dict[str, Any]] | None = None,
    accused: list[dict[str, Any]] | None = None,
) -> GoldArticle:
    """A parsed gold article, through the same parser the gold file goes through."""
    article, problems = parse_line(json.dumps(gold_line(file, headline, speakers, accused)), "gold.jsonl", 1)
    assert not problems and article is not None
    return article


MAYOR = [
    gold_speaker("Janet Cole", "person", "Mayor Cole", "the mayor of Springfield"),
    gold_speaker("City Council", "institution"),
]


@pytest.mark.parametrize(
    ("name", "partner"),
    [
        ("Janet Cole", 0),
        ("Cole", 0),  # a subset of the name
        ("Mayor Cole", 0),  # equal to an alias
        ("mayor", 0),  # a subset of an alias, case ignored
        ("Cole’s", 0),  # possessive dropped
        ("Mr. Cole", 0),  # an abbreviated title is not a content word
        ("The City Council", 1),  # determiner dropped
        ("Janet Cole Council", None),  # words from two gold speakers: a subset of neither
        ("Janet mayor", None),  # subset of the union of name and alias but of no single form
        ("the", None),  # no content words at all
        ("Mr.", None),
        ("Tom Reed", None),
    ],
)
def test_a_predicted_name_matches_when_its_content_words_are_in_one_gold_form(name: str, partner: int | None) -> None:
    assert gold_partner(name, gold(speakers=MAYOR)) == partner


def test_a_name_in_two_gold_speakers_pairs_with_the_first_only() -> None:
    article = gold(speakers=[gold_speaker("European leaders", "group"), gold_speaker("Central European leaders")])
    score = score_article(article, document([speaker("leaders")]))
    assert [p.gold for p in score.speakers] == [0]
    assert score.missed_speakers == (1,)


def test_a_name_pairs_with_the_gold_form_it_fills_best() -> None:
    article = gold(
        speakers=[
            gold_speaker("Minyon Moore", "person", "a senior adviser to the Clinton campaign"),
            gold_speaker("the Clinton campaign", "institution", "the campaign"),
        ]
    )
    assert gold_partner("Clinton campaign", article) == 1
    assert gold_partner("adviser", article) == 0
    assert gold_partner("campaign", article) == 1  # an exact alias beats a longer form


def test_only_speakers_some_attribution_points_to_are_scored() -> None:
    doc = document([speaker("Janet Cole"), speaker("Tom Reed")], credited=["Janet Cole"])
    assert [s.name for s in credited_speakers(doc)] == ["Janet Cole"]
    score = score_article(gold(speakers=MAYOR), doc)
    assert score.false_speakers == ()


def test_precision_recall_and_false_and_missed_speakers() -> None:
    doc = document([speaker("Cole"), speaker("Monday"), speaker("Tom Reed")])
    evaluation = SpeakersEvaluation("g", (score_article(gold(speakers=MAYOR), doc),))
    assert (evaluation.precision.matched, evaluation.precision.total) == (1, 3)
    assert (evaluation.recall.matched, evaluation.recall.total) == (1, 2)
    assert evaluation.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    score = evaluation.articles[0]
    assert [p.name for p in score.false_speakers] == ["Monday", "Tom Reed"]
    assert score.missed_speakers == (1,)


def test_a_gold_speaker_found_under_two_names_is_split_once_and_recalled_once() -> None:
    doc = document([speaker("Janet Cole"), speaker("the mayor", sid="mayor"), speaker("Cole", sid="cole")])
    evaluation = SpeakersEvaluation("g", (score_article(gold(speakers=MAYOR), doc),))
    assert evaluation.split == 1
    assert evaluation.precision.matched == 3
    assert evaluation.recall.matched == 1


def test_two_speakers_with_one_name_but_two_ids_are_a_split() -> None:
    doc = document([speaker("Cole", sid="c1"), speaker("Cole", sid="c2")])
    assert score_article(gold(speakers=MAYOR), doc).split_speakers == (0,)


def test_kinds_are_compared_per_pair_and_a_gold_group_is_always_wrong() -> None:
    article = gold(speakers=[*MAYOR, gold_speaker("critics", "group")])
    doc = document(
        [
            speaker("Cole"),
            speaker("Council", SpeakerKind.PERSON),
            speaker("critics", SpeakerKind.ANONYMOUS),
        ]
    )
    evaluation = SpeakersEvaluation("g", (score_article(article, doc),))
    assert (evaluation.kinds.matched, evaluation.kinds.total) == (1, 3)
    assert evaluation.group_pairs == 1
    assert [p.name for p in evaluation.articles[0].wrong_kinds] == ["Council", "critics"]


def test_not_heard_rows_match_a_not_sought_party_by_word_containment_either_way() -> None:
    article = gold(
        accused=[
            gold_accused("the US-led coalition", "not-sought", "coalition aircraft"),
            gold_accused("Damascus", "not-sought", "the Syrian government"),
            gold_accused("Washington", "heard"),
            gold_accused("ISNA", "not-sought"),
        ]
    )
    rows = [
        reply("the US-led coalition’s aircraft"),  # contains the party's words
        reply("government"),  # contained in an alias
        reply("Washington"),  # a heard party: a false not-heard row
        reply("lightning"),  # nobody
        reply("ISNA", ReplyStatus.REPLIED),  # not a not-sought row, so it does not find ISNA
    ]
    score = score_article(article, document([], replies=rows))
    evaluation = SpeakersEvaluation("g", (score,))
    assert (evaluation.not_heard_precision.matched, evaluation.not_heard_precision.total) == (2, 4)
    assert (evaluation.not_heard_recall.matched, evaluation.not_heard_recall.total) == (2, 3)
    assert [r.party for r in score.false_not_heard] == ["Washington", "lightning"]
    assert score.missed_not_heard == (3,)
    # Any status: four rows name a gold party (Washington and ISNA too); lightning does not.
    assert (evaluation.accused_precision.matched, evaluation.accused_recall.matched) == (4, 4)


def test_headline_is_exact_up_to_whitespace() -> None:
    article = gold(headline="Flight attendants'  union endorses Clinton.")
    assert score_article(article, document([], headline=" Flight attendants' union\nendorses Clinton.")).headline_right
    assert not score_article(article, document([], headline="Flight attendants' union endorses Clinton")).headline_right
    assert not score_article(article, document([])).headline_right


def test_a_null_gold_headline_is_right_only_when_none_is_found() -> None:
    article = gold(headline=None)
    assert score_article(article, document([])).headline_right
    assert not score_article(article, document([], headline="By Staff Reporter")).headline_right


def test_errors_order_the_worst_articles_first() -> None:
    clean = score_article(gold(file="a", speakers=MAYOR[:1]), document([speaker("Cole")]))
    bad = score_article(gold(file="b", speakers=MAYOR, headline="H"), document([speaker("Monday")]))
    evaluation = SpeakersEvaluation("g", (clean, bad))
    assert bad.errors == 4  # one false speaker, two missed, the headline
    assert [a.gold.file for a in evaluation.worst(5)] == ["b"]


ARTICLE = """Council approves park plan

Mayor Janet Cole said on Monday that the park would open in May. "It is a good day for the city," Cole said.

The opposition leader, Tom Reed, said the plan was too expensive.
"""


def _annotate(text: str, path: str) -> Document:
    return annotate(text, path=path)


def test_evaluate_speakers_reads_the_gold_and_articles_and_annotates_each(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "park.txt").write_text(ARTICLE, encoding="utf-8")
    line = gold_line(
        "news/park.txt",
        "Council approves park plan",
        [gold_speaker("Janet Cole", "person", "Cole"), gold_speaker("Tom Reed", "person", "the opposition leader")],
    )
    seen: list[str] = []

    def annotate_and_record(text: str, path: str) -> Document:
        seen.append(path)
        return _annotate(text, path)

    evaluation = evaluate_speakers(write_gold(tmp_path / "gold.jsonl", [line]), tmp_path, annotate_and_record)
    assert seen == ["news/park.txt"]
    assert (evaluation.recall.matched, evaluation.recall.total) == (2, 2)
    assert evaluation.precision.matched == evaluation.precision.total
    assert evaluation.headlines.matched == 1
    # The same document against gold that lacks Tom Reed: he becomes a false speaker.
    reduced = gold_line("news/park.txt", "Council approves park plan", [gold_speaker("Janet Cole", "person")])
    fewer = evaluate_speakers(write_gold(tmp_path / "fewer.jsonl", [reduced]), tmp_path, _annotate)
    assert [p.name for p in fewer.articles[0].false_speakers] == ["Tom Reed"]


def test_an_annotated_accusation_without_reply_is_a_not_heard_row(tmp_path: Path) -> None:
    text = (
        "Ministry accuses rebels of attack\n\nThe Defense Ministry said the Northern Front attacked a convoy near the "
        'border. "The Northern Front attacked our soldiers," the ministry said in a statement.\n'
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    line = gold_line(
        "a.txt",
        "Ministry accuses rebels of attack",
        [gold_speaker("Defense Ministry", "institution", "the ministry")],
        [gold_accused("the Northern Front")],
    )
    evaluation = evaluate_speakers(write_gold(tmp_path / "g.jsonl", [line]), tmp_path, _annotate)
    assert (evaluation.not_heard_recall.matched, evaluation.not_heard_recall.total) == (1, 1)
    assert evaluation.not_heard_precision.matched == evaluation.not_heard_precision.total


def test_a_missing_article_is_named_with_the_gold_line(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "gold.jsonl", [gold_line("there.txt"), gold_line("gone.txt")])
    (tmp_path / "there.txt").write_text("Text.\n", encoding="utf-8")
    with pytest.raises(ProvenanceError) as caught:
        evaluate_speakers(path, tmp_path, _annotate)
    assert [(p.line, p.key_path) for p in caught.value.problems] == [(2, "file")]
    assert "gone.txt" in str(caught.value)


def test_the_root_is_guessed_as_the_nearest_folder_holding_every_article(tmp_path: Path) -> None:
    (tmp_path / "data" / "set").mkdir(parents=True)
    (tmp_path / "data" / "a.txt").write_text("A.\n", encoding="utf-8")
    gold_file = write_gold(tmp_path / "data" / "set" / "gold.jsonl", [gold_line("data/a.txt")])
    assert guess_root(gold_file) == tmp_path.resolve()
    lost = write_gold(tmp_path / "data" / "set" / "lost.jsonl", [gold_line("data/none.txt")])
    assert guess_root(lost) == (tmp_path / "data" / "set").resolve()
