"""Reading the speakers gold: valid lines become articles; every bad line is reported with its line and key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.evaluation.speakers_gold import read_gold
from tests.evaluation.speakers_fixtures import gold_accused, gold_line, gold_speaker, write_gold


def problems_of(path: Path) -> list[tuple[int | None, str | None, str]]:
    with pytest.raises(ProvenanceError) as caught:
        read_gold(path)
    return [(p.line, p.key_path, p.message) for p in caught.value.problems]


def test_a_valid_file_reads_every_field(tmp_path: Path) -> None:
    line = gold_line(
        "data/a.txt",
        "A headline.",
        [gold_speaker("Maria Zakharova", "person", "Zakharova", "the spokeswoman")],
        [gold_accused("the coalition", "heard", "US-led coalition")],
    )
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n\n" + json.dumps(gold_line("b.txt")) + "\n", encoding="utf-8")
    first, second = read_gold(path)
    assert (first.file, first.line, first.headline) == ("data/a.txt", 1, "A headline.")
    assert first.speakers[0].forms == ("Maria Zakharova", "Zakharova", "the spokeswoman")
    assert (first.accused[0].status, first.accused[0].forms) == ("heard", ("the coalition", "US-led coalition"))
    assert (second.line, second.headline, second.speakers) == (3, None, ())


def test_bad_json_names_the_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold_line()) + "\n" + '{"file": "b.txt",\n', encoding="utf-8")
    ((line, key, message),) = problems_of(path)
    assert line == 2 and key is None and message.startswith("invalid JSON")


def test_every_problem_of_every_line_is_reported_at_once(tmp_path: Path) -> None:
    no_headline = gold_line("a.txt")
    del no_headline["headline"]
    bad_kind = gold_line("b.txt", speakers=[gold_speaker("X", "crowd"), {"kind": "person"}])
    bad_status = gold_line("c.txt", accused=[{**gold_accused("Y"), "status": "ignored"}, "Z"])
    path = write_gold(tmp_path / "gold.jsonl", [no_headline, bad_kind, bad_status, [1], {"speakers": {}}])
    found = {(line, key) for line, key, _ in problems_of(path)}
    assert found == {
        (1, "headline"),
        (2, "speakers[0].kind"),
        (2, "speakers[1].name"),
        (3, "accused[0].status"),
        (3, "accused[1]"),
        (4, None),
        (5, "file"),
        (5, "headline"),
        (5, "speakers"),
        (5, "accused"),
    }


def test_the_message_reads_file_line_key(tmp_path: Path) -> None:
    path = write_gold(tmp_path / "gold.jsonl", [gold_line("a.txt", speakers=[gold_speaker("", "person")])])
    with pytest.raises(ProvenanceError) as caught:
        read_gold(path)
    assert str(caught.value) == f'{path}:1:1: speakers[0].name: expected a non-empty string, got ""'


def test_aliases_must_be_strings_and_a_file_may_appear_once(tmp_path: Path) -> None:
    bad_aliases = gold_line("a.txt", speakers=[{"name": "X", "kind": "person", "aliases": "X"}])
    path = write_gold(tmp_path / "gold.jsonl", [gold_line("b.txt"), bad_aliases, gold_line("b.txt")])
    assert [(line, key) for line, key, _ in problems_of(path)] == [(2, "speakers[0].aliases"), (3, "file")]


def test_an_empty_or_unreadable_file_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n \n", encoding="utf-8")
    assert "no articles" in problems_of(empty)[0][2]
    assert "cannot read" in problems_of(tmp_path / "absent.jsonl")[0][2]
