"""The whole product in one process with every non-loopback connection refused and recorded.

Run by test_offline.py as `python -m tests.offline_session LOG HOME TERMS_FILE`, inside a
network namespace that has only loopback when the machine allows one. Prints a JSON
summary of what worked; every attempt to reach another host is appended to LOG.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.no_network import install

LOCAL = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")


def main(log: str, home: str, terms_file: str) -> None:
    install(log)
    import httpx
    from click.testing import CliRunner

    from assistant.cli import cli
    from assistant.core import SAMPLE_DOCUMENT, SAMPLE_QUESTION, Assistant
    from assistant.settings import Settings
    from tests.server import live_server

    summary: dict[str, object] = {}
    runner = CliRunner()
    env = {"TERMS_ASSISTANT_HOME": home}
    added = runner.invoke(cli, ["add", terms_file, "--name", "zoom", "--json"], env=env, catch_exceptions=False)
    summary["add"] = json.loads(added.stdout)["added"][0]["clauses"]
    asked = runner.invoke(cli, ["demo", "--json"], env=env, catch_exceptions=False)
    summary["ask_citations"] = len(json.loads(asked.stdout)["citations"])

    assistant = Assistant(Settings.from_env(home=Path(home)))
    with live_server(assistant, with_ui=True) as base:
        with httpx.Client(base_url=base, timeout=600) as client:
            answer = client.post("/v1/ask", json={"question": SAMPLE_QUESTION, "documents": [SAMPLE_DOCUMENT]})
            summary["api_status"] = answer.status_code
            summary["api_citations"] = len(answer.json()["citations"])
        from playwright.sync_api import sync_playwright

        external: list[str] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            )
            page = browser.new_page()
            page.on("request", lambda r: None if r.url.startswith(LOCAL) else external.append(r.url))
            page.goto(f"{base}/ui/")
            page.wait_for_selector("#question textarea", timeout=120_000)
            summary["ui_loaded"] = True
            browser.close()
        summary["ui_external_requests"] = external
    print(json.dumps(summary))


if __name__ == "__main__":
    main(*sys.argv[1:4])
