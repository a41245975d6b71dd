"""FKTP and class change requests: identity check, eligibility, storage, change log, audit.

Owns `request_fktp_change`, `request_class_change` and `apply_due_changes`. A request
names the person by NIK and proves it with the birth date; the rules are
`core.domain.changes` (ServiceChannel.KIOSK for kiosk devices, COUNTER for officers).
An accepted request is stored as a `ParticipantChange`, published to the change log
and audited in one transaction; it takes effect on its ``effective_on`` (read paths
count it from that day; `apply_due_changes` writes it back into the member or family
row). A refusal or a failed identity check is audited too and answered after the
transaction commits. Changes need active cover (this service's rule: a deceased or
suspended participant is sent to a counter; for a class change, arrears are answered by
the domain's own arrears rule). Audit details hold ids, never a NIK.

Sources: DOMAIN.md "Data changes"; seed 001_68780b126929f050.txt (PANDAWA).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from anjungan.core.domain.billing import YearMonth
from anjungan.core.domain.changes import (
    Eligibility,
    FktpChangeReason,
    ServiceChannel,
    class_change_eligibility,
    fktp_change_eligibility,
)
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.errors import AnjunganError, ValidationError
from anjungan.core.wire.participants import (
    ChangeAccepted,
    ChangeKind,
    ClassChangeIn,
    FktpChangeIn,
)
from anjungan.server.audit import audit, publish_change
from anjungan.server.auth import Principal, Role
from anjungan.server.db import Database
from anjungan.server.errors import Conflict
from anjungan.server.models.participants import Family, Participant, ParticipantChange
from anjungan.server.services.billing import cover_status, covered, date_en, date_id
from anjungan.server.services.participants import (
    Found,
    find_by_nik,
    fktp_known,
    load_household,
    lookup_nik,
)
from anjungan.server.settings import ServerSettings

CHANGE_LOG_KIND = "participant_change"
ARREARS_REASONS = frozenset({"ARREARS", "EMPLOYER_ARREARS"})


class ChangeRefusedError(AnjunganError):
    """409: a rule forbids the change; ``earliest_on`` when only time stands in the way."""

    status = 409

    def __init__(
        self, code: str, message_id: str, message_en: str, earliest_on: date | None = None
    ) -> None:
        super().__init__(message_id, message_en)
        self.code = code
        self.earliest_on = earliest_on

    @classmethod
    def of(cls, eligibility: Eligibility) -> ChangeRefusedError:
        return cls(
            eligibility.code or "refused",
            eligibility.message_id or "",
            eligibility.message_en or "",
            eligibility.earliest_on,
        )


def identity_mismatch() -> ValidationError:
    return ValidationError(
        "birth_date",
        "identity_mismatch",
        "Tanggal lahir tidak sesuai dengan data peserta. Periksa kembali, atau minta bantuan "
        "petugas di loket.",
        "The birth date does not match the participant's record. Check it, or ask an officer "
        "at a counter for help.",
    )


@dataclass(frozen=True)
class _Outcome:
    accepted: ChangeAccepted | None = None
    error: AnjunganError | None = None


def channel_of(principal: Principal) -> ServiceChannel:
    return ServiceChannel.KIOSK if principal.role is Role.KIOSK else ServiceChannel.COUNTER


def request_fktp_change(
    db: Database, settings: ServerSettings, principal: Principal, body: FktpChangeIn
) -> ChangeAccepted:
    """Raises `ValidationError` (422: bad NIK, birth date mismatch, unknown FKTP),
    `NotFound` (404), `ChangeRefusedError` (409) or `Conflict` (409: reused request id)."""
    return _request(db, settings, principal, body, "FKTP", body.fktp_code, _fktp_rules(body))


def request_class_change(
    db: Database, settings: ServerSettings, principal: Principal, body: ClassChangeIn
) -> ChangeAccepted:
    rules = _class_rules_for(CareClass(body.care_class))
    return _request(db, settings, principal, body, "CLASS", body.care_class, rules)


_Rules = Callable[[Session, Found, Principal, date], tuple[str, Eligibility]]
"""(old value, eligibility) of a change for the person found."""


def _request(
    db: Database,
    settings: ServerSettings,
    principal: Principal,
    body: FktpChangeIn | ClassChangeIn,
    kind: ChangeKind,
    new_value: str,
    rules: _Rules,
) -> ChangeAccepted:
    today = settings.clock.today()
    nik = lookup_nik(body.nik, today)
    with db.write() as session:
        found = find_by_nik(session, nik, for_update=True)
        outcome = _decide(session, settings, principal, body, found, kind, new_value, rules)
    if outcome.error is not None:
        raise outcome.error
    assert outcome.accepted is not None
    return outcome.accepted


def _decide(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    body: FktpChangeIn | ClassChangeIn,
    found: Found,
    kind: ChangeKind,
    new_value: str,
    rules: _Rules,
) -> _Outcome:
    person = found.participant
    action = f"participant.{kind.lower()}_change"
    if person.birth_date != body.birth_date:
        audit(
            session,
            settings,
            principal,
            "participant.identity_check_failed",
            "participant",
            person.id,
            attempted=action,
        )
        return _Outcome(error=identity_mismatch())
    if body.request_id is not None:
        replay = session.scalar(
            select(ParticipantChange).where(ParticipantChange.request_id == body.request_id)
        )
        if replay is not None:
            return _replay(replay, found, kind, new_value)
    today = settings.clock.today()
    apply_due_changes(session, settings, principal, today, family_id=person.family_id)
    found = Found(person, load_household(session, person.family_id))
    pending = [c for c in found.household.upcoming(today) if c.kind == kind]
    if kind == "FKTP":
        pending = [c for c in pending if c.participant_id == person.id]
    old_value, eligibility = rules(session, found, principal, today)
    if pending:
        eligibility = _already_pending(pending[0].effective_on)
    if not eligibility.allowed or eligibility.effective_on is None:
        refused = ChangeRefusedError.of(eligibility)
        audit(
            session,
            settings,
            principal,
            f"{action}_refused",
            "participant",
            person.id,
            code=refused.code,
        )
        return _Outcome(error=refused)
    change = ParticipantChange(
        request_id=body.request_id,
        kind=kind,
        family_id=person.family_id,
        participant_id=person.id,
        old_value=old_value,
        new_value=new_value,
        reason=body.reason if isinstance(body, FktpChangeIn) else "REGULAR",
        channel=channel_of(principal).value,
        requested_at=settings.clock.now(),
        effective_on=eligibility.effective_on,
        office_code=principal.office_code,
        device_id=principal.device_id,
        officer=principal.officer,
    )
    session.add(change)
    session.flush()
    detail: dict[str, Any] = {
        "family_id": person.family_id,
        "participant_id": person.id,
        "effective_on": change.effective_on.isoformat(),
        "channel": change.channel,
    }
    audit(session, settings, principal, action, "participant_change", change.id, **detail)
    publish_change(
        session,
        settings,
        CHANGE_LOG_KIND,
        change.id,
        {"kind": kind, "new_value": new_value, **detail},
        office_code=found.household.family.office_code,
    )
    return _Outcome(accepted=_accepted(change, found))


def _fktp_rules(body: FktpChangeIn) -> _Rules:
    def rules(
        session: Session, found: Found, principal: Principal, today: date
    ) -> tuple[str, Eligibility]:
        person, family = found.participant, found.household.family
        current, since = found.household.fktp(person, today)
        gate = _active_or_refused(found, today)
        if gate is not None:
            return current, gate
        if body.fktp_code == current:
            return current, Eligibility.refuse(
                "fktp_unchanged",
                "FKTP yang dipilih sama dengan FKTP saat ini.",
                "The FKTP chosen is the current one.",
            )
        if fktp_known(session, body.fktp_code) is False:
            raise ValidationError(
                "fktp_code",
                "unknown_fktp",
                "Kode FKTP tidak ditemukan. Pilih FKTP dari daftar.",
                "The FKTP code was not found. Choose an FKTP from the list.",
            )
        segment = Segment(family.segment)
        return current, fktp_change_eligibility(
            segment,
            since,
            today,
            reason=FktpChangeReason(body.reason),
            channel=channel_of(principal),
            tni_polri=family.tni_polri and segment is Segment.PPU_PN,
        )

    return rules


def _class_rules_for(requested: CareClass) -> _Rules:
    def rules(
        _session: Session, found: Found, _principal: Principal, today: date
    ) -> tuple[str, Eligibility]:
        house = found.household
        current, since = house.care_class(today)
        gate = _active_or_refused(found, today, arrears_block=False)
        if gate is not None:
            return current.value, gate
        family = house.family
        people = len(covered(house.members))
        return current.value, class_change_eligibility(
            Segment(family.segment),
            current,
            requested,
            since,
            today,
            months_in_arrears=house.account(today).bill.months_in_arrears,
            members_requested=people,
            family_members=people,
            first_payment_made=YearMonth.of(family.paid_through)
            >= YearMonth.of(family.registered_on),
        )

    return rules


def _active_or_refused(
    found: Found, today: date, *, arrears_block: bool = True
) -> Eligibility | None:
    """Changes need active cover; the status sentence says why there is none. With
    ``arrears_block`` False, arrears are left to the rule that names them."""
    status = cover_status(found.participant, found.household.account(today))
    if status.active or (not arrears_block and status.reason in ARREARS_REASONS):
        return None
    return Eligibility.refuse(
        "participant_inactive",
        f"{status.message_id} Perubahan data hanya untuk peserta aktif.",
        f"{status.message_en} Data changes are for active participants only.",
    )


def _already_pending(effective_on: date) -> Eligibility:
    return Eligibility.refuse(
        "change_pending",
        f"Sudah ada pengajuan perubahan yang berlaku mulai {date_id(effective_on)}. Tunggu "
        "sampai berlaku sebelum mengajukan lagi.",
        f"A change request already takes effect on {date_en(effective_on)}. Wait until then "
        "before asking again.",
        earliest_on=effective_on,
    )


def _replay(change: ParticipantChange, found: Found, kind: str, new_value: str) -> _Outcome:
    same = (
        change.participant_id == found.participant.id
        and change.kind == kind
        and change.new_value == new_value
    )
    if not same:
        return _Outcome(
            error=Conflict(
                "request_id_reused",
                "Nomor permintaan ini sudah dipakai untuk pengajuan lain. Buat pengajuan baru.",
                "This request id was used for another request. Start a new request.",
            )
        )
    return _Outcome(accepted=_accepted(change, found))


def _accepted(change: ParticipantChange, found: Found) -> ChangeAccepted:
    members = len(covered(found.household.members)) if change.kind == "CLASS" else 1
    what_id, what_en = ("FKTP", "FKTP") if change.kind == "FKTP" else ("Kelas rawat", "Class")
    when_id, when_en = date_id(change.effective_on), date_en(change.effective_on)
    return ChangeAccepted(
        id=change.id,
        kind=cast(ChangeKind, change.kind),
        old_value=change.old_value,
        new_value=change.new_value,
        effective_on=change.effective_on,
        members_affected=members,
        message_id=f"Pengajuan diterima. {what_id} baru berlaku mulai {when_id}.",
        message_en=f"Request accepted. The new {what_en} applies from {when_en}.",
    )


def apply_due_changes(
    session: Session,
    settings: ServerSettings,
    principal: Principal,
    today: date,
    *,
    family_id: int | None = None,
) -> int:
    """Write accepted changes in effect on ``today`` into the member and family rows.

    Idempotent; run for one family before a new request, or for all (a daily job).
    Returns how many were applied; each is audited as ``participant.change_applied``.
    """
    query = select(ParticipantChange).where(
        ParticipantChange.applied_at.is_(None), ParticipantChange.effective_on <= today
    )
    if family_id is not None:
        query = query.where(ParticipantChange.family_id == family_id)
    due = session.scalars(query.order_by(ParticipantChange.effective_on, ParticipantChange.id))
    count = 0
    for change in due:
        if change.kind == "FKTP":
            member = session.get(Participant, change.participant_id)
            assert member is not None
            member.fktp_code, member.fktp_since = change.new_value, change.effective_on
        else:
            family = session.get(Family, change.family_id)
            assert family is not None
            family.care_class, family.class_since = change.new_value, change.effective_on
        change.applied_at = settings.clock.now()
        audit(
            session,
            settings,
            principal,
            "participant.change_applied",
            "participant_change",
            change.id,
            kind=change.kind,
        )
        count += 1
    return count
