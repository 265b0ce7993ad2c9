from __future__ import annotations

from pathlib import Path

from provenance.export.parallel import export_paths
from provenance.export.plan import ExportSummary
from provenance.export.schema import TABLES
from tests.export.tables import read_all


def _bytes(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}


def test_two_workers_write_the_same_files_as_one_process(
    archive: list[Path], exported: tuple[Path, ExportSummary], tmp_path: Path
) -> None:
    single, summary = exported
    progress: list[tuple[int, int]] = []
    pooled = export_paths(archive, tmp_path, jobs=2, batch_size=5, progress=lambda d, t: progress.append((d, t)))
    assert pooled == summary
    assert _bytes(tmp_path) == _bytes(single)
    assert progress == [(i, len(archive)) for i in range(1, len(archive) + 1)]
    assert len(summary.batches) == 3 and summary.documents == len(archive)


def test_outputs_keep_the_input_order_within_and_across_batches(exported: tuple[Path, ExportSummary]) -> None:
    out, summary = exported
    import pyarrow.parquet as pq

    paths = [
        row["path"]
        for batch in summary.batches
        for row in pq.read_table(out / "documents" / f"part-{batch}.parquet").to_pylist()
    ]
    assert paths == sorted(paths)


def test_a_missing_file_is_reported_and_the_rest_exported(archive: list[Path], tmp_path: Path) -> None:
    paths = [*archive[:2], tmp_path / "gone.txt", archive[2]]
    summary = export_paths(paths, tmp_path / "out", jobs=2, batch_size=2)
    assert summary.documents == 3
    assert [p.path for p in summary.problems] == [str(tmp_path / "gone.txt")]
    tables = read_all(tmp_path / "out")
    assert len(tables["documents"]) == 3 and set(tables) == {t.name for t in TABLES}
