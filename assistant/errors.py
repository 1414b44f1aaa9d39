"""Typed errors whose message is written for the person using the assistant."""


class TermsAssistantError(Exception):
    """Base class: `str(error)` is one line a person can act on."""

    exit_code = 1
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DocumentError(TermsAssistantError):
    """A document could not be read or turned into clauses."""


class UnsupportedFileType(DocumentError):
    http_status = 415


class FileTooLarge(DocumentError):
    http_status = 413


class NotFound(TermsAssistantError):
    """A file, document or version that does not exist."""

    http_status = 404


class VersionConflict(TermsAssistantError):
    """A version name already holds different text."""

    http_status = 409


class InvalidQuestion(TermsAssistantError):
    """The question is empty or unusable."""


class InvalidOption(TermsAssistantError):
    """Options that cannot be used as given (a malformed date, options that exclude each other)."""


class ModelError(TermsAssistantError):
    """The language or embedding model could not be prepared or run."""

    http_status = 503


class StoreUnavailable(TermsAssistantError):
    """The vector store server (--chroma-url) cannot be reached or refused the request."""

    http_status = 503


class Busy(TermsAssistantError):
    """Too many questions are already waiting for the model."""

    http_status = 503

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class Unauthorized(TermsAssistantError):
    http_status = 401


class ConfigurationError(TermsAssistantError):
    """Settings that would be unsafe or cannot work (e.g. a public bind without a token)."""
