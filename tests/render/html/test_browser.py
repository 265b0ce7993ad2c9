"""The pages in headless Chromium: highlights, cards on hover and focus, the chain, no request, inert hostile text."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance.model import Document
from provenance.render.html.document import render
from provenance.render.html.kinds import number_findings
from provenance.render.html.report import render_report
from provenance.render.options import RenderOptions

from . import browser

pytestmark = pytest.mark.skipif(browser.unavailable() is not None, reason=str(browser.unavailable()))

# A 1×1 GIF: it would load from a data: URL if the page's policy allowed images.
PROBE_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document, hostile_doc: Document) -> dict[str, str]:
    """file:// addresses of the pages under test."""
    folder = tmp_path_factory.mktemp("pages")
    sample = render([sample_doc], RenderOptions())
    # The policy is the second line of defence: a script or image that got past escaping must still be refused.
    smuggled = sample.replace(
        "</body>", f'<script>window.pwned = "csp";</script><img id="probe" src="{PROBE_GIF}"></body>'
    )
    contents = {
        "sample": sample,
        "smuggled": smuggled,
        "hostile": render([hostile_doc], RenderOptions()),
        "report": render_report([sample_doc, hostile_doc], (), RenderOptions()),
    }
    out = {}
    for name, html_page in contents.items():
        path = Path(folder, f"{name}.html")
        path.write_text(html_page, encoding="utf-8")
        out[name] = path.as_uri()
    return out


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    session, profile = browser.start()
    yield session
    session.quit()
    profile.cleanup()


def _open(driver: Any, url: str, width: int = 1280) -> None:
    driver.set_window_size(width, 900)
    driver.get(url)


def _pop(driver: Any) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, "pop")


def _wait_shown(driver: Any) -> Any:
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        if _pop(driver).is_displayed():
            return _pop(driver)
        time.sleep(0.05)
    return _pop(driver)


def test_sample_highlights_are_present(driver: Any, pages: dict[str, str], sample_doc: Document) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, pages["sample"])
    loaded = driver.find_elements(By.CSS_SELECTOR, ".article mark.k-loaded")
    terms = {f.span.text for f in sample_doc.findings if f.category == "loaded-term"}
    assert {m.text for m in loaded} >= terms
    assert driver.find_elements(By.CSS_SELECTOR, ".article mark.k-anon")[0].text == "A US official"
    focusable = driver.find_elements(By.CSS_SELECTOR, "mark[tabindex='0']")
    # One stop per place where findings start ("slammed" is both a cue and a loaded term).
    assert len(focusable) == len({f.span.start for _, f in number_findings(sample_doc)})


def test_hovering_a_highlight_shows_its_card(driver: Any, pages: dict[str, str]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(driver, pages["sample"])
    assert not _pop(driver).is_displayed()
    term = driver.find_element(By.CSS_SELECTOR, "mark.k-loaded[tabindex]")
    ActionChains(driver).move_to_element(term).perform()
    card = _wait_shown(driver)
    assert card.is_displayed()
    assert "default.loaded.labelling" in card.text
    assert "Islamic State (IS)" in card.text  # the neutral alternative
    assert "headline" in card.text  # the voice


def test_keyboard_focus_shows_the_card_and_escape_hides_it(driver: Any, pages: dict[str, str]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(driver, pages["sample"])
    body = driver.find_element(By.TAG_NAME, "body")
    first = driver.find_element(By.CSS_SELECTOR, "mark[tabindex='0']")
    for _ in range(40):  # past the filter checkboxes to the first highlight
        body = driver.switch_to.active_element
        if body == first:
            break
        body.send_keys(Keys.TAB)
    assert driver.switch_to.active_element == first
    card = _wait_shown(driver)
    assert "Daesh" in card.text
    first.send_keys(Keys.ESCAPE)
    assert not _pop(driver).is_displayed()


def test_the_chain_shows_sputnik_as_state_controlled_media(driver: Any, pages: dict[str, str]) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, pages["sample"])
    relays = driver.find_elements(By.CSS_SELECTOR, "aside .node.relay")
    assert [r.text for r in relays] == ["via Sputnik state-controlled media, Russia [SC]"]


def test_a_filter_hides_its_kind(driver: Any, pages: dict[str, str]) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, pages["sample"])
    before = len(driver.find_elements(By.CSS_SELECTOR, ".article mark.k-loaded"))
    driver.find_element(By.CSS_SELECTOR, ".filters input[value='loaded']").click()
    assert before and not driver.find_elements(By.CSS_SELECTOR, ".article mark.k-loaded")
    cards = driver.find_elements(By.CSS_SELECTOR, "li.card[data-k='loaded']")
    assert cards and not any(c.is_displayed() for c in cards)


def test_no_request_leaves_the_page(driver: Any, pages: dict[str, str]) -> None:
    for name in ("sample", "hostile", "report"):
        _open(driver, pages[name])
        assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0, name


def test_the_policy_refuses_a_smuggled_script_and_image(driver: Any, pages: dict[str, str]) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, pages["smuggled"])
    assert driver.execute_script("return typeof window.pwned") == "undefined"
    assert driver.execute_script("return document.getElementById('probe').naturalWidth") == 0
    # The page's own script, allowed by its hash, did run.
    assert driver.execute_script("return document.documentElement.classList.contains('js')")
    assert driver.find_elements(By.CSS_SELECTOR, ".article mark.k-loaded")


def test_hostile_article_renders_inert(driver: Any, pages: dict[str, str]) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(driver, pages["hostile"])
    for mark in driver.find_elements(By.CSS_SELECTOR, "mark[data-f]")[:12]:
        ActionChains(driver).move_to_element(mark).perform()
    assert driver.execute_script("return typeof window.pwned") == "undefined"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - reading it is how Selenium asks for an alert
    assert not driver.find_elements(By.CSS_SELECTOR, "main script, main img, main iframe, main svg, main a[href^=j]")
    assert "<script>window.pwned = 1;" in driver.find_element(By.CSS_SELECTOR, ".article").text


@pytest.mark.parametrize("name", ["sample", "report"])
def test_readable_on_a_phone_without_sideways_scrolling(driver: Any, pages: dict[str, str], name: str) -> None:
    _open(driver, pages[name], width=390)
    inner = driver.execute_script("return document.documentElement.clientWidth")
    assert driver.execute_script("return document.documentElement.scrollWidth") <= inner
