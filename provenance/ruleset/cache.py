"""A per-file cache of validated ruleset data, so start-up skips YAML parsing and schema validation.

Trust: entries are plain JSON (no pickle), so reading one can never run code. An entry is used only
when its header matches this package version, this schema's digest and the SHA-256 of the ruleset
file's bytes as read now; anything else (another version, an edited file, a truncated or foreign
file) is ignored and overwritten. Someone who can write the user's cache folder could plant rule
*data*, but no more than they could by editing the user's own ruleset folders, and the folder is
created private (0700). Every failure to read or write the cache falls back silently to a full load.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

# /2: an entry now means "this file built", so its regexes may compile lazily; /1 entries were written before
# building and may hold a broken pattern.
FORMAT = "provenance-ruleset-cache/2"


@dataclass(frozen=True, slots=True)
class CachedRuleset:
    """Validated ruleset data and the line of each rule in its file."""

    data: dict[str, Any]
    lines: tuple[int, ...]


@cache
def _stamp() -> str:
    from provenance.ruleset.schema_files import schema_text
    from provenance.version import __version__

    schemas = schema_text("ruleset").encode("utf-8")
    return f"{__version__}:{hashlib.sha256(schemas).hexdigest()[:16]}"


def content_digest(content: bytes) -> str:
    """The digest a cache entry is keyed on."""
    return hashlib.sha256(content).hexdigest()


class RulesetCache:
    """Validated ruleset data in a folder, one JSON file per ruleset path."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_user(cls, environ: Mapping[str, str] | None = None) -> RulesetCache | None:
        """$XDG_CACHE_HOME/provenance (default ~/.cache/provenance); None if PROVENANCE_NO_CACHE is set."""
        env = os.environ if environ is None else environ
        if env.get("PROVENANCE_NO_CACHE"):
            return None
        base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return cls(Path(base) / "provenance" / "rulesets")

    def _entry(self, path: Path) -> Path:
        name = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.folder / f"{name}.json"

    def get(self, path: Path, digest: str) -> CachedRuleset | None:
        """The cached data for this file's current content, or None."""
        try:
            entry = json.loads(self._entry(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or [entry.get(k) for k in ("format", "stamp", "digest")] != [
            FORMAT,
            _stamp(),
            digest,
        ]:
            return None
        data, lines = entry.get("data"), entry.get("lines")
        if not isinstance(data, dict) or not isinstance(lines, list) or not all(type(n) is int for n in lines):
            return None
        if not isinstance(data.get("rules"), list) or len(data["rules"]) != len(lines):
            return None
        return CachedRuleset(data, tuple(lines))

    def put(self, path: Path, digest: str, entry: CachedRuleset) -> None:
        """Store validated data; silently does nothing if it cannot (read-only home, full disk)."""
        record = {"format": FORMAT, "stamp": _stamp(), "digest": digest, "data": entry.data, "lines": entry.lines}
        try:
            text = json.dumps(record, ensure_ascii=False)
            # YAML may hold values JSON cannot round-trip (non-string keys); then caching would change them.
            if json.loads(text)["data"] != entry.data:
                return
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Write then rename, so a reader never sees half an entry.
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as stream:
                    stream.write(text)
                os.replace(tmp, self._entry(path))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except (OSError, ValueError, TypeError):
            return
