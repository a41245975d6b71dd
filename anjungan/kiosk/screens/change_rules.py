"""The kiosk's first look at an FKTP or class change, from what it may see of a participant.

Owns `fktp_prescreen` and `class_prescreen`: before asking for a new FKTP or class, the
kiosk tells a participant at once when the request cannot succeed here, using the masked
status the server gave it (`ParticipantPublic`) and the rules of `core.domain.changes`
(DOMAIN.md "Data changes": PBI, TNI and Polri are not self-service; class changes are
for PBPU/BP only, with no arrears; one pending change of a kind at a time). What the kiosk
cannot see (the date of the last FKTP change, 12 months in the current class, the birth
date) the server decides when the request is sent, and its refusal is shown as it came.
A change needs active cover (the server's rule too). Returns None when nothing known
forbids the change; never a guess that something is allowed.
"""

from __future__ import annotations

from datetime import date

from anjungan.core.domain.changes import (
    Eligibility,
    ServiceChannel,
    class_change_eligibility,
    fktp_change_eligibility,
)
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.wire.participants import ChangeKind, ParticipantPublic


def _inactive() -> Eligibility:
    return Eligibility.refuse(
        "change_needs_active_cover",
        "Kepesertaan Anda tidak aktif. Perubahan hanya untuk peserta aktif: bayar tunggakan "
        "dahulu, atau tanyakan di loket.",
        "Your cover is not active. Changes are for active participants only: pay the arrears "
        "first, or ask at the counter.",
    )


def _pending(kind: ChangeKind, person: ParticipantPublic) -> Eligibility | None:
    for change in person.pending_changes:
        if change.kind == kind:
            day = change.effective_on.isoformat()
            return Eligibility.refuse(
                "change_already_pending",
                f"Sudah ada permintaan perubahan yang menunggu berlaku mulai {day}.",
                f"A change of this kind is already waiting to take effect on {day}.",
                earliest_on=change.effective_on,
            )
    return None


def _segment(person: ParticipantPublic) -> Segment | None:
    try:
        return Segment(person.segment.code)
    except ValueError:
        return None


def fktp_prescreen(person: ParticipantPublic, today: date) -> Eligibility | None:
    """A refusal the kiosk can already see for an FKTP change, or None."""
    if not person.status.active:
        return _inactive()
    pending = _pending("FKTP", person)
    if pending is not None:
        return pending
    segment = _segment(person)
    if segment is None:
        return None
    # The last change date is not sent to kiosks: only the segment rules are checked here.
    verdict = fktp_change_eligibility(segment, None, today, channel=ServiceChannel.KIOSK)
    return None if verdict.allowed else verdict


def class_choices(person: ParticipantPublic) -> list[CareClass]:
    """The classes a family could move to: every class but its current one."""
    return [c for c in CareClass if c.value != person.care_class.code]


def class_prescreen(person: ParticipantPublic, today: date) -> Eligibility | None:
    """A refusal the kiosk can already see for a class change, or None."""
    if not person.status.active:
        return _inactive()
    pending = _pending("CLASS", person)
    if pending is not None:
        return pending
    segment = _segment(person)
    choices = class_choices(person)
    if segment is None or not choices:
        return None
    try:
        current = CareClass(person.care_class.code)
    except ValueError:
        return None
    family = max(1, len(person.members))
    # Time in the current class is not sent to kiosks: `first_payment_made=False` leaves
    # the 12-month rule to the server and checks the segment and the arrears only.
    verdict = class_change_eligibility(
        segment,
        current,
        choices[0],
        today,
        today,
        months_in_arrears=person.status.months_in_arrears,
        members_requested=family,
        family_members=family,
        first_payment_made=False,
    )
    return None if verdict.allowed else verdict
