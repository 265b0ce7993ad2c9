"""The names an outlet goes by (registry name, aliases, domains, initials) and the registry outlets a line names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from provenance.model import Span
from provenance.ruleset.rulebook import KnownOutlet
from provenance.trace.shingles import normalise, tokens

_DOMAIN = re.compile(r"(?<![\w.@-])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,6})(?![\w.-])", re.IGNORECASE)
_SPLIT = re.compile(r"[\s\u00a0-]+")
NAME_WORDS = 6  # the longest registry name looked for in a line ("Islamic Republic of Iran News Network")
# A name is matched whatever its case only when it is a word of four letters or more written in mixed case in the
# registry ("Reuters" as "reuters"): acronyms ("APP", "MIR") and short names in other case are ordinary words.
_FOLD_MIN = 4


def same_outlet(a: str, b: str) -> bool:
    """Whether two outlet names denote the same outlet ("Sputnik" and "Sputnik News" do)."""
    x, y = " ".join(normalise(a).split()), " ".join(normalise(b).split())
    if not x or not y:
        return False
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


def initials(name: str) -> str | None:
    """The initials of a name of capitalised words ("Anadolu Agency" -> "AA", "Agence France-Presse" -> "AFP")."""
    words = [w for w in _SPLIT.split(name.strip()) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _folds(name: str) -> bool:
    return len(name) >= _FOLD_MIN and not name.isupper() and not name.islower()


def _key(name: str) -> str:
    return " ".join(normalise(name).split())


@dataclass(frozen=True, slots=True)
class OutletNames:
    """Every name of one outlet: as stored, the registry's name, aliases and domains, and their initials."""

    forms: tuple[str, ...]
    domains: frozenset[str]
    acronyms: frozenset[str]

    def same(self, name: str) -> bool:
        """Whether a name (from a credit line or a dateline) denotes this outlet."""
        return (
            any(same_outlet(name, form) for form in self.forms)
            or name.replace(".", "").strip() in self.acronyms
            or name.lower().removeprefix("www.") in self.domains
        )

    def named_in(self, text: str, start: int, end: int) -> bool:
        """Whether the text between start and end names the outlet (case as written, or folded for long names)."""
        piece = text[start:end]
        for form in self.forms:
            flags = re.IGNORECASE if _folds(form) else 0
            if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", piece, flags):
                return True
        if any(m.group(1).lower() in self.domains for m in _DOMAIN.finditer(piece)):
            return True
        return any(re.search(rf"(?<![\w.]){a}(?![\w.])", piece) for a in self.acronyms)


def outlet_names(outlet: str | None, registry: Mapping[str, KnownOutlet] | None = None) -> OutletNames:
    """The names of an outlet stored under `outlet`, with its registry entry's when the registry knows it."""
    if not outlet or not outlet.strip():
        return OutletNames((), frozenset(), frozenset())
    forms, domains = [outlet.strip()], set()
    known = (registry or {}).get(_registry_key(outlet))
    if known is not None:
        forms += [known.outlet.name, *known.outlet.aliases]
        domains = {d.lower() for d in known.outlet.domains}
    acronyms = {a for f in forms if (a := initials(f)) and len(a) >= 2}
    return OutletNames(tuple(dict.fromkeys(forms)), frozenset(domains), frozenset(acronyms))


def _registry_key(name: str) -> str:
    key = name.lower().strip(" .\u00a0")
    return key.removeprefix("the ") if key.startswith("the ") else key


@dataclass(frozen=True, slots=True)
class _Names:
    """A registry's names as a lookup: exact forms, folded forms (long mixed-case names) and domains."""

    exact: dict[str, KnownOutlet]
    folded: dict[str, KnownOutlet]
    domains: dict[str, KnownOutlet]


_CACHE: dict[int, tuple[Mapping[str, KnownOutlet], _Names]] = {}


def _names(registry: Mapping[str, KnownOutlet]) -> _Names:
    cached = _CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1]
    exact: dict[str, KnownOutlet] = {}
    folded: dict[str, KnownOutlet] = {}
    domains: dict[str, KnownOutlet] = {}
    for known in _unique(registry.values()):
        for name in (known.outlet.name, *known.outlet.aliases):
            exact.setdefault(" ".join(name.split()), known)
            if _folds(name):
                folded.setdefault(_key(name), known)
        for domain in known.outlet.domains:
            domains.setdefault(domain.lower(), known)
    names = _Names(exact, folded, domains)
    _CACHE.clear()  # one rule book at a time in practice; never grows
    _CACHE[id(registry)] = (registry, names)
    return names


def _unique(outlets: Iterable[KnownOutlet]) -> list[KnownOutlet]:
    seen: set[int] = set()
    return [o for o in outlets if not (id(o) in seen or seen.add(id(o)))]  # type: ignore[func-returns-value]


def outlets_in(text: str, line: Span, registry: Mapping[str, KnownOutlet]) -> list[tuple[KnownOutlet, Span, int]]:
    """Registry outlets a line names, each with its span and the number of the line's words it takes."""
    names = _names(registry)
    words = tokens(text, line.start, line.end)
    found: list[tuple[KnownOutlet, Span, int]] = []
    i = 0
    while i < len(words):
        for n in range(min(NAME_WORDS, len(words) - i), 0, -1):
            start, end = words[i].start, words[i + n - 1].end
            piece = " ".join(text[start:end].split())
            known = names.exact.get(piece) or names.exact.get(piece.removeprefix("The ").removeprefix("the "))
            known = known or names.folded.get(_key(piece).removeprefix("the "))
            if known is not None:
                found.append((known, Span(start, end, text[start:end]), n))
                i += n
                break
        else:
            i += 1
    for match in _DOMAIN.finditer(text, line.start, line.end):
        known = names.domains.get(match.group(1).lower())
        if known is not None:
            n = len(tokens(text, match.start(), match.end()))
            found.append((known, Span(match.start(), match.end(), match.group(0)), n))
    return found
