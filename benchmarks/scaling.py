"""Benchmark: cost per character of adversarial text shapes at 4 sizes (issue 17); a flat column means linear.

Each shape is one made-up document built by repeating a short unit (a transcript without paragraph breaks, a
table of "name said" rows, unclosed comments ...) up to 50 KB, 200 KB, 800 KB and 3 MB. Each size is annotated
in this process the way `check` does it (suppression directives found, then `annotate` with readability), and
the script prints CPU seconds and µs per character. A size whose time, extrapolated linearly from the size
before, would pass `--budget` seconds is skipped and marked. Needs no corpus. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from functools import cache
from itertools import count
from typing import TYPE_CHECKING

from shared_data import REPO

sys.path.insert(0, str(REPO))

if TYPE_CHECKING:
    from provenance.ruleset.rulebook import Rulebook

SIZES = (50_000, 200_000, 800_000, 3_000_000)
_ONSETS = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "st", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]


def _name(n: int) -> str:
    """A made-up capitalised word, different for every n (so every speaker is new)."""
    out = ""
    for _ in range(3):
        n, a = divmod(n, len(_ONSETS))
        n, b = divmod(n, len(_VOWELS))
        out += _ONSETS[a] + _VOWELS[b]
    return out.capitalize()


def _cycle(*units: str) -> Callable[[int], str]:
    return lambda i: units[i % len(units)]


def _speaker(template: str) -> Callable[[int], str]:
    return lambda i: template.format(first=_name(i * 7919), last=_name(i * 104_729 + 3), other=_name(i * 31 + 1))


SHAPES: dict[str, tuple[Callable[[int], str], str]] = {
    # name: (unit i -> text, file suffix: .md makes the Markdown view run)
    "said, one paragraph": (_cycle("The minister said the plan was sound. "), ".txt"),
    "said, one per paragraph": (_cycle("The minister said the plan was sound.\n\n"), ".txt"),
    "quotations, balanced": (_cycle("“The plan is sound,” the minister said. "), ".txt"),
    "quotations, mixed styles": (
        _cycle('"The plan is sound," the minister said. ', "“It will work,” she added. ", "'It is fine,' he said. "),
        ".txt",
    ),
    "distinct named speakers": (_speaker("{first} {last} said the plan was sound. "), ".txt"),
    "pronoun speakers": (
        _cycle("He said the plan was sound. ", "She said it was not. ", "They said nothing. "),
        ".txt",
    ),
    "missing-comment notes": (_cycle("The ministry did not respond to a request for comment.\n\n"), ".txt"),
    "loaded terms, one per paragraph": (_cycle("The regime shelled the town.\n\n"), ".txt"),
    "accusations": (_speaker("{first} {last} accused {other} of fraud, the council said. "), ".txt"),
    "markdown table of said rows": (
        _speaker("| {first} | {first} {last} said the plan was sound. |\n"),
        ".md",
    ),
    "nested straight quotes": (_cycle('He said "she said "it is fine" today" and left. '), ".txt"),
    "closed comments and directive lines": (
        _cycle("<!-- provenance: ignore loaded -- quoted -->\n# provenance: ignore loaded -- a\nThe regime fell.\n\n"),
        ".txt",
    ),
    "unclosed provenance comments": (
        _cycle("<!-- provenance: ignore loaded\nThe regime said it was sound.\n\n"),
        ".txt",
    ),
    "no punctuation": (_cycle("the minister said the plan was sound and the council agreed with him "), ".txt"),
    "one long sentence with commas": (_cycle("the minister said, the plan was sound, and "), ".txt"),
}


def build(unit: Callable[[int], str], size: int) -> str:
    """Units joined until the text reaches `size` characters; a table gets its header first."""
    parts: list[str] = []
    total = 0
    for i in count():
        piece = unit(i)
        parts.append(piece)
        total += len(piece)
        if total >= size:
            return "".join(parts)
    raise AssertionError("unreachable")


@cache
def _book() -> Rulebook:
    from provenance.ruleset.loader import load_rulebook

    return load_rulebook()


def run_once(text: str, suffix: str) -> float:
    """Seconds to find the directives and annotate one document, as `check` does."""
    from provenance.core.annotate import annotate
    from provenance.core.gate.suppress import blank_directives, find_directives
    from provenance.core.markup import detect_format

    book = _book()
    path = "shape" + suffix
    # CPU time of this process, not wall time: on a shared machine the wall clock measures the neighbours.
    started = time.process_time()
    found = find_directives(text, detect_format(path, text=text))
    annotate(blank_directives(text, found), book, path)
    return time.process_time() - started


def measure(name: str, sizes: tuple[int, ...], budget: float, least: float = 0.0) -> Iterator[str]:
    """One line per size: characters, seconds, µs per character (or why the size was skipped).

    A size whose run takes less than `least` CPU seconds is run again until the runs add up to it (at most 20
    runs), and the median run is shown: a 50 KB run of 0.05 s otherwise carries the noise of a shared machine.
    The median, not the fastest: the large sizes run once, and a best case beside them would flatter the ratio.
    """
    unit, suffix = SHAPES[name]
    last: tuple[int, float] | None = None
    for size in sizes:
        text = build(unit, size)
        if last is not None and last[1] * (len(text) / last[0]) > budget:
            yield f"  {name:<34} {len(text):>10,} {'skipped':>9}  (a linear guess is past --budget {budget:.0f} s)"
            continue
        runs = [run_once(text, suffix)]
        while sum(runs) < least and len(runs) < 20:
            runs.append(run_once(text, suffix))
        seconds = statistics.median(runs)
        last = (len(text), seconds)
        yield f"  {name:<34} {len(text):>10,} {seconds:9.2f} {seconds / len(text) * 1e6:9.2f}"


def main(argv: list[str] | None = None) -> int:
    """Print the table for every shape (or the ones named)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="characters per document")
    parser.add_argument("--budget", type=float, default=120.0, help="skip a size predicted to take longer (s)")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    parser.add_argument(
        "--least", type=float, default=1.0, help="repeat a size until its runs add up to this (CPU s); show the median"
    )
    args = parser.parse_args(argv)
    run_once("Warm up: the minister said the plan was sound.", ".txt")  # rules, dictionaries, lazy tables
    print(f"python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"  {'shape':<34} {'chars':>10} {'CPU s':>9} {'µs/char':>9}")
    for name in args.shape or SHAPES:
        for line in measure(name, tuple(args.sizes), args.budget, args.least):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
