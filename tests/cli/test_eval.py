"""`provenance eval ...` end to end: exit codes, warnings that name file:line, both formats."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from provenance.cli.main import app
from tests.evaluation.test_brat import write_corpus

runner = CliRunner()
TEXT = "The mayor said the bridge would reopen.\n"
ANN = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 38\tthe bridge would reopen\n"


def test_attribution_json_scores_the_corpus(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "gold", {"mayor": (TEXT, ANN)})
    result = runner.invoke(app, ["eval", "attribution", "--gold", str(root), "--format", "json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["documents"] == 1
    assert body["scores"]["Cue"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert set(body["scores"]) == {"Cue", "Source", "Content"}


def test_attribution_text_report_lists_misses_sanitised(tmp_path: Path) -> None:
    text = "Officials insisted the \x1b[31mroad\x1b[0m was safe.\n"
    ann = "T1\tCue 37 40\twas\n"  # a cue nothing predicts, so the sentence is listed as a miss
    root = write_corpus(tmp_path / "gold", {"a": (TEXT, ANN), "b": (text, ann)})
    result = runner.invoke(app, ["eval", "attribution", "--gold", str(root), "--show", "5"])
    assert result.exit_code == 0, result.output
    assert "attribution" in result.stdout and "2 documents" in result.stdout
    assert "\x1b" not in result.stdout
    assert "b: Officials insisted the \u241b[31mroad\u241b[0m ⟦was⟧ safe." in result.stdout


def test_missing_gold_folder_exits_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    result = runner.invoke(app, ["eval", "attribution", "--gold", str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.stderr
    assert "Traceback" not in result.output


def test_garbled_gold_folder_exits_2(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["eval", "attribution", "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert "attributions" in result.stderr


def test_broken_ann_line_warns_with_file_and_line_and_scores_the_rest(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "gold", {"mayor": (TEXT, "T1\tSource zero nine\n" + ANN)})
    result = runner.invoke(app, ["eval", "attribution", "--gold", str(root), "-f", "json"])
    assert result.exit_code == 0
    assert "mayor_ab12.ann:1:1: cannot read this annotation line" in result.stderr
    assert json.loads(result.stdout)["scores"]["Cue"]["tp"] == 1


def test_loaded_json_with_explicit_categories(tmp_path: Path) -> None:
    from tests.evaluation.test_loaded import write_ptc

    text = "The regime shelled the town.\n"
    root = write_ptc(tmp_path / "ptc", {"7": text}, "7\tLoaded_Language\t4\t10\n7\tDoubt\t11\t18\n")
    result = runner.invoke(app, ["eval", "loaded", "--gold", str(root), "-f", "json", "--category", "nothing-such"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["scores"]["Loaded"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert body["misses"]["Loaded"][0]["group"] == "regime"


def test_loaded_voice_option_scores_only_that_voice(tmp_path: Path) -> None:
    from tests.evaluation.test_loaded import write_ptc

    text = "The regime shelled the town.\n"
    root = write_ptc(tmp_path / "ptc", {"7": text}, "7\tLoaded_Language\t4\t10\n")
    scores = {}
    for voice in ("narrator", "quoted"):
        result = runner.invoke(app, ["eval", "loaded", "--gold", str(root), "-f", "json", "--voice", voice])
        assert result.exit_code == 0, result.output
        scores[voice] = json.loads(result.stdout)["scores"]["Loaded"]["tp"]
    assert scores == {"narrator": 1, "quoted": 0}  # "regime" is the narrator's word


def test_loaded_missing_or_garbled_gold_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "loaded", "--gold", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert str(tmp_path / "none") in result.stderr
    (tmp_path / "articles").mkdir()
    result = runner.invoke(app, ["eval", "loaded", "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert "train-task2-TC.labels" in result.stderr


def test_speakers_scores_a_made_up_article(tmp_path: Path) -> None:
    from tests.evaluation.speakers_fixtures import gold_line, gold_speaker, write_gold

    (tmp_path / "a.txt").write_text(
        "A new bridge for Riverton\n\nMayor Janet Cole said the bridge would open in May.\n", encoding="utf-8"
    )
    gold = write_gold(
        tmp_path / "gold.jsonl",
        [gold_line("a.txt", "A new bridge for Riverton", [gold_speaker("Janet Cole", "person", "Cole")])],
    )
    result = runner.invoke(app, ["eval", "speakers", "--gold", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["speakers"]["precision"]["value"] == 1.0 and figures["headline"]["matched"] == 1, figures


def test_speakers_names_a_missing_article(tmp_path: Path) -> None:
    from tests.evaluation.speakers_fixtures import gold_line, write_gold

    gold = write_gold(tmp_path / "gold.jsonl", [gold_line("gone.txt", None, [])])
    result = runner.invoke(app, ["eval", "speakers", "--gold", str(gold), "--root", str(tmp_path)])
    assert result.exit_code == 2
    assert "article not found" in result.stderr and "gone.txt" in result.stderr
