"""A folder of hostile and ordinary articles, written at run time, through the batch commands."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from provenance.cli import app

runner = CliRunner()
MAX_BYTES = 4_000
ARTICLE = (
    "Officials said on Monday that the talks had failed.\n\nThe ministry did not respond to a request for comment.\n"
)


@dataclass(frozen=True)
class Corpus:
    """Files that must be annotated, and files that must be reported by name (with a word of the reason)."""

    root: Path
    good: list[Path]
    bad: dict[Path, str]


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
    bad: dict[str, tuple[bytes | None, str]] = {
        "binary.txt": (b"Officials said\x00\x00\x01\x02" * 10, "binary"),
        "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
        "huge.txt": (b"word " * (MAX_BYTES // 4), "limit"),
        "folder.txt": (None, "folder"),
    }
    root.mkdir(parents=True, exist_ok=True)
    for name, data in good.items():
        (root / name).write_bytes(data)
    for name, (data, _) in bad.items():
        if data is None:
            (root / name).mkdir()
        else:
            (root / name).write_bytes(data)
    loops = root / "loops"
    loops.mkdir()
    (loops / "a.txt").symlink_to(loops / "b.txt")
    (loops / "b.txt").symlink_to(loops / "a.txt")
    (loops / "up").symlink_to(root, target_is_directory=True)  # a folder walk must not recurse forever
    return Corpus(
        root,
        [root / name for name in good],
        {**{root / name: word for name, (_, word) in bad.items()}, loops / "a.txt": "cannot read"},
    )


def test_annotate_over_the_corpus_names_every_bad_file_and_annotates_every_good_one(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    paths = [str(p) for p in [*corpus.good, *corpus.bad]]
    result = runner.invoke(app, ["annotate", "-f", "json", "--max-bytes", str(MAX_BYTES), *paths])
    assert result.exit_code == 2
    docs = {d["path"]: d for d in map(json.loads, result.stdout.splitlines())}
    assert sorted(docs) == sorted(str(p) for p in corpus.good)
    errors = result.stderr.splitlines()
    for path, word in corpus.bad.items():
        (line,) = [e for e in errors if e.startswith(f"provenance: {path}: ")]
        assert word in line
    assert not any("Traceback" in e for e in errors)
    assert [a["cue"]["text"] for a in docs[str(corpus.root / "utf16.txt")]["attributions"]] == ["said", "respond"]
    assert docs[str(corpus.root / "empty.txt")]["readability"] is None


def test_terminal_view_of_the_corpus_is_inert(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    result = runner.invoke(app, ["annotate", "--width", "80", *map(str, corpus.good)])
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\r" not in result.stdout and "\u202e" not in result.stdout
    assert "␛[2J" in result.stdout and "[bold red]Officials[/]" in result.stdout
