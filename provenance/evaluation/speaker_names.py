"""Content words of a speaker or party name: the unit the speakers scorer compares names by."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from provenance.errors import Problem, ProvenanceError

WORDS_FILE = Path(__file__).resolve().with_name("speaker_words.yaml")
_WORD = re.compile(r"\w+")
# "Trump's" and "Gorka’s" name the same entity as "Trump" and "Gorka": the possessive goes before tokenising.
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)


def read_ignored_words(path: Path) -> frozenset[str]:
    """Every word listed under any key of the word-list YAML, lower-cased; errors name the file and key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ProvenanceError(Problem(str(path), f"cannot read the word list: {exc}")) from exc
    if not isinstance(data, dict):
        raise ProvenanceError(Problem(str(path), "expected a mapping of lists of words"))
    words: set[str] = set()
    problems: list[Problem] = []
    for key, values in data.items():
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            problems.append(Problem(str(path), "expected a list of non-empty words", key_path=str(key)))
            continue
        words.update(v.strip().lower() for v in values)
    if problems:
        raise ProvenanceError(problems)
    return frozenset(words)


@cache
def ignored_words() -> frozenset[str]:
    """The shipped word list, read once."""
    return read_ignored_words(WORDS_FILE)


def content_words(name: str, ignored: frozenset[str] | None = None) -> frozenset[str]:
    """Lower-cased word tokens of `name`, possessives dropped, minus the ignored words."""
    drop = ignored_words() if ignored is None else ignored
    tokens = _WORD.findall(_POSSESSIVE.sub("", name.lower()))
    return frozenset(t for t in tokens if t not in drop)


def within(part: frozenset[str], whole: frozenset[str]) -> bool:
    """True when `part` is a non-empty subset of `whole`."""
    return bool(part) and part <= whole


def either_within(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when one non-empty word set contains the other."""
    return bool(a) and bool(b) and (a <= b or b <= a)
