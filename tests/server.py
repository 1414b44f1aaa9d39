"""A real uvicorn server on a loopback port, in a thread of the test process (so it shares
the models the other tests already loaded)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn

from assistant.api import create_app
from assistant.core import Assistant


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(assistant: Assistant, with_ui: bool = False) -> Iterator[str]:
    """Serve the assistant's API (and UI) on 127.0.0.1; yields the base URL."""
    app = create_app(assistant)
    if with_ui:
        from assistant.ui import mount_ui

        mount_ui(app, assistant)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def sse_events(response: httpx.Response) -> Iterator[tuple[str, dict]]:
    """(event name, JSON data) of each server-sent event in a streamed response."""
    name = "message"
    for line in response.iter_lines():
        if line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:"):
            yield name, json.loads(line.split(":", 1)[1])
