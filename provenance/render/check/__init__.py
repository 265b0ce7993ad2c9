"""Output formats of `provenance check`: one module each, one signature, in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from provenance.model import Severity
from provenance.model.verdict import CheckResult
from provenance.render.registry import Registry


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


FORMATS: Registry[CheckWriter] = Registry(
    {
        "human": "provenance.render.check.human",
        "json": "provenance.render.check.json",
        "sarif": "provenance.render.check.sarif",
        "github": "provenance.render.check.github",
    }
)
