"""The HTTP API: a thin FastAPI layer over `assistant.core.Assistant`.

`terms-assistant serve` runs it with the Gradio UI mounted on the same server. The API
docs page serves its own copy of Swagger UI (fastapi-offline): nothing is loaded from a CDN.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import re
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.sse import EventSourceResponse, format_sse_event
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field

from assistant import __version__
from assistant.answer import AnswerEvent, AskEvent, EvidenceEvent, TokenEvent, VerdictEvent
from assistant.core import Assistant
from assistant.errors import (
    Busy,
    ConfigurationError,
    FileTooLarge,
    TermsAssistantError,
    Unauthorized,
)
from assistant.ingest import check_supported
from assistant.settings import Settings
from assistant.store import ScoredClause
from assistant.verdict import Confidence

UPLOAD_CHUNK = 1024 * 1024


class AskRequest(BaseModel):
    question: str = Field(
        ..., description="The question, in plain language.", examples=["Can they train AI on my video?"]
    )
    documents: list[str] | None = Field(None, description="Names of the documents to ask (default: all).")
    version: str | None = Field(None, description="Version to ask instead of the newest.")
    as_of: str | None = Field(None, description="Ask the version in force on this date (YYYY-MM-DD).")
    stream: bool = Field(False, description="Answer as server-sent events: evidence, verdict, tokens, answer.")


class CompareRequest(BaseModel):
    question: str = Field(..., description="The question, asked of each document on its own.")
    documents: list[str] = Field(..., min_length=2, description="Two or more document names.")
    version: str | None = Field(None, description="Version label to ask of every document.")
    as_of: str | None = Field(None, description="Ask each document's version in force on this date (YYYY-MM-DD).")


class ChangesRequest(BaseModel):
    question: str = Field(..., description="A question about what changed, e.g. 'What changed about AI training?'")
    from_version: str | None = Field(None, alias="from", description="Older version (label or date).")
    to_version: str | None = Field(None, alias="to", description="Newer version (label or date; default: newest).")


class CitationOut(BaseModel):
    document: str
    version: str
    section: str | None
    heading: str | None
    page: int | None
    quote: str = Field(..., description="Exactly text[start:end] of the stored document text.")
    start: int
    end: int


class AnswerOut(BaseModel):
    question: str
    verdict: str = Field(
        ...,
        description="yes | no | conditional | not_addressed | answered (an open question, such as "
        "'How long do they keep my data?', that the cited clauses answer: read the answer and the quotes)",
    )
    confidence: Confidence | None = Field(
        None,
        description="high | low: how clear the model's yes/no reading was (on the dev sets high is right "
        "about 4 times in 5, low little more than half the time: read the cited clauses); null for not_addressed "
        "and answered.",
    )
    answer: str
    citations: list[CitationOut]
    timings: dict[str, float]


class DocumentOut(BaseModel):
    name: str
    version: str
    effective_date: str | None
    clause_count: int
    added_at: str
    source: str
    kind: str
    sha256: str


class AddedOut(BaseModel):
    source: str
    name: str
    version: str
    status: str = Field(..., description="added | unchanged")
    clauses: int
    embedded: int
    seconds: float
    note: str | None


class ErrorOut(BaseModel):
    error: str = Field(..., description="What went wrong, for a person to read.")


ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (400, 401, 404, 409, 413, 415, 503)}


def create_app(assistant: Assistant) -> FastAPI:
    """The API application for this assistant (the UI is mounted on it by `serve`)."""
    settings = assistant.settings
    app = FastAPIOffline(
        title="terms-assistant",
        version=__version__,
        description="Ask questions about terms of service; answers cite the clauses that decide them. "
        "Runs locally; nothing leaves the machine.",
    )
    if settings.allowed_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.allowed_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    def require_token(request: Request) -> None:
        if not settings.api_token:
            return
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), settings.api_token):
            raise Unauthorized("A valid API token is required: send `Authorization: Bearer <token>`")

    auth = [Depends(require_token)]

    @app.exception_handler(TermsAssistantError)
    async def on_error(_: Request, exc: TermsAssistantError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, Busy) else None
        if isinstance(exc, Unauthorized):
            headers = {"WWW-Authenticate": "Bearer"}
        return JSONResponse({"error": exc.message}, status_code=exc.http_status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'body'}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"error": f"Invalid request: {problems}"}, status_code=400)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/ui/")

    @app.get("/healthz", tags=["service"], summary="Is the server up")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "documents": len(assistant.documents())}

    @app.post(
        "/v1/ask",
        tags=["questions"],
        summary="Ask a question",
        response_model=AnswerOut,
        responses={
            **ERRORS,
            200: {
                "description": "The answer as JSON, or with `stream: true` server-sent events: "
                "`evidence` (retrieved clauses), `verdict`, `token` (answer text), `answer` (the final JSON)",
                "content": {"text/event-stream": {}},
            },
        },
        dependencies=auth,
    )
    def ask(body: AskRequest) -> Any:
        stream = assistant.ask_stream(body.question, body.documents, body.version, body.as_of)
        if not body.stream:
            with stream:
                answer = next(e.answer for e in stream if isinstance(e, AnswerEvent))
            return answer.to_dict()
        return EventSourceResponse(_sse(stream), headers={"Cache-Control": "no-cache"})

    @app.get("/v1/documents", tags=["documents"], summary="List documents and versions", dependencies=auth)
    def list_documents() -> list[DocumentOut]:
        return [DocumentOut(**_document(v)) for v in assistant.documents()]

    @app.get(
        "/v1/documents/{name}/versions",
        tags=["documents"],
        summary="Versions of one document",
        responses=ERRORS,
        dependencies=auth,
    )
    def list_versions(name: str) -> list[DocumentOut]:
        return [DocumentOut(**_document(v)) for v in assistant.library.versions(name)]

    @app.post(
        "/v1/documents",
        tags=["documents"],
        summary="Upload a terms document (PDF, HTML, Markdown or text)",
        status_code=201,
        responses=ERRORS,
        dependencies=auth,
    )
    def upload(
        file: Annotated[UploadFile, File(description="The document")],
        name: Annotated[str | None, Form(description="Document name (default: the file name)")] = None,
        version: Annotated[str | None, Form(description="Version label (default: its effective date)")] = None,
    ) -> AddedOut:
        filename = safe_filename(file.filename or "document")
        suffix = check_supported(filename)
        with tempfile.TemporaryDirectory(prefix="terms-upload-") as tmp:
            path = Path(tmp) / f"upload{suffix}"
            _save_limited(file, path, settings.max_file_bytes, filename)
            result = assistant.add_file(path, name=name or Path(filename).stem, version=version, source_name=filename)
        return AddedOut(**asdict(result))

    @app.delete(
        "/v1/documents/{name}",
        tags=["documents"],
        summary="Delete a document (or one version) with all its clauses",
        responses=ERRORS,
        dependencies=auth,
    )
    def delete(
        name: str, version: Annotated[str | None, Query(description="Only this version")] = None
    ) -> list[DocumentOut]:
        return [DocumentOut(**_document(v)) for v in assistant.remove(name, version)]

    @app.post(
        "/v1/compare",
        tags=["questions"],
        summary="Ask the same question of several documents: one verdict per document",
        responses=ERRORS,
        dependencies=auth,
    )
    def compare(body: CompareRequest) -> dict[str, Any]:
        return assistant.compare(body.question, body.documents, body.version, body.as_of).to_dict()

    @app.get(
        "/v1/documents/{name}/diff",
        tags=["documents"],
        summary="Clause-level changes between two versions, most important first",
        responses=ERRORS,
        dependencies=auth,
    )
    def diff(
        name: str,
        from_version: Annotated[str | None, Query(alias="from", description="Older version (label or date)")] = None,
        to_version: Annotated[str | None, Query(alias="to", description="Newer version (default: newest)")] = None,
    ) -> dict[str, Any]:
        return assistant.diff(name, from_version, to_version).to_dict()

    @app.get(
        "/v1/documents/{name}/flags",
        tags=["documents"],
        summary="Red flags: clauses in risk categories, with reasons, highlights and a grade",
        responses=ERRORS,
        dependencies=auth,
    )
    def flags(
        name: str, version: Annotated[str | None, Query(description="Version (default: newest)")] = None
    ) -> dict[str, Any]:
        return assistant.flags(name, version).to_dict()

    @app.post(
        "/v1/documents/{name}/changes/ask",
        tags=["questions"],
        summary="Ask about what changed between two versions; cites old and new text",
        responses=ERRORS,
        dependencies=auth,
    )
    def ask_changes(name: str, body: ChangesRequest) -> dict[str, Any]:
        return assistant.ask_changes(body.question, name, body.from_version, body.to_version).to_dict()

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> Response:
        script = (resources.files("assistant") / "static" / "widget.js").read_text(encoding="utf-8")
        return Response(script, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

    @app.get("/embed", include_in_schema=False)
    def embed() -> HTMLResponse:
        page = (resources.files("assistant") / "static" / "embed.html").read_text(encoding="utf-8")
        return HTMLResponse(page)

    return app


def _sse(stream: Iterator[AskEvent]) -> Iterator[bytes]:
    """The ask stream as server-sent events; an error mid-stream becomes an `error` event."""

    def event(name: str, data: dict[str, Any]) -> bytes:
        return format_sse_event(event=name, data_str=json.dumps(data, ensure_ascii=False))

    try:
        for item in stream:
            if isinstance(item, EvidenceEvent):
                yield event("evidence", {"clauses": [_evidence(c) for c in item.clauses]})
            elif isinstance(item, VerdictEvent):
                yield event("verdict", {"verdict": item.verdict, "confidence": item.confidence})
            elif isinstance(item, TokenEvent):
                yield event("token", {"text": item.text})
            elif isinstance(item, AnswerEvent):
                yield event("answer", item.answer.to_dict())
    except TermsAssistantError as exc:
        yield event("error", {"error": exc.message})
    finally:
        stream.close()  # type: ignore[attr-defined]


def _evidence(hit: ScoredClause) -> dict[str, Any]:
    c = hit.clause
    return {
        "document": c.document,
        "version": c.version,
        "section": c.section,
        "heading": c.heading,
        "page": c.page,
        "quote": c.text,
        "start": c.start,
        "end": c.end,
        "score": round(hit.score, 4),
    }


def _document(v: Any) -> dict[str, Any]:
    return {
        "name": v.name,
        "version": v.version,
        "effective_date": v.effective_date,
        "clause_count": v.clause_count,
        "added_at": v.added_at,
        "source": v.source,
        "kind": v.kind,
        "sha256": v.sha256,
    }


def safe_filename(raw: str) -> str:
    """The last path component with anything but letters, digits, dot, dash and underscore
    replaced: an upload named `../../etc/passwd` is stored as `passwd`, never written outside."""
    name = Path(raw.replace("\\", "/")).name
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "document"
    return name[:120]


def _save_limited(upload: UploadFile, path: Path, limit: int, filename: str) -> None:
    written = 0
    with path.open("wb") as out:
        while chunk := upload.file.read(UPLOAD_CHUNK):
            written += len(chunk)
            if written > limit:
                raise FileTooLarge(f"{filename} is over the {limit / 1e6:.0f} MB upload limit")
            out.write(chunk)
    upload.file.close()


def is_loopback(host: str) -> bool:
    if host in {"localhost", "ip6-localhost"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, api_token: str) -> None:
    """Refuse to serve beyond this machine without a token."""
    if not is_loopback(host) and not api_token:
        raise ConfigurationError(
            f"Refusing to listen on {host} without an API token: anyone on the network could read your documents. "
            "Set TERMS_ASSISTANT_API_TOKEN (or --token), or listen on 127.0.0.1"
        )


def serve(assistant: Assistant, with_ui: bool = True, log_level: str = "info") -> None:
    """Run the API (and the UI at /ui) until interrupted."""
    import uvicorn

    settings = assistant.settings
    check_bind(settings.host, settings.api_token)
    app = create_app(assistant)
    # Load the models in the background so the first question does not pay for it.
    assistant.start_warm_up()
    if with_ui:
        from assistant.ui import mount_ui

        mount_ui(app, assistant)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=log_level, server_header=False)


def create_worker_app() -> FastAPI:
    """App factory for one of several API workers (`serve --workers N`, or
    `uvicorn --factory assistant.api:create_worker_app --workers N`): settings come from the
    TERMS_ASSISTANT_* environment. A worker keeps no state of its own beyond caches; the
    library lives in the index folder and the Chroma server, the model on the model server."""
    import os

    assistant = Assistant(Settings.from_env())
    app = create_app(assistant)
    assistant.start_warm_up()
    if os.environ.get(WORKER_UI_VARIABLE, "1") == "1":
        from assistant.ui import mount_ui

        mount_ui(app, assistant)
    return app


WORKER_UI_VARIABLE = "TERMS_ASSISTANT_WORKER_UI"


def serve_workers(settings: Settings, workers: int, with_ui: bool = True, log_level: str = "info") -> None:
    """Run `workers` API processes on one port (uvicorn's process manager); each rebuilds the
    settings from the environment, so the flags given here are passed on as TERMS_ASSISTANT_*."""
    import os

    import uvicorn

    check_bind(settings.host, settings.api_token)
    os.environ.update(settings.to_env())
    os.environ[WORKER_UI_VARIABLE] = "1" if with_ui else "0"
    uvicorn.run(
        "assistant.api:create_worker_app",
        factory=True,
        workers=workers,
        host=settings.host,
        port=settings.port,
        log_level=log_level,
        server_header=False,
    )
