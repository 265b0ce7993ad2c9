"""Writers that import their module only when called: the CLI pays for rich, SARIF or Markdown only if asked."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_writer(module: str) -> Callable[..., None]:
    """A writer that imports `module` on its first call and hands every argument to its `write`."""

    def write(*args: Any) -> None:
        import_module(module).write(*args)

    write.__name__ = f"write_{module.rsplit('.', 1)[-1]}"
    return write
