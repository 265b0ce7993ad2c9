"""Parsing and normalising the matrix's outlet names, domains and typology codes."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from state_media.curation import (
    AMBIGUOUS,
    CHANNEL_NUMBER,
    CONNECTORS,
    EDITIONS,
    LANGUAGES,
    NOTE_OPENERS,
    SKIP_DOMAINS,
    TYPE_PREFIX,
)


def loose(text: str) -> str:
    """Comparison key that ignores case, spaces and punctuation ("PressTV" == "Press TV")."""
    return re.sub(r"[\W_]+", "", text.casefold())


def tidy(text: str) -> str:
    """Collapse whitespace and drop the matrix's footnote stars ("Gazprom Media**")."""
    return " ".join(text.replace("*", " ").split())


def split_parens(text: str) -> tuple[str, list[str]]:
    """'Radio Television Afghanistan (RTA)' -> ('Radio Television Afghanistan', ['RTA'])."""
    # Some values lose a bracket where a list was split over rows: close or drop it rather than fail.
    if text.count("(") > text.count(")"):
        text += ")"
    inner = [tidy(TYPE_PREFIX.sub("", part)) for part in re.findall(r"\(([^()]*)\)", text)]
    head = re.sub(r"\([^()]*\)", " ", text).replace("(", " ").replace(")", " ")
    return tidy(TYPE_PREFIX.sub("", tidy(head))), [p for p in inner if p]


def paren_kind(text: str) -> str:
    """Whether a parenthesis is an alias ('name'), a language edition ('edition') or a remark ('note')."""
    low = text.casefold()
    if low in LANGUAGES or low.endswith(" edition"):
        return "edition"
    words = text.split()
    if words[0].casefold() in NOTE_OPENERS:
        return "note"
    if any(w[0].islower() and w.casefold() not in CONNECTORS for w in words):
        return "note"
    return "name"


def edition_base(name: str) -> str | None:
    """'Xinhua Spanish' -> 'Xinhua', 'Russian RT' -> 'RT'; None when the name is not an edition."""
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in EDITIONS:
        return " ".join(words[:-1])
    if len(words) >= 2 and words[0].casefold() in LANGUAGES:
        return " ".join(words[1:])
    return None


def domain_of(url: str) -> str | None:
    """Lower-case host without www. of a URL that may lack a scheme; None for anything else."""
    url = url.strip()
    if not url or " " in url:
        return None
    try:
        host = urlsplit(url if "://" in url else f"http://{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host or not re.fullmatch(r"[a-z0-9.-]+", host):
        return None
    # "www3." (NHK) and the typo "ww." (Ukrinform) are the same site as the bare host.
    host = re.sub(r"^w{2,3}\d*\.", "", host)
    return None if host in SKIP_DOMAINS else host


def normalise_typology(value: str) -> str | None:
    """'ISFM?' -> 'ISFM'; '' -> None."""
    # The matrix marks a classification it is unsure of with "?" (four rows, "ISFM?"); the class is kept.
    code = value.strip().rstrip("?").strip()
    return code or None


def ascii_fold(text: str) -> str | None:
    """'Radio România' -> 'Radio Romania'; None when folding changes nothing or leaves non-ASCII letters."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return folded if folded != text and folded.isascii() else None


def al_variant(text: str) -> str | None:
    """'Al Jazeera' <-> 'Al-Jazeera': Arabic titles are written both ways."""
    if re.match(r"^Al [A-Z]", text):
        return "Al-" + text[3:]
    if re.match(r"^Al-[A-Z]", text):
        return "Al " + text[3:]
    return None


def is_ambiguous(text: str, countries: frozenset[str]) -> bool:
    """Whether a name or alias would match ordinary text: a common word, a country, a channel number."""
    low = text.casefold()
    return len(low) < 2 or low.isdigit() or low in AMBIGUOUS or low in countries or bool(CHANNEL_NUMBER.match(text))
