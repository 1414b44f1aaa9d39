"""The `terms-assistant` command line: a thin face over `assistant.core.Assistant`."""

from __future__ import annotations

import functools
import json
import sys
import textwrap
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click

from assistant import __version__
from assistant.answer import LOW_CONFIDENCE_NOTE, Answer, AnswerEvent, AskEvent, EvidenceEvent, TokenEvent, VerdictEvent
from assistant.changes import ChangeAnswer, ChangeAnswerEvent, ChangeEvent, ChangeEvidenceEvent
from assistant.compare import Comparison, DocumentAnswer
from assistant.core import SAMPLE_DOCUMENT, SAMPLE_QUESTION, AddFailure, AddResult, Assistant
from assistant.diff import ClauseChange, DocumentDiff
from assistant.errors import InvalidOption, TermsAssistantError
from assistant.flags import GRADE_RULE, FlaggedClause, FlagReport
from assistant.labels import where
from assistant.sentences import plain_text
from assistant.settings import Settings
from assistant.store import DocumentVersion
from assistant.topics import topic

F = TypeVar("F", bound=Callable[..., Any])

VERDICT_STYLE = {
    "yes": ("YES", "green"),
    "no": ("NO", "red"),
    "conditional": ("CONDITIONAL", "yellow"),
    "not_addressed": ("NOT ADDRESSED", "blue"),
    "answered": ("ANSWERED", "cyan"),
}


def friendly_errors(func: F) -> F:
    """Print a TermsAssistantError as one line on stderr and exit non-zero, without a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TermsAssistantError as exc:
            click.secho(f"Error: {exc.message}", fg="red", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="terms-assistant")
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder holding index/ and models/ [env: TERMS_ASSISTANT_HOME].",
)
@click.option(
    "--model",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A GGUF model to use instead of the default [env: TERMS_ASSISTANT_MODEL].",
)
@click.option("--threads", type=click.IntRange(min=0), help="CPU threads for the model (0 = all cores).")
@click.option(
    "--chroma-url",
    metavar="URL",
    help="Use a Chroma server (`chroma run`) at http://HOST:PORT instead of the embedded store "
    "[env: TERMS_ASSISTANT_CHROMA_URL].",
)
@click.option(
    "--llm-url",
    metavar="URL",
    help="Generate with an OpenAI-compatible server at http://HOST:PORT/v1 instead of loading the model here "
    "[env: TERMS_ASSISTANT_LLM_URL].",
)
@click.pass_context
def cli(
    ctx: click.Context,
    home: Path | None,
    model: Path | None,
    threads: int | None,
    chroma_url: str | None,
    llm_url: str | None,
) -> None:
    """Ask questions about terms of service, answered from the clauses that decide them.

    Everything runs on this machine: documents, vectors and the language model never leave it.

    \b
    Start with:
      terms-assistant demo
      terms-assistant add terms.pdf --name acme-terms
      terms-assistant ask "Can they train AI on my content?" --doc acme-terms
      terms-assistant flags acme-terms
    """
    ctx.obj = Assistant(
        Settings.from_env(home=home, model=model, threads=threads, chroma_url=chroma_url, llm_url=llm_url)
    )


def _assistant(ctx: click.Context) -> Assistant:
    return ctx.find_object(Assistant)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--name", help="Document name (default: the file name). All versions share one name.")
@click.option("--version", "version", help="Version label (default: the effective date stated in the text).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
@friendly_errors
def add(ctx: click.Context, path: Path, name: str | None, version: str | None, as_json: bool) -> None:
    """Add a terms document (PDF, HTML, Markdown or text), or every such file in a folder.

    Adding the same text again changes nothing; different text under the same name is a new version.
    """
    assistant = _assistant(ctx)
    show_progress = not as_json and sys.stderr.isatty()

    def echo_result(outcome: AddResult | AddFailure) -> None:
        if not as_json:
            click.echo(_format_add(outcome), err=isinstance(outcome, AddFailure))

    report = assistant.add(path, name=name, version=version, progress=show_progress, on_result=echo_result)
    if as_json:
        _print_json(
            {
                "added": [vars(r) for r in report.added],
                "failed": [vars(f) for f in report.failed],
            }
        )
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("question")
@click.option(
    "--doc",
    "documents",
    multiple=True,
    help="Ask this document (default: all). Two or more: one verdict per document, side by side.",
)
@click.option("--version", "version", help="Ask this version instead of the newest.")
@click.option("--as-of", "as_of", metavar="DATE", help="Ask the version in force on this date (YYYY-MM-DD).")
@click.option("--from", "from_version", metavar="V1", help="Ask what changed since V1 (a version or a date).")
@click.option("--to", "to_version", metavar="V2", help="...up to V2 (a version or a date; default: the newest).")
@click.option("--top-k", type=click.IntRange(1, 20), help="How many clauses (or changes) to give the model.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (no streaming).")
@click.pass_context
@friendly_errors
def ask(
    ctx: click.Context,
    question: str,
    documents: tuple[str, ...],
    version: str | None,
    as_of: str | None,
    from_version: str | None,
    to_version: str | None,
    top_k: int | None,
    as_json: bool,
) -> None:
    """Ask a question; the answer cites the clauses it rests on.

    \b
    With --from/--to it answers from the clauses that changed between two versions of one
    document, citing the old and the new text. With several --doc it answers for each document
    on its own and shows the verdicts side by side.
    """
    assistant = _assistant(ctx)
    if top_k:
        assistant.settings = replace(assistant.settings, top_k=top_k, change_top_k=top_k)
    if from_version or to_version:
        if len(documents) != 1:
            raise InvalidOption("A question about changes needs exactly one --doc")
        if version or as_of:
            raise InvalidOption("--from/--to pick the versions themselves; leave out --version and --as-of")
        change_events = assistant.ask_changes_stream(question, documents[0], from_version, to_version)
        if as_json:
            _print_json(next(e.answer for e in change_events if isinstance(e, ChangeAnswerEvent)).to_dict())
            return
        _render_change_stream(change_events)
        return
    if len(set(documents)) > 1:
        on_result = None if as_json else _echo_progress(len(set(documents)))
        comparison = assistant.compare(question, documents, version, as_of, on_result=on_result)
        if as_json:
            _print_json(comparison.to_dict())
            return
        _render_comparison(comparison)
        return
    events = assistant.ask_stream(question, documents or None, version, as_of)
    if as_json:
        answer = next(e.answer for e in events if isinstance(e, AnswerEvent))
        _print_json(answer.to_dict())
        return
    _render_stream(events)


@cli.command()
@click.argument("name")
@click.option("--from", "from_version", metavar="V1", help="Old version or date (default: the one before --to).")
@click.option("--to", "to_version", metavar="V2", help="New version or date (default: the newest).")
@click.option(
    "--limit", type=click.IntRange(min=0), default=20, show_default=True, help="Changes shown in full (0: all)."
)
@click.option("--json", "as_json", is_flag=True, help="Print every change as JSON.")
@click.pass_context
@friendly_errors
def diff(
    ctx: click.Context, name: str, from_version: str | None, to_version: str | None, limit: int, as_json: bool
) -> None:
    """Show what changed between two versions of a document, most important first.

    Clauses are matched across versions even when renumbered or moved. Edits that change no
    words (whitespace, emphasis, punctuation, link URLs) and new effective dates are skipped
    and counted. A version can be named by its label or by a date (the version in force then).
    """
    result = _assistant(ctx).diff(name, from_version, to_version)
    if as_json:
        _print_json(result.to_dict())
        return
    _render_diff(result, from_version, to_version, limit)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@click.pass_context
@friendly_errors
def docs(ctx: click.Context, as_json: bool) -> None:
    """List documents, their versions and clause counts."""
    versions = _assistant(ctx).documents()
    if as_json:
        _print_json([vars(v) for v in versions])
        return
    if not versions:
        click.echo("The library is empty. Add a document with `terms-assistant add FILE`.")
        return
    click.echo(_table(versions))


@cli.command()
@click.argument("name")
@click.option("--version", "version", help="Remove only this version.")
@click.option("--json", "as_json", is_flag=True, help="Print what was removed as JSON.")
@click.pass_context
@friendly_errors
def remove(ctx: click.Context, name: str, version: str | None, as_json: bool) -> None:
    """Remove a document (every version, or one) with all its clauses and vectors."""
    removed = _assistant(ctx).remove(name, version)
    if as_json:
        _print_json([vars(v) for v in removed])
        return
    for v in removed:
        click.echo(f"Removed {v.name} version {v.version} ({v.clause_count} clauses).")


@cli.command()
@click.argument("name")
@click.option("--version", "version", help="Flag this version instead of the newest.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@friendly_errors
def flags(ctx: click.Context, name: str, version: str | None, as_json: bool) -> None:
    """Red flags: the clauses of a document that could hurt you, grouped by risk category.

    Each flagged clause is quoted with its decisive words highlighted and a one-line reason;
    an overall grade follows a stated rule. Runs on this machine in about a second, without
    the language model.
    """
    report = _assistant(ctx).flags(name, version)
    if as_json:
        _print_json(report.to_dict())
        return
    _render_flags(report)


@cli.command()
@click.option("--question", default=SAMPLE_QUESTION, show_default=True, help="What to ask the sample terms.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.pass_context
@friendly_errors
def demo(ctx: click.Context, question: str, as_json: bool) -> None:
    """Index the bundled sample terms (a fictional video-meeting service) and ask them a question."""
    assistant = _assistant(ctx)
    report = assistant.add_sample()
    if not as_json:
        for result in report.added:
            click.echo(_format_add(result))
        click.echo(f"\nQuestion: {question}\n")
    events = assistant.ask_stream(question, [SAMPLE_DOCUMENT])
    if as_json:
        _print_json(next(e.answer for e in events if isinstance(e, AnswerEvent)).to_dict())
        return
    _render_stream(events)
    click.echo(
        "\nNext: add your own terms with `terms-assistant add FILE --name NAME`, "
        'then `terms-assistant ask "..." --doc NAME`.'
    )


@cli.command()
@click.option("--host", help="Address to listen on [default: 127.0.0.1; anything else needs --token].")
@click.option("--port", type=click.IntRange(1, 65535), help="Port [default: 7860].")
@click.option("--token", envvar="TERMS_ASSISTANT_API_TOKEN", help="Bearer token required by the API (and UI password).")
@click.option("--cors-origin", "cors_origins", multiple=True, help="Origin allowed to call the API (repeatable).")
@click.option("--no-ui", is_flag=True, help="Serve only the HTTP API.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="API worker processes; with more than one, use --chroma-url and --llm-url so they share one store and model.",
)
@click.pass_context
@friendly_errors
def serve(
    ctx: click.Context,
    host: str | None,
    port: int | None,
    token: str | None,
    cors_origins: tuple[str, ...],
    no_ui: bool,
    workers: int,
) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the chat UI at /ui."""
    from assistant.api import serve as run_server

    assistant = _assistant(ctx)
    overrides = {"host": host, "port": port, "api_token": token, "cors_origins": ",".join(cors_origins) or None}
    assistant.settings = replace(assistant.settings, **{k: v for k, v in overrides.items() if v is not None})
    click.echo(f"Serving on http://{assistant.settings.host}:{assistant.settings.port}/ (Ctrl+C to stop)", err=True)
    if workers > 1:
        from assistant.api import serve_workers

        if not (assistant.settings.chroma_url and assistant.settings.llm_url):
            click.secho(
                "Warning: without --chroma-url and --llm-url every worker loads its own model and opens the "
                "embedded store; run `chroma run` and a model server and point the workers at them.",
                fg="yellow",
                err=True,
            )
        serve_workers(assistant.settings, workers, with_ui=not no_ui)
        return
    run_server(assistant, with_ui=not no_ui)


@cli.command(name="eval")
@click.option(
    "--set",
    "sets",
    multiple=True,
    type=click.Choice(["consumer", "nli", "privacy"]),
    help="Labelled set to run (repeat; default: all three).",
)
@click.option(
    "--file",
    "files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your own set in the same format (JSONL contract/question/answer or context/question/answer).",
)
@click.option(
    "--benchmarks",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder with the labelled sets [default: ../shared/data/benchmarks beside the home folder].",
)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many questions per set.")
@click.option("--seed", type=int, default=0, show_default=True, help="Which questions --limit picks.")
@click.option(
    "--offset", type=click.IntRange(min=0), default=0, help="Skip this many yes/no questions of the seeded order."
)
@click.option("--retrieval-only", is_flag=True, help="Measure retrieval only (no language model).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("eval-results.json"),
    show_default=True,
    help="Where to write the JSON results.",
)
@click.option(
    "--calibrate",
    "calibrate_from",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Refit the verdict thresholds from a results file instead of running anything.",
)
@click.pass_context
@friendly_errors
def eval_command(
    ctx: click.Context,
    sets: tuple[str, ...],
    files: tuple[Path, ...],
    benchmarks: Path | None,
    limit: int | None,
    seed: int,
    offset: int,
    retrieval_only: bool,
    out: Path,
    calibrate_from: Path | None,
) -> None:
    """Measure answer quality on labelled sets with the configured model; print a table, write JSON."""
    from assistant import eval as evaluation

    settings = _assistant(ctx).settings
    if calibrate_from:
        _print_json(evaluation.calibrate(evaluation.read_results(calibrate_from), seed=seed))
        return
    chosen = list(sets) or ([] if files else ["consumer", "nli", "privacy"])
    folder = benchmarks or settings.benchmarks_path
    report = evaluation.run(
        settings,
        chosen,
        folder,
        files,
        limit=limit,
        seed=seed,
        use_model=not retrieval_only,
        progress=lambda line: click.secho(line, dim=True, err=True),
        out=out,
        offset=offset,
    )
    click.echo(evaluation.format_table(report.summary, report.model))
    click.echo(f"Results written to {out}")


# -- rendering -------------------------------------------------------------


def _render_stream(events: Iterable[AskEvent]) -> Answer:
    started = time.perf_counter()
    evidence_s: float | None = None
    streamed = False
    for event in events:
        if isinstance(event, EvidenceEvent):
            evidence_s = time.perf_counter() - started
            click.secho(f"Found {len(event.clauses)} relevant clauses; reading them…", dim=True, err=True)
        elif isinstance(event, VerdictEvent):
            _render_verdict(event.verdict, event.confidence)
        elif isinstance(event, TokenEvent):
            click.echo(event.text, nl=False)
            streamed = True
        elif isinstance(event, AnswerEvent):
            answer = event.answer
            if streamed:
                click.echo()
            else:
                _render_verdict(answer.verdict, answer.confidence)
                click.echo(answer.answer)
            _render_citations(answer)
            t = answer.timings
            parts = [f"evidence {evidence_s or t.get('retrieval_s', 0):.2f} s"]
            if "first_token_s" in t:
                parts.append(f"first token {t['first_token_s']:.1f} s")
            parts.append(f"answer {t.get('total_s', 0):.1f} s")
            click.secho(" · ".join(parts), dim=True, err=True)
            return answer
    raise TermsAssistantError("The answer stream ended early")  # pragma: no cover


def _render_verdict(verdict: str, confidence: str | None) -> None:
    label, colour = VERDICT_STYLE[verdict]
    click.secho(f"Verdict: {label}", fg=colour, bold=True)
    if confidence == "low":
        click.secho(LOW_CONFIDENCE_NOTE, fg=colour)


def _render_citations(answer: Answer) -> None:
    if not answer.citations:
        return
    click.echo("\nCited clauses:")
    for number, c in enumerate(answer.citations, start=1):
        click.secho(f"[{number}] " + where(c, document=True), bold=True)
        quote = " ".join(c.quote.split())
        click.echo(textwrap.fill(f"“{quote}”", width=96, initial_indent="    ", subsequent_indent="    "))


def _echo_progress(total: int) -> Callable[[DocumentAnswer], None]:
    done = 0

    def echo(row: DocumentAnswer) -> None:
        nonlocal done
        done += 1
        label, _ = VERDICT_STYLE[row.answer.verdict]
        click.secho(f"[{done}/{total}] {row.document} ({row.version}): {label}", dim=True, err=True)

    return echo


def _render_comparison(comparison: Comparison) -> None:
    click.echo(f"Question: {comparison.question}\n")
    rows = [("DOCUMENT", "VERSION", "VERDICT", "DECIDED BY")]
    for r in comparison.results:
        sections = ", ".join(dict.fromkeys(where(c, unnumbered="unnumbered text") for c in r.answer.citations)) or "-"
        label = VERDICT_STYLE[r.answer.verdict][0] + (" (low confidence)" if r.answer.confidence == "low" else "")
        rows.append((r.document, r.version, label, sections))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for n, row in enumerate(rows):
        cells = [cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)]
        if n == 0:
            click.secho("  ".join([*cells, row[3]]), bold=True)
            continue
        colour = VERDICT_STYLE[comparison.results[n - 1].answer.verdict][1]
        click.echo("  ".join([cells[0], cells[1], click.style(cells[2], fg=colour, bold=True), row[3]]))
    for r in comparison.results:
        click.secho(f"\n{r.document} ({r.version})", bold=True)
        click.echo(textwrap.fill(r.answer.answer, width=96, initial_indent="  ", subsequent_indent="  "))
        for number, c in enumerate(r.answer.citations, start=1):
            click.echo(f"  [{number}] {where(c, unnumbered='unnumbered text')}")
            click.echo(_quote(c.quote, indent="      ", max_chars=300))
    click.secho(
        f"\n{len(comparison.results)} documents in {comparison.timings.get('total_s', 0):.1f} s", dim=True, err=True
    )


def _quote(text: str, indent: str = "    ", max_chars: int | None = None) -> str:
    flat = " ".join(text.split())
    if max_chars and len(flat) > max_chars:
        flat = flat[: max_chars - 1].rsplit(" ", 1)[0] + " …"
    return textwrap.fill(f"“{flat}”", width=96, initial_indent=indent, subsequent_indent=indent)


def _render_change_stream(events: Iterable[ChangeEvent]) -> ChangeAnswer:
    streamed = False
    for event in events:
        if isinstance(event, ChangeEvidenceEvent):
            click.secho(
                f"Found {len(event.changes)} changed clauses close to the question; reading them…", dim=True, err=True
            )
        elif isinstance(event, TokenEvent):
            click.echo(event.text, nl=False)
            streamed = True
        elif isinstance(event, ChangeAnswerEvent):
            answer = event.answer
            if streamed:
                click.echo()
            else:
                click.echo(answer.answer)
            if answer.changes:
                click.echo(f"\nCited changes ({answer.document}, {answer.from_version} → {answer.to_version}):")
            for number, change in enumerate(answer.changes, start=1):
                click.secho(f"[{number}] {change.kind.upper()} {where(change)}", bold=True)
                if change.old is not None:
                    click.secho(f"    before ({change.old.version}):", fg="red")
                    click.echo(_quote(change.old.quote, indent="      ", max_chars=400))
                if change.new is not None:
                    click.secho(f"    after ({change.new.version}):", fg="green")
                    click.echo(_quote(change.new.quote, indent="      ", max_chars=400))
            t = answer.timings
            click.secho(
                f"evidence {t.get('retrieval_s', 0):.2f} s · answer {t.get('total_s', 0):.1f} s", dim=True, err=True
            )
            return answer
    raise TermsAssistantError("The answer stream ended early")  # pragma: no cover


def _render_diff(result: DocumentDiff, from_ref: str | None, to_ref: str | None, limit: int) -> None:
    def version_note(label: str, ref: str | None) -> str:
        return f"{label} (in force on {ref})" if ref and ref != label else label

    click.secho(
        f"{result.document}: {version_note(result.from_version, from_ref)} → {version_note(result.to_version, to_ref)}",
        bold=True,
    )
    counts = result.counts()
    click.echo(
        " · ".join(f"{n} {kind}" for kind, n in counts.items())
        + f"; {_plural(result.unchanged, 'clause')} unchanged; skipped "
        + f"{_plural(result.trivial_skipped, 'formatting-only edit')} and "
        + _plural(result.date_lines_skipped, "date line")
    )
    topics = result.topic_counts()
    if topics:
        click.echo("Topics: " + ", ".join(f"{topic(k).label} ({n})" for k, n in topics.items()))
    if len(result.rewritten_sections) > 4:
        numbers = ", ".join(s.section for s in result.rewritten_sections)
        click.echo(f"Rewritten: {len(result.rewritten_sections)} sections ({numbers})")
    else:
        for s in result.rewritten_sections:
            heading = f" {_short(s.heading)}" if s.heading else ""
            click.echo(f"Rewritten: § {s.section}{heading} ({s.changed} of {s.total} clauses new or changed)")
    if not result.changes:
        click.echo("\nNo substantive changes.")
        return
    shown = result.changes if limit == 0 else result.changes[:limit]
    for number, change in enumerate(shown, start=1):
        click.echo()
        _render_change(number, change)
    rest = len(result.changes) - len(shown)
    if rest:
        click.secho(f"\n… and {rest} less important changes (--limit 0 shows all, --json lists them).", dim=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _short(text: str, max_chars: int = 70) -> str:
    """A heading on one line; the splitter sometimes takes a whole bold paragraph for a heading."""
    flat = " ".join(text.split())
    return flat if len(flat) <= max_chars else flat[: max_chars - 1].rsplit(" ", 1)[0] + " …"


_KIND_STYLE = {"added": "green", "removed": "red", "modified": "yellow", "moved": "blue"}


def _render_change(number: int, change: ClauseChange) -> None:
    old, new = change.old, change.new
    if old and new and old.section != new.section:
        place = f"§ {old.section or '-'} → {new.section or '-'}"
    else:
        place = f"§ {change.section}" if change.section else "unnumbered text"
    heading = f" {_short(change.heading)}" if change.heading else ""
    topics = ", ".join(topic(k).label for k in change.topics)
    click.secho(f"[{number}] {change.kind.upper()}", fg=_KIND_STYLE[change.kind], bold=True, nl=False)
    click.echo(f" {place}{heading}" + (f" · {topics}" if topics else "") + f" · importance {change.importance:.2f}")
    if change.kind == "moved":
        return
    if change.kind == "modified" and old and new:
        # Word-level view of the new text: [-deleted-]{+inserted+}, like `git diff --word-diff`.
        pieces: list[str] = []
        cursor = new.start
        for edit in change.edits:
            pieces.append(new.text[cursor - new.start : edit.new_start - new.start])
            if edit.old_text:
                pieces.append(click.style(f"[-{edit.old_text}-]", fg="red"))
            if edit.new_text:
                pieces.append(click.style(f"{{+{edit.new_text}+}}", fg="green"))
            cursor = edit.new_end
        pieces.append(new.text[cursor - new.start :])
        click.echo(
            textwrap.fill(" ".join("".join(pieces).split()), width=96, initial_indent="    ", subsequent_indent="    ")
        )
        click.secho(f"    +{change.words_added} / -{change.words_removed} words", dim=True)
        return
    side = new or old
    if side is not None:
        sign = "+" if change.kind == "added" else "-"
        click.echo(_quote(side.text, indent=f"  {sign} "))


SEVERITY_COLOUR = {"high": "red", "medium": "yellow", "low": "blue"}
_MARK_ON, _MARK_OFF = "\x02", "\x03"  # stand-ins for highlight codes while wrapping


def _render_flags(report: FlagReport) -> None:
    click.secho(f"{report.document} ({report.version}): {report.summary}", bold=True)
    click.echo(f"Grade {report.grade} ({report.points} points). {GRADE_RULE}")
    for category in report.flagged:
        click.echo()
        click.secho(f"■ {category.title} [{category.severity}]", fg=SEVERITY_COLOUR[category.severity], bold=True)
        click.echo(f"  {category.reason}")
        for clause in category.clauses:
            click.secho("  " + where(clause, unnumbered="unnumbered"), bold=True)
            click.echo(_highlighted(clause))
    quiet = [c.title for c in report.categories if not c.flagged]
    if quiet:
        click.echo()
        click.echo(textwrap.fill("Not flagged: " + "; ".join(quiet) + ".", width=96))
    click.secho(f"flagged in {report.timings.get('total_s', 0):.2f} s", dim=True, err=True)


def _highlighted(clause: FlaggedClause) -> str:
    """The clause without Markdown, whitespace collapsed, wrapped, decisive words in bold
    (between ** when the output is not a terminal)."""
    plain = plain_text(clause.quote, clause.start)
    spans = [(h.start, h.end) for h in clause.highlights]
    out: list[str] = []
    inside = False
    space = False
    for char, origin in zip(plain.text, plain.origin, strict=True):
        if char.isspace():
            space = bool(out)
            continue
        marked = any(start <= origin < end for start, end in spans)
        # A mark closes before the space and opens after it, so it hugs the words.
        if inside and not marked:
            out.append(_MARK_OFF)
        if space:
            out.append(" ")
            space = False
        if marked and not inside:
            out.append(_MARK_ON)
        inside = marked
        out.append(char)
    if inside:
        out.append(_MARK_OFF)
    text = textwrap.fill(f"“{''.join(out).strip()}”", width=96, initial_indent="    ", subsequent_indent="    ")
    colour = sys.stdout.isatty()
    on = "\x1b[1;33m" if colour else "**"
    off = "\x1b[0m" if colour else "**"
    return text.replace(_MARK_ON, on).replace(_MARK_OFF, off)


def _format_add(outcome: AddResult | AddFailure) -> str:
    if isinstance(outcome, AddFailure):
        return f"Skipped {outcome.source}: {outcome.error}"
    if outcome.status == "unchanged":
        return (
            f"Unchanged: {outcome.name} version {outcome.version} already holds this text ({outcome.clauses} clauses)."
        )
    reused = outcome.clauses - outcome.embedded
    extra = f", {reused} reused from earlier versions" if reused else ""
    note = f" ({outcome.note})" if outcome.note else ""
    return (
        f"Added {outcome.name} version {outcome.version}{note}: {outcome.clauses} clauses, "
        f"{outcome.embedded} embedded{extra}, in {outcome.seconds:.1f} s."
    )


def _table(versions: list[DocumentVersion]) -> str:
    rows = [("DOCUMENT", "VERSION", "EFFECTIVE", "CLAUSES", "ADDED")]
    rows += [(v.name, v.version, v.effective_date or "-", str(v.clause_count), v.added_at[:10]) for v in versions]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def _print_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def main() -> None:
    cli(prog_name="terms-assistant")
