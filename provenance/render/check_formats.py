"""Output formats of `provenance check`: one module each, one signature, in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from provenance.check import CheckResult
from provenance.model import Severity


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


def _human(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    from provenance.render.check_human import write  # rich is imported only when asked for

    write(results, stream, options)


def _json(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    from provenance.render.check_json import write

    write(results, stream, options)


def _sarif(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    from provenance.render.sarif import write

    write(results, stream, options)


def _github(results: Sequence[CheckResult], stream: TextIO, options: CheckRenderOptions) -> None:
    from provenance.render.github import write

    write(results, stream, options)


CHECK_FORMATS: dict[str, CheckWriter] = {"human": _human, "json": _json, "sarif": _sarif, "github": _github}
