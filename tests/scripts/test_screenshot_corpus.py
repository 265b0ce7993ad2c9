"""The made-up corpus behind the report screenshot: twenty articles, five outlets, each leaning its own way."""

from __future__ import annotations

import sys
from pathlib import Path

from provenance import annotate
from provenance.model.corpus import article_row
from provenance.render.html.outlets import SOURCE_KINDS, by_outlet, state_relays

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_corpus import OUTLETS, write_corpus  # noqa: E402


def test_twenty_articles_in_five_outlet_folders_written_the_same_every_time(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a")
    second = write_corpus(tmp_path / "b")
    assert len(first) == 20
    assert {p.parent.name for p in first} == set(OUTLETS)
    assert [p.read_text(encoding="utf-8") for p in first] == [p.read_text(encoding="utf-8") for p in second]


def test_outlets_differ_where_the_charts_look(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path)
    docs = [annotate(p.read_text(encoding="utf-8"), path=str(p)) for p in paths]
    figures = {o.name: o for o in by_outlet(docs, [article_row(d) for d in docs])}
    share = {name: dict(zip(SOURCE_KINDS, o.sources, strict=True)) for name, o in figures.items()}
    assert share["metro-post"]["anonymous"] > share["harbor-times"]["anonymous"]
    assert figures["state-wire"].loaded_per_1000 > figures["harbor-times"].loaded_per_1000
    assert {r.name for r in state_relays(docs)} >= {"Sputnik", "RIA Novosti"}
