"""A headless Chromium from the distribution's packages, driven by Selenium; None (with a reason) when absent.

The driver is given explicitly so that selenium-manager never looks for (or downloads) a browser, and
Chromium is started with its background networking off: the tests watch for requests the page makes.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--hide-scrollbars",
)


def unavailable() -> str | None:
    """Why no browser test can run here, or None when they can."""
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install -e '.[test]')"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            return f"{path} not found (apt-get install chromium chromium-driver)"
    return None


def start(width: int = 1280, height: int = 900) -> tuple[Any, tempfile.TemporaryDirectory[str]]:
    """A new Chromium session with its own throwaway profile folder."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.TemporaryDirectory(prefix="provenance-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile.name}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(width, height)
    return driver, profile
