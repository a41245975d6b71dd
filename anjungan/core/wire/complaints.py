"""Bodies of the complaint endpoints (`/v1/complaints...`): create, list, detail, act,
auto-close, export for SIPP / SP4N-LAPOR!, and the working-calendar overrides.

Owns shapes only: states, actions, channels and categories are the domain's enums
(`core.domain.complaints`), so the wire and the rules cannot drift apart. Strings are
not length-checked to the last character here when the domain gives a better message
(an empty cause is the domain's bilingual "required", not a generic 422).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from uuid import UUID

from pydantic import Field

from anjungan.core.domain.calendar import OverrideKind
from anjungan.core.domain.complaints import Action, Category, Channel, ComplaintState, Outcome
from anjungan.core.wire.common import WireModel

MAX_TEXT = 4000


class NewComplaint(WireModel):
    """A complaint recorded at the counter (or typed in from a phone call or a letter).

    ``participant_id`` is the NIK (16 digits) or the JKN card number (13 digits).
    ``received_at`` defaults to now; give it when a call or letter is logged later.
    """

    channel: Channel
    category: Category
    participant_id: Annotated[str, Field(max_length=32)]
    reporter_name: Annotated[str, Field(max_length=128)]
    reporter_phone: Annotated[str, Field(max_length=32)] | None = None
    problem: Annotated[str, Field(max_length=MAX_TEXT)]
    cause: Annotated[str, Field(max_length=MAX_TEXT)]
    needs_coordination: bool = False
    received_at: datetime | None = None
    note: Annotated[str, Field(max_length=MAX_TEXT)] = ""


class ComplaintActionRequest(WireModel):
    """One move of the workflow; ``satisfied`` exactly for ``confirm``."""

    action: Action
    note: Annotated[str, Field(max_length=MAX_TEXT)] = ""
    satisfied: bool | None = None


class ComplaintEventView(WireModel):
    action: Action
    at: datetime
    by_role: str | None
    actor: str
    from_state: ComplaintState | None
    to_state: ComplaintState
    note: str
    satisfied: bool | None


class ComplaintSummary(WireModel):
    """A row of the complaint list, with its SLA countdown as of today.

    ``due_date``: the effective SLA date (after pauses and coordination).
    ``working_days_left``: 0 on the due date, negative when late, None once answered
    (frozen while waiting for the participant). ``auto_close_after``: while waiting for
    the participant, the last day they may still bring the data.
    """

    uuid: UUID
    ticket: str
    office_code: str
    channel: Channel
    category: Category
    state: ComplaintState
    state_label_id: str
    state_label_en: str
    received_at: datetime
    due_date: date
    working_days_left: int | None
    overdue: bool
    due_today: bool
    outcome: Outcome | None
    auto_close_after: date | None


class ComplaintDetail(ComplaintSummary):
    """Everything about one complaint, for officers: identity, texts, timeline."""

    participant_nik: str | None
    participant_card: str | None
    reporter_name: str
    reporter_phone: str | None
    problem: str
    cause: str
    needs_coordination: bool
    events: list[ComplaintEventView]
    allowed_actions: list[Action]  # for the caller's role, in the table's order


class AutoCloseResult(WireModel):
    closed: list[ComplaintSummary]


class ComplaintExportRow(WireModel):
    """One complaint as reported to SIPP / SP4N-LAPOR!: no identity, no free text.

    ``on_time``: answered no later than ``due_date``; None while unanswered or when the
    complaint closed without an answer (withdrawn, incomplete data).
    """

    ticket: str
    office_code: str
    channel: Channel
    category: Category
    received_on: date
    due_date: date
    state: ComplaintState
    outcome: Outcome | None
    escalated: bool
    needs_coordination: bool
    answered_on: date | None
    closed_on: date | None
    on_time: bool | None
    satisfied: bool | None


class ComplaintExport(WireModel):
    generated_at: datetime
    received_from: date | None
    received_to: date | None
    rows: list[ComplaintExportRow]


class CalendarOverrideBody(WireModel):
    kind: OverrideKind
    name: Annotated[str, Field(min_length=1, max_length=128)]


class CalendarOverrideView(WireModel):
    day: date
    kind: OverrideKind
    name: str
    updated_by: str
