"""Bad input gets one clear line and a non-zero exit, and the library stays exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader, PdfWriter

from assistant.cli import cli
from assistant.core import SAMPLE_DOCUMENT
from assistant.settings import Settings
from assistant.store import Library
from tests.pdfs import make_pdf

LIMIT = 300_000


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad-input-home")


@pytest.fixture(scope="module")
def run(home: Path, models_dir: Path):  # -> Callable[..., Result]
    env = {
        "TERMS_ASSISTANT_HOME": str(home),
        "TERMS_ASSISTANT_MODELS_DIR": str(models_dir),
        "TERMS_ASSISTANT_MAX_FILE_BYTES": str(LIMIT),
    }

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)

    assert invoke("demo", "--question", "Is there a clause about pizza toppings?", "--json").exit_code == 0
    return invoke


def snapshot(home: Path) -> tuple:
    """Every document version and every clause id, offsets and vector count: what must not change."""
    library = Library(Settings.from_env(home=home).index_path)
    versions = library.documents()
    clauses = [(c.id, c.start, c.end) for v in versions for c in library.clauses(v.name, v.version)]
    return (
        tuple((v.name, v.version, v.sha256, v.clause_count) for v in versions),
        tuple(clauses),
        library.clause_count(),
    )


def _encrypted_pdf(path: Path) -> None:
    plain = path.with_suffix(".plain.pdf")
    plain.write_bytes(make_pdf([["1. TERMS", "1.1 Use. You may use the service."]]))
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as out:
        writer.write(out)
    plain.unlink()


def _write_case(case: str, folder: Path) -> Path:
    """Build the bad file for `case`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    good_pdf = make_pdf([["1. TERMS", "1.1 Use. You may use the service as we describe it here."]] * 3)
    files: dict[str, tuple[str, bytes]] = {
        "truncated-pdf": ("truncated.pdf", good_pdf[: len(good_pdf) // 2]),
        "scanned-pdf": ("scanned.pdf", make_pdf([[], []])),
        "empty-file": ("empty.md", b""),
        "binary-as-txt": ("binary.txt", bytes(range(256)) * 40),
        "too-large": ("huge.txt", b"You agree to these terms. " * (LIMIT // 20)),
        "wrong-type": ("terms.docx", b"PK\x03\x04 not really a docx"),
        "html-only-script": ("script.html", b"<html><script>var terms = 1;</script><style>p{}</style></html>"),
    }
    if case == "encrypted-pdf":
        path = folder / "encrypted.pdf"
        _encrypted_pdf(path)
        return path
    if case == "missing-path":
        return folder / "does-not-exist.pdf"
    name, data = files[case]
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("truncated-pdf", "damaged or not a PDF"),
        ("encrypted-pdf", "password-protected"),
        ("scanned-pdf", "no text layer"),
        ("empty-file", "is empty"),
        ("binary-as-txt", "binary file"),
        ("too-large", "over the"),
        ("wrong-type", "unsupported file type .docx"),
        ("html-only-script", "contains no text"),
        ("missing-path", "No such file"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(run, home: Path, tmp_path: Path, case: str, words: str) -> None:
    before = snapshot(home)
    result = run("add", str(_write_case(case, tmp_path)), "--name", "bad-input")
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert "Traceback" not in result.output
    assert snapshot(home) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("ask", ""), "question is empty"),
        (("ask", "why? " * 2000), "characters long"),
        (("ask", "Can they sell my data?", "--doc", "nobody-terms"), "No document named 'nobody-terms'"),
        (("ask", "Can they sell my data?", "--doc", SAMPLE_DOCUMENT, "--version", "1999-01-01"), "has no version"),
        (("remove", SAMPLE_DOCUMENT, "--version", "1999-01-01"), "has no version"),
    ],
    ids=["empty-question", "10000-character-question", "unknown-document", "unknown-version", "remove-unknown-version"],
)
def test_bad_questions_and_names(run, home: Path, args: tuple[str, ...], words: str) -> None:
    before = snapshot(home)
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(home) == before


def test_good_text_in_other_encodings_is_read(run, tmp_path: Path) -> None:
    for encoding, name in (("latin-1", "latin"), ("utf-16", "utf16")):
        path = tmp_path / f"{name}.txt"
        path.write_bytes("1. DONNÉES\n\n1.1 Vente. Nous ne vendons pas vos données.\n".encode(encoding))
        result = run("add", str(path), "--name", f"enc-{name}", "--json")
        assert result.exit_code == 0, result.output
        assert run("remove", f"enc-{name}").exit_code == 0


def test_a_folder_adds_the_good_files_and_reports_each_bad_one(run, home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good-one.md").write_text("# One\n\n## 1. Data\n\n**1.1 Sale.** We never sell data.\n")
    (folder / "good-two.html").write_text("<h2>2. Ads</h2><p><b>2.1 Tracking.</b> We show ads.</p><script>x()</script>")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    before = snapshot(home)
    result = run("add", str(folder))
    assert result.exit_code == 1
    assert "Added good-one" in result.stdout and "Added good-two" in result.stdout
    assert "empty.txt is empty" in result.stderr and "broken.pdf is damaged" in result.stderr
    after = snapshot(home)
    assert {v[0] for v in after[0]} - {v[0] for v in before[0]} == {"good-one", "good-two"}
    assert run("remove", "good-one").exit_code == 0 and run("remove", "good-two").exit_code == 0
    assert snapshot(home) == before
