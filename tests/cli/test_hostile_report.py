"""A folder of hostile and ordinary articles, written at run time, through the batch commands."""

from __future__ import annotations

import codecs
import json
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from tests.conftest import ROOT, SAMPLE

runner = CliRunner()
OVER_LIMIT = 10_000_001  # one byte over the default --max-bytes; written sparse, so it costs no disk
ARTICLE = (
    "Officials said on Monday that the talks had failed.\n\nThe ministry did not respond to a request for comment.\n"
)


@dataclass(frozen=True)
class Corpus:
    """Files that must be annotated, files that must be reported by name (with a word of the reason),
    and a folder named like a file (an error for `annotate`, just an empty folder for a folder walk)."""

    root: Path
    good: list[Path]
    bad: dict[Path, str]
    folder: Path


def build_corpus(root: Path) -> Corpus:
    """Write the hostile corpus under `root`."""
    good: dict[str, bytes] = {
        "plain.txt": ARTICLE.encode(),
        "utf16.txt": ARTICLE.encode("utf-16"),
        "cp1252.txt": ("The minister said “it’s over” — café talks failed.\n" + ARTICLE).encode("cp1252"),
        "invalid-utf8.txt": "Café naïve officials said so. ".encode() + b"\xff\xfe\n" + ARTICLE.encode(),
        "crlf-mixed.txt": ARTICLE.replace("\n", "\r\n").encode() + "One said.\rTwo said.\u2028Three.".encode(),
        "bom.txt": codecs.BOM_UTF8 + ARTICLE.encode(),
        "empty.txt": b"",
        "blank.txt": b"   \n\t\r\n  ",
        "markup.txt": (
            b"[bold red]Officials[/] said [link=http://evil.example]click[/link] that # heading\n\n"
            b"The mayor said <script>alert(1)</script> and </details> and | a | b | and [x](javascript:1).\n"
        ),
        "ansi.txt": (
            "\x1b[2J\x1b[31mOfficials said\x1b[0m the \x1b]8;;http://evil.example\x1b\\talks\x1b]8;;\x1b\\ failed.\r"
            "FAKE LINE\n\n\u202eThe mayor said it was over.\u202c\n"
        ).encode(),
    }
    bad: dict[str, tuple[bytes, str]] = {
        "binary.txt": (b"Officials said\x00\x00\x01\x02" * 10, "binary"),
        "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
    }
    root.mkdir(parents=True, exist_ok=True)
    for name, data in good.items():
        (root / name).write_bytes(data)
    for name, (data, _) in bad.items():
        (root / name).write_bytes(data)
    with (root / "huge.txt").open("wb") as huge:
        huge.truncate(OVER_LIMIT)
    (root / "folder.txt").mkdir()
    loops = root / "loops"
    loops.mkdir()
    (loops / "a.txt").symlink_to(loops / "b.txt")
    (loops / "b.txt").symlink_to(loops / "a.txt")
    (loops / "up").symlink_to(root, target_is_directory=True)  # a folder walk must not recurse forever
    return Corpus(
        root,
        [root / name for name in good],
        {
            **{root / name: word for name, (_, word) in bad.items()},
            root / "huge.txt": "limit",
            loops / "a.txt": "cannot read",
            loops / "b.txt": "cannot read",
        },
        root / "folder.txt",
    )


def _named_once(errors: list[str], path: Path, word: str) -> None:
    (line,) = [e for e in errors if e.startswith(f"provenance: {path}: ")]
    assert word in line, line


def test_annotate_over_the_corpus_names_every_bad_file_and_annotates_every_good_one(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    paths = [str(p) for p in [*corpus.good, *corpus.bad, corpus.folder]]
    result = runner.invoke(app, ["annotate", "-f", "json", *paths])
    assert result.exit_code == 2
    docs = {d["path"]: d for d in map(json.loads, result.stdout.splitlines())}
    assert sorted(docs) == sorted(str(p) for p in corpus.good)
    errors = result.stderr.splitlines()
    for path, word in {**corpus.bad, corpus.folder: "folder"}.items():
        _named_once(errors, path, word)
    assert not any("Traceback" in e for e in errors)
    assert [a["cue"]["text"] for a in docs[str(corpus.root / "utf16.txt")]["attributions"]] == ["said", "respond"]
    assert docs[str(corpus.root / "empty.txt")]["readability"] is None


def test_terminal_view_of_the_corpus_is_inert(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    result = runner.invoke(app, ["annotate", "--width", "80", *map(str, corpus.good)])
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\r" not in result.stdout and "\u202e" not in result.stdout
    assert "␛[2J" in result.stdout and "[bold red]Officials[/]" in result.stdout


def test_report_over_the_corpus_reports_good_files_and_lists_bad_ones(tmp_path: Path) -> None:
    # A folder walk takes .txt/.md/.html files only, so the PNG is named on the command line.
    corpus = build_corpus(tmp_path / "corpus")
    out = tmp_path / "report.json"
    args = [
        "report",
        "-j1",
        "--no-progress",
        "-f",
        "json",
        "-o",
        str(out),
        str(corpus.root),
        str(corpus.root / "image.png"),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr  # docs/report.md: 0 when at least one article was reported
    report = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(d["path"] for d in report["documents"]) == sorted(str(p) for p in corpus.good)
    assert sorted(s["path"] for s in report["skipped"]) == sorted(str(p) for p in corpus.bad)
    errors = result.stderr.splitlines()
    for path, word in corpus.bad.items():
        _named_once(errors, path, word)
    assert errors[-1] == f"provenance: {len(corpus.good)} articles reported, {len(corpus.bad)} files skipped"
    inputs = [str(corpus.root), str(corpus.root / "image.png")]
    markdown = runner.invoke(app, ["report", "-j1", "--no-progress", "-o", str(tmp_path / "report.md"), *inputs])
    assert markdown.exit_code == 0
    text = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "\x1b" not in text and "<script>" not in text and "</details>" not in text


def test_check_over_the_corpus_checks_good_files_and_fails_on_bad_ones(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    result = runner.invoke(app, ["check", "-j1", "-f", "json", str(corpus.root), str(corpus.root / "image.png")])
    assert result.exit_code == 2, result.stderr  # docs/check.md: an unreadable file wins over findings
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert sorted(p for p, f in files.items() if f["checked"]) == sorted(str(p) for p in corpus.good)
    for path, word in corpus.bad.items():
        assert not files[str(path)]["checked"]
        assert word in " ".join(files[str(path)]["problems"])
    for output in ("human", "sarif", "github"):
        shown = runner.invoke(app, ["check", "-j1", "-f", output, str(corpus.root), str(corpus.root / "image.png")])
        assert shown.exit_code == 2
        assert "Traceback" not in shown.output and "\x1b" not in shown.stdout
        for path in corpus.bad:
            assert path.name in shown.stdout


def test_report_and_check_of_only_bad_files_exit_2(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    bad = [str(p) for p in corpus.bad]
    report = runner.invoke(app, ["report", "-j1", "--no-progress", *bad])
    assert report.exit_code == 2
    assert report.stderr.splitlines()[-1] == "provenance: no article could be read; no report written"
    assert runner.invoke(app, ["check", "-j1", *bad]).exit_code == 2


def _default_sigint() -> None:
    # A shell starts background jobs with SIGINT ignored, and children inherit that: undo it in the child.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "killpg"), reason="needs POSIX signals")
def test_ctrl_c_during_report_stops_cleanly_and_says_how_far_it_got(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    (folder / "0000-binary.txt").write_bytes(b"\x00" * 10)  # its skip line on stderr shows the batch is running
    article = SAMPLE.read_bytes()
    total = 1500
    for i in range(1, total):
        (folder / f"{i:04}.txt").write_bytes(article)
    out = tmp_path / "report.md"
    # A new session, so the signal goes to the whole process group as a terminal's Ctrl-C does.
    process = subprocess.Popen(
        [sys.executable, "-m", "provenance", "report", "-j2", "-o", str(out), str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )
    assert process.stderr is not None
    first = process.stderr.readline()
    os.killpg(process.pid, signal.SIGINT)
    _, rest = process.communicate(timeout=120)
    errors = (first + rest).decode()
    assert process.returncode == 130, errors
    assert "Traceback" not in errors
    last = errors.splitlines()[-1]
    said = re.fullmatch(rf"provenance: interrupted after (\d+) of {total} files; no report written", last)
    assert said is not None, errors
    assert 0 <= int(said.group(1)) < total
    assert list(tmp_path.glob("*report.md*")) == []  # no report, and no temporary file left behind
