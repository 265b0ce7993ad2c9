"""A traced made-up republication shared by the renderer tests, with hostile text in its new headline."""

from __future__ import annotations

from functools import cache

from provenance.trace.index import TraceIndex
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer
from provenance.trace.types import TraceResult

from .articles import ORIGIN, republish

HOSTILE_HEADLINE = "Harbor [bold]plan[/bold] *pushed* <script>x</script> \x1b[31mthrough\x1b[0m \u202eevil"


@cache
def traced() -> TraceResult:
    """The republication with a hostile headline, a loaded word swapped in and no credit line."""
    index = TraceIndex.in_memory()
    index.add([SourceText("origin <b>.txt", ORIGIN, "Harbor Post")])
    copy = republish(headline=HOSTILE_HEADLINE, credit=None, replace=(("Lee criticized", "Lee slammed"),))
    return Tracer(index).text(copy, "copy|[red].txt")
