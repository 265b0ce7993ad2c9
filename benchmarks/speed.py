"""Benchmark: speed and memory of annotate, report and check on PolNeAR train, against proselint 0.16.

Every command runs as its own process, the way a user runs it; wall time is measured around the process
and peak memory is the child's maximum resident set (os.wait4). Scaling runs in this process. Nothing here
asserts a time: it prints figures. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from shared_data import REPO, corpus_files

PROSELINT = "proselint==0.16.0"
SAMPLE = REPO / "samples" / "al-tanf-sputnik.txt"


@dataclass(frozen=True)
class Run:
    """One finished process: wall seconds, exit code, peak resident memory in MB and CPU seconds (user + system)."""

    seconds: float
    code: int
    peak_mb: float
    cpu: float = 0.0  # of the process and the workers it reaped: on a shared machine, what the command itself spent


def timed(command: Sequence[str | Path], cwd: Path, stdout: Path | None = None) -> Run:
    """Run a command to completion; its own and its children's peak memory come from wait4."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115 - closed below
    try:
        started = time.perf_counter()
        process = subprocess.Popen([str(c) for c in command], cwd=cwd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    # Linux reports ru_maxrss in kilobytes; for a reaped child it is the largest of the child and the
    # workers it reaped: the peak of one process, not the sum over worker processes.
    return Run(seconds, process.returncode, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def median_run(command: Sequence[str | Path], cwd: Path, times: int) -> float:
    """Median wall seconds of several cold runs of a command."""
    return statistics.median(timed(command, cwd).seconds for _ in range(times))


def proselint_command(cache: Path) -> list[str] | None:
    """proselint 0.16 in a throwaway venv under the cache folder, installed only when missing."""
    venv = cache / "proselint-0.16"
    binary = venv / "bin" / "proselint"
    if not binary.exists():
        print(f"installing {PROSELINT} into {venv} ...", flush=True)
        try:
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
            pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
            subprocess.run([*pip, PROSELINT], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"proselint not measured: could not install it ({exc})")
            return None
    return [str(binary), "check"]


def row(label: str, run: Run, articles: int, note: str = "") -> str:
    """One line of the main table."""
    rate = articles / run.seconds if run.seconds else float("inf")
    return f"{label:<44} {run.seconds:8.2f} {run.cpu:8.2f} {rate:10.1f} {run.peak_mb:9.0f} {run.code:5d}  {note}"


def corpus_runs(files: list[Path], work: Path, proselint: list[str] | None) -> None:
    """The whole corpus through annotate, report, check and proselint, one process each."""
    python = [sys.executable, "-m", "provenance"]
    cores = os.cpu_count() or 1
    count = len(files)
    header = f"{'command (' + str(count) + ' articles)':<44} {'wall s':>8} {'CPU s':>8} {'articles/s':>10}"
    print(f"{header} {'peak MB':>9} {'exit':>5}")
    annotate = timed([*python, "annotate", "--format", "json", *files], work, work / "annotate.jsonl")
    lines = sum(1 for _ in (work / "annotate.jsonl").open(encoding="utf-8"))
    print(row("provenance annotate --format json", annotate, count, f"{lines} JSON lines"), flush=True)
    reports = {}
    for jobs in sorted({1, cores}):
        command = [*python, "report", "--no-progress", "--jobs", str(jobs), "-o", work / "report.md", *files]
        reports[jobs] = timed(command, work)
        print(row(f"provenance report (markdown, --jobs {jobs})", reports[jobs], count), flush=True)
    if cores > 1:
        gain = reports[1].seconds / reports[cores].seconds
        print(f"{'':<44} report --jobs {cores} is {gain:.2f}x as fast as --jobs 1 (target 1.7x)")
    for jobs in sorted({1, cores}):
        check = timed([*python, "check", "--jobs", str(jobs), *files], work)
        print(row(f"provenance check --jobs {jobs}", check, count, "exit 1 = findings at --fail-on"), flush=True)
    if proselint is None:
        return
    peer = timed([*proselint, *files], work)
    print(row("proselint 0.16 check", peer, count, "exit 1 = findings"))
    print(f"\nannotate throughput / proselint throughput: {peer.seconds / annotate.seconds:.2f}x (target: 4x)")
    print(f"the same by CPU seconds (fairer on a shared machine): {peer.cpu / annotate.cpu:.2f}x")


def cold_start(work: Path, times: int) -> None:
    """Median wall time of `check` on one short article from a cold process, beside bare Python and rich."""
    print(f"\ncold start, median of {times} runs ({SAMPLE.name}, {SAMPLE.stat().st_size} bytes):")
    python = sys.executable
    # As after `pip install`: bytecode compiled (an editable install under PYTHONDONTWRITEBYTECODE=1 has none,
    # and every start would compile the package again) and the ruleset cache filled by one earlier run.
    package = Path(__file__).resolve().parent.parent / "provenance"
    subprocess.run([python, "-m", "compileall", "-q", str(package)], check=False, stdout=subprocess.DEVNULL)
    timed([python, "-m", "provenance", "check", SAMPLE], work)
    for label, command in (
        ("python -c pass", [python, "-c", "pass"]),
        ('python -c "import rich"', [python, "-c", "import rich"]),
        ('python -c "import rich.console"', [python, "-c", "import rich.console"]),
        ("provenance --version", [python, "-m", "provenance", "--version"]),
        ("provenance check (1 file)", [python, "-m", "provenance", "check", SAMPLE]),
    ):
        print(f"  {label:<40} {median_run(command, work, times):6.3f} s", flush=True)


def length_scaling(texts: list[str]) -> None:
    """annotate_text on one document made of the same articles repeated 1, 2, 4 and 8 times."""
    from provenance.core.pipeline import annotate_text
    from provenance.ruleset.loader import load_rulebook

    book = load_rulebook()
    base = "\n\n".join(texts)
    annotate_text(texts[0], book)  # build the lazy tables and load the dictionaries before timing
    print(f"\nscaling with text length (one document: {len(texts)} articles concatenated k times, in process):")
    print(f"  {'k':>3} {'characters':>12} {'seconds':>9} {'µs/char':>9}")
    for k in (1, 2, 4, 8):
        document = "\n\n".join([base] * k)
        started = time.perf_counter()
        annotate_text(document, book)
        seconds = time.perf_counter() - started
        print(f"  {k:>3} {len(document):>12,} {seconds:9.2f} {seconds / len(document) * 1e6:9.3f}", flush=True)


def _terms_pack(folder: Path, size: int) -> Path:
    """A rules folder with one terms ruleset of `size` made-up two-word entries."""
    letters = "bcdfghjklmnpqrstvwxz"

    def word(n: int) -> str:
        out = ""
        for _ in range(4):
            n, digit = divmod(n, len(letters))
            out += letters[digit] + "a"
        return out

    entries = "\n".join(f"      - {{term: {word(i)} {word(i * 7 + 3)}, neutral: plain}}" for i in range(size))
    pack = folder / f"synthetic{size}"
    pack.mkdir()
    (pack / "synthetic.yaml").write_text(
        "ruleset: synthetic\ndescription: Made-up terms for the speed benchmark.\nrules:\n"
        "  - id: made-up\n    type: terms\n    category: loaded-term\n    severity: info\n"
        "    message: A made-up term.\n    description: Synthetic entries that never occur in news.\n"
        f"    terms:\n{entries}\n"
        f"    examples:\n      match: [{word(0)} {word(3)}]\n      no_match: [plain words]\n",
        encoding="utf-8",
    )
    return pack


def terms_scaling(texts: list[str], work: Path) -> None:
    """Load time and matching time with an extra synthetic terms ruleset of 500, 5,000 and 50,000 entries."""
    from provenance.core.pipeline import annotate_text
    from provenance.ruleset.loader import Pack, default_pack, load_rulebook
    from provenance.ruleset.terms import lowered

    print("\nscaling with term-list size (default rules + one synthetic terms ruleset, in process):")
    print(f"  {'entries':>8} {'load s':>8} {'automaton s':>12} {'match corpus s':>15} {'annotate 100 s':>15}")
    lows = [lowered(t) for t in texts]
    for size in (0, 500, 5_000, 50_000):
        packs = [default_pack()] + ([Pack("synthetic", _terms_pack(work, size))] if size else [])
        started = time.perf_counter()
        book = load_rulebook(packs)
        loaded = time.perf_counter()
        matcher = book.terms  # the automaton is built on first use
        built = time.perf_counter()
        hits = sum(len(list(matcher.find(text, low))) for text, low in zip(texts, lows, strict=True))
        matched = time.perf_counter()
        for text in texts[:100]:
            annotate_text(text, book)
        annotated = time.perf_counter()
        print(
            f"  {size:>8,} {loaded - started:8.2f} {built - loaded:12.3f} {matched - built:15.3f}"
            f" {annotated - matched:15.2f}   ({hits} hits)",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the tables; exit 0 with one line when the corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles (default: PolNeAR train text)")
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs per command (median is shown)")
    parser.add_argument("--no-proselint", action="store_true", help="do not install or run proselint")
    parser.add_argument("--no-scaling", action="store_true", help="skip the in-process scaling runs")
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "provenance-bench"
    parser.add_argument("--cache", type=Path, default=cache, help="where proselint's throwaway venv is kept")
    args = parser.parse_args(argv)
    corpus, files = corpus_files(args.corpus)
    if not files:
        print(f"skipped: no .txt articles in {corpus}")
        return 0
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(f.stat().st_size for f in files)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {corpus} ({len(files)} articles, {size / 1e6:.1f} MB, {words:,} words)")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M')}\n")
    args.cache.mkdir(parents=True, exist_ok=True)
    proselint = None if args.no_proselint else proselint_command(args.cache)
    with tempfile.TemporaryDirectory(prefix="provenance-speed-") as temp:
        work = Path(temp)
        corpus_runs(files, work, proselint)
        cold_start(work, args.runs)
        if not args.no_scaling:
            length_scaling(texts[: max(1, len(texts) // 8)])
            terms_scaling(texts, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
