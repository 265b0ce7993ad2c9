"""Tests for provenance.io.output: what is at the output path decides how it is written, and nothing is destroyed."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

import pytest

from provenance.errors import ProvenanceError
from provenance.io.output import write_output


def _text(value: str) -> Callable[[TextIO], None]:
    def render(stream: TextIO) -> None:
        stream.write(value)

    return render


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o027)
    yield
    os.umask(old)


def test_a_new_file_follows_the_umask(tmp_path: Path, umask: None) -> None:
    out = tmp_path / "report.md"
    write_output(out, _text("new"))
    assert out.read_text() == "new"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # 0666 less the umask 027, not mkstemp's 0600


def test_a_regular_file_is_replaced_keeping_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("old")
    out.chmod(0o604)
    write_output(out, _text("new"))
    assert out.read_text() == "new"
    assert stat.S_IMODE(out.stat().st_mode) == 0o604


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real" / "report.md"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    write_output(link, _text("new"))
    assert link.is_symlink()
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "real"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "target.md")
    write_output(link, _text("new"))
    assert link.is_symlink() and (tmp_path / "target.md").read_text() == "new"


def test_a_symlink_loop_is_refused_by_name(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(ProvenanceError) as caught:
        write_output(a, _text("new"))
    assert caught.value.problems[0].path == str(a)
    assert a.is_symlink() and b.is_symlink()


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output(fifo, _text("through the pipe"))
    reader.join(timeout=30)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def _device(tmp_path: Path, name: str, minor: int) -> Path:
    """A character device node like /dev/null (1, 3) or /dev/full (1, 7), made in tmp_path (needs root)."""
    node = tmp_path / name
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root")
    return node


def test_a_device_is_written_into_not_replaced(tmp_path: Path) -> None:
    null = _device(tmp_path, "mynull", 3)
    write_output(null, _text("gone"))
    assert stat.S_ISCHR(null.lstat().st_mode)


def test_a_full_device_is_one_error_naming_it(tmp_path: Path) -> None:
    full = _device(tmp_path, "myfull", 7)
    with pytest.raises(ProvenanceError) as caught:
        write_output(full, _text("x" * 100_000))
    (problem,) = caught.value.problems
    assert problem.path == str(full) and "No space left" in problem.message
    assert stat.S_ISCHR(full.lstat().st_mode)


def test_a_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep")
    with pytest.raises(ProvenanceError) as caught:
        write_output(folder, _text("x"))
    assert "is a folder" in caught.value.problems[0].message
    assert (folder / "keep.txt").read_text() == "keep"


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError(28, "No space left on device")])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, stop: BaseException) -> None:
    out = tmp_path / "report.md"
    out.write_text("old")

    def render(stream: TextIO) -> None:
        stream.write("half")
        raise stop

    with pytest.raises((KeyboardInterrupt, ProvenanceError)):
        write_output(out, render)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
