"""Where the benchmarks find their corpora: the reference folder beside the repository, and our own data."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OWN_DATA = REPO / "benchmarks" / "data"


def shared_folder() -> Path:
    """$PROVENANCE_SHARED, else `../shared` beside the repository (or beside a worktree folder of it)."""
    configured = os.environ.get("PROVENANCE_SHARED")
    if configured:
        return Path(configured).resolve()  # benchmarks run commands in other folders
    # A git worktree under e.g. /work/wt/NAME sits one level deeper than the main checkout.
    candidates = [REPO.parent / "shared", REPO.parent.parent / "shared"]
    return next((c for c in candidates if c.is_dir()), candidates[0])


def corpus_files(corpus: Path | None) -> tuple[Path, list[Path]]:
    """The .txt articles of `corpus` (default: PolNeAR train text in the shared folder), sorted, and the folder."""
    folder = corpus.resolve() if corpus else shared_folder() / "data" / "polnear" / "train" / "text"
    return folder, sorted(folder.glob("*.txt")) if folder.is_dir() else []
