"""Outlets being assembled from CSV rows: one draft per outlet, editions and duplicates folded in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from state_media.curation import CANONICAL, COMPANY_FIXES, COUNTRY_FIXES, CURATED_ALIASES, DAILIES, NAME_FIXES
from state_media.names import domain_of, edition_base, loose, normalise_typology, paren_kind, split_parens, tidy


@dataclass
class Draft:
    """An outlet being assembled from one or more CSV rows."""

    name: str
    country: str
    aliases: list[str] = field(default_factory=list)
    domains: set[str] = field(default_factory=set)
    typologies: Counter[str] = field(default_factory=Counter)
    companies: Counter[str] = field(default_factory=Counter)

    def match_keys(self) -> set[str]:
        """Loose keys of the name and every alias."""
        return {loose(self.name), *(loose(a) for a in self.aliases)}

    def absorb(self, other: Draft, keep_name: bool = True) -> None:
        """Merge another draft into this one; its name becomes an alias."""
        if keep_name:
            self.aliases.append(other.name)
        self.aliases.extend(other.aliases)
        self.domains |= other.domains
        self.typologies.update(other.typologies)
        self.companies.update(other.companies)


DraftKey = tuple[str, str]  # (country, loose name)
Drafts = dict[DraftKey, Draft]


@dataclass
class Stats:
    """Counts for the summary line and the report."""

    rows: int = 0
    ambiguous_aliases: set[str] = field(default_factory=set)
    shared_aliases: set[str] = field(default_factory=set)
    renamed: list[str] = field(default_factory=list)
    unknown_typologies: set[str] = field(default_factory=set)


def parse_row(row: Mapping[str, str]) -> tuple[Draft, str | None] | None:
    """One CSV row as a one-row draft plus the base outlet it is an edition of; None for an empty row."""
    country = tidy(row.get("Country") or "")
    raw_name = tidy(row.get("Main assets") or "")
    if not country or not raw_name:
        return None
    country = COUNTRY_FIXES.get(country, country)
    name, parens = split_parens(DAILIES.sub(" ", NAME_FIXES.get(raw_name, raw_name)))
    if not name:
        return None
    aliases = [p for p in parens if paren_kind(p) == "name"]
    base = edition_base(name)
    canonical = CANONICAL.get((country, name))
    if canonical:
        aliases.append(name)
        name, base = canonical, None
    # Curated aliases join now, not at the end, so editions can fold in through them ("FNA English" -> Fars).
    aliases.extend(CURATED_ALIASES.get((country, name), []))
    draft = Draft(name, country, aliases)
    company = tidy(row.get("Media company") or "")
    company = COMPANY_FIXES.get(company, company)
    if company:
        head, company_parens = split_parens(company)
        company_names = [head, *(p for p in company_parens if paren_kind(p) == "name")]
        if loose(name) in {loose(n) for n in company_names if n}:
            # The asset is the company itself (SANA of "Syrian Arab News Agency (SANA)"): its names are aliases.
            draft.aliases.extend(n for n in company_names if n)
        else:
            draft.companies[company] += 1
    domain = domain_of(row.get("URL") or "")
    if domain:
        draft.domains.add(domain)
    typology = normalise_typology(row.get("Typology") or "")
    if typology:
        draft.typologies[typology] += 1
    return draft, base


def group_rows(rows: Iterable[Mapping[str, str]], stats: Stats) -> list[Draft]:
    """Drafts merged by name, with editions folded into their base outlet."""
    drafts: Drafts = {}
    bases: dict[DraftKey, str] = {}
    for row in rows:
        stats.rows += 1
        parsed = parse_row(row)
        if parsed is None:
            continue
        draft, base = parsed
        key = (draft.country, loose(draft.name))
        if key in drafts:
            drafts[key].absorb(draft, keep_name=False)
        else:
            drafts[key] = draft
        if base:
            bases[key] = base
    _fold_editions(drafts, bases)
    _fold_aliases(drafts)
    return sorted(drafts.values(), key=lambda d: (d.country, d.name.casefold(), d.name))


def _fold_editions(drafts: Drafts, bases: dict[DraftKey, str]) -> None:
    # An edition joins the outlet named like its base ("Xinhua Spanish" -> Xinhua) or known by it as an
    # alias ("FNA English" -> Fars News Agency, alias FNA); editions of a base that no row names
    # ("RT Deutsch", "RT Arabic", ...) make that base an outlet when there are at least two of them.
    orphans: dict[tuple[str, str], list[DraftKey]] = {}
    for key in sorted(bases):
        country, _ = key
        base = bases[key]
        target = drafts.get((country, loose(base)))
        if target is None:
            holders = _known_as(drafts, country, loose(base), key)
            target = drafts[holders[0]] if len(holders) == 1 else None
        if target is not None and target is not drafts[key]:
            target.absorb(drafts.pop(key))
        elif target is None:
            orphans.setdefault((country, loose(base)), []).append(key)
    for (country, base_key), keys in sorted(orphans.items()):
        if len(keys) < 2:
            continue
        created = Draft(bases[keys[0]], country)
        for key in keys:
            created.absorb(drafts.pop(key))
        drafts[(country, base_key)] = created


def _known_as(drafts: Drafts, country: str, key: str, other_than: DraftKey) -> list[DraftKey]:
    """Keys of the other drafts of a country that have `key` among their loose names."""
    return [k for k, d in sorted(drafts.items()) if k[0] == country and k != other_than and key in d.match_keys()]


def _fold_aliases(drafts: Drafts) -> None:
    # A row whose name another row of the same country gives as an alias is that outlet listed twice
    # ("Qatar News Agency" under its parent and "QNA" under "Qatar News Agency (QNA)").
    for key in sorted(drafts):
        if key not in drafts:
            continue
        country, name_key = key
        holders = _known_as(drafts, country, name_key, key)
        if len(holders) == 1:
            drafts[holders[0]].absorb(drafts.pop(key))
