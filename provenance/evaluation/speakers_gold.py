"""Read the speakers gold (JSON Lines: headline, speakers with kinds and aliases, accused parties) and validate it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import Problem, ProvenanceError

GOLD_KINDS = ("person", "institution", "outlet", "document", "group", "anonymous", "place")
STATUSES = ("heard", "sought", "not-sought")


@dataclass(frozen=True, slots=True)
class GoldSpeaker:
    """One real-world source the article attributes words to, with every other way it is named."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldAccused:
    """A party accused of wrongdoing and whether the article hears it."""

    party: str
    status: str  # heard | sought | not-sought
    aliases: tuple[str, ...] = ()
    accuser: str | None = None
    evidence: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """The party's name followed by the aliases."""
        return (self.party, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One line of the gold file."""

    file: str  # relative to the root folder
    line: int  # 1-based line in the gold file, for messages
    headline: str | None
    speakers: tuple[GoldSpeaker, ...]
    accused: tuple[GoldAccused, ...]


class _Checker:
    """Collects the problems of one gold line, each with its key path."""

    def __init__(self, path: str, line: int) -> None:
        self.path, self.line = path, line
        self.problems: list[Problem] = []

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.path, message, line=self.line, key_path=key))

    def text(self, obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
        """A non-empty string under `key`; None (and a problem when required) otherwise."""
        value = obj.get(key)
        if value is None and not required:
            return None
        if key not in obj:
            self.fail(f"{where}{key}", "missing key")
        elif not isinstance(value, str) or not value.strip():
            self.fail(f"{where}{key}", f"expected a non-empty string, got {json.dumps(value)[:60]}")
        else:
            return value
        return None

    def strings(self, obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        """A list of strings under `key` (absent means empty)."""
        value = obj.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{where}{key}", "expected a list of strings")
            return ()
        return tuple(v for v in value if v.strip())

    def objects(self, obj: dict[str, Any], key: str) -> list[dict[str, Any]]:
        """A required list of JSON objects under `key`."""
        value = obj.get(key)
        if key not in obj:
            self.fail(key, "missing key")
            return []
        if not isinstance(value, list):
            self.fail(key, "expected a list")
            return []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                self.fail(f"{key}[{i}]", "expected an object")
        return [item for item in value if isinstance(item, dict)]


def _speaker(check: _Checker, obj: dict[str, Any], where: str) -> GoldSpeaker | None:
    name = check.text(obj, "name", where)
    kind = check.text(obj, "kind", where)
    if kind is not None and kind not in GOLD_KINDS:
        check.fail(f"{where}kind", f"unknown kind {kind!r}; expected one of {', '.join(GOLD_KINDS)}")
        kind = None
    aliases = check.strings(obj, "aliases", where)
    return GoldSpeaker(name, kind, aliases) if name is not None and kind is not None else None


def _accused(check: _Checker, obj: dict[str, Any], where: str) -> GoldAccused | None:
    party = check.text(obj, "party", where)
    status = check.text(obj, "status", where)
    if status is not None and status not in STATUSES:
        check.fail(f"{where}status", f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        status = None
    aliases = check.strings(obj, "aliases", where)
    accuser = check.text(obj, "accuser", where, required=False)
    evidence = check.text(obj, "evidence", where, required=False)
    if party is None or status is None:
        return None
    return GoldAccused(party, status, aliases, accuser, evidence)


def parse_line(raw: str, path: str, line: int) -> tuple[GoldArticle | None, list[Problem]]:
    """One gold line as an article, or None with the problems that prevent it."""
    check = _Checker(path, line)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, [Problem(path, f"invalid JSON: {exc.msg}", line=line, column=exc.colno)]
    if not isinstance(obj, dict):
        return None, [Problem(path, "expected a JSON object", line=line)]
    file = check.text(obj, "file", "")
    if "headline" not in obj:
        check.fail("headline", "missing key (use null when the article has no headline line)")
    headline = check.text(obj, "headline", "", required=False)
    speakers = [_speaker(check, s, f"speakers[{i}].") for i, s in enumerate(check.objects(obj, "speakers"))]
    accused = [_accused(check, a, f"accused[{i}].") for i, a in enumerate(check.objects(obj, "accused"))]
    if check.problems or file is None:
        return None, check.problems
    article = GoldArticle(file, line, headline, tuple(s for s in speakers if s), tuple(a for a in accused if a))
    return article, []


def read_gold(path: Path) -> tuple[GoldArticle, ...]:
    """Every article of a gold file; raises ProvenanceError listing every bad line (FILE:LINE, key)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvenanceError(Problem(str(path), f"cannot read the gold file: {exc}")) from exc
    articles: list[GoldArticle] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        article, found = parse_line(line, str(path), number)
        problems += found
        if article is None:
            continue
        if article.file in seen:
            message = f"{article.file!r} already annotated on line {seen[article.file]}"
            problems.append(Problem(str(path), message, number, 1, "file"))
            continue
        seen[article.file] = number
        articles.append(article)
    if not problems and not articles:
        problems.append(Problem(str(path), "no articles: expected one JSON object per line"))
    if problems:
        raise ProvenanceError(problems)
    return tuple(articles)
