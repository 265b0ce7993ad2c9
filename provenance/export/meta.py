"""What the export knows of an article beyond its text: a stable id, its outlet, date and URL."""

from __future__ import annotations

import csv
import datetime
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from urllib.parse import urlsplit

from provenance.errors import Problem, ProvenanceError


@dataclass(frozen=True, slots=True)
class DocMeta:
    """Outlet, publication date and URL of one article; None where unknown."""

    outlet: str | None = None
    date: datetime.date | None = None
    url: str | None = None


# path (exactly as given to the export) -> what a catalog says of that article
Catalog = Mapping[str, DocMeta]

# A date in a file name or URL path: 2015-11-11, 2015_11_11 or /2015/11/11/.
_DATE = re.compile(r"(?<!\d)(\d{4})([-_/])(\d{2})\2(\d{2})(?!\d)")


def doc_id(path: str | None, text: str) -> str:
    """A stable id: the same path and text give the same id on any machine, in any run."""
    digest = hashlib.sha256()
    digest.update((path or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    # 64 bits: a collision is unlikely below billions of articles, and the id stays short in joins.
    return digest.hexdigest()[:16]


def _date_in(name: str) -> datetime.date | None:
    for match in _DATE.finditer(name):
        try:
            return datetime.date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue  # 2015-13-45 is not a date; a later match may be
    return None


def derive(path: str | None) -> DocMeta:
    """Outlet and date read from a path: `nyt_2016-01-05_title.txt` is nyt on 5 January 2016.

    For a URL the outlet is its host without `www.`; for a file name the part before its first
    underscore (the convention of PolNeAR and of most scraped archives), lower-cased.
    """
    if not path:
        return DocMeta()
    if "://" in path:
        parts = urlsplit(path)
        host = (parts.hostname or "").removeprefix("www.")
        return DocMeta(host or None, _date_in(parts.path), path)
    name = PurePath(path).name
    stem, sep, _ = name.partition("_")
    return DocMeta(stem.lower() if sep and stem else None, _date_in(name))


def meta_for(path: str | None, catalog: Catalog | None) -> DocMeta:
    """The catalog's entry for a path, its gaps filled from the path itself."""
    derived = derive(path)
    given = catalog.get(path) if catalog is not None and path is not None else None
    if given is None:
        return derived
    return DocMeta(given.outlet or derived.outlet, given.date or derived.date, given.url or derived.url)


def load_catalog(csv_path: Path) -> dict[str, DocMeta]:
    """Read a CSV with a header `path,outlet,date,url` (outlet, date and url may be empty or absent)."""
    problems: list[Problem] = []
    catalog: dict[str, DocMeta] = {}
    with csv_path.open(newline="", encoding="utf-8-sig") as stream:
        reader = csv.DictReader(stream)
        if reader.fieldnames is None or "path" not in reader.fieldnames:
            raise ProvenanceError(Problem(str(csv_path), "a catalog needs a header line with a 'path' column"))
        for line, row in enumerate(reader, start=2):
            day: datetime.date | None = None
            if row.get("date"):
                try:
                    day = datetime.date.fromisoformat(row["date"].strip())
                except ValueError:
                    problems.append(Problem(str(csv_path), f"date {row['date']!r} is not YYYY-MM-DD", line, 1))
            catalog[row["path"]] = DocMeta(row.get("outlet") or None, day, row.get("url") or None)
    if problems:
        raise ProvenanceError(problems)
    return catalog
