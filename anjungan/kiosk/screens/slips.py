"""The printed documents of the kiosk, built from what the server answered.

Owns the translation of `core.wire` answers into `printing.documents`: the queue ticket
(`queue_ticket`), the status slip (`status_slip`), the bill slip (a status slip whose
notes are the bill's figures, `bill_slip`) and the VA slip (`va_slip`). Printed text is
Bahasa Indonesia whatever the screen's language (the participant's copy, as
`printing.documents` says), and only masked identity: the server sends nothing else to a
kiosk. Pure functions: the caller gives the office name and the time.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from anjungan.core.domain.money import format_rupiah
from anjungan.core.wire.participants import FamilyBill, ParticipantPublic
from anjungan.core.wire.queue import IssuedTicket
from anjungan.printing import idtext
from anjungan.printing.documents import QueueTicket, StatusSlip, VaSlip, VirtualAccount

HOW_TO_PAY_ID = (
    "ATM: pilih Bayar/Beli, lalu BPJS Kesehatan; masukkan nomor VA bank Anda.",
    "Mobile/internet banking: menu Bayar, BPJS Kesehatan, nomor VA.",
    "Teller bank, kantor pos, minimarket atau aplikasi Mobile JKN: sebutkan nomor VA.",
    "Bayar paling lambat tanggal 10 setiap bulan.",
)


def _month(year_month: str) -> str:
    year, month = (int(part) for part in year_month.split("-"))
    return f"{idtext.MONTHS[month - 1]} {year}"


def status_text(person: ParticipantPublic) -> str:
    if person.status.active:
        return "AKTIF"
    return "NONAKTIF" + (" (menunggak)" if person.status.months_in_arrears else "")


def _fktp(person: ParticipantPublic) -> str:
    name = person.fktp.name
    return f"{name} ({person.fktp.code})" if name else person.fktp.code


def status_slip(person: ParticipantPublic, office_name: str, now: datetime) -> StatusSlip:
    notes = [person.status.message_id]
    if person.status.warning_id:
        notes.append(person.status.warning_id)
    if not person.status.active:
        notes.append("Info lebih lanjut: loket BPJS Kesehatan atau Care Center 165.")
    return StatusSlip(
        office_name=office_name,
        masked_name=person.masked_name,
        masked_identifier=person.masked_nik,
        status_text=status_text(person),
        segment=person.segment.label_id,
        care_class=person.care_class.label_id,
        fktp=_fktp(person),
        printed_at=now,
        notes=tuple(notes),
    )


def bill_notes(bill: FamilyBill) -> tuple[str, ...]:
    notes = [
        f"Iuran keluarga per bulan ({bill.people} orang): {format_rupiah(bill.monthly_iuran)}",
        f"Dibayar sampai: {_month(bill.paid_through)}",
    ]
    if bill.self_paid and bill.monthly_payable != bill.monthly_iuran:
        notes.append(f"Yang Anda bayar per bulan: {format_rupiah(bill.monthly_payable)}")
    if bill.months_in_arrears:
        notes.append(f"Tunggakan: {bill.months_in_arrears} bulan")
        if bill.months_counted != bill.months_in_arrears:
            notes.append(f"Dihitung untuk aktif kembali: {bill.months_counted} bulan")
    if bill.amount_owed:
        notes.append(f"Jumlah tagihan: {format_rupiah(bill.amount_owed)}")
    if bill.reactivation_amount is not None:
        notes.append(f"Bayar untuk aktif kembali: {format_rupiah(bill.reactivation_amount)}")
    notes.append(f"Jatuh tempo: {idtext.format_date(bill.due_date)}")
    if bill.suspended:
        notes.append(
            f"Denda pelayanan {int(bill.penalty.rate * 100)}% dari biaya rawat inap x bulan "
            f"tunggakan (paling banyak {bill.penalty.max_months} bulan, maksimal "
            f"{format_rupiah(bill.penalty.cap)}) bila dirawat inap dalam "
            f"{bill.penalty.window_days} hari setelah aktif kembali."
        )
    for account in bill.virtual_accounts:
        notes.append(f"VA {account.bank}: {account.number}")
    return tuple(notes)


def bill_slip(
    person: ParticipantPublic, bill: FamilyBill, office_name: str, now: datetime
) -> StatusSlip:
    return StatusSlip(
        office_name=office_name,
        masked_name=person.masked_name,
        masked_identifier=person.masked_nik,
        status_text=status_text(person),
        segment=bill.segment.label_id,
        care_class=bill.care_class.label_id,
        fktp=_fktp(person),
        printed_at=now,
        notes=bill_notes(bill),
    )


def amount_to_pay(bill: FamilyBill) -> tuple[int, str]:
    """(amount, what it is) for a VA slip: reactivation, what is owed, or next month."""
    if bill.reactivation_amount is not None:
        return bill.reactivation_amount, "Bayar untuk aktif kembali"
    if bill.amount_owed:
        return bill.amount_owed, "Jumlah tagihan saat ini"
    return bill.monthly_payable, f"Iuran per bulan ({bill.people} orang)"


def va_slip(person: ParticipantPublic, bill: FamilyBill, office_name: str, now: datetime) -> VaSlip:
    amount, what = amount_to_pay(bill)
    return VaSlip(
        office_name=office_name,
        family_label=f"Keluarga {bill.masked_head_name}",
        masked_card=person.masked_card_number,
        accounts=tuple(VirtualAccount(va.bank, va.number) for va in bill.virtual_accounts),
        amount=amount,
        amount_label=what,
        how_to_pay=HOW_TO_PAY_ID,
        printed_at=now,
    )


def queue_ticket(ticket: IssuedTicket, office_name: str, local: tzinfo) -> QueueTicket:
    """The ticket with its time in the kiosk's zone (the server answers in UTC)."""
    priority = ticket.priority
    return QueueTicket(
        office_name=office_name,
        service_name=ticket.service_name_id,
        label=ticket.label,
        issued_at=ticket.issued_at.astimezone(local),
        people_ahead=ticket.people_ahead,
        estimated_wait_minutes=ticket.estimated_wait_minutes,
        priority_label=priority.label_id if priority.is_priority else None,
        qr_payload=ticket.qr_payload,
    )
