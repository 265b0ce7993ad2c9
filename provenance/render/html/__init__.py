"""Self-contained HTML pages: the annotated article (`write`) and the corpus report (`write_report`)."""

from __future__ import annotations

from provenance.render.html.document import write
from provenance.render.html.report import write_report

__all__ = ["write", "write_report"]
