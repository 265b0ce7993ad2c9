"""Tests for scripts/build_state_media_registry.py on a small CSV written here (the real matrix is not needed)."""

from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT

SCHEMA = ROOT / "provenance" / "schemas" / "ruleset.schema.json"


def _load_script() -> ModuleType:
    # scripts/ is not a package: the script imports its state_media helpers from its own folder, as it does when run.
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    path = ROOT / "scripts" / "build_state_media_registry.py"
    spec = importlib.util.spec_from_file_location("build_state_media_registry", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


script = _load_script()
names = importlib.import_module("state_media.names")
output = importlib.import_module("state_media.output")
document_of = importlib.import_module("state_media.document").build

COLUMNS = ["Region", "Country", "Media company", "Main assets", "URL", "Typology", "Status", "Notes", "Twitter Link"]
ROWS = [
    # country, company, asset, url, typology
    ("Russia", "Rossiya Segodnya", "Sputnik News", "https://sputnikglobe.com/", "SC"),
    ("Russia", "Sputnik News", "Sputnik Arabic", "https://arabic.sputniknews.com/", "SC"),
    ("Russia", "RT", "RT International", "https://www.rt.com/", "SC"),
    ("Russia", "RT", "RT Deutsch", "de.rt.com", "SC"),
    ("Russia", "TASS", "TASS", "https://tass.com/", "SC"),
    ("Russia", "TASS", "TASS", "https://tass.ru/", "SC"),
    ("China", "Xinhua (New China News Agency)", "News agency: Xinhua", "http://www.xinhuanet.com/", "SC"),
    ("China", "Xinhua (New China News Agency)", "Xinhua Spanish", "http://spanish.xinhuanet.com/", "SC"),
    ("China", "Xinhua (New China News Agency)", "Print media: Reference News (Cānkǎo Xiāoxī)", "www.cankaoxiaoxi.com",
     "SC"),
    ("China", "China Media Group", "China Global Television Network (CGTN)", "https://www.cgtn.com/", "SC"),
    ("China", "China Media Group", "CGTN Español", "https://espanol.cgtn.com/", "SC"),
    ("China", "People's Daily", "Global Times (English)", "http://www.globaltimes.cn/", "SC"),
    ("Syria", "Syrian Arab News Agency (SANA)", "SANA", "http://www.sana.sy/", "SC"),
    ("Afghanistan", "Radio Television Afghanistan (RTA)", "Radio Afghanistan", "https://rta.af/", "SC"),
    ("United States of America", "Voice of America", "Golos Ameriki (Voice of America in Russian)",
     "https://golosameriki.com/", "ISFM?"),
    ("United States of America", "U.S. Agency for Global Media (USAGM)", "Voice of America", "http://www.voanews.com/",
     "ISFM"),
    ("Singapore", "Mediacorp", "Today", "http://www.todayonline.com/", "SC"),
    ("India", "Prasar Bharati", "All India Radio (AIR)", "http://www.allindiaradio.gov.in/", "SC"),
    ("Myanmar", "News and Periodicals Enterprise (NPE)*", "Myanmar News Agency (MNA)", "https://www.moi.gov.mm/", "SC"),
    ("Iran", "The Islamic Ideology Dissemination Organization (IIDO)", "Mehr News Agency (MNA)",
     "https://en.mehrnews.com/", "SC"),
    ("Laos", "Passasson", "Passasson", "not a url", ""),
    ("Egypt", "Egyptian Media Group (EMG)", "Radio: Nile Radio Company", "", "SC"),
    ("", "", "", "", ""),  # the matrix ends with an empty row
]


def write_csv(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for country, company, asset, url, typology in rows:
            writer.writerow(["Region" if country else "", country, company, asset, url, typology, "", "", ""])
    return path


@pytest.fixture()
def csv_path(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "matrix.csv", ROWS)


@pytest.fixture()
def built(csv_path: Path) -> tuple[dict[str, Any], Any]:
    document, stats = document_of(output.read_rows(csv_path))
    return document, stats


def outlets_by_name(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {o["name"]: o for o in document["rules"][0]["outlets"]}


# --- cleaning helpers ---


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.RBC.ru/", "rbc.ru"),
        ("www.bayontv.com.kh", "bayontv.com.kh"),  # no scheme
        ("my-h5news.app.xinhuanet.com", "my-h5news.app.xinhuanet.com"),
        ("https://www3.nhk.or.jp/", "nhk.or.jp"),
        ("https://ww.ukrinform.net/", "ukrinform.net"),
        ("https://www.sb.by/respublika/", "sb.by"),
        ("https://metbugat.gov.tm/newspapers?id=11", "metbugat.gov.tm"),
        ("", None),
        ("   ", None),
        ("not a url", None),
        ("n/a", None),
        ("https://kcnawatch.org/", None),  # a third-party monitor, not the outlet's site
    ],
)
def test_domain_of(url: str, domain: str | None) -> None:
    assert names.domain_of(url) == domain


@pytest.mark.parametrize(
    ("raw", "head", "parens"),
    [
        ("Radio Television Afghanistan (RTA)", "Radio Television Afghanistan", ["RTA"]),
        ("Xinhua (New China News Agency)", "Xinhua", ["New China News Agency"]),
        ("News agency: Xinhua", "Xinhua", []),
        ("Print media: Reference News (Cānkǎo Xiāoxī)", "Reference News", ["Cānkǎo Xiāoxī"]),
        ("Radio-Television of the Federation of Bosnia and Herzegovina (RTVFBiH",
         "Radio-Television of the Federation of Bosnia and Herzegovina", ["RTVFBiH"]),
        ("CBN Weekly)", "CBN Weekly", []),
        ("Gazprom Media**", "Gazprom Media", []),
    ],
)
def test_split_parens(raw: str, head: str, parens: list[str]) -> None:
    assert names.split_parens(names.tidy(raw)) == (head, parens)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("RTA", "name"),
        ("Renmin Ribao", "name"),
        ("Agencia Boliviana de Informacion", "name"),
        ("English", "edition"),
        ("Indian edition", "edition"),
        ("Control of the Houthi Supreme Political Council", "note"),
        ("subsidiary of People’s Bank of China", "note"),
        ("Voice of America in Russian", "note"),
    ],
)
def test_paren_kind(text: str, kind: str) -> None:
    assert names.paren_kind(text) == kind


@pytest.mark.parametrize(
    ("name", "base"),
    [("Xinhua Spanish", "Xinhua"), ("CGTN Africa", "CGTN"), ("Russian RT", "RT"), ("Global Times", None),
     ("Xinhua", None), ("Radio France", "Radio")],
)
def test_edition_base(name: str, base: str | None) -> None:
    # "Radio France" yields a base, but it only folds when an outlet of that country is called "Radio".
    assert names.edition_base(name) == base


@pytest.mark.parametrize(("value", "code"), [("SC", "SC"), ("ISFM?", "ISFM"), (" CaPu ", "CaPu"), ("", None)])
def test_normalise_typology(value: str, code: str | None) -> None:
    assert names.normalise_typology(value) == code


def test_ambiguous_words() -> None:
    countries = frozenset({"iran"})
    for text in ["News", "Radio", "TV", "X", "Today", "AIR", "Channel 5", "Canal 13", "Iran", "24"]:
        assert names.is_ambiguous(text, countries), text
    for text in ["RT", "TASS", "Xinhua", "Press TV", "Russia Today"]:
        assert not names.is_ambiguous(text, countries), text


# --- grouping and aliases ---


def test_editions_fold_into_their_outlet(built: tuple[dict[str, Any], Any]) -> None:
    outlets = outlets_by_name(built[0])
    sputnik = outlets["Sputnik"]
    assert {"Sputnik News", "Sputnik Arabic"} <= set(sputnik["aliases"])
    assert sputnik["domains"] == ["arabic.sputniknews.com", "sputnikglobe.com"]
    assert sputnik["owner"] == "Rossiya Segodnya"
    xinhua = outlets["Xinhua"]
    assert {"New China News Agency", "Xinhua Spanish"} <= set(xinhua["aliases"])
    assert xinhua["domains"] == ["spanish.xinhuanet.com", "xinhuanet.com"]
    assert "owner" not in xinhua  # the company is the outlet itself
    # A parenthesised language is not an alias; the edition simply is the outlet.
    assert "aliases" not in outlets["Global Times"]
    assert outlets["Global Times"]["owner"] == "People's Daily"


def test_outlet_made_from_editions_only(built: tuple[dict[str, Any], Any]) -> None:
    rt = outlets_by_name(built[0])["RT"]
    assert set(rt["aliases"]) == {"RT International", "RT Deutsch", "Russia Today"}  # the last one is curated
    assert rt["domains"] == ["de.rt.com", "rt.com"]
    assert rt["country"] == "Russia"


def test_rows_of_one_outlet_merge(built: tuple[dict[str, Any], Any]) -> None:
    tass = outlets_by_name(built[0])["TASS"]
    assert tass["domains"] == ["tass.com", "tass.ru"]


def test_acronyms_and_company_names(built: tuple[dict[str, Any], Any]) -> None:
    outlets = outlets_by_name(built[0])
    assert outlets["SANA"]["aliases"] == ["Syrian Arab News Agency"]
    cgtn = outlets["CGTN"]
    assert {"China Global Television Network", "CGTN Español", "CGTN Espanol"} <= set(cgtn["aliases"])
    assert cgtn["owner"] == "China Media Group"
    assert outlets["Radio Afghanistan"]["owner"] == "Radio Television Afghanistan (RTA)"
    assert "aliases" not in outlets["Radio Afghanistan"]
    assert outlets["Reference News"]["aliases"] == ["Cankao Xiaoxi", "Cānkǎo Xiāoxī"]
    assert outlets["Nile Radio Company"]["owner"] == "Egyptian Media Group (EMG)"


def test_curated_merge_and_notes(built: tuple[dict[str, Any], Any]) -> None:
    voa = outlets_by_name(built[0])["Voice of America"]
    assert "Golos Ameriki" in voa["aliases"]
    assert "VOA" in voa["aliases"]
    assert not any("in Russian" in a for a in voa["aliases"])  # a remark, not a name
    assert voa["typology"] == "ISFM"  # "ISFM?" normalised


def test_typology_mapping(built: tuple[dict[str, Any], Any]) -> None:
    document = built[0]
    rule = document["rules"][0]
    assert rule["typologies"]["SC"] == "state-controlled media"
    assert set(rule["typologies"]) == {"SC", "CaPu", "CaPr", "ISFM", "ISF", "ISM", "IP"}
    outlets = outlets_by_name(document)
    assert outlets["TASS"]["typology"] == "SC"
    assert "typology" not in outlets["Passasson"]  # empty in the CSV
    assert "domains" not in outlets["Passasson"]  # "not a url"
    assert all(o.get("typology", "SC") in rule["typologies"] for o in rule["outlets"])


def test_ambiguous_names_and_aliases(built: tuple[dict[str, Any], Any]) -> None:
    document, stats = built
    outlets = outlets_by_name(document)
    assert "Today" not in outlets
    assert outlets["Today (Singapore)"]["domains"] == ["todayonline.com"]
    assert "aliases" not in outlets["All India Radio"]  # "AIR" is an English word
    assert "air" in stats.ambiguous_aliases


def test_alias_shared_across_countries_is_dropped(built: tuple[dict[str, Any], Any]) -> None:
    document, stats = built
    outlets = outlets_by_name(document)
    assert "aliases" not in outlets["Myanmar News Agency"]
    assert "aliases" not in outlets["Mehr News Agency"]
    assert stats.shared_aliases == {"mna"}


def test_alias_invariants(built: tuple[dict[str, Any], Any]) -> None:
    outlets = built[0]["rules"][0]["outlets"]
    countries: dict[str, set[str]] = {}
    for outlet in outlets:
        aliases = outlet.get("aliases", [])
        lowered = [a.casefold() for a in aliases]
        assert len(lowered) == len(set(lowered)), outlet["name"]
        assert outlet["name"].casefold() not in lowered
        assert aliases == sorted(aliases, key=lambda a: (a.casefold(), a))
        assert set(outlet) <= {"name", "aliases", "domains", "country", "typology", "owner"}
        for text in [outlet["name"], *aliases]:
            countries.setdefault(text.casefold(), set()).add(outlet["country"])
    for outlet in outlets:
        for alias in outlet.get("aliases", []):
            assert countries[alias.casefold()] == {outlet["country"]}, alias


# --- output ---


def test_output_validates_against_schema(csv_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rules" / "state-media.yaml"
    assert script.main([str(csv_path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../provenance/schemas/ruleset.schema.json\n# Generated by")
    data = yaml.safe_load(text)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
    assert errors == []
    assert data["ruleset"] == "state-media"
    assert data["licence"].startswith("MIT")
    rule = data["rules"][0]
    assert (rule["id"], rule["type"], rule["category"]) == ("state-media", "registry", "relay")
    assert rule["examples"]["match"] and rule["examples"]["no_match"]


def test_output_is_deterministic_and_sorted(csv_path: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert script.main([str(csv_path), "-o", str(first)]) == 0
    assert script.main([str(csv_path), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    outlets = yaml.safe_load(first.read_text(encoding="utf-8"))["rules"][0]["outlets"]
    keys = [(o["country"], o["name"].casefold(), o["name"]) for o in outlets]
    assert keys == sorted(keys)
    assert all(o["domains"] == sorted(o["domains"]) for o in outlets if "domains" in o)


def test_summary_line(csv_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert script.main([str(csv_path), "-o", str(tmp_path / "out.yaml")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    outlets = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))["rules"][0]["outlets"]
    assert f"{len(outlets)} outlets" in lines[0]
    assert f"{sum(len(o.get('aliases', [])) for o in outlets)} aliases" in lines[0]
    assert f"{sum(len(o.get('domains', [])) for o in outlets)} domains" in lines[0]
    assert "1 cross-country aliases" in lines[0]


def test_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert script.main([str(tmp_path / "absent.csv"), "-o", str(tmp_path / "out.yaml")]) == 2
    assert "error:" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("Country,Name\nRussia,RT\n", encoding="utf-8")
    assert script.main([str(bad), "-o", str(tmp_path / "out.yaml")]) == 2
    assert "missing column" in capsys.readouterr().err
    assert not (tmp_path / "out.yaml").exists()


def test_shipped_registry_has_the_well_known_outlets() -> None:
    # The committed file, generated from the full matrix: what articles name must resolve.
    data = yaml.safe_load((ROOT / "rules" / "state-media.yaml").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    table: dict[str, str] = {}
    for outlet in data["rules"][0]["outlets"]:
        for key in [outlet["name"], *outlet.get("aliases", []), *outlet.get("domains", [])]:
            table.setdefault(key.casefold(), outlet["name"])
    expected = {
        "sputnik": "Sputnik", "rt": "RT", "russia today": "RT", "tass": "TASS", "ria novosti": "RIA Novosti",
        "press tv": "Press TV", "xinhua": "Xinhua", "cgtn": "CGTN", "sana": "SANA",
        "syrian arab news agency": "SANA", "global times": "Global Times", "irna": "IRNA",
        "sputniknews.com": "Sputnik", "rt.com": "RT",
    }  # fmt: skip
    assert {k: table.get(k) for k in expected} == expected
    for word in ["news", "radio", "tv", "today", "iran", "channel 5"]:
        assert word not in table
