"""Output formats: one module each, one signature, looked up in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from provenance.model import Document
from provenance.render.lazy import lazy_writer
from provenance.render.options import RenderOptions

Writer = Callable[[Iterable[Document], TextIO, RenderOptions], None]


# rich is imported only when a terminal view is asked for, and each format's module only when used.
FORMATS: dict[str, Writer] = {
    "terminal": lazy_writer("provenance.render.terminal"),
    "json": lazy_writer("provenance.render.json_format"),
    "markdown": lazy_writer("provenance.render.markdown"),
    "corpus-json": lazy_writer("provenance.render.corpus_json"),
}
