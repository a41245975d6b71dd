"""The exception tree of Anjungan, with one root and one family per boundary.

Every error a person may see carries a sentence in Bahasa Indonesia and in English
that says what happened and what to do next. Owns no other logic. Personal data
(NIK, names, phones) must never be placed in an error's ``str()``, because error
strings end up in logs: put the offending field's *name*, not its value.
"""

from __future__ import annotations


class AnjunganError(Exception):
    """Root of every error raised on purpose by Anjungan."""

    def __init__(self, message_id: str, message_en: str | None = None) -> None:
        super().__init__(message_en or message_id)
        self.message_id = message_id
        self.message_en = message_en or message_id

    def message(self, lang: str = "id") -> str:
        """The user-facing sentence in ``lang`` ("id" or "en")."""
        return self.message_en if lang == "en" else self.message_id


class ValidationError(AnjunganError):
    """Bad input in one field. ``field`` names the form field, ``code`` is stable for tests."""

    def __init__(self, field: str, code: str, message_id: str, message_en: str) -> None:
        super().__init__(message_id, message_en)
        self.field = field
        self.code = code

    def __str__(self) -> str:
        return f"{self.field}: {self.code}: {self.message_en}"


class RuleError(AnjunganError):
    """A JKN rule forbids the action (not eligible, illegal state transition, ...)."""

    def __init__(self, code: str, message_id: str, message_en: str) -> None:
        super().__init__(message_id, message_en)
        self.code = code

    def __str__(self) -> str:
        return f"{self.code}: {self.message_en}"


class IllegalTransition(RuleError):
    """A state machine (complaint, queue ticket) was asked for a move it does not allow."""


class StoreError(AnjunganError):
    """The local database failed (disk full, locked, corrupt)."""


class ConfigError(AnjunganError):
    """A device configuration file is missing, malformed or inconsistent."""
