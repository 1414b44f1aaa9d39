"""The Gradio chat UI: a thin face over `assistant.core.Assistant`, mounted on the API server.

Private by construction: analytics off (assistant.privacy), a theme with local and system
fonts only, no share links. Every piece of document text shown is HTML-escaped here.
"""

from __future__ import annotations

import functools
import hmac
import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer import LOW_CONFIDENCE_NOTE, Answer, AnswerEvent, Citation, EvidenceEvent, TokenEvent, VerdictEvent
from assistant.core import SAMPLE_QUESTION, Assistant
from assistant.errors import TermsAssistantError
from assistant.flags import GRADE_RULE
from assistant.ingest import SUPPORTED_SUFFIXES
from assistant.labels import where
from assistant.store import ScoredClause

# Characters of surrounding document text shown around a quote in the evidence panel.
CONTEXT_CHARS = 160
ALL_VERSIONS = "(all versions)"

VERDICT_LABELS = {
    "yes": ("Yes", "#1a7f37"),
    "no": ("No", "#cf222e"),
    "conditional": ("Conditional", "#9a6700"),
    "not_addressed": ("Not addressed", "#57606a"),
    "answered": ("Answered", "#0969da"),
}

CSS = """
#verdict .confidence {margin-top:.4em;color:#57606a;font-size:.9em}
#verdict .badge {display:inline-block;padding:.35em .9em;border-radius:999px;color:#fff;font-weight:600;font-size:1.1em}
#evidence .clause {border:1px solid var(--border-color-primary);border-radius:8px;padding:.6em .8em;margin:.5em 0}
#evidence .clause.cited {border-color:#9a6700;border-width:2px}
#evidence .where {font-weight:600;margin-bottom:.3em}
#evidence .context {color:var(--body-text-color-subdued);white-space:pre-wrap}
#evidence mark {background:#fff3b0;color:#111;white-space:pre-wrap}
#diff .change {border:1px solid var(--border-color-primary);border-radius:8px;padding:.6em .8em;margin:.5em 0}
#diff .kind {font-weight:600;text-transform:uppercase;font-size:.8em;margin-right:.5em}
#diff .text {white-space:pre-wrap}
#diff ins {background:#dafbe1;color:#111;text-decoration:none}
#diff del {background:#ffebe9;color:#111}
#flags .flag {border-left:4px solid #cf222e;padding:.4em .8em;margin:.5em 0;white-space:pre-wrap}
#flags .flag.medium {border-color:#9a6700} #flags .flag.low {border-color:#57606a}
#flags mark {background:#ffd8b5;color:#111}
#comparison td, #comparison th {vertical-align:top;padding:.4em .6em}
"""

THEME = gr.themes.Default(
    # System fonts only: the default Google-hosted fonts would be fetched from the internet.
    font=["ui-sans-serif", "system-ui", "sans-serif"],
    font_mono=["ui-monospace", "Consolas", "monospace"],
)


def build_ui(assistant: Assistant) -> gr.Blocks:
    """The Blocks app: an Ask tab (chat, verdict, evidence) and a Library tab."""

    @functools.lru_cache(maxsize=32)
    def document_text(name: str, version: str) -> str:
        return assistant.library.text(name, version)

    def names() -> list[str]:
        return sorted({v.name for v in assistant.documents()})

    def evidence_html(hits: list[ScoredClause], cited: list[Citation] | None = None) -> str:
        if not hits and not cited:
            return ""
        cited_keys = {(c.document, c.version, c.start, c.end) for c in cited or []}
        cards = []
        title = "Cited clauses" if cited is not None else "Clauses found — reading them…"
        key = lambda h: (h.clause.document, h.clause.version, h.clause.start, h.clause.end)  # noqa: E731
        cited_hits = [h for h in hits if key(h) in cited_keys]
        other_hits = [h for h in hits if key(h) not in cited_keys]
        for hit in cited_hits:
            cards.append(_clause_card(document_text(hit.clause.document, hit.clause.version), hit.clause, True))
        if cited_hits and other_hits:
            cards.append("<h4>Also read</h4>")
        for hit in other_hits:
            cards.append(_clause_card(document_text(hit.clause.document, hit.clause.version), hit.clause, False))
        header = f"<h3>{html.escape(title)}</h3>"
        if cited is not None and not cited:
            header = "<h3>No clause decides this</h3><p>These were the closest clauses:</p>"
        return header + "".join(cards)

    def on_ask(question: str, history: list[dict[str, Any]], documents: list[str]) -> Iterator[tuple[Any, ...]]:
        history = list(history or [])
        question = (question or "").strip()
        history.append({"role": "user", "content": question})
        try:
            stream = assistant.ask_stream(question, documents or None)
        except TermsAssistantError as exc:
            history.append({"role": "assistant", "content": f"⚠️ {exc.message}"})
            yield history, "", "", ""
            return
        history.append({"role": "assistant", "content": "…"})
        hits: list[ScoredClause] = []
        text = ""
        verdict = ""
        with stream:
            for event in stream:
                if isinstance(event, EvidenceEvent):
                    hits = event.clauses
                    yield history, verdict, evidence_html(hits), ""
                elif isinstance(event, VerdictEvent):
                    verdict = _verdict_html(event.verdict, event.confidence)
                    yield history, verdict, evidence_html(hits), ""
                elif isinstance(event, TokenEvent):
                    text += event.text
                    history[-1] = {"role": "assistant", "content": text}
                    yield history, verdict, gr.skip(), ""
                elif isinstance(event, AnswerEvent):
                    answer = event.answer
                    history[-1] = {"role": "assistant", "content": _answer_markdown(answer)}
                    verdict = _verdict_html(answer.verdict, answer.confidence)
                    yield history, verdict, evidence_html(hits, answer.citations), ""

    def library_rows() -> list[list[Any]]:
        return [
            [v.name, v.version, v.effective_date or "", v.clause_count, v.added_at[:10]] for v in assistant.documents()
        ]

    def refresh() -> tuple[Any, ...]:
        choices = names()
        return (
            library_rows(),
            gr.update(choices=choices),
            gr.update(choices=choices, value=None),
            gr.update(choices=[ALL_VERSIONS], value=ALL_VERSIONS),
            gr.update(choices=choices),
            gr.update(choices=choices),
            gr.update(choices=choices),
        )

    def on_add(
        file: str | None,
        name: str,
        version: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio's API)
    ) -> tuple[Any, ...]:
        if not file:
            return ("Choose a file first.", *refresh())
        path = Path(file)
        try:
            result = assistant.add_file(
                path,
                name=name.strip() or None,
                version=version.strip() or None,
                source_name=path.name,
                on_progress=lambda stage, fraction: progress(fraction, desc=stage),
            )
        except TermsAssistantError as exc:
            return (f"⚠️ {exc.message}", *refresh())
        if result.status == "unchanged":
            message = f"Unchanged: **{result.name}** version {result.version} already holds this text."
        else:
            message = (
                f"Added **{result.name}** version {result.version}: {result.clauses} clauses "
                f"({result.embedded} newly embedded) in {result.seconds:.1f} s."
            )
        return (message, *refresh())

    def on_pick_document(name: str | None) -> Any:
        versions = [v.version for v in assistant.documents() if v.name == name]
        return gr.update(choices=[ALL_VERSIONS, *versions], value=ALL_VERSIONS)

    def on_delete_request(name: str | None, version: str | None) -> tuple[Any, ...]:
        if not name:
            return gr.update(visible=False), "Pick a document to delete."
        what = f"every version of **{name}**" if version in (None, ALL_VERSIONS) else f"**{name}** version {version}"
        return gr.update(visible=True), f"Delete {what} and all its clauses? This cannot be undone."

    def on_delete_confirm(name: str | None, version: str | None) -> tuple[Any, ...]:
        try:
            removed = assistant.remove(name or "", None if version in (None, ALL_VERSIONS) else version)
        except TermsAssistantError as exc:
            return (gr.update(visible=False), f"⚠️ {exc.message}", *refresh())
        document_text.cache_clear()
        message = "Deleted " + ", ".join(f"{v.name} {v.version}" for v in removed) + "."
        return (gr.update(visible=False), message, *refresh())

    def on_pick_for_diff(name: str | None) -> tuple[Any, Any]:
        versions = [v.version for v in assistant.documents() if v.name == name]
        older = versions[-2] if len(versions) > 1 else None
        return (
            gr.update(choices=versions, value=older),
            gr.update(choices=versions, value=versions[-1] if versions else None),
        )

    def on_diff(name: str | None, old: str | None, new: str | None) -> str:
        if not name:
            return "<p>Pick a document with at least two versions.</p>"
        try:
            return diff_html(assistant.diff(name, old, new))
        except TermsAssistantError as exc:
            return f"<p>⚠️ {html.escape(exc.message)}</p>"

    def on_flags(name: str | None) -> str:
        if not name:
            return "<p>Pick a document.</p>"
        try:
            report = assistant.flags(name)
        except TermsAssistantError as exc:
            return f"<p>⚠️ {html.escape(exc.message)}</p>"
        return flags_html(report, document_text(report.document, report.version))

    def on_compare(question: str, chosen: list[str], progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        try:
            comparison = assistant.compare(
                question, chosen or [], on_result=lambda row: progress(None, desc=f"Answered for {row.document}")
            )
        except TermsAssistantError as exc:
            return f"<p>⚠️ {html.escape(exc.message)}</p>"
        return comparison_html(comparison)

    with gr.Blocks(title="Terms assistant", analytics_enabled=False) as ui:
        gr.Markdown(
            "## Terms assistant\nAsk about the terms you are asked to accept. Answers cite the clauses that "
            "decide them. Everything stays on this machine."
        )
        with gr.Tab("Ask"), gr.Row():
            with gr.Column(scale=3):
                documents = gr.Dropdown(
                    choices=names(), value=[], multiselect=True, label="Documents to ask (none chosen = all)"
                )
                chat = gr.Chatbot(label="Conversation", height=420, elem_id="chat")
                question = gr.Textbox(label="Your question", placeholder=SAMPLE_QUESTION, elem_id="question")
                ask_button = gr.Button("Ask", variant="primary", elem_id="ask")
            with gr.Column(scale=2):
                verdict = gr.HTML(elem_id="verdict")
                evidence = gr.HTML(elem_id="evidence")
        with gr.Tab("Red flags"):
            with gr.Row():
                flags_name = gr.Dropdown(choices=names(), label="Document")
                flags_button = gr.Button("What am I agreeing to?", variant="primary", elem_id="show-flags")
            flags_view = gr.HTML(elem_id="flags")
        with gr.Tab("Compare"):
            compare_question = gr.Textbox(
                label="Question for each document", placeholder="Can they train AI on my content?"
            )
            compare_documents = gr.Dropdown(
                choices=names(), value=[], multiselect=True, label="Documents (two or more)"
            )
            compare_button = gr.Button("Compare", variant="primary", elem_id="compare")
            compare_table = gr.HTML(elem_id="comparison")
        with gr.Tab("Changes"):
            with gr.Row():
                diff_name = gr.Dropdown(choices=names(), label="Document")
                diff_old = gr.Dropdown(choices=[], label="From version")
                diff_new = gr.Dropdown(choices=[], label="To version")
            diff_button = gr.Button("Show changes", variant="primary", elem_id="show-changes")
            diff_view = gr.HTML(elem_id="diff")
        with gr.Tab("Library"), gr.Row():
            with gr.Column():
                upload = gr.File(
                    label="Terms document (PDF, HTML, Markdown or text)",
                    file_types=sorted(SUPPORTED_SUFFIXES),
                    type="filepath",
                )
                doc_name = gr.Textbox(label="Name (default: the file name)")
                doc_version = gr.Textbox(label="Version (default: the effective date in the text)")
                add_button = gr.Button("Add to library", variant="primary")
                add_status = gr.Markdown()
            with gr.Column():
                table = gr.Dataframe(
                    headers=["Document", "Version", "Effective", "Clauses", "Added"],
                    value=library_rows(),
                    interactive=False,
                    label="Library",
                )
                delete_name = gr.Dropdown(choices=names(), label="Document to delete")
                delete_version = gr.Dropdown(choices=[ALL_VERSIONS], value=ALL_VERSIONS, label="Version")
                delete_button = gr.Button("Delete…", variant="stop")
                delete_status = gr.Markdown()
                with gr.Row(visible=False) as confirm_row:
                    confirm_button = gr.Button("Yes, delete", variant="stop")
                    cancel_button = gr.Button("Cancel")

        ask_inputs = [question, chat, documents]
        ask_outputs = [chat, verdict, evidence, question]
        # The UI's own endpoints are private: the public API is /v1, and Gradio's API page would
        # otherwise advertise example files hosted on the internet.
        private = {"api_visibility": "private"}
        ask_button.click(on_ask, ask_inputs, ask_outputs, **private)
        question.submit(on_ask, ask_inputs, ask_outputs, **private)
        refresh_outputs = [table, documents, delete_name, delete_version, compare_documents, diff_name, flags_name]
        add_button.click(on_add, [upload, doc_name, doc_version], [add_status, *refresh_outputs], **private)
        delete_name.change(on_pick_document, [delete_name], [delete_version], **private)
        delete_button.click(on_delete_request, [delete_name, delete_version], [confirm_row, delete_status], **private)
        confirm_button.click(
            on_delete_confirm, [delete_name, delete_version], [confirm_row, delete_status, *refresh_outputs], **private
        )
        cancel_button.click(
            lambda: (gr.update(visible=False), "Nothing deleted."), None, [confirm_row, delete_status], **private
        )
        compare_button.click(on_compare, [compare_question, compare_documents], [compare_table], **private)
        flags_button.click(on_flags, [flags_name], [flags_view], **private)
        diff_name.change(on_pick_for_diff, [diff_name], [diff_old, diff_new], **private)
        diff_button.click(on_diff, [diff_name, diff_old, diff_new], [diff_view], **private)
        ui.load(refresh, None, refresh_outputs, **private)
    return ui


def mount_ui(app: Any, assistant: Assistant, path: str = "/ui") -> Any:
    """Mount the UI on the API's FastAPI app (one server, one port)."""
    token = assistant.settings.api_token
    auth = (lambda _user, password: hmac.compare_digest(password, token)) if token else None
    return gr.mount_gradio_app(
        app,
        build_ui(assistant),
        path=path,
        theme=THEME,
        css=CSS,
        auth=auth,
        auth_message="Enter the server's API token as the password." if token else None,
        footer_links=[],
        show_error=True,
        ssr_mode=False,
    )


def _verdict_html(verdict: str, confidence: str | None = None) -> str:
    label, colour = VERDICT_LABELS.get(verdict, (verdict, "#57606a"))
    badge = f'<span class="badge" style="background:{colour}">{html.escape(label)}</span>'
    if confidence == "low":
        badge += f'<div class="confidence">{html.escape(LOW_CONFIDENCE_NOTE)}</div>'
    return badge


def _answer_markdown(answer: Answer) -> str:
    refs = ", ".join(f"§ {c.section}" for c in answer.citations if c.section)
    suffix = f"\n\n*Cited: {refs}*" if refs else ""
    return html.escape(answer.answer) + suffix


def _clause_card(text: str, clause: Any, cited: bool) -> str:
    before = text[max(0, clause.start - CONTEXT_CHARS) : clause.start]
    after = text[clause.end : clause.end + CONTEXT_CHARS]
    return (
        f'<div class="clause{" cited" if cited else ""}" data-section="{html.escape(clause.section or "")}">'
        f'<div class="where">{html.escape(where(clause, document=True))}</div>'
        f'<span class="context">…{html.escape(before)}</span>'
        f"<mark>{html.escape(text[clause.start : clause.end])}</mark>"
        f'<span class="context">{html.escape(after)}…</span></div>'
    )


def diff_html(diff: Any) -> str:
    """The changes of a DocumentDiff, most important first, with word-level insertions and deletions."""
    counts = diff.counts()
    parts = [
        f"<h3>{html.escape(diff.document)}: {html.escape(diff.from_version)} → {html.escape(diff.to_version)}</h3>",
        "<p>"
        + html.escape(
            f"{counts['added']} added, {counts['removed']} removed, {counts['modified']} modified, "
            f"{counts['moved']} moved; {diff.trivial_skipped} formatting-only edits skipped"
        )
        + "</p>",
    ]
    for section in diff.rewritten_sections:
        parts.append(
            f"<p><b>Section {html.escape(section.section)} rewritten</b> "
            f"({section.changed} of {section.total} clauses).</p>"
        )
    for change in diff.changes:
        topics = f" <i>{html.escape(', '.join(change.topics))}</i>" if change.topics else ""
        parts.append(
            f'<div class="change {html.escape(change.kind)}"><span class="kind">{html.escape(change.kind)}</span>'
            f'{html.escape(where(change))}{topics}<div class="text">{_change_text(change)}</div></div>'
        )
    if not diff.changes:
        parts.append("<p>No substantive change.</p>")
    return "".join(parts)


def _change_text(change: Any) -> str:
    if change.kind == "added":
        return f"<ins>{html.escape(change.new.text)}</ins>"
    if change.kind == "removed":
        return f"<del>{html.escape(change.old.text)}</del>"
    if change.kind == "moved" or not change.edits:
        return html.escape(change.new.text)
    out, position = [], change.new.start
    for edit in sorted(change.edits, key=lambda e: e.new_start):
        out.append(html.escape(change.new.text[position - change.new.start : edit.new_start - change.new.start]))
        if edit.old_text:
            out.append(f"<del>{html.escape(edit.old_text)}</del>")
        if edit.new_text:
            out.append(f"<ins>{html.escape(edit.new_text)}</ins>")
        position = edit.new_end
    out.append(html.escape(change.new.text[position - change.new.start :]))
    return "".join(out)


def comparison_html(comparison: Any) -> str:
    """One row per document: verdict, answer and the cited sections."""
    rows = []
    for row in comparison.results:
        answer = row.answer
        cited = ", ".join(f"§ {c.section}" for c in answer.citations if c.section) or "—"
        rows.append(
            f"<tr><td>{html.escape(row.document)}<br><small>{html.escape(row.version)}</small></td>"
            f"<td>{_verdict_html(answer.verdict, answer.confidence)}</td><td>{html.escape(answer.answer)}</td>"
            f"<td>{html.escape(cited)}</td></tr>"
        )
    return (
        f"<h3>{html.escape(comparison.question)}</h3><table><tr><th>Document</th><th>Verdict</th>"
        f"<th>Answer</th><th>Cited</th></tr>{''.join(rows)}</table>"
    )


def flags_html(report: Any, text: str) -> str:
    """The red-flags report: summary, grade and its rule, then each flagged clause with the
    decisive words highlighted (all document text escaped)."""
    parts = [
        f"<h3>Grade {html.escape(report.grade)} — {html.escape(report.summary)}</h3>",
        f"<p><small>{html.escape(GRADE_RULE)}</small></p>",
    ]
    for category in report.flagged:
        parts.append(f"<h4>{html.escape(category.title)} <small>({html.escape(category.severity)})</small></h4>")
        for clause in category.clauses:
            body, position = [], clause.start
            for mark in sorted(clause.highlights, key=lambda h: h.start):
                if mark.start < position:
                    continue
                body.append(html.escape(text[position : mark.start]))
                body.append(f"<mark>{html.escape(text[mark.start : mark.end])}</mark>")
                position = mark.end
            body.append(html.escape(text[position : clause.end]))
            parts.append(
                f'<div class="flag {html.escape(category.severity)}"><b>{html.escape(where(clause))}</b> — '
                f"{html.escape(clause.reason)}<br>{''.join(body)}</div>"
            )
    return "".join(parts)
