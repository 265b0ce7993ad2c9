"""Every SQL block of docs/analysis.md, run by DuckDB on an exported made-up archive, with its answer checked.

The expected answers are computed here from the annotated Documents, without the tables, so a query
that joins wrongly (or a table that lost rows) gives a different answer.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from provenance import annotate
from provenance.export.meta import derive
from provenance.export.plan import ExportSummary
from provenance.export.reference import tables_markdown
from provenance.model import Document, SpeakerKind

DOC = Path(__file__).resolve().parents[2] / "docs" / "analysis.md"
_BLOCK = re.compile(r"```sql\n(.*?)```", re.DOTALL)
_NAME = re.compile(r"--\s*name:\s*(\S+)")

Rows = list[tuple[Any, ...]]


def _blocks() -> dict[str, str]:
    blocks: dict[str, str] = {}
    for sql in _BLOCK.findall(DOC.read_text(encoding="utf-8")):
        found = _NAME.match(sql)
        assert found, f"an SQL block of {DOC.name} has no '-- name:' line:\n{sql}"
        blocks[found[1]] = sql
    return blocks


@pytest.fixture(scope="module")
def docs(archive: list[Path]) -> list[tuple[str, Document]]:
    """(outlet, Document) for every made-up article, annotated directly."""
    return [
        (derive(str(p)).outlet or "", annotate(p.read_text(encoding="utf-8"), None, str(p))) for p in archive
    ]


def _anonymous_share(docs: list[tuple[str, Document]]) -> Rows:
    total: Counter[str] = Counter()
    hidden: Counter[str] = Counter()
    for outlet, doc in docs:
        for attribution in doc.attributions:
            total[outlet] += 1
            speaker = doc.speaker(attribution.speaker)
            if speaker is not None and (speaker.anonymous or speaker.kind is SpeakerKind.ANONYMOUS):
                hidden[outlet] += 1
    rows = [(o, total[o], hidden[o], hidden[o] / total[o]) for o in total]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def _narrator_loaded(docs: list[tuple[str, Document]]) -> Rows:
    articles: Counter[str] = Counter()
    words: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    for outlet, doc in docs:
        articles[outlet] += 1
        words[outlet] += doc.readability.words if doc.readability else len(doc.text.split())
        terms[outlet] += sum(1 for f in doc.findings if f.category == "loaded-term" and f.voice == "narrator")
    rows = [(o, articles[o], words[o], terms[o], 1000 * terms[o] / words[o]) for o in articles]
    return sorted(rows, key=lambda r: (-r[4], r[0]))


def _state_media(docs: list[tuple[str, Document]]) -> Rows:
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    about: dict[str, tuple[str | None, str]] = {}
    for index, (outlet, doc) in enumerate(docs):
        for relay in doc.relays:
            if relay.affiliation is not None and relay.affiliation.typology != "wire":
                seen[(outlet, relay.outlet)].add(index)
                about[relay.outlet] = (relay.affiliation.country, relay.affiliation.label)
    rows = [(o, r, *about[r], len(found)) for (o, r), found in seen.items()]
    return sorted(rows, key=lambda row: (row[0], -row[4], row[1]))


def _quoted_most(docs: list[tuple[str, Document]]) -> Rows:
    said: Counter[tuple[str, str]] = Counter()
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, (_, doc) in enumerate(docs):
        for attribution in doc.attributions:
            speaker = doc.speaker(attribution.speaker)
            if speaker is not None:
                said[(speaker.kind.value, speaker.name)] += 1
                seen[(speaker.kind.value, speaker.name)].add(index)
    ranked = sorted(said, key=lambda k: (k[0], -said[k], k[1]))
    rows: Rows = []
    for kind in sorted({k for k, _ in said}):
        rows += [(k, n, said[(k, n)], len(seen[(k, n)])) for k, n in ranked if k == kind][:5]
    return rows


EXPECTED: dict[str, Callable[[list[tuple[str, Document]]], Rows]] = {
    "anonymous-share-by-outlet": _anonymous_share,
    "narrator-loaded-per-1000-words": _narrator_loaded,
    "state-media-relayed-by-outlet": _state_media,
    "speakers-quoted-most-by-kind": _quoted_most,
}


def test_every_sql_block_of_the_doc_has_a_check_and_every_check_a_block() -> None:
    assert set(_blocks()) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_query_gives_the_answer_computed_from_the_documents(
    name: str, exported: tuple[Path, ExportSummary], docs: list[tuple[str, Document]]
) -> None:
    out, _ = exported
    sql = _blocks()[name].replace("DIR/", f"{out.as_posix()}/")
    got = duckdb.sql(sql).fetchall()
    want = EXPECTED[name](docs)
    # The made-up archive is built so each question has a non-trivial answer across outlets.
    assert len({row[0] for row in want}) >= 2
    assert len(got) == len(want)
    for got_row, want_row in zip(got, want, strict=True):
        assert got_row == pytest.approx(want_row, abs=0.006), name


def test_the_archive_answers_what_it_was_made_to_show(exported: tuple[Path, ExportSummary]) -> None:
    out, _ = exported
    relayed = duckdb.sql(_blocks()["state-media-relayed-by-outlet"].replace("DIR/", f"{out.as_posix()}/")).fetchall()
    assert {row[0] for row in relayed} == {"ledger", "gazette"}  # the Courier credits only a news agency
    shares = duckdb.sql(_blocks()["anonymous-share-by-outlet"].replace("DIR/", f"{out.as_posix()}/")).fetchall()
    assert shares[0][0] == "ledger" and shares[-1][3] < shares[0][3]


def test_the_table_reference_in_the_doc_is_the_one_the_schema_generates() -> None:
    assert tables_markdown() in DOC.read_text(encoding="utf-8")
