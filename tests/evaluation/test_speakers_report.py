"""Text and JSON renderings of a speakers evaluation: the figures, the worst articles, inert article text."""

from __future__ import annotations

import json

from provenance.evaluation.speakers import SpeakersEvaluation, score_article
from provenance.evaluation.speakers_gold import parse_line
from provenance.evaluation.speakers_report import speakers_json, speakers_text
from provenance.model import SpeakerKind
from tests.evaluation.speakers_fixtures import document, gold_accused, gold_line, gold_speaker, reply, speaker

HOSTILE = "Evil\x1b[31m Corp\u202e"


def evaluation() -> SpeakersEvaluation:
    line = gold_line(
        "news/a.txt",
        "Real headline",
        [gold_speaker("Janet Cole", "person", "the mayor"), gold_speaker("critics", "group")],
        [gold_accused("Acme Ltd"), gold_accused("Zenith", "heard")],
    )
    article, problems = parse_line(json.dumps(line), "gold.jsonl", 1)
    assert article is not None and not problems
    doc = document(
        [speaker("Cole"), speaker("mayor", SpeakerKind.ANONYMOUS), speaker(HOSTILE)],
        replies=[reply("Acme"), reply("Zenith")],
        headline="Wrong headline",
    )
    clean_line = gold_line("news/b.txt", None, [gold_speaker("Tom Reed")])
    clean, _ = parse_line(json.dumps(clean_line), "gold.jsonl", 2)
    assert clean is not None
    return SpeakersEvaluation(
        "gold.jsonl", (score_article(clean, document([speaker("Reed")])), score_article(article, doc))
    )


def test_text_has_the_figures_and_the_worst_article_with_its_errors() -> None:
    text = speakers_text(evaluation(), show=5)
    assert "speakers: 2 articles, gold gold.jsonl" in text
    assert "0.750 / 0.667 / 0.706" in text  # 3 of 4 predicted, 2 of 3 gold
    assert "speaker kinds right                 2 / 3" in text
    assert "0 pairs have gold kind group" in text
    assert "kinds wrong (found for gold)      anonymous for person 1" in text
    assert "not-heard rows P / R                0.500 / 1.000" in text
    assert "headline exact                      1 / 2" in text
    worst = text.split("worst 1 articles", 1)[1]
    assert "news/a.txt" in worst and "news/b.txt" not in worst  # b has no errors
    assert "missed speakers: “critics” (group)" in worst
    assert "split: “Janet Cole” ← “Cole” + “mayor”" in worst
    assert "kind wrong: “mayor” anonymous, gold person" in worst
    assert "false not-heard rows: “Zenith” (gold: heard)" in worst
    assert "headline: found “Wrong headline”; gold “Real headline”" in worst


def test_article_text_is_made_inert_in_the_text_report() -> None:
    text = speakers_text(evaluation(), show=5)
    assert "\x1b" not in text and "\u202e" not in text
    assert "Evil␛[31m Corp<U+202E>" in text


def test_show_zero_prints_only_the_figures() -> None:
    text = speakers_text(evaluation(), show=0)
    assert "worst" not in text and "news/a.txt" not in text


def test_json_has_the_same_figures_and_every_article() -> None:
    body = speakers_json(evaluation())
    json.dumps(body)  # plain JSON types only
    assert body["speakers"]["precision"] == {"matched": 3, "total": 4, "value": 0.75}
    assert body["speakers"]["f1"] == 0.7059
    assert body["kinds"] == {
        "matched": 2,
        "total": 3,
        "value": 0.6667,
        "group_pairs": 0,
        "wrong": [{"found": "anonymous", "gold": "person", "count": 1}],
    }
    assert body["split"] == 1
    assert body["not_heard"]["precision"]["matched"] == 1 and body["not_heard"]["recall"]["total"] == 1
    assert body["headline"]["matched"] == 1
    detail = body["details"][1]
    assert detail["missed_speakers"] == ["critics"]
    assert detail["split_speakers"] == {"Janet Cole": ["Cole", "mayor"]}
    assert detail["false_not_heard"] == ["Zenith"]
    assert detail["headline"] == {"found": "Wrong headline", "gold": "Real headline", "right": False}
