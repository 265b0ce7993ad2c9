"""Shared fixtures: the shipped rulebook and the headline sample."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.core.pipeline import annotate_text
from provenance.model import Document
from provenance.ruleset.loader import load_rulebook
from provenance.ruleset.rulebook import Rulebook

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "al-tanf-sputnik.txt"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the ruleset cache of CLI runs out of the user's ~/.cache for the whole session."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="session")
def book() -> Rulebook:
    return load_rulebook()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def sample(book: Rulebook, sample_text: str) -> Document:
    return annotate_text(sample_text, book, "samples/al-tanf-sputnik.txt")
