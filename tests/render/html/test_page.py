"""The page shell: a Content-Security-Policy that forbids every outside load and allows exactly our script."""

from __future__ import annotations

import base64
import hashlib
import re

from provenance.model import Document
from provenance.render.html.document import render
from provenance.render.html.page import csp_hash, page
from provenance.render.options import RenderOptions

from .parsed import parse

URL = re.compile(r"(?:https?:|ftp:|file:|data:|javascript:|//[a-z0-9])", re.IGNORECASE)


def _policy(html_page: str) -> dict[str, list[str]]:
    parsed = parse(html_page)
    (meta,) = parsed.find("meta", http_equiv="Content-Security-Policy")
    directives = [d.split() for d in meta.attrs["content"].split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


def test_csp_hash_is_the_base64_sha256_of_the_block() -> None:
    expected = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert csp_hash("alert(1)") == f"'sha256-{expected}'"


def test_policy_forbids_outside_loads_and_allows_only_the_page_script(sample_doc: Document) -> None:
    html_page = render([sample_doc], RenderOptions())
    policy = _policy(html_page)
    assert policy["default-src"] == ["'none'"]
    assert policy["connect-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    parsed = parse(html_page)
    (script,) = parsed.scripts
    (style,) = parsed.styles
    assert policy["script-src"] == [csp_hash(script)]
    assert policy["style-src"] == [csp_hash(style)]
    # The policy must come before anything it governs.
    assert html_page.index("Content-Security-Policy") < html_page.index("<style>")


def test_a_page_without_script_forbids_scripts() -> None:
    policy = _policy(page("t", "<p>x</p>", "p{}"))
    assert policy["script-src"] == ["'none'"]


def test_no_outside_address_anywhere_in_the_sample_page(sample_doc: Document) -> None:
    html_page = render([sample_doc], RenderOptions())
    parsed = parse(html_page)
    for element in parsed.elements:
        for name, value in element.attrs.items():
            assert not name.startswith("on")
            if name in ("href", "src", "action", "xlink:href"):
                assert value.startswith("#"), (element.tag, name, value)
    assert not URL.search(html_page)


def test_sample_page_is_small(sample_doc: Document) -> None:
    assert len(render([sample_doc], RenderOptions()).encode("utf-8")) < 200_000


def test_the_title_holds_no_markup_even_for_a_hostile_headline() -> None:
    html_page = page("<b>\u202eHi</title><script>x()</script>", "<p>x</p>", "p{}")
    title = html_page[html_page.index("<title>") + 7 : html_page.index("</title>")]
    assert "<" not in title and "\u202e" not in title
    assert "&lt;U+202E&gt;Hi&lt;/title&gt;" in title
