from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.export.meta import DocMeta, derive, doc_id, load_catalog, meta_for


def test_outlet_and_date_come_from_a_polnear_style_file_name() -> None:
    meta = derive("/data/text/Breitbart_2015-11-11_the-ninth-circle.txt")
    assert meta == DocMeta("breitbart", datetime.date(2015, 11, 11), None)


def test_a_url_gives_its_host_and_a_dated_path() -> None:
    meta = derive("https://www.example-news.com/2024/03/05/council-vote")
    assert meta == DocMeta("example-news.com", datetime.date(2024, 3, 5), "https://www.example-news.com/2024/03/05/council-vote")


def test_a_plain_name_gives_no_outlet_and_an_impossible_date_is_no_date() -> None:
    assert derive("notes/article.txt") == DocMeta()
    assert derive("x_2015-13-45_y.txt").date is None
    assert derive(None) == DocMeta()


def test_a_catalog_overrides_the_path_and_the_path_fills_its_gaps() -> None:
    path = "nyt_2016-01-05_title.txt"
    catalog = {path: DocMeta(outlet="The New York Times", url="https://example.org/a")}
    assert meta_for(path, catalog) == DocMeta("The New York Times", datetime.date(2016, 1, 5), "https://example.org/a")
    assert meta_for("other_2016-01-06_x.txt", catalog).outlet == "other"


def test_a_catalog_is_read_from_csv_and_a_bad_date_is_reported_with_its_line(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("path,outlet,date\na.txt,Ledger,2024-03-01\nb.txt,,\n", encoding="utf-8")
    assert load_catalog(good) == {"a.txt": DocMeta("Ledger", datetime.date(2024, 3, 1)), "b.txt": DocMeta()}
    bad = tmp_path / "bad.csv"
    bad.write_text("path,date\na.txt,1 March\n", encoding="utf-8")
    with pytest.raises(ProvenanceError) as caught:
        load_catalog(bad)
    assert caught.value.problems[0].line == 2
    headless = tmp_path / "headless.csv"
    headless.write_text("a.txt,Ledger\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match="path"):
        load_catalog(headless)


def test_doc_id_is_stable_and_tells_path_and_text_apart() -> None:
    assert doc_id("a.txt", "text") == doc_id("a.txt", "text")
    ids = {doc_id("a.txt", "text"), doc_id("b.txt", "text"), doc_id("a.txt", "text!"), doc_id(None, "text")}
    assert len(ids) == 4
    assert all(len(i) == 16 for i in ids)
