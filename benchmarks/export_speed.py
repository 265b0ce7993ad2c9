"""Benchmark: `provenance.export` on PolNeAR train against `provenance report`, and Dask with 1 and 2 workers.

Each corpus command runs as its own process on every core (wall time around the process, peak memory
from os.wait4: the largest single process, not the sum over workers). The Dask runs use a distributed
LocalCluster started once per size, timed without the cluster start (printed apart): a first run
(workers build the rules) and a second (rules cached). Nothing here asserts a time: it prints figures.
See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from shared_data import REPO, shared_folder

# The export as a user's process would run it until the CLI wires `provenance export PATH... -o DIR`.
EXPORT = (
    "import sys; from pathlib import Path; from provenance.export import export_paths; "
    "s = export_paths(sys.argv[2:], Path(sys.argv[1])); sys.exit(1 if s.documents != len(sys.argv) - 2 else 0)"
)


def timed(command: Sequence[str | Path], cwd: Path) -> tuple[float, float, int, float]:
    """Wall seconds, CPU seconds (with the workers it reaped), exit code and peak resident MB of one process."""
    started = time.perf_counter()
    process = subprocess.Popen([str(c) for c in command], cwd=cwd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024


def corpus_runs(files: list[Path], work: Path, rounds: int) -> None:
    """report and export over the same files on every core, alternating, `rounds` times each."""
    python = sys.executable
    count = len(files)
    commands = {
        "provenance report (markdown, all cores)": [
            python, "-m", "provenance", "report", "--no-progress", "-o", work / "report.md", *files,
        ],
        "export_paths (parquet, all cores)": [python, "-c", EXPORT, work / "dataset", *files],
    }
    print(f"{'command (' + str(count) + ' articles, ' + str(os.cpu_count()) + ' cores)':<44} "
          f"{'wall s':>8} {'CPU s':>7} {'articles/s':>10} {'peak MB':>8} {'exit':>5}")
    for round_ in range(rounds):
        for label, command in commands.items():
            shutil.rmtree(work / "dataset", ignore_errors=True)
            seconds, cpu, code, peak = timed(command, work)
            print(f"{label:<44} {seconds:8.2f} {cpu:7.2f} {count / seconds:10.1f} {peak:8.0f} {code:5d}"
                  f"  (round {round_ + 1})", flush=True)
    parts = sorted((work / "dataset" / "documents").glob("*.parquet"))
    size = sum(p.stat().st_size for p in (work / "dataset").rglob("*.parquet"))
    print(f"dataset: {len(parts)} batches x 7 tables, {size / 1e6:.1f} MB of Parquet")


def memory_runs(files: list[Path], work: Path) -> None:
    """Peak memory of the export over the corpus and over the corpus listed four times: batches bound it."""
    print("\nexport_paths peak memory by archive size (largest single process):")
    for times in (1, 4):
        shutil.rmtree(work / "dataset", ignore_errors=True)
        seconds, _, code, peak = timed([sys.executable, "-c", EXPORT, work / "dataset", *(files * times)], work)
        print(f"  {len(files) * times:>5} articles: {peak:5.0f} MB peak, {seconds:6.2f} s, exit {code}", flush=True)


def dask_runs(files: list[Path], work: Path) -> None:
    """export_dask on a LocalCluster of 1 and of 2 single-threaded worker processes."""
    from distributed import Client, LocalCluster

    from provenance.export import export_dask

    paths = [str(p) for p in files]
    warm: dict[int, float] = {}
    print("\nDask LocalCluster (processes, 1 thread each), export_dask over the same files:")
    print(f"  {'workers':>7} {'start s':>8} {'first run s':>12} {'second run s':>13} {'worker CPU s':>13}"
          f" {'peak MB/worker':>15}")
    for workers in (1, 2):
        started = time.perf_counter()
        with (
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            start = time.perf_counter() - started
            runs = []
            for name in ("first", "second"):
                out = work / f"dask-{workers}-{name}"
                cpu_before = sum(client.run(_cpu_seconds).values())
                began = time.perf_counter()
                summary = export_dask(paths, out, client=client)
                runs.append(time.perf_counter() - began)
                assert summary.documents == len(paths), summary.problems[:3]
                cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
            peaks = client.run(_peak_mb)
            warm[workers] = runs[1]
            peak = max(peaks.values())
            print(f"  {workers:>7} {start:8.2f} {runs[0]:12.2f} {runs[1]:13.2f} {cpu:13.2f} {peak:15.0f}", flush=True)
    print(f"  2 workers / 1 worker (second runs): {warm[1] / warm[2]:.2f}x (target >= 1.7x)")


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Print the figures; one `skipped:` line when the corpus or the research extra is absent."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles (default: PolNeAR train)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each corpus command, alternating")
    parser.add_argument("--no-dask", action="store_true", help="skip the LocalCluster runs")
    parser.add_argument("--no-memory", action="store_true", help="skip the run over the corpus listed four times")
    args = parser.parse_args(argv)
    corpus = args.corpus or shared_folder() / "data" / "polnear" / "train" / "text"
    files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else []
    if not files:
        print(f"skipped: no .txt articles in {corpus}")
        return 0
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        print("skipped: the research extra is not installed (pip install 'provenance[research]')")
        return 0
    # As after `pip install`: bytecode compiled, so no run pays for compiling the package.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "provenance")], check=False,
                   stdout=subprocess.DEVNULL)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="export-bench-") as folder:
        work = Path(folder)
        # One run first, so the ruleset cache that `report` keeps is warm, as it is for a user.
        timed([sys.executable, "-m", "provenance", "report", "--no-progress", "-o", work / "w.md", files[0]], work)
        corpus_runs(files, work, args.rounds)
        if not args.no_memory:
            memory_runs(files, work)
        if not args.no_dask:
            dask_runs(files, work)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
