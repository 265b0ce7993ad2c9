"""Run one `provenance` command in this process and print CPU seconds of this process and of its reaped workers.

    .venv/bin/python benchmarks/rusage.py report --no-progress -j 2 -o /tmp/r.md FILES...

On a shared machine the wall clock measures the neighbours; `getrusage` measures what this command spent. With
`--jobs 2` on two idle cores the parent's CPU is about the wall time (it annotates, unpickles and writes the
report). Prints one line to standard error; see benchmarks/README.md.
"""

from __future__ import annotations

import contextlib
import resource
import runpy
import sys
import time


def main() -> None:
    """Run the command named by the arguments, then print the figures."""
    sys.argv = ["provenance", *sys.argv[1:]]
    wall = time.perf_counter()
    with contextlib.suppress(SystemExit):  # the CLI ends with sys.exit(code)
        runpy.run_module("provenance", run_name="__main__", alter_sys=True)
    wall = time.perf_counter() - wall
    me = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"wall {wall:.2f} parent_cpu {me.ru_utime + me.ru_stime:.2f} workers_cpu "
        f"{workers.ru_utime + workers.ru_stime:.2f} parent_rss {me.ru_maxrss / 1024:.0f}MB "
        f"worker_rss {workers.ru_maxrss / 1024:.0f}MB",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
