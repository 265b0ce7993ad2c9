"""`annotate --format html`: one self-contained page (provenance/render/html/ builds it)."""

from provenance.render.html.document import write

__all__ = ["write"]
