"""lazy_writer: a format's module is imported on first use, and every registered module has a writer."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from provenance.render import FORMATS
from provenance.render.check_formats import CHECK_FORMATS
from provenance.render.lazy import lazy_writer


def test_registry_modules_are_not_imported_until_a_format_is_used() -> None:
    code = "import sys, provenance.render.check_formats, provenance.render; print('rich' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


@pytest.mark.parametrize("write", [*FORMATS.values(), *CHECK_FORMATS.values()])
def test_every_registered_module_has_a_write_function(write: object) -> None:
    module = getattr(write, "__name__", "").removeprefix("write_")
    assert callable(importlib.import_module(f"provenance.render.{module}").write)


def test_a_lazy_writer_hands_its_arguments_to_the_module() -> None:
    with pytest.raises(ModuleNotFoundError):
        lazy_writer("provenance.render.no_such_format")("docs", "stream", "options")
