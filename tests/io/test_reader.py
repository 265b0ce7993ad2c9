"""Tests for provenance.io.reader: encodings, binary sniffing, size limits and unreadable paths."""

from __future__ import annotations

import codecs
import io
import os
import sys
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.io.reader import decode, read_article

PROSE = "The minister said “it’s over” — the café owner disagreed.\n"


def _refusal(data: bytes) -> str:
    with pytest.raises(ProvenanceError) as caught:
        decode(data, "in.txt")
    (problem,) = caught.value.problems
    assert problem.path == "in.txt"
    return problem.message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PROSE.encode(), PROSE),
        (codecs.BOM_UTF8 + PROSE.encode(), PROSE),
        (PROSE.encode("utf-16"), PROSE),
        (codecs.BOM_UTF16_BE + PROSE.encode("utf-16-be"), PROSE),
        (PROSE.encode("utf-32"), PROSE),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "utf-32-bom"],
)
def test_unicode_encodings_decode_silently(data: bytes, expected: str) -> None:
    article = decode(data, "in.txt")
    assert article.text == expected
    assert article.warnings == ()


def test_utf16_without_bom_is_recognised_with_a_warning() -> None:
    article = decode("The mayor said the bridge would reopen.".encode("utf-16-le"), "in.txt")
    assert article.text == "The mayor said the bridge would reopen."
    assert article.warnings == ("no byte-order mark; read as UTF-16-LE",)


def test_windows_1252_punctuation_is_read_as_windows_1252() -> None:
    article = decode(PROSE.encode("cp1252"), "in.txt")
    assert article.text == PROSE
    (warning,) = article.warnings
    assert "read as Windows-1252" in warning
    first_quote = PROSE.encode("cp1252").index(0x93)
    assert f"offset {first_quote}" in warning


def test_latin_1_without_windows_punctuation_is_read_as_latin_1() -> None:
    text = "Le café était fermé, a déclaré le maire.\n"
    article = decode(text.encode("latin-1"), "in.txt")
    assert article.text == text
    (warning,) = article.warnings
    assert "read as Latin-1" in warning


def test_byte_undefined_in_windows_1252_falls_back_to_latin_1() -> None:
    # 0x81 has no Windows-1252 character, so the text cannot be Windows-1252; Latin-1 maps every byte.
    article = decode(b"caf\xe9 \x81 ok", "in.txt")
    assert article.text == "café \x81 ok"
    assert "Latin-1" in article.warnings[0]


def test_damaged_utf8_keeps_utf8_and_names_the_first_bad_byte() -> None:
    data = "Café naïve, said the mayor. ".encode() + b"\xff\xfe" + b" end"
    article = decode(data, "in.txt")
    assert article.text == "Café naïve, said the mayor. \ufffd\ufffd end"
    (warning,) = article.warnings
    assert f"first at byte offset {data.index(0xFF)}" in warning
    assert "U+FFFD" in warning


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\xff\xd8\xff\xe0", "JPEG"),
        (b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_known_binary_formats_are_named(data: bytes, what: str) -> None:
    message = _refusal(data)
    assert what in message and "skipped" in message


def test_nul_bytes_mean_binary() -> None:
    assert "NUL" in _refusal(b"The mayor said\x00\x01\x02 hello")


def test_many_control_characters_mean_binary() -> None:
    assert "control characters" in _refusal(bytes(range(1, 32)) * 10)


def test_ansi_coloured_text_is_still_text() -> None:
    article = decode(b"\x1b[31mThe mayor\x1b[0m said \x1b]8;;http://x\x1b\\hi\x1b]8;;\x1b\\ today.", "in.txt")
    assert article.text.startswith("\x1b[31mThe mayor")


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (b"", "is empty: nothing to annotate"),
        (codecs.BOM_UTF8, "is empty: nothing to annotate"),
        (b" \n\t\r\n  ", "contains only whitespace: nothing to annotate"),
    ],
)
def test_empty_and_blank_files_are_text_with_a_note(data: bytes, warning: str) -> None:
    assert decode(data, "in.txt").warnings == (warning,)


def test_mixed_newlines_are_kept_as_read() -> None:
    text = "Head\r\n\r\nOne said.\rTwo said.\u2028Three said.\x85Four.\n"
    assert decode(text.encode(), "in.txt").text == text


def test_file_over_the_limit_is_refused_with_the_option_named(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2_000)
    with pytest.raises(ProvenanceError) as caught:
        read_article(str(big), max_bytes=1_000)
    assert "is 2,000 bytes, over the 1,000-byte limit" in str(caught.value)
    assert "--max-bytes" in str(caught.value)
    assert read_article(str(big), max_bytes=2_000).text == "a" * 2_000


def test_standard_input_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * 50)))
    with pytest.raises(ProvenanceError, match="<stdin>: is over the 10-byte limit"):
        read_article("-", max_bytes=10)


def test_standard_input_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PROSE.encode("cp1252"))))
    article = read_article("-")
    assert (article.path, article.text) == ("<stdin>", PROSE)


def _read_error(path: Path | str) -> str:
    with pytest.raises(ProvenanceError) as caught:
        read_article(str(path))
    (problem,) = caught.value.problems
    assert problem.path == str(path)
    return problem.message


def test_missing_file(tmp_path: Path) -> None:
    assert _read_error(tmp_path / "nope.txt") == "no such file; check the path"


def test_folder_given_as_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "article.txt"
    folder.mkdir()
    assert "is a folder" in _read_error(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in _read_error(fifo)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_device_is_refused() -> None:
    assert "not a regular file" in _read_error("/dev/zero")


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert "cannot read" in _read_error(tmp_path / "a.txt")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("The mayor said so.", encoding="utf-8")
    locked.chmod(0)
    try:
        assert "permission denied" in _read_error(locked)
    finally:
        locked.chmod(0o600)
