"""Make untrusted text inert in Markdown and in the HTML a Markdown renderer produces.

Every piece of article text (names, quotes, sentences, file names) goes through `inline`: it
comes out as one line in which no character can open markup. Backslash escapes work for every
ASCII punctuation character in CommonMark, so escaping them all would be safe but unreadable;
we escape the ones that can start something (emphasis, code, links, images, HTML, headings,
tables, strikethrough, GitHub math and mentions) and turn `&` into `&amp;` so no entity survives.
Line-start constructs (headings, lists, block quotes, setext underlines) cannot occur because
the text is flattened to one line and always placed after our own prefix.
"""

from __future__ import annotations

import re

from provenance.render.sanitize import display_line

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~$@{}])")
_SPACE = re.compile(r"\s+")


def inline(text: str) -> str:
    """One line of Markdown showing `text` literally, whatever it contains."""
    flat = _SPACE.sub(" ", display_line(text)).strip()
    return _SPECIAL.sub(r"\\\1", flat.replace("&", "&amp;"))


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary with an ellipsis past `limit` characters (before escaping)."""
    flat = _SPACE.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def cell(text: str, limit: int = 120) -> str:
    """A table cell of untrusted text: shortened, flattened, escaped; never empty."""
    return inline(shorten(text, limit)) or "—"


def table(header: list[str], rows: list[list[str]], align: str = "") -> list[str]:
    """Markdown table lines; cells must already be escaped. `align` gives one of l/r per column."""
    marks = [("---:" if a == "r" else "---") for a in (align or "l" * len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines
