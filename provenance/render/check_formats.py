"""Output formats of `provenance check`: one module each, one signature, in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from provenance.check import CheckResult
from provenance.model import Severity
from provenance.render.lazy import lazy_writer


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What an output can say about a rule: a description, a help link and its default severity."""

    id: str
    description: str
    help_uri: str | None = None
    severity: Severity = Severity.INFO


@dataclass(frozen=True, slots=True)
class CheckRenderOptions:
    """How to render a check: the lowest severity listed, where paths are relative to, what rules say."""

    show: Severity = Severity.WARNING
    base: Path = field(default_factory=Path.cwd)
    rules: Mapping[str, RuleInfo] = field(default_factory=dict)
    width: int | None = None
    color: bool | None = None


CheckWriter = Callable[[Sequence[CheckResult], TextIO, CheckRenderOptions], None]


# Each format's module (rich for human output) is imported only when that format is asked for.
CHECK_FORMATS: dict[str, CheckWriter] = {
    "human": lazy_writer("provenance.render.check_human"),
    "json": lazy_writer("provenance.render.check_json"),
    "sarif": lazy_writer("provenance.render.sarif"),
    "github": lazy_writer("provenance.render.github"),
}
