"""provenance: who said what in a news article, through whom, and in what words."""

from __future__ import annotations

from functools import cache

from provenance.model import Document
from provenance.ruleset.loader import load_rulebook
from provenance.ruleset.rulebook import Rulebook

__all__ = ["Document", "Rulebook", "annotate", "load_rulebook"]
__version__ = "0.1.0"


@cache
def _default_rulebook() -> Rulebook:
    return load_rulebook()


def annotate(text: str, rules: Rulebook | None = None, path: str | None = None) -> Document:
    """Annotate an article's text; uses the shipped rules unless a Rulebook is given."""
    from provenance.pipeline import annotate_text

    return annotate_text(text, rules or _default_rulebook(), path)
