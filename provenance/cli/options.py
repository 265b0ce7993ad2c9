"""Options shared by several commands, declared once; the choices of each come from its registry."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated

import typer

from provenance.core.markup import INPUT_FORMATS
from provenance.io.fetch import FetchSettings
from provenance.io.reader import DEFAULT_MAX_BYTES
from provenance.model import Severity

__all__ = ["COLORS", "DEFAULT_MAX_BYTES", "choice", "fetching", "severity"]


def choice(names: Iterable[str]) -> Callable[[str], str]:
    """A parser that accepts one of `names` (a registry's formats, say) and names them all when refusing."""
    allowed = tuple(names)

    def parse(value: str) -> str:
        if value not in allowed:
            raise typer.BadParameter(f"'{value}' is not one of {', '.join(allowed)}")
        return value

    return parse


Paths = Annotated[
    list[str],
    typer.Argument(metavar="PATH...", help="Article files, folders (searched recursively) or globs; '-' is stdin."),
]
Rules = Annotated[
    list[Path] | None, typer.Option("--rules", metavar="FOLDER", help="Extra rules folder (a pack); repeatable.")
]
NoDefaultRules = Annotated[bool, typer.Option("--no-default-rules", help="Use only the --rules folders.")]
Disable = Annotated[
    list[str] | None,
    typer.Option(
        "--disable", metavar="RULE", help="Rule id or id prefix to switch off, e.g. default.loaded; repeatable."
    ),
]
Publisher = Annotated[str | None, typer.Option(metavar="NAME", help="Name at the root of the attribution chain.")]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, metavar="N", help="Worker processes (default: one per 8 articles, up to all cores)."
    ),
]
MaxBytes = Annotated[int, typer.Option(min=1, metavar="BYTES", help="Refuse files larger than this.")]
# Narrower than this, panels and tables have no room for a word per line and print nothing useful.
MIN_WIDTH = 20
Width = Annotated[
    int | None, typer.Option(min=MIN_WIDTH, metavar="COLUMNS", help="Terminal width (default: detect; at least 20).")
]
InputFormat = Annotated[
    str,
    typer.Option(
        "--input-format",
        metavar="FORMAT",
        parser=choice(INPUT_FORMATS),
        help="auto (by suffix .md/.html, then by content), text, markdown or html.",
    ),
]
Cache = Annotated[
    Path | None,
    typer.Option("--cache", metavar="FOLDER", help="Keep fetched pages here and reuse them (reruns work offline)."),
]
Timeout = Annotated[float, typer.Option("--timeout", min=1.0, metavar="SECONDS", help="Give up on a URL after this.")]
WholePage = Annotated[
    bool,
    typer.Option("--whole-page", help="Web pages: read all of the page, not only its main text (no extraction)."),
]


def fetching(max_bytes: int, timeout: float, cache: Path | None) -> FetchSettings:
    """How URLs are fetched, from the options."""
    return FetchSettings(max_bytes, timeout, cache)


# --color: auto lets the renderer decide (colour on a terminal unless NO_COLOR is set).
COLORS: dict[str, bool | None] = {"auto": None, "always": True, "never": False}
Color = Annotated[
    str,
    typer.Option("--color", metavar="WHEN", parser=choice(COLORS), help="Colour: auto, always or never."),
]


def severity(value: str | None) -> Severity | None:
    """A --fail-on / --show value as a Severity."""
    return Severity(value) if value else None
