"""The `terms-assistant` command line: a thin face over `assistant.core.Assistant`."""

from __future__ import annotations

import functools
import json
import sys
import textwrap
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from assistant import __version__
from assistant.answer import Answer, AnswerEvent, AskEvent, EvidenceEvent, TokenEvent, VerdictEvent
from assistant.core import SAMPLE_DOCUMENT, SAMPLE_QUESTION, AddFailure, AddResult, Assistant
from assistant.errors import TermsAssistantError
from assistant.settings import Settings
from assistant.store import DocumentVersion

F = TypeVar("F", bound=Callable[..., Any])

VERDICT_STYLE = {
    "yes": ("YES", "green"),
    "no": ("NO", "red"),
    "conditional": ("CONDITIONAL", "yellow"),
    "not_addressed": ("NOT ADDRESSED", "blue"),
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
@click.pass_context
def cli(ctx: click.Context, home: Path | None, model: Path | None, threads: int | None) -> None:
    """Ask questions about terms of service, answered from the clauses that decide them.

    Everything runs on this machine: documents, vectors and the language model never leave it.

    \b
    Start with:
      terms-assistant demo
      terms-assistant add terms.pdf --name acme-terms
      terms-assistant ask "Can they train AI on my content?" --doc acme-terms
    """
    ctx.obj = Assistant(Settings.from_env(home=home, model=model, threads=threads))


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
@click.option("--doc", "documents", multiple=True, help="Ask this document (repeat for several; default: all).")
@click.option("--version", "version", help="Ask this version instead of the newest.")
@click.option("--top-k", type=click.IntRange(1, 20), help="How many clauses to give the model.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (no streaming).")
@click.pass_context
@friendly_errors
def ask(
    ctx: click.Context,
    question: str,
    documents: tuple[str, ...],
    version: str | None,
    top_k: int | None,
    as_json: bool,
) -> None:
    """Ask a question; the answer cites the clauses it rests on."""
    assistant = _assistant(ctx)
    if top_k:
        assistant.settings = Settings.from_env(**{**vars(assistant.settings), "top_k": top_k})
    events = assistant.ask_stream(question, documents or None, version)
    if as_json:
        answer = next(e.answer for e in events if isinstance(e, AnswerEvent))
        _print_json(answer.to_dict())
        return
    _render_stream(events)


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
            label, colour = VERDICT_STYLE[event.verdict]
            click.secho(f"Verdict: {label}", fg=colour, bold=True)
        elif isinstance(event, TokenEvent):
            click.echo(event.text, nl=False)
            streamed = True
        elif isinstance(event, AnswerEvent):
            answer = event.answer
            if streamed:
                click.echo()
            else:
                label, colour = VERDICT_STYLE[answer.verdict]
                click.secho(f"Verdict: {label}", fg=colour, bold=True)
                click.echo(answer.answer)
            if answer.verdict != "not_addressed" and streamed and answer.answer:
                pass
            _render_citations(answer)
            t = answer.timings
            parts = [f"evidence {evidence_s or t.get('retrieval_s', 0):.2f} s"]
            if "first_token_s" in t:
                parts.append(f"first token {t['first_token_s']:.1f} s")
            parts.append(f"answer {t.get('total_s', 0):.1f} s")
            click.secho(" · ".join(parts), dim=True, err=True)
            return answer
    raise TermsAssistantError("The answer stream ended early")  # pragma: no cover


def _render_citations(answer: Answer) -> None:
    if not answer.citations:
        return
    click.echo("\nCited clauses:")
    for number, c in enumerate(answer.citations, start=1):
        where = [f"{c.document} ({c.version})"]
        if c.section:
            where.append(f"§ {c.section}")
        if c.heading:
            where.append(c.heading)
        if c.page is not None:
            where.append(f"page {c.page}")
        click.secho(f"[{number}] " + " · ".join(where), bold=True)
        quote = " ".join(c.quote.split())
        click.echo(textwrap.fill(f"“{quote}”", width=96, initial_indent="    ", subsequent_indent="    "))


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
