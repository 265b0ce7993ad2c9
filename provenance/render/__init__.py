"""Output formats: one module each, one signature, looked up in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from provenance.model import Document
from provenance.render.options import RenderOptions

Writer = Callable[[Iterable[Document], TextIO, RenderOptions], None]


def _terminal(docs: Iterable[Document], stream: TextIO, options: RenderOptions) -> None:
    from provenance.render.terminal import write  # rich is imported only when a terminal view is asked for

    write(docs, stream, options)


def _json(docs: Iterable[Document], stream: TextIO, options: RenderOptions) -> None:
    from provenance.render.json_format import write

    write(docs, stream, options)


def _markdown(docs: Iterable[Document], stream: TextIO, options: RenderOptions) -> None:
    from provenance.render.markdown import write

    write(docs, stream, options)


def _corpus_json(docs: Iterable[Document], stream: TextIO, options: RenderOptions) -> None:
    from provenance.render.corpus_json import write

    write(docs, stream, options)


FORMATS: dict[str, Writer] = {
    "terminal": _terminal,
    "json": _json,
    "markdown": _markdown,
    "corpus-json": _corpus_json,
}
