"""Build rules/state-media.yaml, a registry of state-affiliated outlets, from the ASD State Media Matrix CSV."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from state_media.document import build
from state_media.output import DEFAULT_CSV, DEFAULT_OUT, read_rows, render, summary


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV, help="State_Media_Matrix.csv")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, help="YAML file to write")
    args = parser.parse_args(argv)
    try:
        rows = read_rows(args.csv)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    document, stats = build(rows)
    for code in sorted(stats.unknown_typologies):
        print(f"warning: unknown typology {code!r} kept as is", file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(document), encoding="utf-8")
    print(summary(document, stats, args.output))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
