"""Printable documents as plain, immutable data: queue ticket, status slip, VA slip,
registration receipt, complaint receipt and a generic report.

A document holds text that is ready to print in Bahasa Indonesia (the participant's
copy): masked or full names are chosen by whoever builds it (the kiosk masks, the
officer's copy of a registration may not), labels are already translated and amounts
are whole rupiah (`Rupiah`, shown with `format_rupiah`). It owns no layout, no printer
and no I/O: renderers (`escpos_render`, `pdf`, `png_preview`) decide how it looks.
The checks here refuse data no renderer could print sensibly (negative counts, an empty
ticket number, ragged table rows), never a legal value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from anjungan.core.domain.money import Rupiah

#: Longest QR payload accepted, in UTF-8 bytes. A ticket QR carries a short link or code;
#: a longer one would need a QR version too dense for a 58 mm roll to scan reliably.
QR_PAYLOAD_MAX_BYTES = 300


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise ValueError(what)


@dataclass(frozen=True, kw_only=True)
class QueueTicket:
    """A queue number taken at the kiosk (DOMAIN.md "Queue"; seed 003 "Antrian Elektronik")."""

    office_name: str
    service_name: str
    """Name of the service in Bahasa Indonesia, e.g. "Pendaftaran Peserta Baru"."""
    label: str
    """The ticket number as called, e.g. "A017"."""
    issued_at: datetime
    people_ahead: int
    estimated_wait_minutes: int | None
    """None when there is no estimate yet (first ticket of the day, no history)."""
    priority_label: str | None = None
    """Why the ticket has priority ("Lanjut usia", "Ibu hamil"), None for a normal one."""
    qr_payload: str = ""
    footer: str = (
        "Simpan tiket ini. Bila nomor Anda terlewat, tunjukkan tiket ke petugas. "
        "Layanan BPJS Kesehatan tidak dipungut biaya."
    )

    def __post_init__(self) -> None:
        _require(bool(self.label.strip()), "ticket label is empty")
        _require(self.people_ahead >= 0, "people_ahead is negative")
        _require(
            self.estimated_wait_minutes is None or self.estimated_wait_minutes >= 0,
            "estimated_wait_minutes is negative",
        )
        _require(
            len(self.qr_payload.encode("utf-8")) <= QR_PAYLOAD_MAX_BYTES, "qr_payload too long"
        )

    @property
    def document_id(self) -> str:
        return f"antrean/{self.issued_at:%Y-%m-%d}/{self.label}"


@dataclass(frozen=True, kw_only=True)
class StatusSlip:
    """The result of a status check at the kiosk: who, covered or not, where, which class."""

    office_name: str
    masked_name: str
    masked_identifier: str
    """Masked NIK or card number (``317101********01``)."""
    status_text: str
    """"AKTIF", "NONAKTIF (menunggak)", ... as BPJS reports it."""
    segment: str
    care_class: str
    fktp: str
    printed_at: datetime
    notes: tuple[str, ...] = ()
    """Extra lines such as the arrears amount or what to do when not active."""

    @property
    def document_id(self) -> str:
        return f"status/{self.masked_identifier}/{self.printed_at:%Y-%m-%dT%H:%M:%S}"


@dataclass(frozen=True)
class VirtualAccount:
    bank: str
    number: str


@dataclass(frozen=True, kw_only=True)
class VaSlip:
    """The family's virtual accounts and the amount to pay (DOMAIN.md "Identity": one VA
    per family, bank prefix + last 11 digits of the card number)."""

    office_name: str
    family_label: str
    """Who pays, masked: "Keluarga SU****** RA*****"."""
    masked_card: str
    accounts: tuple[VirtualAccount, ...]
    amount: Rupiah
    amount_label: str = "Jumlah yang harus dibayar"
    how_to_pay: tuple[str, ...] = ()
    printed_at: datetime

    def __post_init__(self) -> None:
        _require(bool(self.accounts), "a VA slip needs at least one account")
        _require(self.amount >= 0, "amount is negative")

    @property
    def document_id(self) -> str:
        return f"va/{self.masked_card}/{self.printed_at:%Y-%m-%dT%H:%M:%S}"


class ReceiptCopy(Enum):
    """Which copy of a two-part receipt: masked data for the participant, full for the file."""

    PARTICIPANT = "Lembar untuk peserta"
    OFFICER = "Lembar untuk petugas (arsip)"


@dataclass(frozen=True)
class FamilyMember:
    name: str
    identifier: str
    """NIK, masked on the participant's copy."""
    relationship: str
    """"Kepala keluarga", "Istri", "Anak", ..."""


@dataclass(frozen=True, kw_only=True)
class RegistrationReceipt:
    """Proof that a new PBPU registration was received at the counter (DOMAIN.md
    "New PBPU registration": the whole family on the KK registers together; first payment
    no earlier than 14 and no later than 30 days after registration; seed 004 documents)."""

    provisional_reference: str
    office_name: str
    officer_name: str
    registered_on: date
    members: tuple[FamilyMember, ...]
    segment: str
    care_class: str
    monthly_amount: Rupiah | None = None
    documents_checked: tuple[str, ...]
    first_payment_from: date | None
    first_payment_until: date | None
    """The first-payment window of a mandiri family; None for both when the employer
    pays through payroll (PPU)."""
    next_steps: tuple[str, ...]
    copy: ReceiptCopy = ReceiptCopy.PARTICIPANT

    def __post_init__(self) -> None:
        _require(bool(self.members), "a registration has at least one family member")
        start, end = self.first_payment_from, self.first_payment_until
        _require((start is None) == (end is None), "first payment window is half given")
        _require(
            start is None or end is None or start <= end,
            "first payment window ends before it starts",
        )

    @property
    def document_id(self) -> str:
        return f"registrasi/{self.provisional_reference}/{self.copy.name.lower()}"


@dataclass(frozen=True, kw_only=True)
class ComplaintReceipt:
    """Tanda terima pengaduan: the participant's proof and the promised answer date
    (seed 000: SLA in working days by channel)."""

    reference: str
    office_name: str
    channel: str
    category: str
    received_at: datetime
    sla_due: date
    next_steps: tuple[str, ...]
    masked_name: str | None = None

    @property
    def document_id(self) -> str:
        return f"pengaduan/{self.reference}"


class ChartKind(Enum):
    """How a chart is drawn: horizontal bars (default), columns, a line or a pie."""

    BAR = "bar"
    COLUMN = "column"
    LINE = "line"
    PIE = "pie"


@dataclass(frozen=True)
class ChartData:
    """A chart of one series, drawn under its table (PDF only)."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    kind: ChartKind = ChartKind.BAR
    reference: float | None = None
    """A value drawn as a dashed line (e.g. the 30-minute waiting standard); line/column."""
    decimals: int = 2
    """Decimals of a value that is not whole, as its table prints it (NRR 3,20; 28,6 min)."""

    def __post_init__(self) -> None:
        _require(len(self.labels) == len(self.values), "chart labels and values differ in count")
        _require(0 <= self.decimals <= 4, "chart decimals must be 0 to 4")


Cell = str | int


@dataclass(frozen=True)
class ReportSection:
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: ChartData | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _require(bool(self.columns), "a report table needs columns")
        for row in self.rows:
            _require(len(row) == len(self.columns), "a report row has the wrong number of cells")


@dataclass(frozen=True, kw_only=True)
class Report:
    """A periodic report (queue, complaints, registrations) for an office."""

    title: str
    office_name: str
    period_start: date
    period_end: date
    generated_at: datetime
    sections: tuple[ReportSection, ...]

    def __post_init__(self) -> None:
        _require(self.period_start <= self.period_end, "report period ends before it starts")

    @property
    def document_id(self) -> str:
        return f"laporan/{self.title}/{self.period_start}/{self.period_end}"


ThermalDocument = QueueTicket | StatusSlip | VaSlip | ComplaintReceipt
"""Documents that fit a receipt roll."""

PdfDocument = RegistrationReceipt | ComplaintReceipt | StatusSlip | Report
"""Documents printed on A4/A5 paper."""

Document = QueueTicket | StatusSlip | VaSlip | RegistrationReceipt | ComplaintReceipt | Report
