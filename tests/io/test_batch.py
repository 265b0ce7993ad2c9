"""Batches: path collection, input order, worker processes matching one process, errors kept per file."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from provenance.io import batch
from provenance.io.batch import BookSpec, Interrupted, annotate_paths, collect_paths
from provenance.render.annotate.json import document_dict
from provenance.ruleset.loader import default_pack
from tests.conftest import SAMPLE

SPEC = BookSpec((default_pack(),))


def _touch(path: Path, text: str = "The mayor said the bridge would reopen.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_walked_sorted_with_article_suffixes_only(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "sub/c.html", "sub/d.htm", "notes.pdf", ".hidden/e.txt", "sub/.f.txt"):
        _touch(tmp_path / name)
    paths, problems = collect_paths([str(tmp_path)])
    assert problems == []
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == ["a.txt", "b.md", "sub/c.html", "sub/d.htm"]


def test_globs_are_expanded_here_and_duplicates_dropped(tmp_path: Path) -> None:
    a, b = _touch(tmp_path / "a.txt"), _touch(tmp_path / "b.txt")
    paths, problems = collect_paths([str(tmp_path / "*.txt"), str(b), str(tmp_path), str(tmp_path / "nothing*.md")])
    assert paths == [a, b]
    assert [(p.path, p.message) for p in problems] == [(str(tmp_path / "nothing*.md"), "no files match this pattern")]


def test_missing_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    paths, problems = collect_paths([str(tmp_path / "gone.txt"), "-"])
    assert paths == ["-"]
    assert [(p.path, p.message) for p in problems] == [(str(tmp_path / "gone.txt"), "no such file or folder")]


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    _touch(tmp_path / "d" / "a.txt")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "again").symlink_to(tmp_path / "d", target_is_directory=True)
    paths, problems = collect_paths([str(tmp_path)])
    assert problems == []
    assert len(paths) == 1 and paths[0].name == "a.txt"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_unreadable_folder_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    _touch(locked / "a.txt")
    locked.chmod(0)
    try:
        _, problems = collect_paths([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert [(p.path, p.message) for p in problems] == [(str(locked), "permission denied")]


def _corpus(tmp_path: Path) -> list[Path | str]:
    files: list[Path | str] = [SAMPLE]
    for i in range(7):
        _touch(tmp_path / f"{i}.txt", f"Officials said the regime had fallen, {i} sources told Reuters.")
    _touch(tmp_path / "7.md", "# Headline\n\nThe `regime` code, said the mayor. See <https://regime.example>.")
    (tmp_path / "8.txt").write_bytes(b"\x00\x01binary")
    files += sorted(tmp_path.iterdir())
    return files


def test_workers_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    files = _corpus(tmp_path)
    one = list(annotate_paths(files, SPEC, jobs=1, progress=False))
    two = list(annotate_paths(files, SPEC, jobs=2, progress=False))
    assert [o.path for o in one] == [str(f) for f in files]
    assert [o.path for o in two] == [o.path for o in one]
    assert [o.problems for o in two] == [o.problems for o in one]
    assert [o.document and document_dict(o.document) for o in two] == [
        o.document and document_dict(o.document) for o in one
    ]
    assert one[0].document is not None and one[0].document.relays  # the sample really was annotated


def test_unreadable_file_gives_an_outcome_without_document(tmp_path: Path) -> None:
    outcomes = list(annotate_paths(_corpus(tmp_path), SPEC, jobs=1, progress=False))
    bad = [o for o in outcomes if o.document is None]
    assert [(Path(o.path).name, [p.message for p in o.problems]) for o in bad] == [
        ("8.txt", ["looks like a binary file (NUL bytes), not text; skipped"])
    ]


def test_standard_input_is_read_in_this_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"The mayor said the bridge would reopen."))
    monkeypatch.setattr("sys.stdin", stdin)
    outcomes = list(annotate_paths(["-", _touch(tmp_path / "a.txt")], SPEC, jobs=2, progress=False))
    assert outcomes[0].path == "<stdin>"
    assert outcomes[0].document is not None and outcomes[0].document.attributions


def test_ctrl_c_reports_how_far_the_batch_got(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    files = _corpus(tmp_path)[:3]
    real = batch._annotate_item
    calls = []

    def stop_on_third(*args: object) -> batch.Outcome:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "_annotate_item", stop_on_third)
    with pytest.raises(Interrupted) as caught:
        list(annotate_paths(files, SPEC, jobs=1, progress=False))
    assert (caught.value.done, caught.value.total) == (2, 3)


def test_a_handful_of_articles_stays_in_one_process() -> None:
    assert batch.default_jobs(1) == 1
    assert batch.default_jobs(batch._ARTICLES_PER_WORKER * 2 - 1) == 1
    assert 1 <= batch.default_jobs(10_000) <= (os.cpu_count() or 1)
