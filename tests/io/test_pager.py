"""The pager: used only on a terminal and only for output taller than the screen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from provenance.io import pager


class _Tty:
    def isatty(self) -> bool:
        return True


def _screen(monkeypatch: pytest.MonkeyPatch, rows: int) -> None:
    monkeypatch.setattr(pager.shutil, "get_terminal_size", lambda: os.terminal_size((80, rows)))


def test_long_output_on_a_terminal_goes_to_the_pager(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "paged.txt"
    monkeypatch.setattr(sys, "stdout", _Tty())
    monkeypatch.setenv("PAGER", f"tee {out}")
    _screen(monkeypatch, 5)
    assert pager.page("line\n" * 20)
    assert out.read_text(encoding="utf-8") == "line\n" * 20


def test_short_output_is_not_paged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _Tty())
    _screen(monkeypatch, 50)
    assert not pager.page("line\n" * 20)


def test_a_pipe_is_never_paged(monkeypatch: pytest.MonkeyPatch) -> None:
    _screen(monkeypatch, 5)
    assert not sys.stdout.isatty()
    assert not pager.page("line\n" * 20)


def test_a_missing_pager_program_falls_back_to_plain_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _Tty())
    monkeypatch.setenv("PAGER", "no-such-pager-program")
    _screen(monkeypatch, 5)
    assert not pager.page("line\n" * 20)
