"""The optional libraries of the research extra, imported with an error that says how to install them."""

from __future__ import annotations

import importlib
from types import ModuleType

from provenance.errors import Problem, ProvenanceError

INSTALL = "pip install 'provenance[research]'"


def require(module: str) -> ModuleType:
    """Import an optional module, or raise ProvenanceError naming the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        message = f"this needs the optional package {top!r} ({exc}); install it with: {INSTALL}"
        raise ProvenanceError(Problem("provenance export", message)) from None
