"""The report page: four charts, each with its table, and hostile corpus text kept inert."""

from __future__ import annotations

import io

from provenance import annotate
from provenance.errors import Problem
from provenance.model import Document
from provenance.render.html import write_report
from provenance.render.html.page import csp_hash
from provenance.render.options import RenderOptions

from .parsed import parse


def _report(docs: list[Document], skipped: tuple[Problem, ...] = ()) -> str:
    out = io.StringIO()
    write_report(docs, skipped, out, RenderOptions())
    return out.getvalue()


def test_report_has_four_charts_each_with_a_table(sample_doc: Document) -> None:
    other = annotate("A senior official said the talks failed, an unnamed source told us.", path="other/x.txt")
    parsed = parse(_report([sample_doc, other]))
    figures = {e.attrs["id"] for e in parsed.find("figure")}
    assert figures == {"c-sources", "c-loaded", "c-state", "c-speakers"}
    assert len(parsed.find("svg")) == 4
    captions = parsed.text
    for title in ("Source mix per outlet", "Narrator-voice loaded terms", "State-media relays", "Top speakers"):
        assert title in captions
    assert "Maria Zakharova" in parsed.text and "Sputnik" in parsed.text
    assert len(parsed.find("table")) >= 4


def test_report_has_no_script_and_a_strict_policy(sample_doc: Document) -> None:
    page = _report([sample_doc])
    parsed = parse(page)
    assert not parsed.scripts
    (meta,) = parsed.find("meta", http_equiv="Content-Security-Policy")
    assert "default-src 'none'" in meta.attrs["content"]
    assert "script-src 'none'" in meta.attrs["content"]
    assert csp_hash(parsed.styles[0]) in meta.attrs["content"]


def test_hostile_corpus_stays_inert(hostile_doc: Document) -> None:
    page = _report([hostile_doc], (Problem("<img src=x onerror=alert(1)>.txt", "</style><script>"),))
    parsed = parse(page)
    for element in parsed.elements:
        assert element.tag not in ("script", "img", "iframe", "a")
        assert not any(name.startswith("on") for name in element.attrs)
    assert "<img src=x onerror=alert(1)>.txt" in parsed.text
    assert "\u202e" not in page


def test_a_corpus_with_no_loaded_terms_says_so_once() -> None:
    # why: an empty category table and an empty frequency table read as two "none found" lines for one fact.
    clean = annotate("The council approved the budget on Tuesday, the clerk said.", path="news/a.txt")
    page = _report([clean])
    assert page.count("No loaded terms or hedges found.") == 1
    assert "None found." not in page
