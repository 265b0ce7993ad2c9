"""Shared fixtures: the shipped rulebook and the headline sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.model import Document
from provenance.pipeline import annotate_text
from provenance.ruleset.loader import load_rulebook
from provenance.ruleset.rulebook import Rulebook

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "al-tanf-sputnik.txt"


@pytest.fixture(scope="session")
def book() -> Rulebook:
    return load_rulebook()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def sample(book: Rulebook, sample_text: str) -> Document:
    return annotate_text(sample_text, book, "samples/al-tanf-sputnik.txt")
