"""What a participant reads when a call fails: one plain sentence and the next step.

Owns `explain(error)`, which sorts any exception from a worker job into a `MessageBanner`
look (`Level`), a sentence and a next step, by the boundary's error classes
(`sync.errors`, `printing.errors`, `core.errors`). The server being unreachable always
names Care Center 165 and the counter, so nobody is left at a dead end (DESIGN.md:
offline features keep working; everything else sends the person on). Sentences the
server wrote (why a change is refused, that a NIK is unknown) are shown as they came,
in the current language. Never shows a stack trace or a URL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject

from anjungan.core.errors import AnjunganError, ValidationError
from anjungan.kiosk.ui.banner import Level, MessageBanner, NextStep
from anjungan.printing.errors import PrinterError
from anjungan.sync.errors import (
    Forbidden,
    InvalidInput,
    NetworkError,
    NotFoundError,
    RateLimited,
    RuleRefused,
    ServerError,
    ServerTimeout,
    Unauthorized,
)

log = logging.getLogger(__name__)

UNREACHABLE = (NetworkError, ServerTimeout, ServerError)
"""Failures that mean "the server cannot serve us now" (the kiosk is offline)."""


@dataclass(frozen=True)
class Explanation:
    level: Level
    message: str | AnjunganError
    next_step: NextStep | str


class _Texts(QObject):
    """Holder of the translatable sentences (lupdate reads ``self.tr`` in a class)."""

    def unreachable(self) -> str:
        return self.tr(
            "The BPJS Kesehatan server cannot be reached right now, so this service is "
            "not available at the moment."
        )

    def unexpected(self) -> str:
        return self.tr("Something went wrong on this kiosk.")

    def call_officer(self) -> str:
        return self.tr("Please call an officer.")


def explain(error: BaseException) -> Explanation:
    texts = _Texts()
    if isinstance(error, UNREACHABLE):
        return Explanation(Level.ERROR, texts.unreachable(), NextStep.CARE_CENTER)
    if isinstance(error, RateLimited):
        return Explanation(Level.WARNING, error, NextStep.TRY_AGAIN)
    if isinstance(error, NotFoundError | InvalidInput | ValidationError):
        return Explanation(Level.WARNING, error, NextStep.CHECK_INPUT)
    if isinstance(error, RuleRefused):
        return Explanation(Level.WARNING, error, NextStep.COUNTER)
    if isinstance(error, Unauthorized):
        return Explanation(Level.ERROR, Unauthorized.device_not_enrolled(), NextStep.NONE)
    if isinstance(error, Forbidden):
        return Explanation(Level.ERROR, error, texts.call_officer())
    if isinstance(error, PrinterError):
        return Explanation(Level.WARNING, error, NextStep.NONE)
    if isinstance(error, AnjunganError):
        return Explanation(Level.ERROR, error, NextStep.CARE_CENTER)
    # A defect, not a condition: keep it in the log (no personal data in our errors).
    log.error("unexpected error in a kiosk call", exc_info=error)
    return Explanation(Level.ERROR, texts.unexpected(), NextStep.CARE_CENTER)


def show_error(banner: MessageBanner, error: BaseException) -> Explanation:
    """Put the explanation of ``error`` on ``banner`` and return it."""
    found = explain(error)
    banner.show_message(found.level, found.message, found.next_step)
    return found
