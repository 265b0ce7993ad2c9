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
from html.parser import HTMLParser
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from provenance.core.annotate import annotate
from provenance.core.gate.check import check_document
from provenance.core.gate.policy import Config, Thresholds
from provenance.core.gate.suppress import blank_directives, find_directives
from provenance.core.gate.thresholds import NARRATOR_LOADED
from provenance.core.markup import comment_spans
from provenance.core.pipeline import annotate_text
from provenance.errors import Problem, ProvenanceError
from provenance.io.reader import decode
from provenance.model import Document, Severity, Span, Voice
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
    # Issue 18: disguised terms, invisible characters, and directives where they are not comments.
    "r\u0435gime",
    "re\u00adgime",
    "\uff52egime",
    "re\u200bgime",
    "\u200d",
    "\u2060",
    "\ufeff",
    "r&#101;gime",
    "reg<b></b>ime",
    "re<!-- -->gime",
    "<!-- provenance: off -->",
    "<!-- provenance: off -- approved -->",
    "<!-- provenance: ignore default.loaded -- quoted -->",
    "`<!-- provenance: off -- x -->`",
    "```\n<!-- provenance: off -- x -->\n```\n",
    '<p title="<!-- provenance: off -- x -->">',
    "# provenance: off -- x\n",
    "<!-- provenance: off check.narrator-loaded-terms -- x -->",
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
# C0 and C1 controls other than newline, bidi controls, line/paragraph separators and zero-width characters.
_ACTIVE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# What must not stand raw in JSON output either (it is valid JSON, but acts on whoever reads the raw bytes).
_INVISIBLE = re.compile("[\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


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
    assert _INVISIBLE.search(report) is None  # zero-width and bidi characters are shown, not passed through


class _Elements(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def check_html(page: str, scripts: int) -> None:
    """No element, script, handler, link or style from the article: only the page's own."""
    parser = _Elements()
    parser.feed(page)
    assert sum(1 for tag, _ in parser.tags if tag == "script") <= scripts
    for tag, attrs in parser.tags:
        assert tag not in ("iframe", "object", "embed", "img", "link", "base", "form"), tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name == "xmlns":  # the SVG namespace of the page's own charts
                continue
            assert not (value or "").strip().lower().startswith(("javascript:", "data:", "http")), (tag, name, value)
    assert "</details><script" not in page


def check_annotate_and_report(doc: Document) -> None:
    """`annotate` formats and `report` formats."""
    (line,) = render(doc, "json").splitlines()
    assert json.loads(line)["path"] == doc.path
    plain = render(doc, "terminal")
    assert "\x1b" not in plain
    check_terminal(plain)
    check_terminal(render(doc, "terminal", color=True))
    check_html(render(doc, "html"), scripts=1)
    skipped = [Problem("bad\x1b[31m|name</details>.txt", "looks like a binary file")]
    for name, writer in REPORT_FORMATS.items():
        stream = io.StringIO()
        writer([doc], skipped, stream, RenderOptions(width=80))
        if name == "json":
            assert json.loads(stream.getvalue())["documents"][0]["path"] == doc.path
            assert _INVISIBLE.search(stream.getvalue()) is None
        elif name == "html":
            check_html(stream.getvalue(), scripts=0)
        else:
            check_markdown(stream.getvalue())


def check_check(text: str, fmt: str = "text") -> None:
    """`check` as the CLI runs it: directives blanked, annotated, judged, then every check format."""
    directives = find_directives(text, fmt)
    path = {"text": "article.txt", "markdown": "article.md", "html": "article.html"}[fmt]
    doc = annotate(blank_directives(text, directives), BOOK, path, readability=False)
    check_spans(doc)
    # A project that asks for no loaded terms in its own voice: the policy finding must survive any directive.
    config = Config(thresholds=Thresholds(max_narrator_loaded_terms=0))
    result = check_document(doc, config, directives, KNOWN_RULES)
    own = [f for f in doc.findings if f.category == "loaded-term" and f.voice in (Voice.NARRATOR, Voice.HEADLINE)]
    assert bool(own) == any(f.rule == NARRATOR_LOADED for f in result.findings)
    assert result.suppressed == len(result.suppressions)
    assert all(item.reason for item in result.suppressions)  # no suppression without a reason
    for item in result.suppressions:
        # Only a real comment (or, in plain text, a `# provenance:` line) suppresses anything.
        directive = text[item.directive.start : item.directive.end]
        assert any((s, e) == (item.directive.start, item.directive.end) for s, e in comment_spans(text, fmt)) or (
            fmt == "text" and directive.lstrip().startswith("#")
        ), directive
    options = CheckRenderOptions(show=Severity.INFO, width=80)
    outputs = {}
    for name, writer in CHECK_FORMATS.items():
        stream = io.StringIO()
        writer([result], stream, options)
        outputs[name] = stream.getvalue()
    checked = json.loads(outputs["json"])
    assert len(checked["files"][0]["suppressions"]) == result.suppressed
    assert _INVISIBLE.search(outputs["json"]) is None and _INVISIBLE.search(outputs["sarif"]) is None
    sarif = json.loads(outputs["sarif"])
    listed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert len(listed) == result.suppressed
    for found in sarif["runs"][0]["results"]:
        region = found["locations"][0]["physicalLocation"]["region"]
        assert 0 <= region["charOffset"] <= region["charOffset"] + region["charLength"] <= len(doc.text)
    check_terminal(outputs["human"])
    lines = outputs["github"].splitlines()
    assert all(re.match(r"::(error|warning|notice) ", line) for line in lines[:-1]), lines
    assert sum(1 for line in lines if ",title=suppressed " in line) == result.suppressed
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
    check_check(text, input_format)


DISGUISES = [
    lambda w: w,
    lambda w: w.replace("e", "\u0435", 1),  # Cyrillic е
    lambda w: w[:2] + "\u00ad" + w[2:],  # soft hyphen
    lambda w: w[:2] + "\u200b" + w[2:],  # zero-width space
    lambda w: chr(ord(w[0]) - ord("a") + 0xFF41) + w[1:],  # fullwidth first letter
]


@PROPERTY
@given(hostile_text, hostile_text, st.sampled_from(DISGUISES))
def test_a_disguised_loaded_term_is_still_found_and_shown_visibly(before: str, after: str, disguise: Any) -> None:
    word = disguise("regime")
    text = f"{before}\n\nThe {word} fell.\n\n{after}"
    at = len(before) + len("\n\nThe ")
    hits = [(h.start, h.end) for h in BOOK.terms.find(text)]
    assert (at, at + len(word)) in hits
    doc = annotate_text(text, BOOK, "article.txt")
    check_annotate_and_report(doc)
    check_check(text)


@PROPERTY
@given(hostile_text, st.booleans())
def test_directives_in_markdown_code_are_never_directives(text: str, fenced: bool) -> None:
    inner = re.sub("[`\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", " ", text) + " <!-- provenance: off -- x -->"
    code = f"```\n{inner}\n```\n" if fenced else f"`{inner}`\n"
    source = code + "\nThe regime fell.\n"
    assert all(d.span.start >= len(code) for d in find_directives(source, "markdown"))


@PROPERTY
@given(hostile_text)
def test_directives_in_attribute_values_are_never_directives(text: str) -> None:
    value = text.replace('"', "'").replace("&", "&amp;")
    source = f'<p title="{value} <!-- provenance: off -- x -->">The regime fell.</p>\n'
    assert find_directives(source, "html") == []


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
