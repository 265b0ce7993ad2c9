"""The JSON contract: schema-valid, spans slice the text, and a golden file pins the sample."""

from __future__ import annotations

import io
import json
import os

import jsonschema

from provenance.model import Document
from provenance.render.annotate.json import document_dict, write
from provenance.render.options import RenderOptions
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "al-tanf-sputnik.json"
SCHEMA = json.loads((ROOT / "provenance" / "schemas" / "document.schema.json").read_text("utf-8"))


def test_sample_validates_against_schema(sample: Document) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(document_dict(sample))


def test_spans_slice_the_text(sample: Document) -> None:
    data = document_dict(sample)
    for item in data["annotations"] + data["relays"] + data["missing_comments"]:
        assert sample.text[item["start"] : item["end"]] == item["text"]


def test_golden_json(sample: Document) -> None:
    stream = io.StringIO()
    write([sample], stream, RenderOptions())
    got = json.dumps(json.loads(stream.getvalue()), indent=1, ensure_ascii=False) + "\n"
    if os.environ.get("PROVENANCE_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")
