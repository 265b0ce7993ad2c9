"""`provenance export PATH... -o DIR`: Parquet tables researchers can query (docs/analysis.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from provenance.cli.exits import ExitCode, say
from provenance.errors import ProvenanceError
from provenance.io.paths import collect_paths


def export(
    paths: list[str],
    output: Path,
    jobs: int | None,
    batch_size: int | None,
    run: str | None,
    catalog: Path | None,
    dask: str | None,
    max_bytes: int,
) -> ExitCode:
    """Annotate the articles and write (or add to) the dataset; `dask` names a scheduler address or "local"."""
    from provenance.export import export_dask, export_paths, load_catalog

    found, skipped = collect_paths(paths)  # folders and globs as every other command reads them
    say(skipped)
    paths = [str(p) for p in found]
    try:
        meta = load_catalog(catalog) if catalog is not None else None
        if dask is None:
            summary = export_paths(
                paths, output, jobs=jobs, batch_size=batch_size, run=run, catalog=meta, max_bytes=max_bytes
            )
        else:
            from distributed import Client

            with Client(None if dask == "local" else dask) as client:  # type: ignore[no-untyped-call]
                summary = export_dask(
                    paths, output, client=client, batch_size=batch_size, run=run, catalog=meta, max_bytes=max_bytes
                )
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    except KeyboardInterrupt:
        sys.stderr.write("provenance: interrupted; the batches written so far are whole and stay\n")
        return ExitCode.INTERRUPTED
    say(summary.problems)
    sys.stderr.write(
        f"provenance: {summary.documents} articles in {len(summary.batches)} batches written to {output}\n"
    )
    return ExitCode.OK if summary.documents else ExitCode.ERROR
