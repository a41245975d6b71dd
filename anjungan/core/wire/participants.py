"""Bodies of the participant API: status lookups, the family bill, change requests.

Two views of a participant on purpose: `ParticipantPublic` (what a kiosk screen may show
to whoever stands in front of it: masked name, masked NIK and card number, age, no
address, no phone, no birth date) and `ParticipantRecord` (the officer's full record).
The kiosk schema simply has no field that could carry personal data in clear, so no
serialisation switch can leak it. Holds no rule: values are computed by the server.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from anjungan.core.wire.common import ApiError, WireModel

ChangeKind = Literal["FKTP", "CLASS"]
ClassCode = Literal["I", "II", "III"]
SexCode = Literal["L", "P"]
FktpReason = Literal["REGULAR", "MOVED_DOMICILE", "JOB_TRANSFER"]
YearMonthText = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
FktpCode = Annotated[str, Field(pattern=r"^[0-9A-Z]{8}$")]


class Label(WireModel):
    """A coded value with its display text in both languages."""

    code: str
    label_id: str
    label_en: str


class Fktp(WireModel):
    """The primary-care facility: its 8-character code, and its name when the server
    has the facility directory."""

    code: str
    name: str | None = None


class CoverStatus(WireModel):
    """Whether cover is active today, why not, and a sentence saying so in each language."""

    active: bool
    reason: str | None = None
    """None when active; ARREARS, EMPLOYER_ARREARS, PBI_DEACTIVATED, DECEASED, ..."""
    since: date | None = None
    months_in_arrears: int = 0
    message_id: str
    message_en: str
    warning_id: str | None = None
    """Active but about to stop (the current month is unpaid), or None."""
    warning_en: str | None = None


class PendingChange(WireModel):
    """An accepted change that has not taken effect yet."""

    kind: ChangeKind
    new_value: str
    effective_on: date


class MemberPublic(WireModel):
    masked_name: str
    masked_card_number: str
    relation: Label
    sex: SexCode
    age: int
    status: CoverStatus
    fktp: Fktp


class ParticipantPublic(WireModel):
    """What the kiosk may show: nothing that identifies a person in clear."""

    masked_name: str
    masked_nik: str
    masked_card_number: str
    relation: Label
    sex: SexCode
    age: int
    segment: Label
    care_class: Label
    status: CoverStatus
    fktp: Fktp
    pending_changes: list[PendingChange]
    members: list[MemberPublic]
    """Every member of the family, head first (the person looked up included)."""


class MemberRecord(WireModel):
    id: int
    nik: str
    card_number: str
    name: str
    relation: Label
    sex: SexCode
    birth_date: date
    age: int
    phone: str | None
    status: CoverStatus
    fktp: Fktp
    fktp_since: date


class ParticipantRecord(WireModel):
    """The officer's view: the member's full record and the family's."""

    id: int
    nik: str
    card_number: str
    name: str
    relation: Label
    sex: SexCode
    birth_date: date
    age: int
    phone: str | None
    status: CoverStatus
    fktp: Fktp
    fktp_since: date
    kk: str
    segment: Label
    care_class: Label
    class_since: date
    wage: int | None
    address: str
    province_code: str
    kabkota_code: str
    kecamatan_code: str
    office_code: str | None
    registered_on: date
    paid_through: YearMonthText
    pending_changes: list[PendingChange]
    members: list[MemberRecord]


class PayerShare(WireModel):
    payer: Label
    amount: int


class PenaltyRule(WireModel):
    """The service penalty (denda pelayanan) rule in force, so a kiosk can explain it:
    ``rate`` x INA-CBG cost x months (at most ``max_months``) for inpatient care within
    ``window_days`` after reactivation, capped at ``cap``."""

    rate: Decimal
    max_months: int
    window_days: int
    cap: int
    months_that_would_count: int


class VirtualAccount(WireModel):
    bank: str
    number: str


class FamilyBill(WireModel):
    """What the family owes today, in rupiah, and how to pay it."""

    masked_head_name: str
    segment: Label
    care_class: Label
    people: int
    monthly_iuran: int
    """The whole iuran of the family per month (every payer's part)."""
    monthly_payable: int
    """What the family's payer pays per month through its channel (for a PBPU class III
    member the participant's part, the rest being subsidy)."""
    payers: list[PayerShare]
    self_paid: bool
    """The family pays by virtual account itself (PBPU/BP mandiri)."""
    current_month: YearMonthText
    paid_through: YearMonthText
    due_date: date
    current_month_unpaid: bool
    past_due: bool
    months_in_arrears: int
    months_counted: int
    arrears_amount: int
    current_amount: int
    amount_owed: int
    suspended: bool
    suspended_since: date | None
    suspends_on: date | None
    reactivation_amount: int | None
    penalty: PenaltyRule
    virtual_accounts: list[VirtualAccount]
    tariff_schedule_from: date


class _ChangeBase(WireModel):
    nik: Annotated[str, Field(min_length=1, max_length=32)]
    birth_date: date
    """Checked against the record before anything else (identity check at the kiosk)."""
    request_id: uuid.UUID | None = None
    """Idempotency key: a retry with the same id returns the first answer."""


class FktpChangeIn(_ChangeBase):
    fktp_code: FktpCode
    reason: FktpReason = "REGULAR"


class ClassChangeIn(_ChangeBase):
    care_class: ClassCode


class ChangeAccepted(WireModel):
    id: int
    kind: ChangeKind
    old_value: str
    new_value: str
    effective_on: date
    members_affected: int
    message_id: str
    message_en: str


class ChangeRecord(WireModel):
    """A change request as an officer sees it in the participant's history."""

    id: int
    kind: ChangeKind
    old_value: str
    new_value: str
    reason: str
    channel: str
    requested_at: datetime
    effective_on: date
    applied: bool


class ChangeRefused(ApiError):
    """409 for a change a rule forbids: the reason, and the first day it would be
    allowed when only time stands in the way."""

    earliest_on: date | None = None
