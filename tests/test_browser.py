"""The UI and the embeddable widget in a real headless Chromium (Debian's package)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core import SAMPLE_DOCUMENT, SAMPLE_QUESTION, Assistant
from assistant.settings import Settings
from tests.server import free_port, live_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# A clause that carries markup: it must show as text, never run.
HOSTILE = (
    "# Evil Corp Terms\n\n## 1. Training\n\n**1.1 AI Training.** Evil Corp may train AI on your video calls "
    "<script>alert('xss')</script><img src=x onerror=alert(2)> and keep the models.\n"
)


def _require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium (see .ci/run)")
    pytest.skip("headless Chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def portal_port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, models_dir: Path, portal_port: int) -> Iterator[str]:
    _require_chromium()
    home = tmp_path_factory.mktemp("browser-home")
    settings = Settings.from_env(home=home, models_dir=models_dir, cors_origins=f"http://127.0.0.1:{portal_port}")
    assistant = Assistant(settings)
    assistant.add_sample()
    hostile = home / "evil.md"
    hostile.write_text(HOSTILE, encoding="utf-8")
    assistant.add(hostile, name="evil-terms")
    with live_server(assistant, with_ui=True) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _watch(page: object) -> tuple[list[str], list[str]]:
    """Requests that left this machine, and dialogs (a script from a document would open one)."""
    external: list[str] = []
    dialogs: list[str] = []
    local = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")
    page.on("request", lambda r: None if r.url.startswith(local) else external.append(r.url))  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    return external, dialogs


def test_ui_shows_evidence_then_a_cited_answer(browser: object, base: str, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    external, dialogs = _watch(page)
    page.goto(f"{base}/ui/")
    page.wait_for_selector("#question textarea", timeout=60_000)
    # Asked of every document: the hostile clause is the one that answers it, so it is on screen.
    page.fill("#question textarea", "Can Evil Corp train AI on my video calls?")
    pressed = time.perf_counter()
    page.click("#ask")
    page.wait_for_selector("#evidence .clause", timeout=60_000)
    evidence_s = time.perf_counter() - pressed
    page.wait_for_selector("#evidence h3:has-text('Cited clauses')", timeout=300_000)
    page.screenshot(path=str(tmp_path / "ui.png"), full_page=True)
    print(f"\nUI: evidence panel filled {evidence_s:.2f} s after pressing Ask")

    badge = page.inner_text("#verdict .badge")
    assert badge in {"Yes", "No", "Conditional", "Not addressed"}
    cited = page.locator("#evidence .clause.cited")
    assert cited.count() >= 1
    assert "§ " in cited.first.inner_text()
    # The hostile clause shows its markup as text.
    evidence_text = page.inner_text("#evidence")
    assert "<script>alert('xss')</script>" in evidence_text
    assert dialogs == [], "a script from a document ran"
    assert external == [], f"the UI loaded something from outside: {external}"


def test_widget_on_a_portal_page_answers(browser: object, base: str, portal_port: int, tmp_path: Path) -> None:
    portal = tmp_path / "portal"
    portal.mkdir()
    (portal / "index.html").write_text(
        "<!doctype html><html><body><h1>Company help portal</h1>"
        f'<script src="{base}/widget.js" data-documents="{SAMPLE_DOCUMENT},evil-terms"></script>'
        "</body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(portal))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", portal_port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        page = browser.new_page(viewport={"width": 900, "height": 900})  # type: ignore[attr-defined]
        external, dialogs = _watch(page)
        page.goto(f"http://127.0.0.1:{portal_port}/index.html")
        page.fill(".terms-assistant-widget input", SAMPLE_QUESTION)
        page.click(".terms-assistant-widget button")
        page.wait_for_selector(".terms-assistant-widget .verdict:not([hidden])", timeout=300_000)
        page.wait_for_function(
            "() => { const h = document.querySelector('.terms-assistant-widget').shadowRoot;"
            " return h.querySelector('.status').textContent.includes('Cited') ||"
            " h.querySelector('.status').textContent.includes('No clause'); }",
            timeout=300_000,
        )
        page.screenshot(path=str(tmp_path / "widget.png"), full_page=True)
        assert page.inner_text(".terms-assistant-widget .verdict") in {"Yes", "No", "Conditional", "Not addressed"}
        # The confidence the API sent is shown: a note beside the verdict when it is low.
        level = page.get_attribute(".terms-assistant-widget .verdict", "data-confidence")
        assert level in {"high", "low", ""}
        assert page.locator(".terms-assistant-widget .confidence").is_visible() == (level == "low")
        assert page.inner_text(".terms-assistant-widget .answer").strip()
        assert page.locator(".terms-assistant-widget li .where").count() >= 1
        assert page.inner_text(".terms-assistant-widget .error") == ""
        assert dialogs == []
        assert external == []
    finally:
        httpd.shutdown()


def test_widget_shows_markup_in_documents_as_text(browser: object, base: str) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    _, dialogs = _watch(page)
    page.goto(f"{base}/embed?documents=evil-terms")
    page.fill(".terms-assistant-widget input", "Can Evil Corp train AI on my video calls?")
    page.click(".terms-assistant-widget button")
    page.wait_for_selector(".terms-assistant-widget blockquote", timeout=300_000)
    assert "<script>alert('xss')</script>" in page.inner_text(".terms-assistant-widget blockquote")
    page.wait_for_selector(".terms-assistant-widget button:not([disabled])", timeout=300_000)
    assert dialogs == []
