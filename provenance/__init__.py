"""provenance: who said what in a news article, through whom, and in what words."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from provenance.version import __version__

if TYPE_CHECKING:
    from provenance.model import Document
    from provenance.ruleset.rulebook import Rulebook

__all__ = ["Document", "__version__", "annotate", "load_rulebook"]


def __getattr__(name: str) -> object:
    """`provenance.Document`, loaded when asked for: `provenance --version` need not build the result model."""
    if name == "Document":
        from provenance.model import Document

        return Document
    raise AttributeError(f"module 'provenance' has no attribute {name!r}")


@cache
def _default_rulebook() -> Rulebook:
    from provenance.ruleset.loader import load_rulebook

    return load_rulebook()


def load_rulebook() -> Rulebook:
    """The shipped rules, loaded once per process (build your own with provenance.ruleset.loader)."""
    return _default_rulebook()


def annotate(
    text: str,
    rules: Rulebook | None = None,
    path: str | None = None,
    *,
    input_format: str = "auto",
    readability: bool = True,
) -> Document:
    """Annotate an article (plain text, Markdown or HTML); uses the shipped rules unless a Rulebook is given."""
    from provenance.core.annotate import annotate as annotate_article

    return annotate_article(
        text, rules or _default_rulebook(), path, input_format=input_format, readability=readability
    )
