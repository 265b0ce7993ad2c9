"""Turn command-line arguments (files, folders, globs, '-') into the list of articles to read."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Sequence
from pathlib import Path

from provenance.errors import Problem
from provenance.io.fetch import is_url
from provenance.io.warc import is_warc

# Folders are searched for these only; a file named explicitly is read whatever its suffix.
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def _walk(
    folder: Path, seen_dirs: set[tuple[int, int]], problems: list[Problem], folders: bool = False
) -> list[Path]:
    """Article files under `folder`, sorted, skipping hidden entries and folders already visited.

    A loop, not recursion: 1,100 nested folders must not end in a RecursionError. `folders` also lists
    the folders themselves (for a `**` glob, which may match them).
    """
    found: list[Path] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = current.stat()
        except OSError as exc:
            problems.append(Problem(str(current), _reason(exc)))
            continue
        # A symlink loop (or two links to one folder) would otherwise be walked forever or twice.
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            continue
        seen_dirs.add(key)
        if folders and current is not folder:
            found.append(current)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(str(current), _reason(exc)))
            continue
        below: list[Path] = []
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
                below.append(path)
            elif is_file and (folders or path.suffix.lower() in ARTICLE_SUFFIXES or is_warc(path.name)):
                found.append(path)
        stack.extend(reversed(below))  # popped in name order
    return sorted(found, key=lambda p: p.parts)


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
    matches = _recursive_glob(arg, problems) if "**" in arg else sorted(glob.glob(arg))
    if not matches:
        problems.append(Problem(arg, "no files match this pattern"))
    found: list[Path] = []
    for match in matches:
        found += _walk(Path(match), seen_dirs, problems) if Path(match).is_dir() else [Path(match)]
    return found


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A `**` glob as a regex over '/'-separated paths: `**/` any folders (or none), `*` and `?` within a name."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out))


def _recursive_glob(arg: str, problems: list[Problem]) -> list[str]:
    """A `**` glob, walking each folder once: glob.glob follows symlinks and never ends on a link to a parent."""
    pattern = arg.replace(os.sep, "/")
    while pattern.startswith("./"):
        pattern = pattern[2:]
    parts = pattern.split("/")
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS & set(part))
    base = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else ".")
    if not Path(base).is_dir():
        return []
    regex = _glob_regex(pattern)
    return [str(p) for p in _walk(Path(base), set(), problems, folders=True) if regex.fullmatch(p.as_posix())]


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
