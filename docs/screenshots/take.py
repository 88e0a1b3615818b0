"""Screenshots of the home page in ro, en and ru at 390 and 1280 px.

Run against a server with the demo data (`make run` in another terminal), then
`make screenshots`. Uses Debian's Chromium, like the browser tests.
"""

import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = os.environ.get("ATNET_URL", "http://127.0.0.1:8000")
OUT = Path(__file__).resolve().parent
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def main() -> int:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for width in (390, 1280):
            page = browser.new_page(viewport={"width": width, "height": 900})
            for language in ("ro", "en", "ru"):
                page.goto(f"{BASE}/{language}/")
                target = OUT / f"home-{language}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target.relative_to(OUT.parent.parent))
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
