"""Fixtures of the export tests: a made-up archive of three outlets and its exported dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.export import export_paths
from provenance.export.plan import ExportSummary
from tests.export.corpus import write_archive


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Twelve made-up articles, four per outlet, sorted by path."""
    return write_archive(tmp_path_factory.mktemp("archive"), per_outlet=4)


@pytest.fixture(scope="session")
def exported(archive: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExportSummary]:
    """The archive exported in this process, in batches of five."""
    out = tmp_path_factory.mktemp("dataset")
    return out, export_paths(archive, out, jobs=1, batch_size=5)
