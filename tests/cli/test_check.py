"""`provenance check` end to end: exit codes on the samples, config discovery and errors, formats."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from provenance.cli.main import app
from tests.conftest import ROOT, SAMPLE

runner = CliRunner()
CLEAN = ROOT / "samples" / "clean-council-budget.md"
DRAFT = ROOT / "samples" / "draft-unsourced.md"
NO_CI = {"GITHUB_ACTIONS": None}  # the format must not depend on where the tests run


def _check(*args: str, env: dict[str, str | None] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", "--jobs", "1", *args], env=env or NO_CI)
    return result.exit_code, result.stdout, result.stderr


def test_seed_fails_by_default_for_the_narrators_own_charged_verb() -> None:
    code, out, _ = _check(str(SAMPLE))
    assert code == 1, out
    assert "samples/al-tanf-sputnik.txt:23:100 error   default.loaded.charged-verbs “slammed”" in out
    assert out.strip().splitlines()[-1].startswith("failed (fail on error): 1 file checked: 3 errors")
    # Zakharova's quoted "terrorists" informs; only the outlet's own words (headline, narrator) are errors.
    errors = [line for line in out.splitlines() if " error " in line]
    assert len(errors) == 3 and not [line for line in errors if "[quoted]" in line or "[paraphrase]" in line]


def test_quoted_loaded_words_alone_do_not_fail(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Ministry rejects report\n\n“These terrorists hide in the zone,” Maria Zakharova said on Thursday.\n",
        encoding="utf-8",
    )
    code, out, _ = _check("--show", "info", str(article))
    assert code == 0, out
    assert "info    default.loaded.labelling [quoted] “terrorists”" in out


def test_draft_fails_with_defaults() -> None:
    code, out, _ = _check(str(DRAFT))
    assert code == 1, out
    assert "error   default.loaded.charged-verbs “slammed”" in out


def test_severity_by_voice_in_config(tmp_path: Path) -> None:
    (tmp_path / ".provenance.yaml").write_text(
        "severity:\n  default.loaded: {narrator: warning, quoted: error}\n", encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "Budget passes\n\nThe mayor slammed the plan.\n\n“It is a sham,” the mayor, Ann Lee, said.\n",
        encoding="utf-8",
    )
    code, out, _ = _check(str(article))
    assert code == 1, out
    assert "warning default.loaded.charged-verbs “slammed”" in out
    assert "error   default.loaded.delegitimizing [quoted] “sham”" in out


def test_draft_fails_at_warning() -> None:
    code, out, _ = _check("--fail-on", "warning", str(DRAFT))
    assert code == 1
    assert "default.speakers.lexicon “One official”" in out


def test_clean_sample_has_no_loaded_terms_and_passes_the_default_gate() -> None:
    code, out, _ = _check("--format", "json", "--fail-on", "error", str(CLEAN))
    assert code == 0
    findings = json.loads(out)["files"][0]["findings"]
    assert not [f for f in findings if f["category"] == "loaded-term"]


def test_clean_sample_passes_at_warning() -> None:
    code, out, _ = _check("--fail-on", "warning", str(CLEAN))
    assert code == 0, out


def test_broken_config_exits_2_with_location(tmp_path: Path) -> None:
    (tmp_path / ".provenance.yaml").write_text(
        "fail_on: warning\nseverity:\n  default.loaded: loud\n", encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    code, out, err = _check(str(article))
    assert code == 2 and out == ""
    assert f"{tmp_path / '.provenance.yaml'}:3:19: severity.default.loaded: expected one of" in err


def test_config_found_upward_sets_the_level_and_thresholds(tmp_path: Path) -> None:
    (tmp_path / ".provenance.yaml").write_text("fail_on: warning\nmin_distinct_sources: 2\n", encoding="utf-8")
    (tmp_path / "desk").mkdir()
    article = tmp_path / "desk" / "a.txt"
    article.write_text("Bridge to reopen\n\nMayor Ann Lee said the bridge would reopen on Friday.\n", encoding="utf-8")
    code, out, _ = _check(str(article))
    assert code == 1
    assert "a.txt:1:1 error   check.distinct-sources" in out and "(fail on warning)" in out
    relaxed = tmp_path / "relaxed.yaml"
    relaxed.write_text("min_distinct_sources: 1\n", encoding="utf-8")
    code, out, _ = _check("--config", str(relaxed), str(article))
    assert code == 0, out


def test_suppressed_findings_are_counted_in_the_summary(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Council row\n\n# provenance: ignore default.loaded -- his words\nThe mayor slammed the plan.\n\n"
        "The clerk slammed it too.\n",
        encoding="utf-8",
    )
    code, out, _ = _check("--fail-on", "warning", str(article))
    assert code == 1
    assert out.count("default.loaded.charged-verbs") == 2 and "a.txt:6:" in out
    assert "a.txt:4:11 suppressed default.loaded.charged-verbs “slammed” by the directive on line 3: his words" in out
    assert out.strip().endswith("; 1 suppressed.")


def test_github_format_is_chosen_on_github_actions() -> None:
    code, out, _ = _check("--fail-on", "warning", str(SAMPLE), env={"GITHUB_ACTIONS": "true"})
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("::error file=samples/al-tanf-sputnik.txt,line=1,col=29,")
    assert all(line.startswith(("::warning ", "::error ")) for line in lines[:-1])


def test_unreadable_file_exits_2_and_the_rest_is_checked(tmp_path: Path) -> None:
    code, out, _ = _check("--format", "json", str(tmp_path / "missing.txt"), str(SAMPLE))
    assert code == 2
    files = json.loads(out)["files"]
    assert [f["checked"] for f in files] == [False, True]
    assert files[0]["problems"][0].startswith(f"{tmp_path / 'missing.txt'}: no such file")


def test_worker_processes_give_the_same_output() -> None:
    args = ["--format", "json", str(SAMPLE), str(CLEAN), str(DRAFT)]
    one = runner.invoke(app, ["check", "--jobs", "1", *args], env=NO_CI)
    two = runner.invoke(app, ["check", "--jobs", "2", *args], env=NO_CI)
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout


def test_max_bytes_refuses_a_large_file_by_name_and_checks_the_rest(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The council met. " * 200, encoding="utf-8")
    code, out, _ = _check("--max-bytes", "3000", str(big), str(CLEAN))
    assert code == 2  # unusable input wins over a pass
    assert "big.txt: is 3,400 bytes, over the 3,000-byte limit" in out
    code, out, _ = _check("--max-bytes", "3000", "--format", "json", str(big), str(CLEAN))
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert files["clean-council-budget.md"]["findings"]  # the clean sample was still checked
