"""The prose view of a Markdown article: code, HTML, URLs, link targets and markup characters blanked.

markdown-it-py finds the block structure (fenced and indented code, HTML blocks) with line maps;
inline markup has no positions in its tokens, so it is blanked with patterns line by line.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from provenance.core.markup.chars import blank, decode_entities, fill
from provenance.core.markup.html import mask_html

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)
# A paragraph never spans a blank line, so neither does an inline construct.
_INLINE_CHAR = r"(?:[^\n]|\n(?![ \t]*\n))"
_INLINE: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(`+)(?!`){_INLINE_CHAR}*?(?<!`)\1(?!`)"),  # code span
    re.compile(r"<(?:https?|ftp|mailto):[^\s<>]*>"),  # autolink
    re.compile(r"<!--.*?-->", re.DOTALL),  # comment (a suppression note, say)
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # inline HTML tag
    re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]"),  # image, inline or by reference
    re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE),  # link reference definition
    re.compile(r"(?:https?://|ftp://|www\.)[^\s<>()\[\]]+(?:\([^\s()]*\)[^\s<>()\[\]]*)*"),  # bare URL
)
_JOINING = (_INLINE[2], _INLINE[3])  # a comment or an inline tag inside a word does not split it on the page
# Link text stays; the brackets and the target go.
_LINK = re.compile(r"\[(?=[^\]\n]*\](?:\(|\[))|\]\([^)\n]*(?:\([^)\n]*\)[^)\n]*)*\)|\]\[[^\]\n]*\]")
_LINE_MARKERS = re.compile(
    r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?", re.MULTILINE
)
_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-+|\*{3,}|_{3,}|(?:\|?[ \t]*:?-+:?[ \t]*)+\|?)[ \t]*$", re.MULTILINE)
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.MULTILINE)
_EMPHASIS = re.compile(r"(?<![\w\\])(?:\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3}|~~)(?![\w])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_PIPE = re.compile(r"(?<!\\)\|")


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported for Markdown input only: a plain-text run never needs it

    return MarkdownIt("commonmark").enable("table")


def parse_blocks(text: str) -> list[Token]:
    """markdown-it's block tokens for `text`, front matter read as blank lines (line maps stay right)."""
    front = _FRONT_MATTER.match(text)
    if front:
        text = re.sub(r"[^\n]", " ", front.group()) + text[front.end() :]
    return _parser().parse(text)


def _line_starts(text: str) -> list[int]:
    # Lines as markdown-it counts them: it reads a lone CR and CR LF as line breaks too.
    return [0] + [m.end() for m in re.finditer(r"\r\n?|\n", text)] + [len(text)]


def _blank_blocks(text: str, chars: list[str], pad: str, join: str) -> None:
    starts = _line_starts(text)
    for token in _parser().parse(text):
        if token.map is None or token.type not in ("fence", "code_block", "html_block"):
            continue
        start, end = starts[min(token.map[0], len(starts) - 1)], starts[min(token.map[1], len(starts) - 1)]
        if token.type == "html_block":
            chars[start:end] = list(mask_html(text[start:end], pad, join))
        else:
            blank(chars, start, end, block=True)


def without_code(text: str) -> str:
    """Same-length text with fenced and indented code blocks and code spans blanked: what is shown literally."""
    chars = list(text)
    starts = _line_starts(text)
    for token in _parser().parse(text):
        if token.map is not None and token.type in ("fence", "code_block"):
            blank(chars, starts[min(token.map[0], len(starts) - 1)], starts[min(token.map[1], len(starts) - 1)])
    current = "".join(chars)
    for match in _INLINE[0].finditer(current):
        blank(chars, match.start(), match.end())
    return "".join(chars)


def mask_markdown(text: str, pad: str = " ", join: str = " ") -> str:
    """Same-length text with only the Markdown article's prose left (entities padded with `pad`, inline HTML and
    comments with `join`: see mask_html)."""
    chars = list(text)
    front = _FRONT_MATTER.match(text)
    if front:
        blank(chars, 0, front.end())
    _blank_blocks(text, chars, pad, join)
    for pattern in (*_INLINE, _LINK, _UNDERLINE, _LINE_MARKERS, _CLOSING_HASHES, _EMPHASIS, _ESCAPE, _PIPE):
        # Each pass reads what the previous ones left, so nothing matches inside code already blanked.
        current = "".join(chars)
        joins = join != " " and pattern in _JOINING
        for match in pattern.finditer(current):
            if joins:
                fill(chars, match.start(), match.end(), join)
            else:
                blank(chars, match.start(), match.end())
    current = "".join(chars)
    decode_entities(chars, current, 0, len(current), pad)
    return "".join(chars)
