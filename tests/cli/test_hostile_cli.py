"""`annotate` on bad paths and bad bytes: one line per problem naming the file, the rest of the batch kept."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from tests.conftest import ROOT, SAMPLE

runner = CliRunner()
GOOD = "The mayor said the bridge would reopen.\n"


def _annotate(*args: str) -> tuple[int, list[dict[str, object]], list[str]]:
    result = runner.invoke(app, ["annotate", "-f", "json", *args])
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, docs, result.stderr.splitlines()


def test_every_bad_path_is_named_once_and_good_files_still_run(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    png = tmp_path / "shot.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 400)
    bad = [tmp_path / "missing.txt", folder, png, big]
    code, docs, errors = _annotate("--max-bytes", "1000", str(bad[0]), str(good), *map(str, bad[1:]), str(good))
    assert code == 2
    assert [d["path"] for d in docs] == [str(good), str(good)]
    assert len(errors) == len(bad)
    for path, line in zip(bad, errors, strict=True):
        assert line.startswith(f"provenance: {path}: ")


def test_decoding_warnings_go_to_stderr_and_into_the_document(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("The mayor said “it’s over”.".encode("cp1252"))
    code, (doc,), errors = _annotate(str(legacy))
    assert code == 0
    assert errors == [f"provenance: {legacy}: {doc['warnings'][0]}"]
    assert "Windows-1252" in errors[0]
    assert [a["cue"]["text"] for a in doc["attributions"]] == ["said"]


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t  \n"])
def test_empty_and_blank_files_give_an_empty_result(tmp_path: Path, content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    code, (doc,), errors = _annotate(str(empty))
    assert code == 0
    assert (doc["annotations"], doc["attributions"], doc["readability"]) == ([], [], None)
    assert len(errors) == 1 and "nothing to annotate" in errors[0]
    terminal = runner.invoke(app, ["annotate", str(empty)])
    assert terminal.exit_code == 0 and "(no text)" in terminal.stdout


def test_a_50_mb_line_is_refused_by_the_default_limit(tmp_path: Path) -> None:
    line = tmp_path / "one-line.txt"
    with line.open("wb") as out:
        out.truncate(50_000_000)  # sparse: a 50 MB file without writing 50 MB
    code, docs, errors = _annotate(str(line))
    assert (code, docs) == (2, [])
    assert errors == [
        f"provenance: {line}: is 50,000,000 bytes, over the 10,000,000-byte limit; skipped (raise it with --max-bytes)"
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell pipeline")
def test_output_piped_to_head_exits_quietly(tmp_path: Path) -> None:
    for output in ("terminal", "json"):
        pipeline = (
            f"{sys.executable} -m provenance annotate -f {output} " + " ".join([str(SAMPLE)] * 40) + " | head -n 1"
        )
        done = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {pipeline}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "COLUMNS": "80"},
        )
        assert done.stderr == "", done.stderr
        assert done.returncode == 2
        assert len(done.stdout.splitlines()) == 1


def _default_sigint() -> None:
    # A shell starts background jobs with SIGINT ignored, and children inherit that: undo it in the child.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt_batch(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `provenance ARGS`, send SIGINT once the first output line is out, and collect what happened."""
    process = subprocess.Popen(
        [sys.executable, "-m", "provenance", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # unbuffered: readline must not swallow output that communicate() would then miss
        preexec_fn=_default_sigint,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the batch is under way
    process.send_signal(signal.SIGINT)
    rest, errors = process.communicate(timeout=120)
    return subprocess.CompletedProcess(args, process.returncode, (first + rest).decode(), errors.decode())


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="needs POSIX signals")
def test_ctrl_c_stops_annotate_cleanly_and_says_how_far_it_got(tmp_path: Path) -> None:
    paths = []
    for i in range(3000):
        paths.append(tmp_path / f"{i:04}.txt")
        paths[-1].write_text(GOOD, encoding="utf-8")
    done = interrupt_batch(["annotate", "-f", "json", *map(str, paths)], ROOT)
    assert done.returncode == 130
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    said = re.fullmatch(r"provenance: interrupted at (\S+): (\d+) of 3000 files done", line)
    assert said is not None, line
    count = int(said.group(2))
    assert said.group(1) == str(paths[count])
    # The signal may land after a file's output was written but before the loop counted it.
    assert count <= len(done.stdout.splitlines()) <= count + 1 < len(paths)
