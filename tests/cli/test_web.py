"""URLs, saved pages and web archives through every command: furniture never annotated, batches never lost."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli.main import app
from tests.io.test_warc import make_warc
from tests.io.web_server import PAGES, serve

runner = CliRunner()
NO_CI = {"GITHUB_ACTIONS": None}


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    yield from serve()


def _findings(result_stdout: str) -> list[dict[str, object]]:
    return [f for line in result_stdout.splitlines() for f in json.loads(line)["annotations"]]


def test_a_saved_page_is_read_for_its_main_text_only() -> None:
    page = PAGES / "news-page.html"
    result = runner.invoke(app, ["annotate", "--format", "json", str(page)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    text = page.read_text(encoding="utf-8")
    article = (text.index("<article>"), text.index("</article>"))
    for finding in doc["annotations"]:
        assert article[0] <= finding["start"] < article[1], finding  # nothing in nav, sidebar, comments, footer
    assert doc["headline"]["text"] == "Council approves Riverton bridge repairs after long debate"
    assert doc["page"]["site_name"] == "The Riverton Ledger" and doc["page"]["author"] == "Dana Whitfield"
    whole = runner.invoke(app, ["annotate", "--format", "json", "--whole-page", str(page)])
    assert any(f["text"] == "regime" for f in _findings(whole.stdout))  # the furniture has loaded words


def test_a_url_is_annotated_with_its_page(site: str) -> None:
    result = runner.invoke(app, ["annotate", "--format", "json", f"{site}/news.html"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["path"] == f"{site}/news.html" and doc["page"]["site_name"] == "The Riverton Ledger"
    for finding in doc["annotations"]:
        assert doc["text"][finding["start"] : finding["end"]] == finding["text"]
    assert not [f for f in doc["annotations"] if f["category"] == "loaded-term"]


def test_a_bad_url_is_named_and_the_batch_goes_on(site: str, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    urls = [f"{site}/gone", f"{site}/news.html", f"{site}/report.pdf", f"{site}/broken.html"]
    result = runner.invoke(app, ["report", "--jobs", "1", "-o", str(out), *urls])
    assert result.exit_code == 0, result.stderr
    assert f"{site}/gone: the server answered 404" in result.stderr
    assert "application/pdf, not a web page" in result.stderr
    report = out.read_text(encoding="utf-8")
    assert "Council approves Riverton bridge repairs" in report and "Traceback" not in result.stderr


def test_check_reads_urls_too(site: str) -> None:
    result = runner.invoke(app, ["check", "--jobs", "1", "--format", "json", f"{site}/news.html"], env=NO_CI)
    assert result.exit_code in (0, 1), result.stderr
    assert json.loads(result.stdout)["files"][0]["path"] == f"{site}/news.html"


def test_a_web_archive_is_one_article_per_record(tmp_path: Path) -> None:
    archive = make_warc(tmp_path / "news.warc.gz", pages=4)
    out = tmp_path / "report.md"
    result = runner.invoke(app, ["report", "--jobs", "1", "-o", str(out), str(archive)])
    assert result.exit_code == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    assert all(f"https://news.example/{n}" in report for n in range(4))
    annotated = runner.invoke(app, ["annotate", "--format", "json", str(archive)])
    assert [json.loads(line)["path"] for line in annotated.stdout.splitlines()] == [
        f"https://news.example/{n}" for n in range(4)
    ]
    checked = runner.invoke(app, ["check", "--jobs", "1", "--format", "json", str(archive)], env=NO_CI)
    assert len(json.loads(checked.stdout)["files"]) == 4
