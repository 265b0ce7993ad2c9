"""Folding for term matching: NFKC, look-alike letters, invisible characters dropped, offsets mapped back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.text.fold import JOIN, fold, fold_char


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("regime", "regime"),
        ("r\u0435gime", "regime"),  # Cyrillic е
        ("re\u00adgime", "regime"),  # soft hyphen
        ("\uff52egime", "regime"),  # fullwidth r
        ("re\u200bgime", "regime"),  # zero-width space
        ("re\u2060gi\u200dme", "regime"),  # word joiner, zero-width joiner
        ("r" + JOIN * 5 + "egime", "regime"),  # markup the markup layer marked as joining
        ("\u0420\u0415\u0413\u0418\u041c", "PEГИM"),  # only letters with a Latin twin fold
        ("It\u2019s \u201cfine\u201d", "It\u2019s \u201cfine\u201d"),  # punctuation look-alikes are left alone
        ("\ufb01ne", "fine"),  # NFKC: the fi ligature is two letters
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw).text == folded


def test_offsets_map_back_to_the_text_as_read() -> None:
    raw = "The re\u00adg\u0456me fell"
    f = fold(raw)
    start = f.text.index("regime")
    end = start + len("regime")
    assert raw[f.start(start) : f.end(end)] == "re\u00adg\u0456me"


def test_plain_ascii_is_not_copied() -> None:
    assert fold("plain text").origin is None


@given(st.text())
def test_every_folded_character_maps_to_a_character_that_folds_to_it(raw: str) -> None:
    f = fold(raw)
    origin = f.origin if f.origin is not None else list(range(len(raw)))
    assert len(origin) == len(f.text) and origin == sorted(origin)
    assert all(f.text[i] in fold_char(raw[origin[i]]) for i in range(len(f.text)))
