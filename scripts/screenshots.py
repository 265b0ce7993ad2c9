"""Screenshots of the HTML pages for docs/screenshots/: the sample article and a 20-article report, 1280 and 390 px.

    python scripts/screenshots.py [--out docs/screenshots]

Needs selenium (the test extra) and the distribution's chromium and chromedriver; prints one `skipped:`
line and exits 0 when they are missing. The report is over twenty made-up articles (screenshot_corpus.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_corpus import write_corpus  # noqa: E402

from provenance import annotate  # noqa: E402
from provenance.render.html.document import render  # noqa: E402
from provenance.render.html.report import render_report  # noqa: E402
from provenance.render.options import RenderOptions  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update")
FLAGS += ("--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1")


def _driver(profile: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    # An explicit driver: selenium-manager never runs, nothing is downloaded.
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def _shot(driver: Any, url: str, out: Path, width: int, height: int, hover: str | None = None) -> None:
    """Open url in a window of width × height (height 0: the whole page, up to 4,000 px) and save a PNG."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.set_window_size(width, height or 900)
    driver.get(url)
    if not height:
        full = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(full + 140, 4000))  # the window frame takes ~140 px of the height
    if hover:
        ActionChains(driver).move_to_element(driver.find_element(By.CSS_SELECTOR, hover)).perform()
        time.sleep(0.3)
    driver.save_screenshot(str(out))
    print(f"{out}: {out.stat().st_size:,} bytes")


def main() -> int:
    """Write the pages to a temporary folder and photograph them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    try:
        import selenium  # noqa: F401
    except ImportError:
        print("skipped: selenium is not installed (pip install -e '.[test]')")
        return 0
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        print("skipped: chromium or chromedriver missing (apt-get install chromium chromium-driver)")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = ROOT / "samples" / "al-tanf-sputnik.txt"
        doc = annotate(sample.read_text(encoding="utf-8"), path="samples/al-tanf-sputnik.txt")
        (folder / "article.html").write_text(render([doc], RenderOptions()), encoding="utf-8")
        os.chdir(folder)  # paths in the report read as outlet/NN.txt
        paths = write_corpus(Path("corpus"))
        docs = [annotate(p.read_text(encoding="utf-8"), path=str(p)) for p in paths]
        (folder / "report.html").write_text(render_report(docs, (), RenderOptions()), encoding="utf-8")
        driver = _driver(str(folder / "profile"))
        try:
            article, report = (folder / "article.html").as_uri(), (folder / "report.html").as_uri()
            _shot(driver, article, args.out / "article-1280.png", 1280, 1100, hover=".article mark.k-loaded[id$='m9']")
            _shot(driver, article, args.out / "article-390.png", 390, 1900)
            _shot(driver, article, args.out / "article-390-card.png", 390, 844, hover=".article mark.k-anon")
            _shot(driver, report, args.out / "report-1280.png", 1280, 2400)
            _shot(driver, report, args.out / "report-390.png", 390, 2600)
        finally:
            driver.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
