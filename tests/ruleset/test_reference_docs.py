"""Every ruleset on docs/rules-reference.md loads, and its examples pass: the reference cannot rot."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from provenance.core.examples import check_examples
from provenance.ruleset.loader import Pack, default_pack, load_rulebook
from provenance.ruleset.schema_files import ruleset_schema
from tests.conftest import ROOT

ALONE = "# Runs without the default pack"


def _rulesets(page: str) -> list[str]:
    tokens = MarkdownIt().parse((ROOT / "docs" / page).read_text(encoding="utf-8"))
    return [t.content for t in tokens if t.type == "fence" and t.info.strip() == "yaml" and "\nrules:" in t.content]


REFERENCE = _rulesets("rules-reference.md")


def test_the_reference_has_an_example_for_every_rule_type() -> None:
    types = ruleset_schema()["$defs"]["rule"]["properties"]["type"]["enum"]
    for rule_type in types:
        assert any(f"type: {rule_type}\n" in block for block in REFERENCE), f"no example of type {rule_type}"


@pytest.mark.parametrize("block", REFERENCE, ids=[b.split("ruleset: ")[1].split()[0] for b in REFERENCE])
def test_reference_example_loads_and_its_examples_pass(tmp_path: Path, block: str) -> None:
    (tmp_path / "example.yaml").write_text(block, encoding="utf-8")
    mine = Pack("doc", tmp_path)
    book = load_rulebook([mine] if block.startswith(ALONE) else [default_pack(), mine])
    chosen = [r for r in book.rules if r.meta.id.startswith("doc.")]
    count, failures = check_examples(book, chosen)
    assert chosen and count >= 2 * len(chosen)
    assert not failures, "\n".join(str(f) for f in failures)


@pytest.mark.parametrize("block", _rulesets("rules.md"))
def test_rulesets_in_the_guide_load_and_pass(tmp_path: Path, block: str) -> None:
    (tmp_path / "style.yaml").write_text(block, encoding="utf-8")
    book = load_rulebook([default_pack(), Pack("my-rules", tmp_path)])
    chosen = [r for r in book.rules if r.meta.id.startswith("my-rules.")]
    assert chosen
    assert check_examples(book, chosen)[1] == []
