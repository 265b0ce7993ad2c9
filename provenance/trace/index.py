"""The reuse index: one SQLite file of stored texts, their MinHash signatures and LSH band keys.

Tables (format version in `meta`): `documents` (id, path, headline, outlet, sha256, shingles, signature,
text as zlib-compressed UTF-8, so alignment runs without the original files) and `bands` (key, doc),
a WITHOUT ROWID table whose primary key (key, doc) is the lookup index: finding the candidates for a
text is 128 index seeks, whatever the number of stored texts. `lines` (key, docs) counts how many stored
texts hold each line (furniture.py): passim's document frequency, kept current by every add and replace.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from types import TracebackType

from provenance.errors import Problem, ProvenanceError
from provenance.trace import signature as sig
from provenance.trace.furniture import MIN_LINE_WORDS, line_keys, words_and_line_keys
from provenance.trace.shingles import SHINGLE_WORDS, shingle_array, shingle_hashes, words
from provenance.trace.sources import SourceText, headline_of

# /2 added the `lines` table (document frequency of lines); an index of /1 is refused with "rebuild it".
FORMAT = "provenance-trace-index/2"
_PARAMS = {
    "format": FORMAT,
    "line_min_words": str(MIN_LINE_WORDS),
    "line_key": "blake2b-64 of the normalised words joined by spaces",
    "shingle_words": str(SHINGLE_WORDS),
    "num_perm": str(sig.NUM_PERM),
    "rows": str(sig.ROWS),
    "seed": str(sig.SEED),
    "scheme": sig.SCHEME,
}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  headline TEXT NOT NULL,
  outlet TEXT,
  sha256 TEXT NOT NULL,
  shingles INTEGER NOT NULL,
  signature BLOB NOT NULL,
  text BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_path ON documents (path);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256);
CREATE TABLE IF NOT EXISTS bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lines (key INTEGER PRIMARY KEY, docs INTEGER NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class StoredText:
    """A text held in the index."""

    id: int
    path: str
    headline: str
    outlet: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored text that shares LSH bands with the query, with the signature estimates used to rank it."""

    id: int
    bands: int  # how many of the band keys (signature.BANDS) agree
    jaccard: float  # estimated shingle Jaccard similarity
    containment: float  # estimated share of the query's shingles found in the stored text


@dataclass(frozen=True, slots=True)
class AddStats:
    """What one add did."""

    added: int
    replaced: int  # same path, new text: the old entry was dropped
    unchanged: int  # the same text was already stored under the same path


def storable(text: str) -> str:
    """Text SQLite can hold: lone surrogates (undecodable file names and bytes) become U+FFFD."""
    if text.isascii():
        return text
    return text.encode("utf-8", errors="surrogatepass").decode("utf-8", errors="replace")


def text_hash(text: str) -> str:
    """The identity of a text in the index."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


class TraceIndex:
    """An open index file (or an in-memory one for `trace --against DIR`)."""

    def __init__(self, db: sqlite3.Connection, location: str) -> None:
        self._db = db
        self.location = location

    @classmethod
    def create(cls, location: str | Path) -> TraceIndex:
        """A new, empty index file (an existing file is replaced)."""
        path = Path(location)
        if path.exists():
            path.unlink()
        return cls._open(str(path), create=True)

    @classmethod
    def open(cls, location: str | Path) -> TraceIndex:
        """An existing index file, checked to be one and built with the parameters this version uses."""
        path = Path(location)
        if not path.is_file():
            raise ProvenanceError(Problem(str(path), "no such index file"))
        return cls._open(str(path), create=False)

    @classmethod
    def in_memory(cls) -> TraceIndex:
        """A throwaway index in memory."""
        return cls._open(":memory:", create=True)

    @classmethod
    def _open(cls, location: str, create: bool) -> TraceIndex:
        try:
            db = sqlite3.connect(location)
            db.execute("PRAGMA cache_size = -65536")  # 64 MiB: the band B-tree's upper levels stay in memory
            if create:
                db.executescript(_SCHEMA)
                db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", _PARAMS.items())
                db.commit()
            stored = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise ProvenanceError(Problem(location, f"not a trace index: {exc}")) from exc
        wrong = [k for k, v in _PARAMS.items() if stored.get(k) != v]
        if wrong:
            db.close()
            found = ", ".join(f"{k}={stored.get(k)!r}" for k in wrong)
            raise ProvenanceError(Problem(location, f"index built with other parameters ({found}); rebuild it"))
        return cls(db, location)

    def close(self) -> None:
        """Commit and close."""
        self._db.commit()
        self._db.close()

    def __enter__(self) -> TraceIndex:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def add(self, texts: Iterable[SourceText]) -> AddStats:
        """Store texts with their signatures and band keys, in one transaction."""
        added = replaced = unchanged = 0
        db = self._db
        # Band rows go to an unindexed staging table first and into the band index at the end, sorted: one
        # sequential pass over the B-tree instead of a random insert per row (5x faster at 100,000 texts).
        db.execute("CREATE TEMP TABLE IF NOT EXISTS staged_bands (key INTEGER NOT NULL, doc INTEGER NOT NULL)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS staged_lines (key INTEGER NOT NULL, doc INTEGER NOT NULL)")
        with db:
            for source in texts:
                digest = text_hash(source.text)
                path = storable(source.path)
                stored = db.execute("SELECT id, sha256 FROM documents WHERE path = ?", (path,)).fetchall()
                if any(sha == digest for _, sha in stored):
                    unchanged += 1
                    continue
                old = [doc for doc, _ in stored]
                for doc in old:
                    self._forget_lines(doc)
                    db.execute("DELETE FROM bands WHERE doc = ?", (doc,))
                    db.execute("DELETE FROM staged_bands WHERE doc = ?", (doc,))
                    db.execute("DELETE FROM documents WHERE id = ?", (doc,))
                replaced += bool(old)
                added += not old
                norms, keys = words_and_line_keys(source.text)
                signed = sig.signature(shingle_array(norms))
                # Level 1: a third faster than the default for a few per cent more bytes; texts are read back rarely.
                packed = zlib.compress(source.text.encode("utf-8", errors="surrogatepass"), 1)
                outlet = None if source.outlet is None else storable(source.outlet)
                row = (path, storable(headline_of(source.text)), outlet, digest, signed.shingles)
                cursor = db.execute(
                    "INSERT INTO documents (path, headline, outlet, sha256, shingles, signature, text)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*row, signed.to_bytes(), packed),
                )
                doc_id = cursor.lastrowid
                db.executemany("INSERT INTO staged_bands VALUES (?, ?)", zip(sig.band_keys(signed), repeat(doc_id)))
                db.executemany("INSERT INTO staged_lines VALUES (?, ?)", zip(keys, repeat(doc_id)))
            db.execute("INSERT OR IGNORE INTO bands SELECT key, doc FROM staged_bands ORDER BY key, doc")
            db.execute("DELETE FROM staged_bands")
            # "WHERE true" lets SQLite parse an upsert from a SELECT.
            db.execute(
                "INSERT INTO lines SELECT key, COUNT(*) FROM staged_lines WHERE true GROUP BY key ORDER BY key"
                " ON CONFLICT (key) DO UPDATE SET docs = docs + excluded.docs"
            )
            db.execute("DELETE FROM staged_lines")
        return AddStats(added, replaced, unchanged)

    def _forget_lines(self, doc: int) -> None:
        """Take a replaced text's lines out of the counts (staged in this add, or counted in an earlier one)."""
        if self._db.execute("DELETE FROM staged_lines WHERE doc = ?", (doc,)).rowcount:
            return
        keys = line_keys(self.get(doc).text)
        self._db.executemany("UPDATE lines SET docs = docs - 1 WHERE key = ?", [(k,) for k in keys])
        self._db.executemany("DELETE FROM lines WHERE key = ? AND docs <= 0", [(k,) for k in keys])

    def line_counts(self, keys: Iterable[int]) -> dict[int, int]:
        """How many stored texts hold each of these line keys (absent keys are held by none)."""
        wanted = list(set(keys))
        found: dict[int, int] = {}
        for at in range(0, len(wanted), 500):  # SQLite's limit on bound parameters is 999 in old builds
            chunk = wanted[at : at + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self._db.execute(f"SELECT key, docs FROM lines WHERE key IN ({marks})", chunk).fetchall())
        return found

    def candidates(self, text: str, limit: int = 20, exclude: Iterable[int] = ()) -> list[Candidate]:
        """Stored texts sharing band keys with `text`, best first by estimated containment."""
        query = sig.signature(shingle_hashes(words(text)))
        keys = sig.band_keys(query)
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        # Count band hits per text first and join only the best few: with one-row bands a key can be held by
        # many texts, and joining every hit to its 512-byte signature before grouping cost up to 8x more.
        rows = self._db.execute(
            f"SELECT g.doc, g.n, d.shingles, d.signature FROM (SELECT doc, COUNT(*) AS n FROM bands"
            f" WHERE key IN ({marks}) GROUP BY doc ORDER BY n DESC LIMIT ?) g JOIN documents d ON d.id = g.doc",
            (*keys, limit * 4),
        ).fetchall()
        skip = set(exclude)
        found = []
        for doc, bands, shingles, blob in rows:
            if doc in skip:
                continue
            stored = sig.Signature.from_bytes(blob, shingles)
            found.append(Candidate(doc, bands, sig.jaccard(query, stored), sig.containment_estimate(query, stored)))
        found.sort(key=lambda c: (-c.containment, -c.bands, c.id))
        return found[:limit]

    def get(self, doc_id: int) -> StoredText:
        """One stored text, decompressed."""
        row = self._db.execute(
            "SELECT id, path, headline, outlet, text FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return StoredText(
            row[0], row[1], row[2], row[3], zlib.decompress(row[4]).decode("utf-8", errors="surrogatepass")
        )

    def find(self, text: str, path: str | None) -> list[int]:
        """Ids of this very file if the index holds it (same text, same path or file name): not its own origin.

        The same text under another name is a copy, and is reported as one.
        """
        if path is None:
            return []
        rows = self._db.execute("SELECT id, path FROM documents WHERE sha256 = ?", (text_hash(text),)).fetchall()
        path = storable(path)
        return [int(i) for i, stored in rows if stored == path or Path(stored).name == Path(path).name]

    def ids(self) -> list[int]:
        """Every stored id, in insertion order."""
        return [int(r[0]) for r in self._db.execute("SELECT id FROM documents ORDER BY id")]
