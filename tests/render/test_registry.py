"""Registries: one per job, a format's module is imported on first use, every module has the job's writer."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

from provenance.render.annotate import FORMATS as ANNOTATE
from provenance.render.check import FORMATS as CHECK
from provenance.render.registry import Registry
from provenance.render.report import FORMATS as REPORT

JOBS = {"annotate": ANNOTATE, "report": REPORT, "check": CHECK}


def test_registry_modules_are_not_imported_until_a_format_is_used() -> None:
    code = (
        "import sys, provenance.render.check, provenance.render.annotate, provenance.render.report;"
        " print('rich' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


@pytest.mark.parametrize("job", JOBS)
def test_every_format_of_a_job_has_one_write_signature(job: str) -> None:
    registry = JOBS[job]
    signatures = {name: list(inspect.signature(registry[name]).parameters) for name in registry}
    assert len({tuple(params) for params in signatures.values()}) == 1, signatures
    for name in registry:
        assert registry.module(name).startswith(f"provenance.render.{job}."), name


def test_an_unknown_module_fails_only_when_its_format_is_used() -> None:
    registry = Registry({"nope": "provenance.render.no_such_format"})
    assert list(registry) == ["nope"]
    with pytest.raises(ModuleNotFoundError):
        registry["nope"]


def test_a_module_is_imported_by_its_lookup() -> None:
    sys.modules.pop("provenance.render.annotate.json", None)
    ANNOTATE["json"]
    assert "provenance.render.annotate.json" in sys.modules
    assert importlib.import_module("provenance.render.annotate.json").write is ANNOTATE["json"]
