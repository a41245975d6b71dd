"""Registering a new participant family at the counter: the save and the receipt.

Owns `register_participant` (validate, then write the registration, its members and its
outbox row in one unit of work, or write nothing and raise `FormInvalid` with every
error) and the receipt the officer hands over: a provisional reference derived from the
record's uuid and the first-payment window, 14 to 30 days after registration (DOMAIN.md
"New PBPU registration"). The form lives in `registration_form.py` and its checks in
`registration_checks.py`; both are re-exported here, so a screen imports one module.
Must not import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from anjungan.core.domain.contact import parse_phone
from anjungan.core.domain.digit_input import strip_separators
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import parse_kk, parse_nik
from anjungan.core.domain.regions import region_path
from anjungan.core.domain.registration import first_payment_window
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.services.forms import Desk, raise_if_any
from anjungan.core.services.registration_checks import (
    ACCOUNT_DIGITS,
    STREET_MAX_LENGTH,
    validate_registration,
)
from anjungan.core.services.registration_form import (
    COUNTER_SEGMENTS,
    AddressEntry,
    AutodebitEntry,
    FamilyRole,
    MemberEntry,
    RegistrationForm,
)
from anjungan.core.store.models import Registration, RegistrationMember
from anjungan.core.store.uow import UnitOfWork

__all__ = [
    "ACCOUNT_DIGITS",
    "COUNTER_SEGMENTS",
    "STREET_MAX_LENGTH",
    "AddressEntry",
    "AutodebitEntry",
    "FamilyRole",
    "MemberEntry",
    "RegistrationForm",
    "RegistrationReceipt",
    "address_line",
    "provisional_reference",
    "register_participant",
    "registration_receipt",
    "validate_registration",
]

_CLASS_NUMBER = {CareClass.I: 1, CareClass.II: 2, CareClass.III: 3}


def register_participant(
    uow: UnitOfWork,
    form: RegistrationForm,
    *,
    today: date,
    desk: Desk,
    book: TariffBook | None = None,
) -> Registration:
    """Validate ``form``; then write the family, its members and one outbox row, together.

    Raises `FormInvalid` with every error, having written nothing, when the form is not
    valid. ``uow`` must not be open: this use case owns its transaction.
    """
    raise_if_any(validate_registration(form, today, book=book))
    record = _record(form, today, desk)
    with uow:
        uow.add_record(record, payload=_payload(record, form))
        uow.commit()
    return record


def _record(form: RegistrationForm, today: date, desk: Desk) -> Registration:
    # Only called on a valid form: every parse below has already succeeded once.
    assert form.segment is not None and form.care_class is not None
    fktp = form.fktp_code.strip().upper()
    members = []
    for position, member in enumerate(form.members, start=1):
        info = parse_nik(member.nik, today)
        assert member.relationship is not None
        members.append(
            RegistrationMember(
                position=position,
                nik=info.nik,
                name=normalize_name(member.name),
                sex=info.sex.value,
                birth_date=info.birth_date,
                family_role=member.relationship.value,
                fktp_code=fktp,
            )
        )
    mandiri = form.segment.is_mandiri
    debit = form.autodebit
    return Registration(
        kk_number=parse_kk(form.kk_number).kk,
        segment=form.segment.value,
        care_class=_CLASS_NUMBER[form.care_class],
        fktp_code=fktp,
        address=address_line(form.address),
        phone=parse_phone(form.phone).e164,
        bank_code=debit.bank.strip().upper() if mandiri else None,
        bank_account_number=strip_separators(debit.account_number) if mandiri else None,
        bank_account_holder=normalize_name(debit.holder) if mandiri else None,
        officer_id=desk.officer_id,
        office_code=desk.office_code,
        members=members,
    )


def _payload(record: Registration, form: RegistrationForm) -> dict[str, Any]:
    """The record's columns plus what the local table has no column for yet."""
    payload = record.to_payload()
    payload["form_extra"] = {
        "region_code": form.address.kecamatan_code,
        "documents": sorted(doc.value for doc in form.documents),
        "kk_member_count": form.kk_member_count,
        "students": [i + 1 for i, m in enumerate(form.members) if m.studying],
    }
    return payload


def address_line(address: AddressEntry) -> str:
    """``Jl. Merdeka 1, Gambir, Kota Jakarta Pusat, DKI Jakarta`` (street, then regions)."""
    street = " ".join(address.street.split())
    path = region_path(address.kecamatan_code)
    return f"{street}, {path.label()}" if path is not None else street


@dataclass(frozen=True)
class RegistrationReceipt:
    """What the officer tells the family before the server assigns card numbers."""

    reference: str
    record_uuid: UUID
    registered_on: date
    segment: Segment
    member_count: int
    first_payment: tuple[date, date] | None  # PBPU/BP only; PPU pays through payroll


def provisional_reference(record_uuid: UUID) -> str:
    """``REG-3F2A-91C0``: the first 8 hex digits of the record's uuid, read aloud easily.

    It identifies the registration at this office until the server's answer arrives;
    the uuid itself stays the key that makes a repeated push harmless.
    """
    head = record_uuid.hex[:8].upper()
    return f"REG-{head[:4]}-{head[4:]}"


def registration_receipt(
    record: Registration, *, registered_on: date, book: TariffBook | None = None
) -> RegistrationReceipt:
    segment = Segment(record.segment)
    window = first_payment_window(registered_on, book=book) if segment.is_mandiri else None
    return RegistrationReceipt(
        reference=provisional_reference(record.uuid),
        record_uuid=record.uuid,
        registered_on=registered_on,
        segment=segment,
        member_count=len(record.members),
        first_payment=window,
    )
