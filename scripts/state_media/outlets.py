"""Finished outlet mappings: cleaned aliases, cross-country clashes removed, typology and owner chosen."""

from __future__ import annotations

from typing import Any

from state_media.curation import CURATED_ALIASES, TYPOLOGIES, UNAMBIGUOUS_NAMES
from state_media.drafts import Draft, Stats
from state_media.names import al_variant, ascii_fold, is_ambiguous, loose, split_parens


class Flow(list[str]):
    """A list written on one line, as outlets' aliases and domains are: one outlet reads as a few lines."""


def finalise(drafts: list[Draft], countries: frozenset[str], stats: Stats) -> list[dict[str, Any]]:
    """Outlet mappings in schema order, with aliases cleaned and cross-country clashes removed."""
    staged: list[tuple[Draft, list[str]]] = []
    for draft in drafts:
        # Curated aliases again, for outlets that only their editions created (RT); duplicates go below.
        candidates = [*draft.aliases, *CURATED_ALIASES.get((draft.country, draft.name), [])]
        for text in [draft.name, *candidates]:
            candidates.extend(v for v in (ascii_fold(text), al_variant(text)) if v)
        name = draft.name
        if is_ambiguous(name, countries) and (draft.country, name) not in UNAMBIGUOUS_NAMES:
            name = f"{name} ({draft.country})"
            stats.renamed.append(name)
        unique: dict[str, str] = {}  # case-insensitive dedupe; the first spelling wins
        for alias in candidates:
            low = alias.casefold()
            if low in (draft.name.casefold(), name.casefold()) or low in unique:
                continue
            if is_ambiguous(alias, countries):
                stats.ambiguous_aliases.add(low)
                continue
            unique[low] = alias
        draft.name = name
        staged.append((draft, list(unique.values())))
    # The registry is one lower-case table, so an alias that also names an outlet of another country would
    # attach the wrong country to one of them: drop it from both (names stay; they are the outlet itself).
    countries_of: dict[str, set[str]] = {}
    for draft, aliases in staged:
        for text in {draft.name.casefold(), *(a.casefold() for a in aliases)}:
            countries_of.setdefault(text, set()).add(draft.country)
    outlets = []
    for draft, aliases in staged:
        kept = []
        for alias in aliases:
            if len(countries_of[alias.casefold()]) > 1:
                stats.shared_aliases.add(alias.casefold())
            else:
                kept.append(alias)
        outlets.append(_outlet(draft, sorted(kept, key=lambda a: (a.casefold(), a)), stats))
    return outlets


def _outlet(draft: Draft, aliases: list[str], stats: Stats) -> dict[str, Any]:
    outlet: dict[str, Any] = {"name": draft.name}
    if aliases:
        outlet["aliases"] = Flow(aliases)
    if draft.domains:
        outlet["domains"] = Flow(sorted(draft.domains))
    outlet["country"] = draft.country
    if draft.typologies:
        # Most rows agree; where merged rows disagree, the most frequent class wins, then the more state-run.
        order = {code: i for i, code in enumerate(TYPOLOGIES)}
        ranked = sorted(draft.typologies.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), kv[0]))
        if ranked[0][0] not in TYPOLOGIES:
            stats.unknown_typologies.add(ranked[0][0])
        outlet["typology"] = ranked[0][0]
    owners = [c for c, _ in sorted(draft.companies.items(), key=lambda kv: (-kv[1], kv[0])) if not _is_self(c, draft)]
    if owners:
        outlet["owner"] = owners[0]
    return outlet


def _is_self(company: str, draft: Draft) -> bool:
    # Editions carry the company of the whole outlet ("TRT World" of "... Kurumu (TRT)"): not an owner.
    head, parens = split_parens(company)
    return bool({loose(head), *(loose(p) for p in parens)} & draft.match_keys())
