"""Writing output: the one function every command writes a file or standard output through.

What is at the output path decides how it is written, so a write never destroys what it did not mean to:
a regular file is replaced atomically (a temporary file renamed over it) and keeps its mode; a new file
follows the umask; a symlink is written through to its target, which stays a link; a device or FIFO
(`/dev/null`, `/dev/full`, a named pipe) is written to directly and never replaced; a folder or socket is
refused. Every failure is one ProvenanceError naming the path.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from provenance.errors import Problem, ProvenanceError

STDOUT = "<stdout>"
Render = Callable[[TextIO], None]


def _failed(path: str, exc: OSError) -> ProvenanceError:
    return ProvenanceError(Problem(path, f"cannot write: {exc.strerror or exc}"))


def _umask() -> int:
    # The process umask can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _target(output: Path) -> tuple[Path, os.stat_result | None]:
    """The path to write (a symlink's final target) and what is there now (None: nothing yet)."""
    name = str(output)
    try:
        link = output.lstat()
    except FileNotFoundError:
        return output, None
    except OSError as exc:
        raise _failed(name, exc) from None
    if not stat.S_ISLNK(link.st_mode):
        return output, link
    try:
        # strict=False: a link to a file not yet made is written through, creating its target.
        target = Path(os.path.realpath(output, strict=False))
        target.lstat()
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ProvenanceError(Problem(name, "is a symlink loop; nothing written")) from None
        raise _failed(name, exc) from None
    if target.is_symlink():  # realpath stopped on a loop without raising
        raise ProvenanceError(Problem(name, "is a symlink loop; nothing written"))
    return target, target.stat()


def _write_direct(path: Path, render: Render) -> None:
    """Write into an existing device or FIFO as it is: it is never replaced by a regular file."""
    try:
        with path.open("w", encoding="utf-8", newline="\n") as stream:
            render(stream)
    except OSError as exc:
        raise _failed(str(path), exc) from None


def _replace(path: Path, render: Render, old: os.stat_result | None) -> None:
    """Write a temporary file beside `path` and rename it over `path`; nothing is left behind on any failure."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ProvenanceError(Problem(str(path), f"output folder {folder} does not exist"))
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _failed(str(path), exc) from None
    try:
        # mkstemp makes the file 0600; the output takes the old file's mode, or the umask's for a new one.
        os.fchmod(handle, stat.S_IMODE(old.st_mode) if old is not None else 0o666 & ~_umask())
        if old is not None:
            with contextlib.suppress(OSError):  # only root may give a file away; keeping our own owner is fine
                os.fchown(handle, old.st_uid, old.st_gid)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            render(stream)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _failed(str(path), exc) from None
    except BaseException:  # Ctrl-C, SIGTERM (raised as KeyboardInterrupt by the CLI), a renderer's own error
        Path(temp).unlink(missing_ok=True)
        raise


def write_output(output: Path, render: Render) -> None:
    """Write `render`'s output to `output` without ever replacing a link, device, FIFO or folder."""
    target, now = _target(output)
    if now is None or stat.S_ISREG(now.st_mode):
        _replace(target, render, now)
    elif stat.S_ISCHR(now.st_mode) or stat.S_ISBLK(now.st_mode) or stat.S_ISFIFO(now.st_mode):
        _write_direct(target, render)
    elif stat.S_ISDIR(now.st_mode):
        raise ProvenanceError(Problem(str(output), "is a folder; give a file name for the output (nothing written)"))
    else:
        raise ProvenanceError(Problem(str(output), "is a socket or other special file; nothing written"))


def write_atomically(output: Path, render: Render) -> None:
    """The former name of write_output, kept for callers outside the CLI."""
    write_output(output, render)


def same_file(a: Path | str, b: Path) -> bool:
    """Whether two paths name the same file (the report's output among its inputs, say)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _silence_stdout() -> None:
    # What is left in stdout's buffer would fail again at exit ("Exception ignored ..."): send it to /dev/null.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def write_stdout(render: Render) -> bool:
    """Write to standard output and flush; a failed write (a full disk, `> /dev/full`) is a ProvenanceError.

    A reader that has gone (`| head`) is not an error of ours: the rest is dropped quietly and False returned.
    """
    try:
        render(sys.stdout)
        sys.stdout.flush()
    except (BrokenPipeError, SystemExit):  # rich turns a broken pipe into SystemExit(1) after silencing stdout
        with contextlib.suppress(OSError, ValueError):
            _silence_stdout()
        return False
    except OSError as exc:
        with contextlib.suppress(OSError, ValueError):
            _silence_stdout()
        raise _failed(STDOUT, exc) from None
    return True
