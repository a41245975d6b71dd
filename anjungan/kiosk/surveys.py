"""Sending satisfaction-survey answers: kept in the outbox first, pushed when possible.

Owns `SurveySender`. A response is written to the kiosk's outbox (`ports.SurveyOutbox`)
before anything is sent, then every pending response is pushed (`POST /v1/sync/push`,
kind ``survey``: the kiosk may push only surveys and change requests). Pushing is
idempotent by client uuid, so a push that timed out is simply sent again later: when
the next survey is answered or when the kiosk comes back online. Survey answers are
anonymous (PermenPANRB 14/2017 SKM: nine scores and a face), so keeping them on disk
does not break the kiosk's no-personal-data rule. Disk and network run on the worker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from anjungan.core.domain.survey import Face, SkmElement
from anjungan.core.wire.sync import PushItem, PushResponse
from anjungan.kiosk.ports import SurveyOutbox
from anjungan.kiosk.worker import Worker
from anjungan.sync.errors import Retryable

PUSH_BATCH = 50
Push = Callable[[Sequence[PushItem]], PushResponse]


class Delivery(StrEnum):
    SENT = "sent"
    """The server has it."""
    KEPT = "kept"
    """Saved on this kiosk; it goes out when the server can be reached."""


def survey_payload(
    face: Face | None, answers: Mapping[SkmElement, int], *, office_code: str
) -> dict[str, Any]:
    """The push payload: nine scores in the regulation's order (None = skipped), a face."""
    return {
        "answers": [answers.get(element) for element in SkmElement],
        "face": None if face is None else int(face),
        "office_code": office_code,
        "service": None,
        "comment": None,
    }


class SurveySender(QObject):
    """`submit(payload)` stores and pushes; `flush()` pushes what is still pending."""

    finished = Signal(object)
    """A `Delivery` for each `submit`, or the exception if even storing failed."""

    def __init__(
        self, worker: Worker, outbox: SurveyOutbox, push: Push, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._outbox = outbox
        self._push = push

    def submit(self, payload: Mapping[str, Any]) -> None:
        def job() -> Delivery:
            self._outbox.add(payload)
            return self._push_pending()

        self._worker.run(job, self.finished.emit, self.finished.emit, name="survey")

    def flush(self) -> None:
        self._worker.run(self._push_pending, _ignore, _ignore, name="survey flush")

    def _push_pending(self) -> Delivery:
        """Push in batches until nothing is pending; KEPT if the server is unreachable."""
        while items := list(self._outbox.pending(PUSH_BATCH)):
            try:
                answer = self._push(items)
            except Retryable as error:
                self._outbox.failed(items, error.code)
                return Delivery.KEPT
            self._outbox.settle(answer)
            if all(r.result.status == "retry_later" for r in answer.results):
                break  # the server asked to wait; do not loop on the same rows
        return Delivery.SENT


def _ignore(_value: object) -> None:
    """A background flush has no screen to report to: rows left pending are retried."""
