"""How ruleset size affects start-up and matching: synthetic term lists of 500, 5,000 and 50,000 entries.

    .venv/bin/python benchmarks/rules_scale.py [--sizes 500 5000 50000] [--words 100000]

For each size it writes one terms ruleset into a temporary folder and prints:
  load (no cache)   read YAML, validate against the schema, build the rules
  load (cold cache) the same, plus writing the cache entry
  load (cached)     validated data read back from the cache
  automaton         building the Aho-Corasick automaton (once per run, on first match)
  match/100k words  finding every term in 100,000 words of text (about 1% of words are terms)
Figures are the best of --repeat runs, in seconds. The shipped default pack is timed first, on the sample article
repeated to the same length.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from provenance.ruleset.cache import RulesetCache
from provenance.ruleset.loader import Pack, default_pack, load_rulebook
from provenance.ruleset.rulebook import Rulebook

T = TypeVar("T")
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qua", "bri", "dro", "fle", "gru", "plo", "stra"]
FILLER = [
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "said",
    "that",
    "on",
    "for",
    "with",
    "as",
    "was",
    "by",
    "officials",
    "report",
    "talks",
    "army",
    "city",
    "water",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5)))


def synthetic_terms(count: int, seed: int = 1) -> list[str]:
    """`count` distinct made-up terms; one in five is a two-word phrase."""
    rng = random.Random(seed)
    terms: dict[str, None] = {}
    while len(terms) < count:
        term = _word(rng) if rng.random() < 0.8 else f"{_word(rng)} {_word(rng)}"
        terms.setdefault(term, None)
    return list(terms)


def write_ruleset(folder: Path, terms: list[str]) -> Path:
    """A valid terms ruleset with one entry per term, each with a neutral alternative and a reason."""
    lines = ["ruleset: synthetic", "rules:", "  - id: many-terms", "    type: terms", "    category: loaded-term"]
    lines.append("    terms:")
    lines += [f"      - {{term: {t}, neutral: plain, reason: synthetic entry {i}}}" for i, t in enumerate(terms)]
    lines += ["    examples:", f"      match: [They said {terms[0]} twice.]", "      no_match: [They said nothing.]"]
    path = folder / "synthetic.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def synthetic_text(terms: list[str], words: int, seed: int = 2) -> str:
    """`words` words of filler with a term in about one word in a hundred."""
    rng = random.Random(seed)
    out = [rng.choice(terms) if rng.random() < 0.01 else rng.choice(FILLER) for _ in range(words)]
    return " ".join(out) + "."


def best(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """The fastest of `repeat` runs, and the last result."""
    times = []
    result: T
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def measure(label: str, packs: list[Pack], text: str, repeat: int, cache_dir: Path) -> None:
    """Print the load and match figures for one set of packs."""
    no_cache, book = best(repeat, lambda: load_rulebook(packs))
    cold: list[float] = []
    for i in range(repeat):
        cache = RulesetCache(cache_dir / f"{label}-{i}")  # empty every time: a cold cache
        start = time.perf_counter()
        load_rulebook(packs, cache=cache)
        cold.append(time.perf_counter() - start)
    warm_cache = RulesetCache(cache_dir / f"{label}-0")
    cached, _ = best(repeat, lambda: load_rulebook(packs, cache=warm_cache))

    def automaton() -> Rulebook:
        fresh = Rulebook(book.rules)
        _ = fresh.terms
        return fresh

    build, built = best(repeat, automaton)
    match, hits = best(repeat, lambda: sum(1 for _ in built.terms.find(text)))
    words = len(text.split())
    per_100k = match * 100_000 / words
    print(
        f"{label:>14}  {no_cache:8.3f}  {min(cold):8.3f}  {cached:8.3f}  {build:9.3f}  {per_100k:9.3f}  {hits:7d}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per ruleset size."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5_000, 50_000])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}; best of {args.repeat}; seconds")
    print(
        f"{'ruleset':>14}  {'no cache':>8}  {'cold':>8}  {'cached':>8}  {'automaton':>9}  {'match/100k':>9}"
        f"  {'hits':>7}"
    )
    with tempfile.TemporaryDirectory(prefix="provenance-rules-scale-") as tmp:
        root = Path(tmp)
        # The shipped pack is matched against the sample article repeated to the same length.
        sample = (Path(__file__).resolve().parent.parent / "samples" / "al-tanf-sputnik.txt").read_text("utf-8")
        article = " ".join((sample + " ") * (args.words // len(sample.split()) + 1)).split()[: args.words]
        measure("default pack", [default_pack()], " ".join(article), args.repeat, root / "cache")
        for size in args.sizes:
            folder = root / f"terms-{size}"
            folder.mkdir()
            terms = synthetic_terms(size)
            write_ruleset(folder, terms)
            text = synthetic_text(terms, args.words)
            measure(f"{size:,} terms", [Pack("bench", folder)], text, args.repeat, root / "cache")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
