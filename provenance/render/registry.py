"""A registry of output formats for one job: each format one module, imported only when it is used."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import Generic, TypeVar, cast

W = TypeVar("W", bound=Callable[..., None])


class Registry(Mapping[str, W], Generic[W]):
    """Format name -> the `write` function of its module; the CLI pays for rich or SARIF only if asked."""

    def __init__(self, modules: Mapping[str, str]) -> None:
        self._modules = dict(modules)

    def __getitem__(self, name: str) -> W:
        return cast(W, import_module(self._modules[name]).write)

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)

    def module(self, name: str) -> str:
        """The dotted name of the module that writes `name`."""
        return self._modules[name]
