"""Issue 18, findings 1, 4 and 6: every I/O failure is one line naming the path and exit 2; nothing is destroyed."""

from __future__ import annotations

import io
import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from provenance.core.examples import check_examples
from provenance.core.stages import patterns
from provenance.errors import ProvenanceError
from provenance.io import reader
from provenance.io.paths import collect_paths
from provenance.io.reader import decode
from provenance.ruleset.loader import Pack, load_rulebook, parse_ruleset
from tests.conftest import ROOT, SAMPLE

runner = CliRunner()
ARTICLE = (
    "Officials said on Monday that the talks had failed.\n\n"
    "The regime did not respond to a request for comment.\n"
)


def _to_full(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI with standard output on /dev/full, as `... > /dev/full` or a full disk does."""
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "provenance", *args],
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )


def _one_line(stderr: str, path: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and path in lines[0], stderr
    assert "Traceback" not in stderr


def test_report_into_a_device_writes_it_and_leaves_it_a_device(tmp_path: Path) -> None:
    null = tmp_path / "mynull"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    result = runner.invoke(app, ["report", "-j1", "--no-progress", "-o", str(null), str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(null.lstat().st_mode)


def test_report_into_a_symlink_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "target.md"
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    result = runner.invoke(app, ["report", "-j1", "--no-progress", "-o", str(link), str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and target.read_text().startswith("# Provenance report")


def test_report_into_a_full_device_is_one_line_and_exit_2(tmp_path: Path) -> None:
    full = tmp_path / "myfull"
    try:
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    except PermissionError:
        pytest.skip("making a device node needs root")
    result = runner.invoke(app, ["report", "-j1", "--no-progress", "-o", str(full), str(SAMPLE)])
    assert result.exit_code == 2
    _one_line(result.stderr, str(full))
    assert stat.S_ISCHR(full.lstat().st_mode)


def test_report_twice_into_its_own_folder_does_not_read_its_own_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "report.md"
    for _ in range(2):
        result = runner.invoke(app, ["report", "-j1", "--no-progress", str(tmp_path), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "\n1 articles annotated" in out.read_text()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["sarif", "json", "human", "github"])
def test_check_to_a_full_stdout_is_exit_2_not_1(fmt: str) -> None:
    done = _to_full("check", "-j1", "--fail-on", "warning", "--format", fmt, str(SAMPLE))
    assert done.returncode == 2, done.stderr
    _one_line(done.stderr, "<stdout>")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["annotate"], ["report", "-j1"], ["rules", "list"], ["rules", "validate"]])
def test_every_command_to_a_full_stdout_is_exit_2(command: list[str]) -> None:
    done = _to_full(*command, *([str(SAMPLE)] if command[0] != "rules" else []))
    assert done.returncode == 2, done.stderr
    _one_line(done.stderr, "<stdout>")


def test_deep_folders_are_walked_without_recursion_error(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1100):
        deep = deep / "d"
        deep.mkdir()  # one at a time: mkdir(parents=True) itself recurses
    (deep / "a.txt").write_text(ARTICLE)
    try:
        found, problems = collect_paths([str(tmp_path)])
        assert [Path(p).name for p in found] == ["a.txt"] and problems == []
    finally:
        # One level at a time: pytest's own clean-up (shutil.rmtree) recurses too.
        (deep / "a.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


def test_a_recursive_glob_skips_folders_already_visited(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE)
    (tmp_path / "news" / "self").symlink_to(tmp_path / "news")
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news")
    # In a child process with a time limit: on a loop the old glob ran for ever (a guard, not a speed figure).
    code = f"from provenance.io.paths import collect_paths; print(collect_paths([{str(tmp_path)!r} + '/**/*.txt']))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("a.txt") == 1, done.stdout


class _Recording(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.taken = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.taken += len(chunk)
        return chunk


def test_binary_is_refused_from_its_first_bytes_before_the_rest_is_read() -> None:
    stream = _Recording(b"\x00\x01\x02binary" * 200_000)
    with pytest.raises(ProvenanceError):
        reader._read_bounded(stream, "big.txt", 300_000_000)
    assert stream.taken <= 8192


def test_utf32_without_a_byte_order_mark_is_read_as_utf32() -> None:
    for encoding in ("utf-32-le", "utf-32-be"):
        article = decode(ARTICLE.encode(encoding), "in.txt")
        assert article.text == ARTICLE
        assert article.warnings == (f"no byte-order mark; read as {encoding.upper()}",)


def test_a_huge_rule_file_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: costs no disk
    with pytest.raises(ProvenanceError) as caught:
        parse_ruleset(big, "user")
    assert "limit" in caught.value.problems[0].message


@pytest.mark.parametrize(
    "args",
    [
        ["annotate", "--width", "0", str(SAMPLE)],
        ["annotate", "--width", "19", str(SAMPLE)],
        ["annotate", "--max-bytes", "-5", str(SAMPLE)],
        ["report", "--max-bytes", "0", str(SAMPLE)],
        ["check", "--max-bytes", "-5", str(SAMPLE)],
    ],
)
def test_option_values_out_of_range_are_usage_errors(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and not result.stdout
    assert "Invalid value for '--" in result.stderr, result.stderr


PACK = """\
ruleset: slow
rules:
  - id: alternation
    type: pattern
    category: missing-comment
    regex:
      - "{regex}"
    examples:
      match: ["{match}"]
      no_match: ["nothing here"]
"""


def _slow_pack(folder: Path, name: str, regex: str = "(a|aa)+$", match: str = "aa") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(
        PACK.format(regex=regex, match=match).replace("slow", name), encoding="utf-8"
    )
    return folder


def test_a_rule_example_that_times_out_is_reported_as_a_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "DOCUMENT_SECONDS", 0.1)
    _slow_pack(tmp_path / "user", "slow", match="a" * 60 + "b")
    book = load_rulebook([Pack("user", tmp_path / "user")])
    _, failures = check_examples(book)
    assert [str(f).split(": ", 2)[-1] for f in failures] == [f"example timed out: {'a' * 60 + 'b'!r}"]


def test_one_regex_budget_per_document_shared_by_every_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "DOCUMENT_SECONDS", 0.3)
    folder = tmp_path / "user"
    for name in ("slowa", "slowb", "slowc"):
        _slow_pack(folder, name)
    book = load_rulebook([Pack("user", folder)])
    timeouts: list[float] = []
    original = patterns._matches

    def spy(text, paragraph, rule, seconds, indexes):  # type: ignore[no-untyped-def]
        timeouts.append(seconds)
        return original(text, paragraph, rule, seconds, indexes)

    monkeypatch.setattr(patterns, "_matches", spy)
    budget = patterns.PatternBudget()
    seg_text = "a" * 60 + "b\n"
    from provenance.core.segment import segment

    list(patterns.run_patterns(seg_text, segment(seg_text), book.patterns("missing-comment"), budget))
    # The first rule may use the whole budget; those after it get only the floor, not a budget of their own.
    assert timeouts[0] == pytest.approx(0.3)
    assert all(t == patterns.CALL_FLOOR for t in timeouts[1:]), timeouts
    assert sorted(budget.timed_out) == ["user.slowa.alternation", "user.slowb.alternation", "user.slowc.alternation"]


def test_a_timed_out_rule_is_named_once_per_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "DOCUMENT_SECONDS", 0.1)
    folder = _slow_pack(tmp_path / "user", "slow")
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(3):
        (articles / f"{i}.txt").write_text("The mayor said the bridge would reopen.\n\n" + "a" * 60 + "b\n")
    result = runner.invoke(
        app, ["report", "-j1", "--no-progress", "--no-default-rules", "--rules", str(folder), str(articles)]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.count("rule user.slow.alternation:") == 1, result.stderr


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX signals")
def test_sigterm_during_report_stops_like_ctrl_c_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    (folder / "0000-binary.txt").write_bytes(b"\x00" * 10)  # its skip line on stderr shows the batch is running
    article = SAMPLE.read_bytes()
    for i in range(1, 1500):
        (folder / f"{i:04}.txt").write_bytes(article)
    out = tmp_path / "report.md"
    process = subprocess.Popen(
        [sys.executable, "-m", "provenance", "report", "-j2", "-o", str(out), str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert process.stderr is not None
    first = process.stderr.readline()
    os.kill(process.pid, signal.SIGTERM)
    _, rest = process.communicate(timeout=120)
    errors = (first + rest).decode()
    assert process.returncode == 130, errors
    assert "Traceback" not in errors
    assert "interrupted after" in errors.splitlines()[-1], errors
    assert list(tmp_path.glob("*report.md*")) == []


def test_check_names_a_timed_out_rule_once_per_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "DOCUMENT_SECONDS", 0.1)
    folder = _slow_pack(tmp_path / "user", "slow")
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(3):
        (articles / f"{i}.txt").write_text("The mayor said the bridge would reopen.\n\n" + "a" * 60 + "b\n")
    result = runner.invoke(
        app, ["check", "-j1", "--format", "json", "--no-default-rules", "--rules", str(folder), str(articles)]
    )
    problems = [p for f in json.loads(result.stdout)["files"] for p in f["problems"]]
    assert sum("rule user.slow.alternation:" in p for p in problems) == 1, problems
