"""Project config: discovery upward, validation with file:line:col and key path, typed values."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.core.gate.policy import Config, rule_enabled
from provenance.errors import ProvenanceError
from provenance.io.config import CONFIG_NAME, configs_for, find_config, load_config
from provenance.model import Severity


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_found_in_the_nearest_folder_upward(tmp_path: Path) -> None:
    outer = _write(tmp_path, "fail_on: error\n")
    inner = _write(tmp_path / "desk", "fail_on: warning\n")
    (tmp_path / "desk" / "drafts").mkdir()
    assert find_config(tmp_path / "desk" / "drafts") == inner
    (tmp_path / "other").mkdir()
    assert find_config(tmp_path / "other") == outer


def test_none_when_no_folder_up_to_the_root_has_one(tmp_path: Path) -> None:
    # tmp_path's ancestors (/tmp, /) hold no .provenance.yaml on a test machine; the walk must end at the root.
    assert find_config(tmp_path) is None


def test_values_are_typed_and_folders_resolve_against_the_config(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "proj",
        "rules:\n  folders: [house-rules]\n  disable: [default.loaded]\n  enable: [default.loaded.charged-verbs]\n"
        "severity: {default.speakers: error, default.hedges: 'off'}\nfail_on: warning\n"
        "max_narrator_loaded_terms: 2\nmin_distinct_sources: 3\n"
        "anonymous_sources: {require_justification: true}\nright_of_reply: true\n",
    )
    config = load_config(path)
    assert config.folders == ((tmp_path / "proj" / "house-rules").resolve(),)
    assert dict(config.severity) == {"default.speakers": Severity.ERROR, "default.hedges": None}
    assert config.fail_on is Severity.WARNING
    t = config.thresholds
    assert (t.max_narrator_loaded_terms, t.min_distinct_sources, t.require_anonymity_reason, t.right_of_reply) == (
        2,
        3,
        True,
        True,
    )


def test_empty_file_is_the_default_config(tmp_path: Path) -> None:
    assert load_config(_write(tmp_path, "")) == Config(path=tmp_path / CONFIG_NAME)


def test_every_problem_is_located(tmp_path: Path) -> None:
    path = _write(tmp_path, "fail_on: warn\nseverity:\n  default.loaded: loud\nthreshold: 3\n")
    with pytest.raises(ProvenanceError) as caught:
        load_config(path)
    lines = [str(p) for p in caught.value.problems]
    assert f"{path}:1:10: fail_on: expected one of info, warning, error, got 'warn'" in lines
    assert any(line.startswith(f"{path}:3:19: severity.default.loaded: expected one of") for line in lines)
    assert f"{path}:4:1: threshold: unknown key 'threshold'" in lines


def test_invalid_yaml_is_located(tmp_path: Path) -> None:
    path = _write(tmp_path, "rules: [unclosed\n")
    with pytest.raises(ProvenanceError) as caught:
        load_config(path)
    assert caught.value.problems[0].line is not None
    assert "invalid YAML" in caught.value.problems[0].message


def test_most_specific_prefix_decides_whether_a_rule_runs() -> None:
    config = Config(disable=("default.loaded",), enable=("default.loaded.charged-verbs",))
    assert not rule_enabled("default.loaded.labelling", config)
    assert rule_enabled("default.loaded.charged-verbs", config)
    assert rule_enabled("default.loadedx.other", config)  # a prefix covers whole id segments only
    assert rule_enabled("default.hedges.unattributed-hedge", config)


def test_override_applies_to_every_path_and_broken_configs_are_reported(tmp_path: Path) -> None:
    good = _write(tmp_path / "a", "fail_on: info\n")
    _write(tmp_path / "b", "fail_on: nope\n")
    article_a, article_b = tmp_path / "a" / "x.txt", tmp_path / "b" / "y.txt"
    chosen, problems = configs_for([article_a, article_b])
    assert chosen[str(article_a)].fail_on is Severity.INFO
    assert len(problems) == 1 and problems[0].path.endswith(f"b/{CONFIG_NAME}")
    chosen, problems = configs_for([article_b], override=good)
    assert not problems and chosen[str(article_b)].fail_on is Severity.INFO


def test_severity_by_voice_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "severity:\n  default.loaded: {narrator: error, quoted: 'off'}\n  default.hedges: info\n")
    config = load_config(path)
    assert config.severity == (("default.hedges", Severity.INFO),)
    assert config.severity_by_voice == (
        ("default.loaded", "narrator", Severity.ERROR),
        ("default.loaded", "quoted", None),
    )


def test_an_unknown_voice_is_located(tmp_path: Path) -> None:
    path = _write(tmp_path, "severity:\n  default.loaded: {narator: error}\n")
    with pytest.raises(ProvenanceError) as caught:
        load_config(path)
    assert any("unknown key 'narator'" in str(p) for p in caught.value.problems)
