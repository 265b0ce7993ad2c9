"""`provenance export`: a folder of articles becomes Parquet tables that join on doc_id."""

from __future__ import annotations

from pathlib import Path

import duckdb
from typer.testing import CliRunner

from provenance.cli.main import app
from tests.conftest import ROOT

runner = CliRunner()


def test_export_writes_tables_that_join(tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    result = runner.invoke(app, ["export", str(ROOT / "samples"), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert "3 articles" in result.stderr
    ((joined,),) = duckdb.sql(
        f"select count(*) from read_parquet('{out}/attributions/*.parquet') a "
        f"join read_parquet('{out}/documents/*.parquet') d using (doc_id)"
    ).fetchall()
    assert joined > 10


def test_export_names_what_it_could_not_read(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "d")])
    assert result.exit_code == 2 and "missing.txt" in result.stderr
