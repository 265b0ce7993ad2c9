"""Benchmark: CPU time of annotating a corpus in this process, and the cost of sending each result between processes.

    .venv/bin/python benchmarks/inprocess.py cpu --repeat 3        # CPU s of annotate over the corpus, per pass
    .venv/bin/python benchmarks/inprocess.py cpu --profile out.prof
    .venv/bin/python benchmarks/inprocess.py transfer              # pickled bytes, dumps and loads CPU per article

CPU is `time.process_time` (this process only), so neighbours on a shared machine change it little. `transfer`
pickles each article's `Outcome` the way a forked worker sends it (multiprocessing's ForkingPickler). Nothing here
asserts a time: it prints figures. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

from shared_data import corpus_files


def _outcomes(files: list[Path]) -> tuple[list[object], float]:
    """Every article read and annotated as a batch does it, and the CPU seconds that took."""
    from provenance.io.batch import Settings, annotate_article
    from provenance.io.reader import DEFAULT_MAX_BYTES, read_article
    from provenance.ruleset.loader import load_rulebook

    book = load_rulebook()
    settings = Settings(True, "auto", DEFAULT_MAX_BYTES)
    articles = [read_article(str(f), DEFAULT_MAX_BYTES) for f in files]
    annotate_article(articles[0], book, settings)  # lazy tables and dictionaries built before timing
    gc.collect()
    gc.freeze()  # as `annotate` and the batch do after loading the rules
    started = time.process_time()
    outcomes: list[object] = [annotate_article(a, book, settings) for a in articles]
    return outcomes, time.process_time() - started


def cpu(files: list[Path], repeat: int, profile: Path | None) -> None:
    """CPU seconds of annotating every article, `repeat` passes in this process (after one warm-up article)."""
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        _outcomes(files)
        profiler.disable()
        profiler.dump_stats(profile)
        print(f"profile written to {profile}")
        return
    seconds = [_outcomes(files)[1] for _ in range(repeat)]
    shown = " ".join(f"{s:.2f}" for s in seconds)
    print(f"annotate, {len(files)} articles in process: CPU s per pass {shown}; min {min(seconds):.2f}")


def transfer(files: list[Path]) -> None:
    """Bytes and CPU to pickle and unpickle each article's Outcome, as a forked worker sends it to the parent."""
    from multiprocessing.reduction import ForkingPickler

    outcomes, _ = _outcomes(files)
    blobs = [bytes(ForkingPickler.dumps((i, o))) for i, o in enumerate(outcomes)]
    texts = [len(o.document.text.encode()) for o in outcomes if o.document is not None]  # type: ignore[attr-defined]
    sizes = [len(b) for b in blobs]
    dumps, loads = [], []
    for _ in range(3):
        started = time.process_time()
        for i, o in enumerate(outcomes):
            ForkingPickler.dumps((i, o))
        dumps.append(time.process_time() - started)
        started = time.process_time()
        for blob in blobs:
            ForkingPickler.loads(blob)
        loads.append(time.process_time() - started)
    count = len(outcomes)
    print(f"{count} articles: pickled bytes per article mean {statistics.mean(sizes):,.0f}, median "
          f"{statistics.median(sizes):,.0f}, total {sum(sizes) / 1e6:.1f} MB (texts {sum(texts) / 1e6:.1f} MB)")
    print(f"CPU ms per article (best of 3): dumps {min(dumps) / count * 1e3:.3f}, loads {min(loads) / count * 1e3:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run one measurement; exit 0 with one line when the corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("cpu", "transfer"))
    parser.add_argument("--corpus", type=Path, help="folder of .txt articles (default: PolNeAR train text)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus for `cpu`")
    parser.add_argument("--profile", type=Path, help="write a cProfile (CPU time) of one pass here instead")
    args = parser.parse_args(argv)
    corpus, files = corpus_files(args.corpus)
    if not files:
        print(f"skipped: no .txt articles in {corpus}")
        return 0
    if args.what == "cpu":
        cpu(files, args.repeat, args.profile)
    else:
        transfer(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
