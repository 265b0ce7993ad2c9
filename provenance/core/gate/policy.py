"""Project policy: what a `.provenance.yaml` asks of the gate, as typed data (io/config.py reads the file)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from provenance.model import Severity


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Project-level requirements that become document-level findings."""

    max_narrator_loaded_terms: int | None = None
    min_distinct_sources: int | None = None
    require_anonymity_reason: bool = False
    right_of_reply: bool = False


@dataclass(frozen=True, slots=True)
class Config:
    """What a `.provenance.yaml` says; `Config()` is the behaviour with no file at all."""

    path: Path | None = None
    folders: tuple[Path, ...] = ()  # absolute: resolved against the config file's folder
    default_rules: bool = True
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity | None], ...] = ()  # (id prefix, severity or None for "off")
    # (id prefix, voice, severity or None): a level for findings in one voice only; beats `severity` at the same prefix
    severity_by_voice: tuple[tuple[str, str, Severity | None], ...] = ()
    fail_on: Severity | None = None
    thresholds: Thresholds = field(default_factory=Thresholds)
    inline: bool = True  # False: directives in the article are ignored (`inline: false`, `check --no-inline-config`)


def matches(rule_id: str, prefix: str) -> bool:
    """Whether an id prefix ("default.loaded") covers a rule id ("default.loaded.labelling")."""
    return rule_id == prefix or rule_id.startswith(prefix + ".")


def longest_match(rule_id: str, prefixes: Iterable[str]) -> str | None:
    """The longest of the prefixes that covers the rule id, or None."""
    found = [p for p in prefixes if matches(rule_id, p)]
    return max(found, key=len) if found else None


def rule_enabled(rule_id: str, config: Config) -> bool:
    """Whether a rule runs: the most specific of the `disable` / `enable` prefixes decides."""
    off = longest_match(rule_id, config.disable)
    on = longest_match(rule_id, config.enable)
    return off is None or (on is not None and len(on) >= len(off))
