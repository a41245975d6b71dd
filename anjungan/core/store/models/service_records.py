"""The other counter records: data changes, information requests, satisfaction surveys.

Owns `DataChange` (a change request for a participant's data: FKTP, class, family,
segment, contact; DOMAIN.md "Data changes"), `InfoRequest` (the information log) and
`SurveyResponse` (the nine SKM elements of PermenPANRB 14/2017, answers 1-4). Records are
append-only: a correction is a new `DataChange`, never an overwrite. Must not check
eligibility (3 months since the last FKTP change, 12 months in a class...): the use
case asks `core.domain` first.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from anjungan.core.store.models.base import OutboxKind, Record, ServerTracked, Staffed


class DataChange(Staffed, ServerTracked, Record):
    """A requested change to one participant, with the values before and after."""

    __tablename__ = "data_change"
    outbox_kind: ClassVar[OutboxKind] = OutboxKind.DATA_CHANGE

    card_number: Mapped[str] = mapped_column(String(13))
    nik: Mapped[str | None] = mapped_column(String(16))
    change_type: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(64))
    old_values: Mapped[dict[str, Any] | None]
    new_values: Mapped[dict[str, Any]]
    effective_date: Mapped[date | None]


class InfoRequest(Staffed, Record):
    """A question answered at the counter, kept for the information log and reports."""

    __tablename__ = "info_request"
    outbox_kind: ClassVar[OutboxKind] = OutboxKind.INFO_REQUEST

    channel: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(64))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    card_number: Mapped[str | None] = mapped_column(String(13))


class SurveyResponse(Record):
    """One respondent's SKM answers (nine integers 1-4, element order of PermenPANRB
    14/2017). Anonymous: no participant identity, so a kiosk may keep it too."""

    __tablename__ = "survey_response"
    outbox_kind: ClassVar[OutboxKind] = OutboxKind.SURVEY

    office_code: Mapped[str] = mapped_column(String(16))
    service: Mapped[str | None] = mapped_column(String(32))
    answers: Mapped[list[Any]]
    comment: Mapped[str | None] = mapped_column(Text)
