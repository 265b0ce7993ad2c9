"""The command line end to end: formats, exit codes, errors that name the file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from provenance.cli.main import app
from tests.conftest import SAMPLE

runner = CliRunner()


def test_annotate_json_lines_for_several_files(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    result = runner.invoke(app, ["annotate", "--format", "json", str(SAMPLE), str(other)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["path"] for d in lines] == [str(SAMPLE), str(other)]
    assert [a["cue"]["text"] for a in lines[1]["attributions"]] == ["said"]


def test_missing_file_is_named_and_the_rest_still_runs(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    result = runner.invoke(app, ["annotate", "-f", "json", str(tmp_path / "missing.txt"), str(good)])
    assert result.exit_code == 2
    assert "missing.txt: no such file" in result.stderr
    assert json.loads(result.stdout)["path"] == str(good)


def test_broken_rules_folder_exits_2_with_location(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("ruleset: bad\nrules:\n  - id: x\n    type: nope\n", encoding="utf-8")
    result = runner.invoke(app, ["annotate", "--rules", str(tmp_path), str(SAMPLE)])
    assert result.exit_code == 2
    assert "bad.yaml:4:11: rules[0].type: expected one of" in result.stderr
    assert "Traceback" not in result.output


def test_stdin(sample_text: str) -> None:
    result = runner.invoke(app, ["annotate", "-f", "json", "-"], input=sample_text.encode("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["relays"][0]["outlet"] == "Sputnik"


def test_rules_test_and_validate() -> None:
    assert runner.invoke(app, ["rules", "validate"]).exit_code == 0
    result = runner.invoke(app, ["rules", "test"])
    assert result.exit_code == 0, result.output
    assert " passed, 0 failed" in result.stdout


def test_user_pack_adds_a_loaded_term(tmp_path: Path) -> None:
    pack = tmp_path / "my-rules"
    pack.mkdir()
    (pack / "style.yaml").write_text(
        "ruleset: style\nrules:\n  - id: house-style\n    type: terms\n    category: loaded-term\n"
        "    terms:\n      - {term: slam, inflect: verb, neutral: criticise}\n"
        "    examples: {match: [The minister slammed the plan.], no_match: [The minister criticised the plan.]}\n",
        encoding="utf-8",
    )
    assert runner.invoke(app, ["rules", "test", str(pack)]).stdout.endswith("2 passed, 0 failed\n")
    result = runner.invoke(app, ["annotate", "-f", "json", "--rules", str(pack), str(SAMPLE)])
    hits = [a for a in json.loads(result.stdout)["annotations"] if a["rule"] == "my-rules.style.house-style"]
    assert [(h["text"], h["suggestion"], h["voice"]) for h in hits] == [("slammed", "criticise", "narrator")]


def test_disable_switches_rules_off_and_refuses_a_prefix_that_matches_nothing() -> None:
    def rules(*extra: str) -> set[str]:
        result = runner.invoke(app, ["annotate", "-f", "json", *extra, str(SAMPLE)])
        assert result.exit_code == 0, result.output
        return {a["rule"] for a in json.loads(result.stdout.splitlines()[0])["annotations"]}

    assert "default.loaded.charged-verbs" in rules()
    kept = rules("--disable", "default.loaded.charged-verbs", "--disable", "default.missing-comment")
    assert "default.loaded.charged-verbs" not in kept and "default.loaded.labelling" in kept
    assert not any(r.startswith("default.missing-comment.") for r in kept)
    wrong = runner.invoke(app, ["annotate", "--disable", "default.loaded.chargedverbs", str(SAMPLE)])
    assert wrong.exit_code == 2 and "matches no rule id" in wrong.output


def test_color_never_and_always() -> None:
    sample = str(SAMPLE)
    plain = runner.invoke(app, ["annotate", "--color", "never", "--summary", sample])
    assert plain.exit_code == 0 and "\x1b[" not in plain.stdout
    coloured = runner.invoke(app, ["annotate", "--color", "always", "--summary", sample])
    assert coloured.exit_code == 0 and "\x1b[" in coloured.stdout
    wrong = runner.invoke(app, ["annotate", "--color", "sometimes", sample])
    assert wrong.exit_code == 2 and "auto, always, never" in wrong.stderr
