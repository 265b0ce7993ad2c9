"""MinHash signatures of shingle sets (datasketch) and the LSH band keys that make candidate lookup an index seek."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
from datasketch import MinHash  # type: ignore[import-untyped]

# 128 bands of 1 row: a pair of texts with shingle Jaccard s shares at least one band with probability
# 1 - (1 - s)^128, i.e. 0.9999 at s = 0.1 and 0.72 at s = 0.01. Reuse of part of a text has a low Jaccard:
# a third of an article lifted into a text twice as long is s ~ 0.1, which 2-row bands (1 - (1 - s^2)^64)
# found only half the time in the real pairs of PTC (benchmarks/trace_realdups.py). More unrelated texts
# become candidates; they are ranked by estimated containment and checked on the stored text, and a
# band key is held by few texts unless its shingle is common boilerplate.
NUM_PERM = 128
ROWS = 1
BANDS = NUM_PERM // ROWS
SEED = 1
SCHEME = "affine32"  # pinned: a stored index must keep meaning the same permutations under a newer datasketch

_KEY_MASK = np.uint64((1 << 63) - 1)  # SQLite integers are signed 64-bit
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd constant: spreads (band, values) over the key space


@dataclass(frozen=True, slots=True)
class Signature:
    """A text's MinHash values and how many shingles they summarise."""

    values: npt.NDArray[np.uint32]
    shingles: int

    def to_bytes(self) -> bytes:
        """Little-endian uint32 values, the form stored in the index."""
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Signature:
        """Read back a stored signature."""
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), shingles)


# MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to each input before the permutations.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@cache
def _template() -> MinHash:
    # Permutations are drawn once per process; copying them is far cheaper than regenerating.
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme=SCHEME)


@cache
def _permutations() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    a, b = _template().permutations
    return np.asarray(a, dtype=np.uint32).reshape(1, -1), np.asarray(b, dtype=np.uint32).reshape(1, -1)


def signature(shingles: Sequence[int] | npt.NDArray[np.uint32]) -> Signature:
    """The MinHash signature of 32-bit shingle hashes (duplicates do not matter).

    The values are datasketch's `affine32` MinHash (`MinHash.update_batch` with `hashfunc=int`, the same
    permutations), computed here on the whole array at once: datasketch calls the hash function once per item
    in Python, which was a quarter of the build. tests/trace/test_signature.py holds the two equal.
    """
    values = np.sort(np.asarray(shingles, dtype=np.uint32))
    if not len(values):
        return Signature(np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32), 0)
    distinct = 1 + int(np.count_nonzero(values[1:] != values[:-1]))  # a repeat changes no minimum, only the count
    s1, m1, s2, m2, s3 = _FMIX32
    hv = values ^ (values >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = (hv ^ (hv >> s3)).reshape(-1, 1)
    a, b = _permutations()
    return Signature((hv * a + b).min(axis=0).astype(np.uint32), distinct)


def datasketch_signature(shingles: Sequence[int]) -> Signature:
    """The same signature through datasketch itself: the reference `signature` is checked against."""
    template = _template()
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme=SCHEME, permutations=template.permutations)
    if len(shingles):
        sketch.update_batch(shingles)
    return Signature(np.asarray(sketch.hashvalues, dtype=np.uint32), len(set(shingles)))


def band_keys(sig: Signature) -> list[int]:
    """One 63-bit key per band; two texts sharing a key agree on every MinHash value of that band."""
    if sig.shingles == 0:
        return []
    values = sig.values.astype(np.uint64).reshape(BANDS, ROWS)
    combined = values[:, 0]
    for row in range(1, ROWS):
        combined = (combined << np.uint64(32)) | values[:, row]
    bands = np.arange(BANDS, dtype=np.uint64)
    keys = ((combined ^ (bands * _MIX)) * _MIX) & _KEY_MASK
    return list(keys.tolist())  # Python ints (below 2^63 by the mask), made in C


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a.values == b.values)) / NUM_PERM


def containment_estimate(part: Signature, whole: Signature) -> float:
    """Estimated share of `part`'s shingles found in `whole`, from Jaccard and the two set sizes."""
    if part.shingles == 0:
        return 0.0
    j = jaccard(part, whole)
    return min(1.0, j * (part.shingles + whole.shingles) / ((1 + j) * part.shingles))
