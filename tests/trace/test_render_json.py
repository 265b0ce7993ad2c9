"""Tests for provenance/trace/render_json.py against trace.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import provenance.trace
from provenance.trace.render_json import SCHEMA_VERSION, trace_dict, trace_json

from .results import HOSTILE_HEADLINE, traced

SCHEMA = Path(provenance.trace.__file__).with_name("trace.schema.json")


def test_output_is_valid_against_the_schema_and_ascii() -> None:
    line = trace_json(traced())
    assert line.isascii() and "\n" not in line
    data = json.loads(line)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    assert data["schema_version"] == SCHEMA_VERSION


def test_every_span_slices_its_own_text() -> None:
    result = traced()
    data = trace_dict(result)
    origin_text = result.reuses[0].origin.text
    reuse = data["reuses"][0]
    for pair in reuse["alignment"]["pairs"]:
        assert result.text[pair["article"]["start"] : pair["article"]["end"]] == pair["article"]["text"]
        assert origin_text[pair["origin"]["start"] : pair["origin"]["end"]] == pair["origin"]["text"]
    for change in reuse["changes"]:
        assert result.text[change["span"]["start"] : change["span"]["end"]] == change["span"]["text"]
    assert data["headline"]["text"] == HOSTILE_HEADLINE


def test_changes_and_origin_are_described() -> None:
    reuse = trace_dict(traced())["reuses"][0]
    assert reuse["origin"]["outlet"] == "Harbor Post" and reuse["role"] == "primary"
    rules = {c["rule"] for c in reuse["changes"]}
    assert {"trace.credit-missing", "trace.headline-rewritten", "trace.loaded-added"} <= rules
    assert 0.9 < reuse["coverage"] < 1.0
