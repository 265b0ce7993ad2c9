"""Output formats of `provenance report`: one module each, all with the signature of ReportWriter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO

from provenance.errors import Problem
from provenance.model import Document
from provenance.render.options import RenderOptions
from provenance.render.registry import Registry

# A report also takes the files that were skipped, which its summary counts and lists.
ReportWriter = Callable[[Sequence[Document], Sequence[Problem], TextIO, RenderOptions], None]

FORMATS: Registry[ReportWriter] = Registry(
    {
        "markdown": "provenance.render.report.markdown",
        "json": "provenance.render.report.json",
        "html": "provenance.render.report.html",
    }
)
