"""`report --format html`: the corpus report as a page with charts (provenance/render/html/ builds it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from provenance.errors import Problem
from provenance.model import Document
from provenance.render.html.report import write_report
from provenance.render.options import RenderOptions


def write(docs: Sequence[Document], skipped: Sequence[Problem], stream: TextIO, options: RenderOptions) -> None:
    """The report page of these documents, naming the files that could not be read."""
    write_report(docs, skipped, stream, options)
