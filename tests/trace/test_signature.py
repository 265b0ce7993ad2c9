"""Tests for provenance/trace/signature.py."""

from __future__ import annotations

import random

from provenance.trace.shingles import shingle_hashes, words
from provenance.trace.signature import (
    BANDS,
    Signature,
    band_keys,
    containment_estimate,
    datasketch_signature,
    jaccard,
    signature,
)

from .articles import ORIGIN, UNRELATED


def test_signature_round_trips_through_bytes() -> None:
    sig = signature(shingle_hashes(words(ORIGIN)))
    back = Signature.from_bytes(sig.to_bytes(), sig.shingles)
    assert (back.values == sig.values).all() and back.shingles == sig.shingles


def test_identical_texts_share_every_band_and_unrelated_ones_none() -> None:
    a = signature(shingle_hashes(words(ORIGIN)))
    b = signature(shingle_hashes(words(ORIGIN)))
    c = signature(shingle_hashes(words(UNRELATED)))
    assert band_keys(a) == band_keys(b) and len(band_keys(a)) == BANDS
    assert not set(band_keys(a)) & set(band_keys(c))
    assert jaccard(a, b) == 1.0 and jaccard(a, c) < 0.1


def test_containment_estimate_sees_an_excerpt_inside_a_longer_text() -> None:
    long = shingle_hashes(words(ORIGIN + UNRELATED))
    part = shingle_hashes(words(ORIGIN))
    estimate = containment_estimate(signature(part), signature(long))
    assert estimate > 0.7  # the excerpt is all inside, though Jaccard is lower
    assert jaccard(signature(part), signature(long)) < estimate


def test_an_empty_text_has_no_band_keys() -> None:
    empty = signature([])
    assert band_keys(empty) == [] and containment_estimate(empty, empty) == 0.0


def test_the_numpy_signature_is_datasketchs_affine32_minhash() -> None:
    rng = random.Random(5)
    for n in (0, 1, 7, 300):
        values = [rng.getrandbits(32) for _ in range(n)] + ([0, 0xFFFFFFFF, 42, 42] if n else [])
        ours, theirs = signature(values), datasketch_signature(values)
        assert ours.values.tolist() == theirs.values.tolist() and ours.shingles == theirs.shingles
