"""Tests for the terminal review: golden output, plain text without colour, hostile text, edge cases."""

from __future__ import annotations

import io
import os
import re
import unicodedata
from dataclasses import replace

import pytest
from rich.console import Console

from provenance import annotate
from provenance.model import (
    Affiliation,
    Attribution,
    AttributionKind,
    Document,
    Finding,
    MissingComment,
    Readability,
    Relay,
    Segmentation,
    Severity,
    Span,
    Speaker,
    SpeakerKind,
    Voice,
)
from provenance.render.annotate.terminal import RenderOptions, article_text, number_findings, renderables, write
from provenance.render.sanitize import display_text
from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "al-tanf-sputnik.txt"
GOLDEN = ROOT / "tests" / "golden" / "al-tanf-sputnik.terminal.txt"
MARKER = re.compile(r"\[\d+\]")
HOSTILE = (
    "Minister \x1b[31mred\x1b[0m said [bold red]x[/] and [link=http://evil]click[/link].\r\n"
    "A \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ in \u202eevil\u202c text.\x07\x9b"
)


def _export(doc: Document, width: int = 80, publisher: str | None = None) -> str:
    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    for renderable in renderables(doc, publisher):
        console.print(renderable)
    return console.export_text()


def _normalise(text: str) -> str:
    # Rich pads lines to the console width; trailing blanks are noise a golden file should not carry.
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"


def _span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words), words)


def _doc(text: str, **fields: object) -> Document:
    seg = Segmentation(paragraphs=(), sentences=(), quotations=(), headline=None)
    values: dict[str, object] = {
        "text": text,
        "path": "hostile.txt",
        "segmentation": seg,
        "findings": (),
        "speakers": (),
        "attributions": (),
        "relays": (),
        "missing_comments": (),
        "readability": None,
    }
    values.update(fields)
    return Document(**values)  # type: ignore[arg-type]


def _finding(
    span: Span, category: str = "loaded-term", voice: Voice = Voice.NARRATOR, speaker: str | None = None
) -> Finding:
    return Finding(
        "test.rule",
        category,
        Severity.WARNING,
        span,
        f"message about “{span.text}”",
        voice,
        speaker,
        "label",
        "neutral",
    )


def _hostile_doc() -> Document:
    """Article-derived text everywhere: in the article, names, terms, relay outlets and notes."""
    text = HOSTILE
    evil = _span(text, "\u202eevil\u202c")
    red = _span(text, "\x1b[31mred\x1b[0m")
    speaker = Speaker(
        "m",
        "Minister \x1b[31m[bold]",
        SpeakerKind.PERSON,
        role="[i]role\r",
        organization="Org\u202e\x1b]8;;http://x\x1b\\",
        anonymous=True,
    )
    return _doc(
        text,
        path="evil\x1b[2J.txt",
        segmentation=Segmentation((), (Span(0, len(text), text),), (), _span(text, "Minister \x1b[31mred")),
        findings=(_finding(red, voice=Voice.QUOTED, speaker="m"), _finding(evil), _finding(red, "attribution")),
        speakers=(speaker,),
        attributions=(Attribution("m", _span(text, "said"), red, evil, AttributionKind.INDIRECT, "test"),),
        relays=(
            Relay(
                "[link=http://evil]Outlet\x1b[0m",
                evil,
                "test.relay",
                Affiliation("x", "\u202eland", "SC\x07", "state\rmedia", "reg"),
            ),
        ),
        missing_comments=(MissingComment(evil, evil, "test.missing"),),
    )


def test_golden_sample_at_80_columns() -> None:
    doc = annotate(SAMPLE.read_text(encoding="utf-8"), path="samples/al-tanf-sputnik.txt")
    rendered = _normalise(_export(doc))
    if os.environ.get("PROVENANCE_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8"), "set PROVENANCE_UPDATE_GOLDEN=1 to regenerate, then review"


def test_sample_renders_every_section() -> None:
    doc = annotate(SAMPLE.read_text(encoding="utf-8"), path="samples/al-tanf-sputnik.txt")
    out = _export(doc, width=120, publisher="The Daily Example")
    for heading in ("Article", "Notes", "Attribution chain", "Loaded terms", "Missing comment", "Readability"):
        assert heading in out
    assert "The Daily Example" in out
    assert "→ Russian Foreign Ministry" in out
    assert "ANONYMOUS" in out


def test_loaded_terms_put_narrator_and_headline_before_paraphrase_before_quoted() -> None:
    text = "Rebels said the terrorists had thugs and extremists."
    said = _span(text, "said")
    doc = _doc(
        text,
        findings=(
            _finding(_span(text, "terrorists"), voice=Voice.QUOTED, speaker="r"),
            _finding(_span(text, "thugs"), voice=Voice.PARAPHRASE, speaker="r"),
            _finding(_span(text, "extremists")),
        ),
        speakers=(Speaker("r", "Rebels", SpeakerKind.INSTITUTION),),
        attributions=(Attribution("r", said, None, None, AttributionKind.INDIRECT, "t"),),
    )
    table = _export(doc).split("Loaded terms", 1)[1]
    assert table.index("extremists") < table.index("thugs") < table.index("terrorists")


def test_write_emits_no_escape_codes_when_colour_is_off() -> None:
    stream = io.StringIO()
    write([_hostile_doc()], stream, RenderOptions(width=80, color=False))
    assert "\x1b" not in stream.getvalue()


def test_write_is_plain_text_on_a_non_terminal_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    stream = io.StringIO()
    doc = annotate(SAMPLE.read_text(encoding="utf-8"), path="samples/al-tanf-sputnik.txt")
    write([doc], stream, RenderOptions(width=80))
    assert "\x1b" not in stream.getvalue()
    assert "Attribution chain" in stream.getvalue()


def test_no_color_is_respected_when_colour_is_automatic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("NO_COLOR", "1")
    stream = io.StringIO()
    write([_hostile_doc()], stream, RenderOptions(width=80))
    out = stream.getvalue()
    assert "\x1b[1m" in out  # still a terminal: bold is allowed
    assert not re.search(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7])m", out)  # but no foreground colour


def test_colour_forced_on_never_passes_article_controls_through() -> None:
    stream = io.StringIO()
    write([_hostile_doc()], stream, RenderOptions(width=80, color=True))
    out = stream.getvalue()
    assert "\x1b[" in out  # rich's own styling
    for raw in ("\x1b]", "\x1b[31mred", "\x1b[2J", "\r", "\x07", "\x9b", "\u202e", "\u202c"):
        assert raw not in out


def test_hostile_text_appears_inertly() -> None:
    out = _export(_hostile_doc())
    bad = [ch for ch in out if ch not in "\n" and unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")]
    assert bad == []
    assert "[bold red]x[/]" in out
    assert "[link=http://evil]click[/link]" in out
    assert "␛[31mred␛[0m" in out
    assert "␛]8;;http://x␛\\link" in out
    assert "<U+202E>evil<U+202C>" in out
    assert "␍" in out
    assert "evil␛[2J.txt" in out  # the path, in the header
    assert "Minister ␛[31m[bold]" in out  # a speaker's name, in the chain
    assert "[link=http://evil]Outlet␛[0m" in out  # a relay outlet


def test_article_keeps_offsets_one_to_one() -> None:
    doc = _hostile_doc()
    shown = article_text(doc, number_findings(doc)).plain
    assert MARKER.sub("", shown) == display_text(doc.text.rstrip())


def test_overlapping_findings_render_with_markers_after_each_span() -> None:
    text = "The quick brown fox jumps over the lazy dog."
    spans = [
        Span(4, 19, text[4:19]),  # "quick brown fox"
        Span(10, 15, text[10:15]),  # nested: "brown"
        Span(16, 25, text[16:25]),  # crossing: "fox jumps"
        Span(10, 15, text[10:15]),  # identical to the nested one
        Span(0, 0, ""),  # empty
        Span(40, 99, text[40:]),  # runs past the end
    ]
    categories = ["attribution", "loaded-term", "hedge", "anonymous-source", "relay", "unknown-category"]
    doc = _doc(text, findings=tuple(_finding(s, c) for s, c in zip(spans, categories, strict=True)))
    shown = article_text(doc, number_findings(doc)).plain
    assert MARKER.sub("", shown) == text
    assert shown.startswith("[1]The quick brown[3][4] fox[2] jumps[5]")
    assert shown.endswith("dog.[6]")
    _export(doc)  # the whole review renders too


def test_blank_line_runs_collapse_to_one_blank_line() -> None:
    doc = _doc("Headline\n\n\n\n  \nBody text.\n\n")
    assert article_text(doc, []).plain == "Headline\n\nBody text."


def test_empty_document_renders() -> None:
    out = _export(annotate(""))
    assert "(no text)" in out
    assert "no findings" in out
    assert "Readability" in out


def test_document_without_readability_or_path_renders() -> None:
    out = _export(_doc("Just text.", path=None, readability=None))
    assert "not computed" in out
    assert "(text without a path)" in out


def test_relay_affiliation_set_and_unset() -> None:
    text = "Source: Sputnik and Wire"
    sputnik = Affiliation("Sputnik", "Russia", "SC", "state-controlled media", "state-media")
    doc = _doc(
        text, relays=(Relay("Sputnik", _span(text, "Sputnik"), "r", sputnik), Relay("Wire", _span(text, "Wire"), "r"))
    )
    out = _export(doc, width=100)
    assert "Publisher (this article)" in out
    assert "Sputnik — state-controlled media, Russia [SC]" in out
    assert "Wire — not in a source registry" in out


def test_affiliation_does_not_repeat_a_country_its_label_names() -> None:
    speaker = Speaker(
        "s",
        "Syrian state TV",
        SpeakerKind.OUTLET,
        affiliation=Affiliation("Syrian state TV", "Syria", None, "state media (Syria)", "lexicon"),
    )
    out = _export(_doc("x", speakers=(speaker,)), width=100)
    assert "state media (Syria)" in out
    assert "(Syria), Syria" not in out


def test_several_documents_are_separated_by_a_heading() -> None:
    stream = io.StringIO()
    readability = Readability(2, 1, 2, 100.0, 0.0, 0.8, 0.01)
    write(
        [_doc("One.", path="a.txt", readability=readability), _doc("Two.", path="b.txt")],
        stream,
        RenderOptions(width=80, color=False),
    )
    out = stream.getvalue()
    assert out.index("a.txt") < out.index("One.") < out.index("b.txt") < out.index("Two.")
    assert "very easy" in out


def test_a_repeated_note_points_back_to_its_first_telling() -> None:
    text = "Rebels attacked. Rebels fled."
    first, second = _span(text, "Rebels"), Span(17, 23, "Rebels")
    other_rule = replace(_finding(second, "attribution"), rule="test.other")
    doc = _doc(text, findings=(_finding(first), _finding(second), other_rule))
    notes = _export(doc, width=120).split("Notes")[1]
    lines = [line.strip() for line in notes.splitlines() if line.strip().startswith("[")]
    told = {line.split(" · ")[1].split(" — ")[0] + line[:3]: line.split(" — ")[1] for line in lines}
    assert told["test.rule[1]"].startswith("message about")
    assert told["test.other[2]"].startswith("message about"), "another rule's note is told in full"
    assert told["test.rule[3]"].startswith("as [1]"), lines


def test_summary_shows_the_chain_and_notes_but_not_the_article() -> None:
    doc = annotate(SAMPLE.read_text(encoding="utf-8"), path=str(SAMPLE))
    stream = io.StringIO()
    write([doc], stream, RenderOptions(width=100, color=False, summary=True))
    shown = stream.getvalue()
    assert "Attribution chain" in shown and "Right of reply" in shown and "Sputnik" in shown
    assert "Al-Isba oil refinery" not in shown  # a sentence of the article body
    assert "slammed" in shown  # the narrator's own loaded word stays
    full = io.StringIO()
    write([doc], full, RenderOptions(width=100, color=False))
    assert len(shown.splitlines()) < len(full.getvalue().splitlines()) / 2


def test_the_legend_names_exactly_the_styles_the_article_uses() -> None:
    from provenance.render.annotate.terminal import legend

    doc = annotate("Plain words about a bridge.\n\nThe bridge opened on Monday.", path="a.txt")
    assert "loaded term" not in legend(doc).plain and "source" not in legend(doc).plain
    doc = annotate(SAMPLE.read_text(encoding="utf-8"), path=str(SAMPLE))
    key = legend(doc).plain
    for name in ("headline", "source", "what they said", "cue", "loaded term", "anonymous source", "no comment"):
        assert name in key, name


@pytest.mark.parametrize("name", ["article.html", "article.md"])
def test_markup_shows_as_the_reader_sees_it(name: str) -> None:
    path = ROOT / "tests" / "fixtures" / name
    doc = annotate(path.read_text(encoding="utf-8"), path=str(path))
    stream = io.StringIO()
    write([doc], stream, RenderOptions(width=100, color=False))
    article = stream.getvalue().split("Notes")[0]
    for raw in ("<p>", "<script>", "&rsquo;", "&amp;", "```", "](https://", "\x00", "\u2400"):
        assert raw not in article, raw
    assert "Mayor slams" in article
