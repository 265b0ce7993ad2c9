"""Writing output files: the one function every command writes a file through."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from provenance.errors import Problem, ProvenanceError


def write_atomically(output: Path, render: Callable[[TextIO], None]) -> None:
    """Write to a temporary file in the output's folder, then rename it over the output in one step."""
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise ProvenanceError(Problem(str(output), f"output folder {folder} does not exist"))
    handle, temp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            render(stream)
        os.replace(temp, output)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
