"""Applying one pushed item: check it by the domain's rules, then store it, per kind.

Owns what each outbox kind becomes on the server. ``registration`` ->
`sync_registration` (card numbers, VAs, a ``registration_result`` change);
``complaint`` -> a server complaint (`services.complaints.receive`); ``complaint_event``
-> a move of that complaint (`services.complaints.move`), or ``retry_later`` while the
complaint is unknown, so a later change never overtakes its creation; the other kinds
-> a `ReceivedRecord` after the obvious checks (identity numbers, SKM answers 1-4 by
PermenPANRB 14/2017 through `core.domain.survey`); a ``data_change`` is re-checked by the
counter's own rules per change type (`core.services.data_change_payload`). An invalid
item is answered ``rejected`` with every reason found; it never blocks the other items
of its batch.
Must not commit, and must not decide duplicates (`services.sync` does).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjungan.core.domain.card import parse_card_number
from anjungan.core.domain.complaints import Action
from anjungan.core.domain.complaints import Role as FlowRole
from anjungan.core.domain.nik import parse_nik
from anjungan.core.domain.survey import Face, SkmElement, SurveyResponse
from anjungan.core.errors import AnjunganError, RuleError, ValidationError
from anjungan.core.services.data_change_payload import recheck_payload
from anjungan.core.store.models.base import OutboxKind
from anjungan.core.wire.sync import PushItem, Reason
from anjungan.server.audit import audit, publish_change
from anjungan.server.auth import Principal, Role
from anjungan.server.models import Officer
from anjungan.server.models.complaints import ComplaintEventRecord, ComplaintRecord
from anjungan.server.models.sync import ReceivedRecord, RegistrationRecord
from anjungan.server.services import complaints
from anjungan.server.services.complaint_calendar import load_calendar
from anjungan.server.services.complaint_intake import (
    CLOCK_SKEW,
    Findings,
    check_intake,
    in_future,
)
from anjungan.server.services.sync_registration import (
    check_registration,
    register,
    registration_result,
)
from anjungan.server.settings import ServerSettings

REGISTRATION_RESULT_KIND = "registration_result"

Status = Literal["accepted", "rejected", "retry_later"]


@dataclass(frozen=True)
class Applied:
    status: Status
    reasons: tuple[Reason, ...] = ()
    server_ref: str | None = None
    detail: dict[str, Any] | None = None


@dataclass(frozen=True)
class Context:
    session: Session
    settings: ServerSettings
    principal: Principal
    item: PushItem

    @property
    def payload(self) -> dict[str, Any]:
        return self.item.payload


def reason(name: str | None, error: AnjunganError) -> Reason:
    return Reason(
        field=name,
        code=getattr(error, "code", "invalid"),
        message_id=error.message_id,
        message_en=error.message_en,
    )


def rejected(findings: Findings) -> Applied:
    return Applied("rejected", tuple(reason(n, e) for n, e in findings.items))


def _one(name: str | None, code: str, message_id: str, message_en: str) -> tuple[Reason, ...]:
    return (Reason(field=name, code=code, message_id=message_id, message_en=message_en),)


def _already(server_ref: str) -> Applied:
    return Applied(
        "rejected",
        _one(
            None,
            "record_already_received",
            f"Data ini sudah diterima server sebelumnya ({server_ref}); tidak ada yang diubah.",
            f"The server already received this record ({server_ref}); nothing was changed.",
        ),
        server_ref=server_ref,
    )


def _text(payload: dict[str, Any], key: str) -> str | None:
    value = payload.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return str(value).strip()


def _moment(findings: Findings, name: str, value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        findings.add(
            name,
            ValidationError(
                name,
                "bad_time",
                "Waktu tidak sah atau tanpa zona waktu. Periksa jam perangkat.",
                "The time is not valid or has no time zone. Check the device clock.",
            ),
        )
        return None
    return moment


def apply_item(ctx: Context) -> Applied:
    return _HANDLERS[ctx.item.kind](ctx)


# --- registrations and complaints ---------------------------------------------------


def _registration(ctx: Context) -> Applied:
    existing = ctx.session.scalar(
        select(RegistrationRecord).where(RegistrationRecord.record_uuid == ctx.item.record_uuid)
    )
    if existing is not None:
        return _already(existing.reference)
    checked, findings = check_registration(ctx.session, ctx.payload, ctx.settings.clock.today())
    if checked is None:
        return rejected(findings)
    record = register(
        ctx.session,
        checked,
        ctx.payload,
        record_uuid=ctx.item.record_uuid,
        office_code=ctx.principal.office_code,
        device_id=ctx.item.device_id,
        now=ctx.settings.clock.now(),
    )
    result = registration_result(record)
    audit(
        ctx.session,
        ctx.settings,
        ctx.principal,
        "registration.accept",
        "registration",
        record.record_uuid,
        reference=record.reference,
        members=len(record.members),
    )
    publish_change(
        ctx.session,
        ctx.settings,
        REGISTRATION_RESULT_KIND,
        record.record_uuid,
        result,
        office_code=ctx.principal.office_code,
    )
    return Applied("accepted", server_ref=record.reference, detail=result)


def _complaint_detail(ctx: Context, record: ComplaintRecord) -> dict[str, Any]:
    update = complaints.complaint_update(record, load_calendar(ctx.session), ctx.settings)
    return {k: update[k] for k in ("ticket", "state", "due_date")}


def _complaint(ctx: Context) -> Applied:
    session, payload = ctx.session, ctx.payload
    existing = session.scalar(
        select(ComplaintRecord).where(ComplaintRecord.uuid == ctx.item.record_uuid)
    )
    if existing is not None:
        return _already(existing.ticket)
    now = ctx.settings.clock.now()
    findings = Findings()
    received_at = _moment(findings, "received_at", payload.get("received_at"))
    intake = check_intake(
        findings,
        record_uuid=ctx.item.record_uuid,
        channel=str(payload.get("channel") or ""),
        category=str(payload.get("category") or ""),
        nik=_text(payload, "nik"),
        card=_text(payload, "card_number"),
        reporter_name=str(payload.get("reporter_name") or ""),
        reporter_phone=_text(payload, "reporter_phone"),
        # The counter's record calls the problem "description" (core.store.models).
        problem=str(payload.get("description") or ""),
        cause=str(payload.get("cause") or ""),
        needs_coordination=bool(payload.get("needs_coordination")),
        received_at=received_at or now,
        note="",
        now=now,
    )
    if intake is None:
        findings.rename(_COMPLAINT_FIELDS)
        return rejected(findings)
    actor = _text(payload, "officer_id") or ctx.principal.actor
    record = complaints.receive(session, ctx.settings, ctx.principal, intake, actor=actor)
    return Applied("accepted", server_ref=record.ticket, detail=_complaint_detail(ctx, record))


# The domain's field names, as the counter's complaint record calls them.
_COMPLAINT_FIELDS = {"problem": "description", "at": "received_at", "participant_id": "card_number"}


def _event_role(ctx: Context, actor: str) -> FlowRole:
    """Who made the move: an officer login's own role; for a counter device token, the
    role of the officer the device recorded (officers log in at the counter offline)."""
    if ctx.principal.officer is not None:
        return complaints.flow_role(ctx.principal.role)
    officer = ctx.session.scalar(
        select(Officer).where(
            Officer.username == actor,
            Officer.office_code == ctx.principal.office_code,
            Officer.active.is_(True),
        )
    )
    return complaints.flow_role(Role.parse(officer.role)) if officer else FlowRole.OFFICER


def _complaint_event(ctx: Context) -> Applied:
    session, payload = ctx.session, ctx.payload
    if session.scalar(
        select(ComplaintEventRecord.id).where(ComplaintEventRecord.uuid == ctx.item.record_uuid)
    ):
        return _already(str(ctx.item.record_uuid))
    findings = Findings()
    try:
        complaint_uuid = uuid.UUID(str(payload.get("complaint_uuid")))
    except ValueError:
        findings.add("complaint_uuid", _bad("complaint_uuid", "Kode pengaduan", "complaint id"))
        return rejected(findings)
    # Locked like an API move: two moves of one complaint must not both start from one state.
    record = session.scalar(
        select(ComplaintRecord).where(ComplaintRecord.uuid == complaint_uuid).with_for_update()
    )
    if record is None:
        return Applied(
            "retry_later",
            _one(
                "complaint_uuid",
                "complaint_not_received_yet",
                "Pengaduan induknya belum diterima server. Langkah ini dikirim ulang otomatis "
                "setelah pengaduannya terkirim.",
                "The server has not received the complaint yet. This step is sent again "
                "automatically after the complaint.",
            ),
        )
    if record.office_code != ctx.principal.office_code:
        findings.add("complaint_uuid", _bad("complaint_uuid", "Kode pengaduan", "complaint id"))
        return rejected(findings)
    action = _action(findings, payload.get("event_type"))
    at = _moment(findings, "created_at", payload.get("created_at"))
    raw_data = payload.get("data")
    data: dict[str, Any] = raw_data if isinstance(raw_data, dict) else {}
    actor = _text(payload, "actor_id") or ctx.principal.actor
    if at is not None and at > ctx.settings.clock.now() + CLOCK_SKEW:
        findings.add("created_at", in_future("created_at"))
    satisfied = data.get("satisfied") if action is Action.CONFIRM else None
    if satisfied is not None and not isinstance(satisfied, bool):
        findings.add("data.satisfied", _bad("satisfied", "Jawaban kepuasan", "satisfaction answer"))
    if at is None or action is None or findings.items:
        return rejected(findings)
    try:
        complaints.move(
            session,
            ctx.settings,
            ctx.principal,
            record,
            action=action,
            at=at.astimezone(complaints.local_zone(ctx.settings)),
            role=_event_role(ctx, actor),
            actor=actor,
            note=str(payload.get("note") or ""),
            satisfied=satisfied,
            event_uuid=ctx.item.record_uuid,
        )
    except (ValidationError, RuleError) as error:
        # RoleNotPermitted and IllegalTransition included: the domain's sentence.
        name = (
            _EVENT_FIELDS.get(error.field, error.field)
            if isinstance(error, ValidationError)
            else None
        )
        findings.add(name, error)
        return rejected(findings)
    return Applied("accepted", server_ref=record.ticket, detail=_complaint_detail(ctx, record))


# The domain's field names, as the pushed complaint_event payload calls them.
_EVENT_FIELDS = {"at": "created_at", "satisfied": "data.satisfied"}


def _action(findings: Findings, value: object) -> Action | None:
    try:
        action = Action(str(value))
    except ValueError:
        action = None
    if action is None or action is Action.RECEIVE:
        findings.add(
            "event_type",
            ValidationError(
                "event_type",
                "unknown_event_type",
                "Jenis langkah pengaduan tidak dikenal. Gunakan salah satu aksi alur pengaduan.",
                "Unknown complaint step. Use one of the complaint workflow's actions.",
            ),
        )
        return None
    return action


def _bad(name: str, what_id: str, what_en: str) -> ValidationError:
    return ValidationError(
        name,
        f"bad_{name}",
        f"{what_id} tidak sah. Perbaiki lalu kirim ulang.",
        f"The {what_en} is not valid. Correct it and send it again.",
    )


# --- records kept as received -------------------------------------------------------


def _identity(findings: Findings, payload: dict[str, Any], today: date, *, required: bool) -> None:
    card, nik = _text(payload, "card_number"), _text(payload, "nik")
    if card:
        findings.check("card_number", parse_card_number, card)
    if nik:
        findings.check("nik", parse_nik, nik, today)
    if required and not (card or nik):
        findings.add(
            "card_number",
            ValidationError(
                "card_number",
                "identity_required",
                "Nomor kartu JKN atau NIK peserta wajib diisi.",
                "The participant's JKN card number or NIK is required.",
            ),
        )


def _required_text(findings: Findings, payload: dict[str, Any], *keys: str) -> None:
    for key in keys:
        if _text(payload, key) is None:
            findings.add(
                key,
                ValidationError(
                    key,
                    "required",
                    f"Isian '{key}' wajib diisi. Lengkapi lalu kirim ulang.",
                    f"The field '{key}' is required. Fill it in and send it again.",
                ),
            )


def _check_survey(findings: Findings, payload: dict[str, Any]) -> None:
    """Nine answers in the order of PermenPANRB 14/2017, each 1-4 or empty; a face 1-4."""
    raw = payload.get("answers") or []
    if not isinstance(raw, list) or len(raw) > len(SkmElement):
        findings.add("answers", _bad("answers", "Jawaban survei", "survey answer list"))
        return
    answers: dict[SkmElement, int] = {}
    for element, score in zip(SkmElement, raw, strict=False):
        if score is None:
            continue
        one = findings.check(f"answers[{element.number - 1}]", SurveyResponse, {element: score})
        if one is not None:
            answers[element] = score
    face = payload.get("face")
    if face is not None and findings.check("face", Face.from_score, face) is None:
        return
    if not findings.items:
        findings.check("answers", SurveyResponse, answers, face)


def _received(check: Callable[[Findings, Context], None]) -> Callable[[Context], Applied]:
    def handler(ctx: Context) -> Applied:
        existing = ctx.session.scalar(
            select(ReceivedRecord).where(ReceivedRecord.record_uuid == ctx.item.record_uuid)
        )
        if existing is not None:
            return _already(existing.reference)
        findings = Findings()
        check(findings, ctx)
        if findings.items:
            return rejected(findings)
        record = ReceivedRecord(
            kind=ctx.item.kind.value,
            record_uuid=ctx.item.record_uuid,
            client_uuid=ctx.item.client_uuid,
            office_code=ctx.principal.office_code,
            device_id=ctx.item.device_id,
            received_at=ctx.settings.clock.now(),
            payload=ctx.payload,
        )
        ctx.session.add(record)
        ctx.session.flush()
        audit(
            ctx.session,
            ctx.settings,
            ctx.principal,
            f"{ctx.item.kind.value}.accept",
            ctx.item.kind.value,
            record.record_uuid,
            reference=record.reference,
        )
        return Applied("accepted", server_ref=record.reference)

    return handler


def _data_change(findings: Findings, ctx: Context) -> None:
    """The obvious checks, then the counter's own rules again, as of the day it recorded
    the change (`data_change_payload.recheck_payload`): every field they fault, and every
    stored value they would not have computed, is a reason."""
    _identity(findings, ctx.payload, ctx.settings.clock.today(), required=True)
    _required_text(findings, ctx.payload, "change_type")
    if not isinstance(ctx.payload.get("new_values"), dict) or not ctx.payload["new_values"]:
        findings.add("new_values", _bad("new_values", "Nilai baru", "new values"))
    recorded = _moment(findings, "created_at", ctx.payload.get("created_at"))
    if recorded is not None and recorded > ctx.settings.clock.now() + CLOCK_SKEW:
        findings.add("created_at", in_future("created_at"))
    if findings.items or recorded is None:
        return
    day = recorded.astimezone(complaints.local_zone(ctx.settings)).date()
    for error in recheck_payload(ctx.payload, day):
        findings.add(error.field, error)


def _info_request(findings: Findings, ctx: Context) -> None:
    # The question's text is optional: the counter logs most requests by topic alone,
    # in two clicks (`core.services.info_requests`).
    _identity(findings, ctx.payload, ctx.settings.clock.today(), required=False)
    _required_text(findings, ctx.payload, "topic")


def _change_request(findings: Findings, ctx: Context) -> None:
    _identity(findings, ctx.payload, ctx.settings.clock.today(), required=True)


_HANDLERS: dict[OutboxKind, Callable[[Context], Applied]] = {
    OutboxKind.REGISTRATION: _registration,
    OutboxKind.COMPLAINT: _complaint,
    OutboxKind.COMPLAINT_EVENT: _complaint_event,
    OutboxKind.DATA_CHANGE: _received(_data_change),
    OutboxKind.INFO_REQUEST: _received(_info_request),
    OutboxKind.SURVEY: _received(lambda findings, ctx: _check_survey(findings, ctx.payload)),
    OutboxKind.CHANGE_REQUEST: _received(_change_request),
}
