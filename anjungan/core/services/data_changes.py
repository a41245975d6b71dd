"""Recording a participant's data change at the counter: one record, one outbox row.

Owns `record_data_change` (check the form with `check_change`; then write the
`DataChange` (`change_record`) and its outbox row in one unit of work, or write nothing
and raise `FormInvalid` with every error) and the reference the officer reads out
(`change_reference`). The forms live in `data_change_forms.py`, their checks in
`data_change_checks.py`, the payload layout in `data_change_payload.py`; what a screen
needs is re-exported here. Works offline: every rule is local, and a reactivation is
priced from the months in arrears the participant's bill shows. Must not import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from anjungan.core.domain.change_types import ChangeDocument, ChangeType
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.services.data_change_checks import (
    ChangeDecision,
    Checked,
    check_change,
    documents_needed,
)
from anjungan.core.services.data_change_forms import (
    FORMS,
    AbroadDeparture,
    AbroadReturn,
    ChangeForm,
    ClassChange,
    ContactChange,
    FamilyAddition,
    FamilyRemoval,
    FktpChange,
    IdentityChange,
    RankSalaryChange,
    Reactivation,
    SegmentChange,
    Subject,
)
from anjungan.core.services.forms import Desk, raise_if_any
from anjungan.core.store.models import DataChange
from anjungan.core.store.uow import UnitOfWork

__all__ = [
    "FORMS",
    "AbroadDeparture",
    "AbroadReturn",
    "ChangeDecision",
    "ChangeDocument",
    "ChangeForm",
    "ChangeType",
    "Checked",
    "ClassChange",
    "ContactChange",
    "FamilyAddition",
    "FamilyRemoval",
    "FktpChange",
    "IdentityChange",
    "RankSalaryChange",
    "Reactivation",
    "RecordedChange",
    "SegmentChange",
    "Subject",
    "change_record",
    "change_reference",
    "check_change",
    "documents_needed",
    "record_data_change",
]


@dataclass(frozen=True)
class RecordedChange:
    """What the officer tells the participant once the change is saved."""

    reference: str
    record_uuid: UUID
    decision: ChangeDecision


def record_data_change(
    uow: UnitOfWork,
    form: ChangeForm,
    *,
    today: date,
    desk: Desk,
    book: TariffBook | None = None,
) -> RecordedChange:
    """Check ``form``; then write the change and its outbox row together.

    Raises `FormInvalid` with every error (refusals included, each on the field to
    correct), having written nothing. ``uow`` must not be open: this use case owns its
    transaction.
    """
    checked = check_change(form, today, book=book)
    raise_if_any(checked.errors)
    decision = checked.decision
    assert decision is not None  # no errors: check_change always decides
    record = change_record(decision, desk)
    with uow:
        uow.add_record(record)
        uow.commit()
    return RecordedChange(change_reference(record.uuid), record.uuid, decision)


def change_record(decision: ChangeDecision, desk: Desk) -> DataChange:
    """The `DataChange` a decided change is kept (and pushed) as."""
    return DataChange(
        card_number=decision.card_number,
        nik=decision.nik,
        change_type=decision.change_type.value,
        reason=decision.reason,
        old_values=decision.old_values,
        new_values=decision.new_values,
        effective_date=decision.effective_on,
        officer_id=desk.officer_id,
        office_code=desk.office_code,
    )


def change_reference(record_uuid: UUID) -> str:
    """``UBH-3F2A-91C0``: the first 8 hex digits of the record's uuid, easy to read aloud."""
    head = record_uuid.hex[:8].upper()
    return f"UBH-{head[:4]}-{head[4:]}"
