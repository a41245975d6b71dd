"""Handling a complaint at the counter: one move of the workflow, the detail with its
timeline, and the export for SIPP / SP4N-LAPOR!.

Owns `act_on_complaint` (the domain checks the move, the role and the 30-day rule for
the participant's documents, then the event and its outbox row are written in one unit
of work), `validate_move` (the note or answer a move needs, for the screen),
`complaint_detail` (the complaint with its due date, countdown, timeline and the moves
the officer's role may make, with the server's view after sync merged in) and
`export_complaints` with its CSV and JSON (the rows of the server's export, built by
`complaint_export`: no identity, no free text). The workflow is the domain's
(`complaint_flow`, seed 000; seed 002 art. 10 for the 30 days). Must not import Qt or the
sync package: the server's view arrives through a `ServerLookup` the composition root
gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from anjungan.core.clock import Clock
from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.complaint_flow import check_role, transition_for
from anjungan.core.domain.complaint_sla import document_deadline_days
from anjungan.core.domain.complaints import (
    TRANSITIONS,
    Action,
    Category,
    Channel,
    Complaint,
    ComplaintState,
    Outcome,
    Role,
    allowed_actions,
    auto_close_due,
    effective_due_date,
    overdue,
    working_days_left,
)
from anjungan.core.errors import RuleError, ValidationError
from anjungan.core.services.complaint_export import EXPORT_COLUMNS, export_csv, export_row
from anjungan.core.services.complaints import (
    ServerLookup,
    ServerView,
    current_complaint,
    store_calendar,
)
from anjungan.core.services.forms import Desk, must_choose, raise_if_any, required
from anjungan.core.store import models
from anjungan.core.store.uow import UnitOfWork
from anjungan.core.wire.complaints import MAX_TEXT, ComplaintExport

NOTE_MAX_LENGTH = MAX_TEXT
_ROLES = {role.value: role for role in Role}
_TABLE = {(t.source, t.action): t for t in TRANSITIONS}


def role_of(name: str) -> Role:
    """The workflow role of a logged-in officer's role name; unknown names get the least."""
    return _ROLES.get(name, Role.OFFICER)


def provisional_ticket(record_uuid: UUID) -> str:
    """``PGD-3F2A-91C0``: the complaint's number until the server's ticket arrives."""
    head = record_uuid.hex[:8].upper()
    return f"PGD-{head[:4]}-{head[4:]}"


@dataclass(frozen=True)
class Move:
    """One move as the officer asked for it. ``satisfied`` exactly for CONFIRM."""

    action: Action
    note: str = field(default="", repr=False)
    satisfied: bool | None = None


def validate_move(move: Move, state: ComplaintState) -> list[ValidationError]:
    """What the move still needs in ``state``: a note where the workflow requires one
    (the answer, the reason, the missing documents), at most `NOTE_MAX_LENGTH`
    characters, and the participant's answer when confirming. Whether the state and
    the role allow the move at all is the domain's (`transition_for`, `check_role`)."""
    errors: list[ValidationError] = []
    row = _TABLE.get((state, move.action))
    note = move.note.strip()
    if row is not None and row.note_required and not note:
        errors.append(required("note", "Catatan untuk aksi ini", "note for this action"))
    if len(note) > NOTE_MAX_LENGTH:
        errors.append(
            ValidationError(
                "note",
                "too_long",
                f"Paling panjang {NOTE_MAX_LENGTH} karakter. Ringkas isinya.",
                f"At most {NOTE_MAX_LENGTH} characters. Summarise it.",
            )
        )
    if move.action is Action.CONFIRM and move.satisfied is None:
        errors.append(must_choose("satisfied", "jawaban kepuasan peserta", "participant's answer"))
    return errors


def _not_found() -> RuleError:
    return RuleError(
        "complaint_not_found",
        "Pengaduan tidak ditemukan di komputer ini. Muat ulang daftar pengaduan.",
        "The complaint is not on this computer. Reload the complaint list.",
    )


def act_on_complaint(
    uow: UnitOfWork,
    record_uuid: UUID,
    move: Move,
    *,
    role: Role,
    clock: Clock,
    desk: Desk,
    server: ServerLookup | None = None,
) -> ComplaintState:
    """Make ``move`` now as ``role``; write its event and outbox row; return the new state.

    Raises, having written nothing, in this order: `IllegalTransition` when the state
    does not allow the move, `RoleNotPermitted` when the role may not make it,
    `FormInvalid` (`validate_move`), `RuleError` before the 30 days for the
    participant's documents have passed.
    The event carries the role it was made with; the server decides the role again
    from the officer who made it. ``uow`` must not be open.
    """
    now = clock.now()
    with uow:
        record = uow.complaints.get(record_uuid)
        if record is None:
            raise _not_found()
        view = server(uow, record_uuid) if server is not None else None
        complaint = current_complaint(record, now.tzinfo, view)
        if complaint is None:
            raise _not_found()
        check_role(transition_for(complaint.state, move.action), role)
        raise_if_any(validate_move(move, complaint.state))
        after = complaint.apply(move.action, now, role, move.note, move.satisfied)
        last = after.events[-1]
        data: dict[str, object] = {"role": role.value}
        if last.satisfied is not None:
            data["satisfied"] = last.satisfied
        event = models.ComplaintEvent(
            complaint=record,
            complaint_id=record.id,
            event_type=move.action.value,
            actor_id=desk.officer_id,
            note=last.note or None,
            data=data,
            created_at=now,
        )
        uow.add_record(event)
        uow.commit()
    return after.state


@dataclass(frozen=True)
class TimelineEntry:
    """One step of a complaint's history. ``actor`` is empty for a move the server made
    elsewhere (``from_server``), known here only from the server's view after sync."""

    action: Action
    at: datetime
    to_state: ComplaintState
    by_role: Role | None
    actor: str
    note: str = field(repr=False)
    satisfied: bool | None
    from_server: bool = False


@dataclass(frozen=True)
class ComplaintDetail:
    """One complaint as the officer handles it. Times are in the service point's zone.

    ``reference``: the server's ticket once synced (``synced``), else the provisional
    number. ``actions``: what ``role`` may do now, in the workflow's order (the 30-day
    close only once it is due). ``documents_due``: while waiting for the participant,
    the last day they may bring the data (seed 002 art. 10(3)).
    """

    record_uuid: UUID
    reference: str
    synced: bool
    office_code: str
    received_at: datetime
    reporter_name: str = field(repr=False)
    identifier: str = field(repr=False)
    reporter_phone: str | None = field(repr=False)
    channel: Channel
    category: Category
    problem: str = field(repr=False)
    cause: str = field(repr=False)
    needs_coordination: bool
    state: ComplaintState
    outcome: Outcome | None
    due_date: date
    working_days_left: int | None
    overdue: bool
    documents_due: date | None
    timeline: tuple[TimelineEntry, ...]
    role: Role
    actions: tuple[Action, ...]

    @property
    def due_today(self) -> bool:
        return self.working_days_left == 0 and not self.overdue


def complaint_detail(
    uow: UnitOfWork,
    record_uuid: UUID,
    *,
    clock: Clock,
    role: Role,
    calendar: WorkingCalendar | None = None,
    server: ServerLookup | None = None,
) -> ComplaintDetail:
    """The complaint, its SLA standing as of today, its timeline and ``role``'s moves.

    ``uow`` must not be open. `RuleError` if there is no such complaint here.
    """
    now = clock.now()
    today, tz = now.date(), now.tzinfo
    with uow:
        record = uow.complaints.get(record_uuid)
        view = server(uow, record_uuid) if server is not None and record is not None else None
        complaint = current_complaint(record, tz, view) if record is not None else None
        if record is None or complaint is None:
            raise _not_found()
        cal = calendar or store_calendar(uow)
        actors = {(e.event_type, e.created_at): e.actor_id for e in record.events}
        possible = allowed_actions(complaint.state, role)
        if not auto_close_due(complaint, today):
            possible -= {Action.CLOSE_INCOMPLETE}
        since = complaint.waiting_since
        return ComplaintDetail(
            record_uuid=record.uuid,
            reference=view.ticket if view and view.ticket else provisional_ticket(record.uuid),
            synced=bool(view and view.ticket),
            office_code=record.office_code,
            received_at=complaint.received_at,
            reporter_name=record.reporter_name,
            identifier=record.nik or record.card_number or "",
            reporter_phone=record.reporter_phone,
            channel=complaint.channel,
            category=complaint.category,
            problem=record.description,
            cause=record.cause or "",
            needs_coordination=record.needs_coordination,
            state=complaint.state,
            outcome=complaint.outcome,
            due_date=effective_due_date(complaint, cal, today),
            working_days_left=working_days_left(complaint, today, cal),
            overdue=overdue(complaint, today, cal),
            documents_due=(
                since.date() + timedelta(days=document_deadline_days(since.date()))
                if since is not None
                else None
            ),
            timeline=_timeline(complaint, record, actors),
            role=role,
            actions=tuple(
                t.action
                for t in TRANSITIONS
                if t.source is complaint.state and t.action in possible
            ),
        )


def _timeline(
    complaint: Complaint, record: models.Complaint, actors: dict[tuple[str, datetime], str]
) -> tuple[TimelineEntry, ...]:
    entries = []
    for index, event in enumerate(complaint.events):
        if index == 0:
            actor: str | None = record.officer_id
        else:
            actor = actors.get((event.action.value, event.at))
        entries.append(
            TimelineEntry(
                action=event.action,
                at=event.at,
                to_state=event.to_state,
                by_role=event.by_role,
                actor=actor or "",
                note=event.note,
                satisfied=event.satisfied,
                from_server=actor is None,
            )
        )
    return tuple(entries)


# --- export for SIPP / SP4N-LAPOR! ---------------------------------------------------


@dataclass(frozen=True)
class ExportFiles:
    csv: Path
    json: Path
    rows: int


def export_complaints(
    uow: UnitOfWork,
    *,
    clock: Clock,
    received_from: date | None = None,
    received_to: date | None = None,
    calendar: WorkingCalendar | None = None,
    server: ServerLookup | None = None,
) -> ComplaintExport:
    """This counter's complaints received in [from, to] (local dates), oldest first.

    The rows are the server's export rows (`ComplaintExportRow`): channel, category,
    dates, SLA compliance and outcome; no name, no NIK, no phone, no free text. A
    complaint not yet synced carries its provisional number. ``uow`` must not be open.
    """
    now = clock.now()
    today, tz = now.date(), now.tzinfo
    stmt = select(models.Complaint).order_by(models.Complaint.received_at, models.Complaint.id)
    if received_from is not None:
        stmt = stmt.where(models.Complaint.received_at >= _midnight(received_from, tz))
    if received_to is not None:
        next_day = received_to + timedelta(days=1)
        stmt = stmt.where(models.Complaint.received_at < _midnight(next_day, tz))
    rows = []
    with uow:
        cal = calendar or store_calendar(uow)
        for record in uow.session.scalars(stmt):
            view = server(uow, record.uuid) if server is not None else None
            complaint = current_complaint(record, tz, view)
            if complaint is not None:
                ticket = view.ticket if view and view.ticket else provisional_ticket(record.uuid)
                rows.append(export_row(ticket, record.office_code, complaint, cal, today))
    return ComplaintExport(
        generated_at=now, received_from=received_from, received_to=received_to, rows=rows
    )


def _midnight(day: date, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


def export_json(data: ComplaintExport) -> str:
    """The export as the server's ``export.json`` body."""
    return data.model_dump_json(indent=2)


def write_export(data: ComplaintExport, folder: Path) -> ExportFiles:
    """Write ``pengaduan-sipp-<time>.csv`` and ``.json`` into ``folder``."""
    stem = f"pengaduan-sipp-{data.generated_at:%Y%m%d-%H%M%S}"
    csv_path, json_path = folder / f"{stem}.csv", folder / f"{stem}.json"
    csv_path.write_text(export_csv(data), encoding="utf-8", newline="")
    json_path.write_text(export_json(data), encoding="utf-8")
    return ExportFiles(csv_path, json_path, len(data.rows))


__all__ = [
    "EXPORT_COLUMNS",
    "NOTE_MAX_LENGTH",
    "ComplaintDetail",
    "ExportFiles",
    "Move",
    "ServerLookup",
    "ServerView",
    "TimelineEntry",
    "act_on_complaint",
    "complaint_detail",
    "export_complaints",
    "export_csv",
    "export_json",
    "provisional_ticket",
    "role_of",
    "validate_move",
    "write_export",
]
