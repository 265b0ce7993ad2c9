"""Benchmark: trace index build speed, lookup and trace latency against a 100,000-article index, size, memory.

The archive is synthesised: every stored text is a real article (PolNeAR and PTC from ../shared when
present, else made-up sentences) with its paragraphs shuffled and one word in eight replaced, so the texts
are distinct but read like news and share the vocabulary (and common phrases) of real ones. Queries are
edited republications of stored texts (a new paragraph, a swapped word, a dropped paragraph) and texts that
are in no way stored. Build time counts only `TraceIndex.add` (not making the texts).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from shared_data import shared_folder

from provenance.trace.index import TraceIndex
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer

_MADE_UP_WORDS = [
    "council",
    "minister",
    "budget",
    "harbor",
    "vote",
    "plan",
    "report",
    "official",
    "said",
    "statement",
    "government",
    "party",
    "election",
    "campaign",
    "court",
    "judge",
    "police",
    "army",
    "city",
    "region",
    "port",
    "ferry",
    "channel",
    "agency",
    "market",
    "price",
    "tax",
    "school",
    "hospital",
    "road",
    "bridge",
    "spokesman",
    "director",
    "committee",
    "senator",
    "governor",
    "mayor",
    "union",
    "workers",
    "company",
    "bank",
    "fund",
    "project",
    "review",
    "debate",
]


def seed_texts(limit: int) -> list[str]:
    """Real articles from ../shared when present, else made-up ones."""
    data = shared_folder() / "data"
    paths = sorted((data / "polnear" / "train" / "text").glob("*.txt"))
    paths += sorted((data / "ptc" / "train" / "articles").glob("*.txt"))
    if paths:
        return [p.read_text(encoding="utf-8") for p in paths[:limit]]
    rng = random.Random(0)
    texts = []
    for _ in range(200):
        paragraphs = [
            " ".join(rng.choice(_MADE_UP_WORDS) for _ in range(rng.randint(20, 45))).capitalize() + "."
            for _ in range(rng.randint(6, 14))
        ]
        texts.append("Headline " + " ".join(rng.sample(_MADE_UP_WORDS, 6)) + "\n\n" + "\n\n".join(paragraphs))
    return texts


def perturb(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    """Paragraphs shuffled (headline kept first) and one word in eight replaced by a word from the corpus."""
    head, _, body = text.partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    rng.shuffle(paragraphs)
    out = []
    for paragraph in paragraphs:
        words = paragraph.split(" ")
        for i in range(0, len(words), 8):
            j = i + rng.randrange(8)
            if j < len(words):
                words[j] = rng.choice(vocabulary)
        out.append(" ".join(words))
    return head + "\n\n" + "\n\n".join(out)


def archive(seeds: list[str], count: int, seed: int) -> Iterator[SourceText]:
    """`count` synthetic stored texts."""
    rng = random.Random(seed)
    vocabulary = sorted({w for t in seeds[:200] for w in t.split() if w.isalpha()})
    for n in range(count):
        yield SourceText(f"synthetic/{n:06d}.txt", perturb(seeds[n % len(seeds)], rng, vocabulary))


def republication(stored: str, rng: random.Random) -> str:
    """An edited copy of a stored text: one paragraph dropped, one added, one word swapped."""
    body = stored.partition("\n\n")[2]
    paragraphs = body.split("\n\n")
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    paragraphs.insert(
        1,
        "In a statement issued late on Friday, the regional office added that it would publish its "
        "own figures next week and called on all parties to wait for them.",
    )
    return "New headline for a copied story\n\n" + "\n\n".join(paragraphs).replace(" said ", " claimed ", 1)


def build(location: Path, texts: Iterator[SourceText], count: int, chunk: int = 5000) -> float:
    """Add texts chunk by chunk, timing only the adds; returns seconds."""
    spent = cpu = 0.0
    with TraceIndex.create(location) as index:
        batch: list[SourceText] = []
        for source in texts:
            batch.append(source)
            if len(batch) == chunk:
                started, cpu_started = time.perf_counter(), time.process_time()
                index.add(batch)
                spent += time.perf_counter() - started
                cpu += time.process_time() - cpu_started
                batch = []
                print(f"  {len(index):>7,} stored, {len(index) / spent:,.0f} articles/s so far", file=sys.stderr)
        if batch:
            started, cpu_started = time.perf_counter(), time.process_time()
            index.add(batch)
            spent += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
    print(f"index build CPU time: {cpu:.1f} s = {count / cpu:,.0f} articles per CPU-second")
    return spent


def main() -> int:
    """Build the index, then time lookups and traces; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="write the index here instead of a temporary folder")
    parser.add_argument("--index", type=Path, help="measure lookups and traces against this index; no build")
    args = parser.parse_args()
    seeds = seed_texts(2000)
    real = "PolNeAR/PTC" if (shared_folder() / "data" / "polnear").is_dir() else "made-up"
    if args.index is not None:
        print(f"seed texts: {len(seeds)} ({real}); index {args.index} ({args.index.stat().st_size / 1e6:,.1f} MB)")
        measure(args.index, seeds, args)
        return 0
    print(f"seed texts: {len(seeds)} ({real}); synthesising {args.articles:,} stored articles")
    with tempfile.TemporaryDirectory() as tmp:
        location = args.keep or Path(tmp) / "trace.sqlite"
        # The last seeds are kept out of the archive: they are the queries that have no origin.
        spent = build(location, archive(seeds[: -args.queries], args.articles, 1), args.articles)
        size = location.stat().st_size
        print(
            f"index build: {args.articles:,} articles in {spent:.1f} s = {args.articles / spent:,.0f} articles/s"
            f" (one process, one core)"
        )
        print(f"index size: {size / 1e6:,.1f} MB = {size / args.articles / 1e3:.1f} kB per article")
        measure(location, seeds, args)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {peak:,.0f} MB")
    return 0


def measure(location: Path, seeds: list[str], args: argparse.Namespace) -> None:
    """Cold and warm trace latency, and the candidate lookup alone."""
    rng = random.Random(2)
    started = time.perf_counter()
    index = TraceIndex.open(location)
    tracer = Tracer(index)
    ids = index.ids()
    # Start-up: open the index, load the rules, and the first trace (it loads the hyphenation dictionary too).
    tracer.text(republication(index.get(ids[0]).text, rng), "warm-up.txt")
    print(f"start-up (open index, load rules, first trace): {time.perf_counter() - started:.2f} s")
    copies = [republication(index.get(rng.choice(ids)).text, rng) for _ in range(args.queries)]
    strangers = seeds[-args.queries :]  # kept out of the archive altogether
    for name, queries in (("edited copies", copies), ("texts not stored as such", strangers)):
        lookups, traces, cpu, found = [], [], [], 0
        for text in queries:
            started = time.perf_counter()
            index.candidates(text)
            lookups.append(time.perf_counter() - started)
            started, cpu_started = time.perf_counter(), time.process_time()
            result = tracer.text(text, "query.txt")
            traces.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            found += bool(result.reuses)
        print(f"{name}: {len(queries)} traced, origin found for {found}")
        print(
            f"  candidate lookup: median {1000 * statistics.median(lookups):.1f} ms, max {1000 * max(lookups):.1f} ms"
        )
        print(
            f"  whole trace (annotate article and origin, align, judge): median"
            f" {1000 * statistics.median(traces):.0f} ms, p95 {1000 * sorted(traces)[int(0.95 * len(traces))]:.0f}"
            f" ms, max {1000 * max(traces):.0f} ms; CPU time median {1000 * statistics.median(cpu):.0f} ms,"
            f" p95 {1000 * sorted(cpu)[int(0.95 * len(cpu))]:.0f} ms"
        )
    index.close()


if __name__ == "__main__":
    sys.exit(main())
