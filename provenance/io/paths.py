"""Turn command-line arguments (files, folders, globs, '-') into the list of articles to read."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path

from provenance.errors import Problem
from provenance.io.fetch import is_url
from provenance.io.warc import is_warc

# Folders are searched for these only; a file named explicitly is read whatever its suffix.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def _walk(folder: Path, seen_dirs: set[tuple[int, int]], problems: list[Problem]) -> list[Path]:
    """Article files under `folder`, sorted, skipping hidden entries and folders already visited."""
    try:
        info = folder.stat()
    except OSError as exc:
        problems.append(Problem(str(folder), _reason(exc)))
        return []
    # A symlink loop (or two links to one folder) would otherwise be walked forever or twice.
    key = (info.st_dev, info.st_ino)
    if key in seen_dirs:
        return []
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append(Problem(str(folder), _reason(exc)))
        return []
    found: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            problems.append(Problem(str(path), _reason(exc)))
            continue
        if is_dir:
            found += _walk(path, seen_dirs, problems)
        elif is_file and (path.suffix.lower() in ARTICLE_SUFFIXES or is_warc(path.name)):
            found.append(path)
    return found


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def _expand(arg: str, seen_dirs: set[tuple[int, int]], problems: list[Problem]) -> list[Path]:
    path = Path(arg)
    if path.is_dir():
        return _walk(path, seen_dirs, problems)
    if path.exists() or not _GLOB_CHARS & set(arg):
        # A file (even one whose name holds '[' or '*'), or a missing path the reader will name.
        return [path]
    # Globs are expanded here, not by the shell, so a quoted pattern works the same everywhere.
    matches = sorted(glob.glob(arg, recursive=True))
    if not matches:
        problems.append(Problem(arg, "no files match this pattern"))
    found: list[Path] = []
    for match in matches:
        found += _walk(Path(match), seen_dirs, problems) if Path(match).is_dir() else [Path(match)]
    return found


def collect_paths(args: Sequence[str]) -> tuple[list[Path | str], list[Problem]]:
    """Files to read, in argument order (each folder or glob sorted), without duplicates, and any problems."""
    problems: list[Problem] = []
    seen_dirs: set[tuple[int, int]] = set()
    seen: set[str] = set()
    paths: list[Path | str] = []
    for arg in args:
        if arg == STDIN or is_url(arg):
            # Standard input and web addresses are read as they are, once each.
            if arg not in seen:
                seen.add(arg)
                paths.append(arg)
            continue
        for path in _expand(arg, seen_dirs, problems):
            if not path.exists():
                problems.append(Problem(str(path), _reason(FileNotFoundError())))
                continue
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                paths.append(path)
    return paths, problems
