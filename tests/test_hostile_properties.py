"""Property tests: arbitrary text and bytes through reading, annotation and every output format.

`annotate` (terminal, json), `report` (markdown, json; text, Markdown and HTML input) and `check`
(human, json, sarif, github): no exception escapes, every span lies inside the text and slices to
its own `text`, JSON parses, Markdown keeps its table shapes and grows no HTML or links, GitHub
commands stay one per line, and terminal output carries no control character from the input.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from provenance.core.annotate import annotate
from provenance.core.gate.check import check_document
from provenance.core.gate.policy import Config
from provenance.core.gate.suppress import blank_directives, find_directives
from provenance.core.pipeline import annotate_text
from provenance.errors import Problem, ProvenanceError
from provenance.io.reader import decode
from provenance.model import Document, Severity, Span
from provenance.render.annotate import FORMATS as ANNOTATE_FORMATS
from provenance.render.check import FORMATS as CHECK_FORMATS
from provenance.render.check import CheckRenderOptions
from provenance.render.options import RenderOptions
from provenance.render.report import FORMATS as REPORT_FORMATS
from provenance.ruleset.loader import load_rulebook
from tests.markdown_shape import table_shapes

BOOK = load_rulebook()  # loaded once: hypothesis runs each test many times
KNOWN_RULES = frozenset(r.meta.id for r in BOOK.rules)
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
PROPERTY = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces an attacker or a broken scraper puts into articles, mixed with ordinary reporting.
HOSTILE = [
    '"',
    "“",
    "”",
    "«",
    "‘",
    " said ",
    " told reporters ",
    ", according to ",
    "The minister said ",
    " did not respond to a request for comment.",
    "Reuters",
    "\x1b[31m",
    "\x1b[2J",
    "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "\x9b31m",
    "[bold red]",
    "[/]",
    "[link=http://evil.example]",
    "\u202e",
    "\u2066",
    "\u200f",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\u2028",
    "\u2029",
    "\x85",
    "\x00",
    "\x07",
    "\x08",
    "\ufeff",
    "\ufffd",
    "<script>alert(1)</script>",
    "</details>",
    "| a | b |",
    "# ",
    "[x](javascript:alert(1))",
    ".",
    " ",
]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)), max_size=40).map("".join)
any_text = st.one_of(st.text(), hostile_text)
hostile_bytes = st.one_of(
    st.binary(max_size=400),
    hostile_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    hostile_text.map(lambda s: s.encode("utf-16")),
    hostile_text.map(lambda s: s.encode("cp1252", "replace")),
    st.tuples(hostile_text, st.binary(max_size=8)).map(lambda p: p[0].encode() + p[1]),
)

# The terminal renderer's own colour codes: SGR sequences only.
_SGR = re.compile(r"\x1b\[[0-9;]*m")
# C0 and C1 controls other than newline, plus bidi controls and line/paragraph separators.
_ACTIVE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def spans(doc: Document) -> Iterator[tuple[str, Span]]:
    """Every span in a document, with where it came from."""
    seg = doc.segmentation
    yield from (("paragraph", s) for s in seg.paragraphs)
    yield from (("sentence", s) for s in seg.sentences)
    yield from (("subheading", s) for s in seg.subheadings)
    if seg.headline is not None:
        yield "headline", seg.headline
    for q in seg.quotations:
        yield "quotation", q.span
        yield "quotation inner", q.inner
    yield from (("finding", f.span) for f in doc.findings)
    for a in doc.attributions:
        yield from ((name, s) for name, s in (("cue", a.cue), ("source", a.source), ("content", a.content)) if s)
    yield from (("relay", r.span) for r in doc.relays)
    for m in doc.missing_comments:
        yield "missing comment", m.span
        if m.party is not None:
            yield "party", m.party
    yield from (("mention", s) for speaker in doc.speakers for s in speaker.mentions)


def check_spans(doc: Document) -> None:
    """Every span lies within the text and slices to its text."""
    for name, span in spans(doc):
        assert 0 <= span.start <= span.end <= len(doc.text), (name, span)
        assert doc.text[span.start : span.end] == span.text, (name, span)


def render(doc: Document, output: str, color: bool = False) -> str:
    stream = io.StringIO()
    ANNOTATE_FORMATS[output]([doc], stream, RenderOptions(width=80, color=color))
    return stream.getvalue()


def check_terminal(shown: str) -> None:
    """No control, bidi or separator character once the renderer's own colour codes are taken out."""
    found = _ACTIVE.search(_SGR.sub("", shown))
    assert found is None, repr(found)


def check_markdown(report: str) -> None:
    """Every table row has its header's cell count; no HTML, link, image or code from the article."""
    tokens = MD.parse(report)
    for rows in table_shapes(tokens):
        assert len(set(rows)) == 1, rows
    kinds = {t.type for token in tokens for t in (token, *(token.children or []))}
    assert not kinds & {"html_block", "html_inline", "link_open", "image", "fence", "code_block"}, kinds
    html = MD.render(report)
    assert "<script" not in html and "</details>" not in html and "href=" not in html


def check_annotate_and_report(doc: Document) -> None:
    """`annotate` formats and `report` formats."""
    (line,) = render(doc, "json").splitlines()
    assert json.loads(line)["path"] == doc.path
    plain = render(doc, "terminal")
    assert "\x1b" not in plain
    check_terminal(plain)
    check_terminal(render(doc, "terminal", color=True))
    skipped = [Problem("bad\x1b[31m|name</details>.txt", "looks like a binary file")]
    for name, writer in REPORT_FORMATS.items():
        stream = io.StringIO()
        writer([doc], skipped, stream, RenderOptions(width=80))
        if name == "json":
            assert json.loads(stream.getvalue())["documents"][0]["path"] == doc.path
        else:
            check_markdown(stream.getvalue())


def check_check(text: str) -> None:
    """`check` as the CLI runs it: directives blanked, annotated, judged, then every check format."""
    directives = find_directives(text, "text")
    doc = annotate_text(blank_directives(text, directives), BOOK, "article.txt", readability=False)
    check_spans(doc)
    result = check_document(doc, Config(), directives, KNOWN_RULES)
    options = CheckRenderOptions(show=Severity.INFO, width=80)
    outputs = {}
    for name, writer in CHECK_FORMATS.items():
        stream = io.StringIO()
        writer([result], stream, options)
        outputs[name] = stream.getvalue()
    json.loads(outputs["json"])
    sarif = json.loads(outputs["sarif"])
    for found in sarif["runs"][0]["results"]:
        region = found["locations"][0]["physicalLocation"]["region"]
        assert 0 <= region["charOffset"] <= region["charOffset"] + region["charLength"] <= len(doc.text)
    check_terminal(outputs["human"])
    lines = outputs["github"].splitlines()
    assert all(re.match(r"::(error|warning|notice) ", line) for line in lines[:-1]), lines
    assert not lines[-1].startswith("::")
    check_terminal(outputs["github"])


@PROPERTY
@given(any_text)
def test_any_text_annotates_with_consistent_spans_and_safe_output(text: str) -> None:
    doc = annotate_text(text, BOOK, "article.txt")
    assert doc.text == text
    check_spans(doc)
    check_annotate_and_report(doc)
    check_check(text)


@PROPERTY
@given(any_text, st.sampled_from(["markdown", "html"]))
def test_markup_input_keeps_offsets_into_the_file_as_read(text: str, input_format: str) -> None:
    doc = annotate(text, BOOK, "article.in", input_format=input_format)
    assert doc.text == text
    check_spans(doc)
    check_annotate_and_report(doc)


@PROPERTY
@given(hostile_bytes)
def test_any_bytes_are_read_or_refused_by_name(data: bytes) -> None:
    try:
        article = decode(data, "upload.bin")
    except ProvenanceError as exc:
        (problem,) = exc.problems
        assert problem.path == "upload.bin" and problem.message
        return
    doc = annotate_text(article.text, BOOK, article.path)
    check_spans(doc)
    check_annotate_and_report(doc)
    check_check(article.text)


@PROPERTY
@given(
    st.lists(st.sampled_from(["a", "b", " ", "\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", ".", "S"])).map("".join)
)
def test_newline_styles_keep_paragraphs_and_sentences_in_step(text: str) -> None:
    doc = annotate_text(text, BOOK)
    check_spans(doc)
    for paragraph in doc.segmentation.paragraphs:
        assert paragraph.text == paragraph.text.strip()
