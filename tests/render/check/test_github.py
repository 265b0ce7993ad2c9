"""GitHub workflow commands: format, levels, and the escaping the Actions runner expects."""

from __future__ import annotations

import io

from provenance.model import Finding, Severity, Span, Voice
from provenance.model.verdict import CheckResult
from provenance.render.check import FORMATS, CheckRenderOptions
from provenance.render.check.github import annotation, escape_data, escape_property
from provenance.render.check.location import Locator


def test_escaping_follows_the_toolkit() -> None:
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_annotation_line_and_columns() -> None:
    text = "Head\nThe minister slammed it.\n"
    start = text.index("slammed")
    f = Finding(
        "default.loaded.charged-verbs",
        "loaded-term",
        Severity.WARNING,
        Span(start, start + 7, "slammed"),
        "Charged.",
        Voice.NARRATOR,
    )
    line = annotation("drafts/a,b:c.md", Locator(text), f)
    assert line == (
        "::warning file=drafts/a%2Cb%3Ac.md,line=2,col=14,endLine=2,endColumn=20,"
        "title=default.loaded.charged-verbs::“slammed”: Charged."
    )


def test_hostile_article_text_cannot_start_a_command_or_drive_the_log() -> None:
    text = "x\n::error::pwned\x1b[31m 50%\n"
    f = Finding("r.x", "c", Severity.INFO, Span(0, len(text) - 1, text[:-1]), "m", Voice.NARRATOR)
    out = io.StringIO()
    FORMATS["github"]([CheckResult("a.txt", text, (f,))], out, CheckRenderOptions(show=Severity.INFO))
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("::notice file=a.txt,line=1,col=1,endLine=2,")
    assert "\x1b" not in out.getvalue() and "50%25" in lines[0]
    assert len(lines) == 2 and lines[1].startswith("passed")  # the annotation stayed on one line; then the summary
