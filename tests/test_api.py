"""The HTTP API through a real uvicorn server on a loopback port."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.core import SAMPLE_DOCUMENT, SAMPLE_QUESTION, Assistant
from assistant.settings import Settings
from tests.server import live_server, sse_events

SMALL_LIMIT = 200_000


@pytest.fixture(scope="module")
def api_assistant(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Assistant:
    settings = Settings.from_env(
        home=tmp_path_factory.mktemp("api-home"), models_dir=models_dir, max_file_bytes=SMALL_LIMIT, ask_capacity=1
    )
    assistant = Assistant(settings)
    assistant.add_sample()
    return assistant


@pytest.fixture(scope="module")
def base(api_assistant: Assistant) -> Iterator[str]:
    with live_server(api_assistant) as url:
        yield url


@pytest.fixture(scope="module")
def client(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=300) as c:
        yield c


def test_health_and_openapi(client: httpx.Client) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["documents"] == 1
    spec = client.get("/openapi.json").json()
    assert {"/v1/ask", "/v1/documents", "/v1/documents/{name}", "/v1/documents/{name}/versions", "/healthz"} <= set(
        spec["paths"]
    )
    docs = client.get("/docs").text
    assert "swagger-ui" in docs and "https://" not in docs and "http://" not in docs


def test_ask_json_cites_verbatim(client: httpx.Client, api_assistant: Assistant) -> None:
    response = client.post("/v1/ask", json={"question": SAMPLE_QUESTION, "documents": [SAMPLE_DOCUMENT]})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["verdict"] in {"no", "conditional"}
    assert answer["confidence"] in {"high", "low"}
    assert answer["citations"]
    for c in answer["citations"]:
        assert c["quote"] == api_assistant.library.text(c["document"], c["version"])[c["start"] : c["end"]]


def test_stream_sends_evidence_first_and_a_full_queue_answers_503(client: httpx.Client) -> None:
    body = {"question": SAMPLE_QUESTION, "documents": [SAMPLE_DOCUMENT], "stream": True}
    rejected: list[httpx.Response] = []
    with client.stream("POST", "/v1/ask", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        names = []
        for name, data in sse_events(response):
            names.append(name)
            if name == "evidence":
                assert data["clauses"] and "quote" in data["clauses"][0]
                # The server admits one question at a time here (ask_capacity=1): a second
                # question while this one streams is turned away, not queued forever.
                worker = threading.Thread(target=lambda: rejected.append(client.post("/v1/ask", json=body)))
                worker.start()
                worker.join()
    assert names[0] == "evidence"
    assert names[-1] == "answer"
    assert "token" in names and names.index("token") > 0
    assert rejected[0].status_code == 503
    assert int(rejected[0].headers["retry-after"]) > 0
    assert "busy" in rejected[0].json()["error"]


def test_upload_list_versions_and_delete(client: httpx.Client) -> None:
    text = b"# Acme Terms\n\nEffective Date: May 1, 2026\n\n## 1. Data\n\n**1.1 Sale.** Acme never sells your data.\n"
    response = client.post(
        "/v1/documents", files={"file": ("acme.md", text, "text/markdown")}, data={"name": "acme-terms"}
    )
    assert response.status_code == 201, response.text
    added = response.json()
    assert added["name"] == "acme-terms" and added["version"] == "2026-05-01" and added["clauses"] >= 1
    versions = client.get("/v1/documents/acme-terms/versions").json()
    assert [v["version"] for v in versions] == ["2026-05-01"]
    assert versions[0]["source"] == "acme.md"
    assert "acme-terms" in {d["name"] for d in client.get("/v1/documents").json()}
    deleted = client.delete("/v1/documents/acme-terms")
    assert deleted.status_code == 200 and deleted.json()[0]["name"] == "acme-terms"
    assert client.get("/v1/documents/acme-terms/versions").status_code == 404


def test_malicious_upload_name_stays_in_its_place(client: httpx.Client, tmp_path: Path) -> None:
    text = b"1. TERMS\n\nYou may use the service.\n"
    response = client.post("/v1/documents", files={"file": ("../../etc/passwd.md", text, "text/markdown")})
    assert response.status_code == 201, response.text
    added = response.json()
    assert added["name"] == "passwd" and added["source"] == "passwd.md"
    assert client.delete("/v1/documents/passwd").status_code == 200


@pytest.mark.parametrize(
    ("request_kwargs", "status", "words"),
    [
        ({"method": "POST", "url": "/v1/ask", "json": {"question": "  "}}, 400, "question is empty"),
        ({"method": "POST", "url": "/v1/ask", "json": {"nothing": 1}}, 400, "Invalid request"),
        ({"method": "POST", "url": "/v1/ask", "json": {"question": "Q?", "documents": ["nope"]}}, 404, "nope"),
        ({"method": "DELETE", "url": "/v1/documents/nope"}, 404, "No document named"),
        (
            {"method": "POST", "url": "/v1/documents", "files": {"file": ("x.exe", b"MZ", "application/x-msdownload")}},
            415,
            "unsupported file type .exe",
        ),
        (
            {
                "method": "POST",
                "url": "/v1/documents",
                "files": {"file": ("big.txt", b"a " * SMALL_LIMIT, "text/plain")},
            },
            413,
            "limit",
        ),
        (
            {"method": "POST", "url": "/v1/documents", "files": {"file": ("empty.md", b"", "text/markdown")}},
            400,
            "empty",
        ),
    ],
    ids=["empty-question", "bad-body", "unknown-document", "delete-unknown", "wrong-type", "too-large", "empty-file"],
)
def test_errors_are_json_with_the_right_status(
    client: httpx.Client, request_kwargs: dict, status: int, words: str
) -> None:
    before = client.get("/v1/documents").json()
    response = client.request(**request_kwargs)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]
    assert client.get("/v1/documents").json() == before


def test_token_is_required_when_set(tmp_path: Path, models_dir: Path) -> None:
    assistant = Assistant(Settings.from_env(home=tmp_path, models_dir=models_dir, api_token="s3cret"))
    with live_server(assistant) as url, httpx.Client(base_url=url) as c:
        assert c.get("/healthz").status_code == 200
        assert c.get("/v1/documents").status_code == 401
        assert c.get("/v1/documents", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/v1/documents", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_refuses_to_listen_beyond_loopback_without_a_token(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from assistant.cli import cli

    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 1
    assert "Refusing to listen on 0.0.0.0 without an API token" in result.stderr


def test_diff_between_two_uploaded_versions(client: httpx.Client) -> None:
    v1 = (
        b"# Acme\n\n## 1. Data\n\n**1.1 Use.** We use your data to run the service.\n\n"
        b"**1.2 Sale.** We never sell data.\n"
    )
    v2 = v1.replace(b"to run the service.", b"to run the service and to train our AI models.")
    for version, text in (("v1", v1), ("v2", v2)):
        response = client.post(
            "/v1/documents",
            files={"file": ("acme.md", text, "text/markdown")},
            data={"name": "acme-diff", "version": version},
        )
        assert response.status_code == 201, response.text
    try:
        diff = client.get("/v1/documents/acme-diff/diff", params={"from": "v1", "to": "v2"}).json()
        assert diff["summary"]["modified"] == 1 and diff["summary"]["added"] == 0
        change = diff["changes"][0]
        assert change["section"] == "1.1"
        assert any("train our AI models" in e["new_text"] for e in change["edits"])
        compare = client.post("/v1/compare", json={"question": "Do they sell data?", "documents": ["acme-diff"]})
        assert compare.status_code == 400 and "at least 2 items" in compare.json()["error"]
    finally:
        client.delete("/v1/documents/acme-diff")


def test_diff_view_escapes_document_text() -> None:
    from assistant.clauses import split_clauses
    from assistant.diff import diff_clauses
    from assistant.store import StoredClause
    from assistant.ui import diff_html
    from tests.conftest import stored_clauses

    def stored(text: str, version: str) -> list[StoredClause]:
        return stored_clauses(split_clauses(text), version)

    old = "**1.1 Use.** We use data <b>carefully</b> for the service.\n"
    new = "**1.1 Use.** We use data <script>alert(1)</script> carefully for the service.\n"
    rendered = diff_html(diff_clauses(stored(old, "a"), stored(new, "b"), "doc", "a", "b", 0.5))
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert "<ins>" in rendered


def test_red_flags_of_a_document(client: httpx.Client, api_assistant: Assistant) -> None:
    response = client.get(f"/v1/documents/{SAMPLE_DOCUMENT}/flags")
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["document"] == SAMPLE_DOCUMENT and report["grade"] in "ABCDE"
    assert report["grade_rule"] and report["summary"]
    flagged = [c for category in report["categories"] for c in category["clauses"]]
    assert flagged, "the sample terms have a liability cap and a change-of-terms clause"
    text = api_assistant.library.text(SAMPLE_DOCUMENT, report["version"])
    assert all(c["quote"] == text[c["start"] : c["end"]] for c in flagged)
    assert client.get("/v1/documents/nope/flags").status_code == 404
