"""Output formats of `provenance annotate`: one module each, all with the signature of AnnotateWriter."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from provenance.model import Document
from provenance.render.options import RenderOptions
from provenance.render.registry import Registry

AnnotateWriter = Callable[[Iterable[Document], TextIO, RenderOptions], None]

FORMATS: Registry[AnnotateWriter] = Registry(
    {
        "terminal": "provenance.render.annotate.terminal",
        "json": "provenance.render.annotate.json",
        "html": "provenance.render.annotate.html",
    }
)
