"""Loading the rules a command asks for: the default pack, --rules folders, --disable prefixes."""

from __future__ import annotations

from pathlib import Path

from provenance.cli.exits import ExitCode, Stop, say
from provenance.errors import Problem, ProvenanceError
from provenance.ruleset.cache import RulesetCache
from provenance.ruleset.describe import UnknownRule, find_rule
from provenance.ruleset.loader import Pack, is_disabled, load_rulebook, user_packs
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import Rule


def packs(extra: list[Path], no_default: bool) -> list[Pack]:
    """The default pack (unless left out) and one pack per extra folder or file (with its pack.yaml, if any)."""
    return user_packs(extra, no_default)


def rulebook(extra: list[Path], no_default: bool, disable: list[str] | None = None, cached: bool = True) -> Rulebook:
    """Load the default pack and any extra folders minus `disable`; stops with 2 listing every problem."""
    try:
        book = load_rulebook(packs(extra, no_default), cache=RulesetCache.for_user() if cached else None)
    except ProvenanceError as exc:
        say(exc.problems)
        raise Stop(ExitCode.ERROR) from None
    # A mistyped prefix would silently disable nothing: say so, as pack.yaml's `disable:` does.
    unknown = [p for p in disable or () if not any(is_disabled(r.meta.id, [p]) for r in book.rules)]
    if unknown:
        say([Problem("--disable", f"'{p}' matches no rule id (see `provenance rules list`)") for p in unknown])
        raise Stop(ExitCode.ERROR)
    return Rulebook(tuple(r for r in book.rules if not is_disabled(r.meta.id, disable))) if disable else book


def pick_rule(book: Rulebook, query: str) -> Rule:
    """The rule a user means by `query`; stops with 2 suggesting close ids when there is none."""
    try:
        return find_rule(book.rules, query)
    except UnknownRule as exc:
        hint = f"; did you mean {' or '.join(exc.candidates)}?" if exc.candidates else "; see `provenance rules list`"
        say([Problem("rules", f"{exc}{hint}")])
        raise Stop(ExitCode.ERROR) from None
