"""What goes on a receipt roll, top to bottom, for each thermal document.

`thermal_layout(doc)` turns a document into a sequence of blocks (logo, text, the big
ticket number, label/value pairs, rules, QR, feed). The ESC/POS renderer and the PNG
preview both draw these same blocks, so what the kiosk shows on screen is what the
printer prints. `Paper` describes the two roll widths: 58 mm (384 dots, 32 columns of
font A, 12x24 dots) and 80 mm (576 dots, 48 columns). Owns wording and order; must not
know about bytes, pixels or printers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from anjungan.core.domain.money import format_rupiah
from anjungan.printing.documents import (
    ComplaintReceipt,
    QueueTicket,
    StatusSlip,
    ThermalDocument,
    VaSlip,
)
from anjungan.printing.idtext import (
    format_date_long,
    format_datetime,
    format_minutes,
    format_time,
)
from anjungan.printing.thermal_text import wrap


@dataclass(frozen=True)
class Paper:
    name: str
    dots: int
    """Printable width in dots (203 dpi heads)."""
    columns: int
    """Characters per line in font A (12 dots wide)."""
    big_scale: int
    """Largest character magnification (GS !) used for the ticket number."""


PAPER_58 = Paper("58", dots=384, columns=32, big_scale=5)
PAPER_80 = Paper("80", dots=576, columns=48, big_scale=7)
PAPERS = {"58": PAPER_58, "80": PAPER_80}

FONT_A_WIDTH = 12
FONT_A_HEIGHT = 24
LINE_HEIGHT = 30
"""Dots per text line at the default line spacing (ESC 2: 1/6 inch at 180 dpi units)."""


class Align(Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class Logo:
    """The office logo, centred."""


@dataclass(frozen=True)
class Text:
    text: str
    align: Align = Align.LEFT
    bold: bool = False
    double: bool = False
    """Double width and height (half the columns) when the text fits one such line."""
    hanging: int = 0
    """Indent of the lines after the first (numbered steps)."""


@dataclass(frozen=True)
class BigNumber:
    """The ticket number, as large as the paper allows."""

    text: str


@dataclass(frozen=True)
class Pair:
    """``Label        value`` on one line, or the label with the value below when long."""

    label: str
    value: str
    bold_value: bool = False


@dataclass(frozen=True)
class Rule:
    """A full-width dashed line."""


@dataclass(frozen=True)
class Qr:
    payload: str


@dataclass(frozen=True)
class Feed:
    lines: int = 1


Block = Logo | Text | BigNumber | Pair | Rule | Qr | Feed


def text_scale(block: Text, cleaned: str, paper: Paper) -> int:
    """2 for a double-size text that fits on one double-size line, else 1: a reference
    number broken over two big lines is harder to read than one normal bold line."""
    return 2 if block.double and len(cleaned) <= paper.columns // 2 else 1


def text_lines(block: Text, cleaned: str, paper: Paper) -> list[str]:
    """The printed lines of a `Text` whose text is already cleaned."""
    return wrap(cleaned, paper.columns // text_scale(block, cleaned, paper), hanging=block.hanging)


def big_scale(label: str, paper: Paper) -> int:
    """Magnification of the ticket number: as big as fits, at most ``paper.big_scale``."""
    return max(1, min(paper.big_scale, paper.columns // max(1, len(label))))


def pair_rows(label: str, value: str, columns: int) -> list[tuple[str, str]]:
    """Rows of ``(plain part, value part)`` for a `Pair` whose texts are already cleaned.

    One row ``("Status" + padding, "AKTIF")`` with the value flush right when both fit;
    otherwise the label on its own row(s) and the value below, indented by two columns.
    """
    if len(label) + 1 + len(value) <= columns:
        return [(label + " " * (columns - len(label) - len(value)), value)]
    rows = [(line, "") for line in wrap(label, columns)]
    rows += [("  ", line) for line in wrap(value, columns - 2)]
    return rows


def thermal_layout(doc: ThermalDocument, *, copy_number: int = 1) -> tuple[Block, ...]:
    """The blocks of ``doc``. ``copy_number`` > 1 marks the paper as a reprint."""
    if isinstance(doc, QueueTicket):
        body = _ticket(doc)
    elif isinstance(doc, StatusSlip):
        body = _status(doc)
    elif isinstance(doc, VaSlip):
        body = _va(doc)
    elif isinstance(doc, ComplaintReceipt):
        body = _complaint(doc)
    else:  # pragma: no cover - the type checker proves this unreachable
        raise TypeError(f"not a thermal document: {type(doc).__name__}")
    if copy_number > 1:
        body.append(Text(f"*** CETAK ULANG ke-{copy_number - 1} ***", Align.CENTER, bold=True))
    return tuple(body)


def _numbered(steps: tuple[str, ...]) -> list[Block]:
    return [Text(f"{n}. {step}", hanging=len(f"{n}. ")) for n, step in enumerate(steps, start=1)]


def format_printed(moment: datetime) -> str:
    """``23/11/2026 09.05 WIB``: short enough for one 58 mm line after "Dicetak"."""
    return f"{moment:%d/%m/%Y} {format_time(moment)}"


def _header(office_name: str, title: str) -> list[Block]:
    return [
        Logo(),
        Text("BPJS Kesehatan", Align.CENTER, bold=True),
        Text(office_name, Align.CENTER),
        Rule(),
        Text(title, Align.CENTER, bold=True),
    ]


def _ticket(doc: QueueTicket) -> list[Block]:
    blocks = _header(doc.office_name, "NOMOR ANTREAN")
    blocks += [BigNumber(doc.label), Text(doc.service_name, Align.CENTER, bold=True)]
    if doc.priority_label:
        blocks.append(Text(f"Prioritas: {doc.priority_label}", Align.CENTER, bold=True))
    blocks += [
        Rule(),
        Text(format_date_long(doc.issued_at.date()), Align.CENTER),
        Text(f"Diambil pukul {format_time(doc.issued_at)}", Align.CENTER),
        Feed(),
        Pair("Antrean di depan Anda", f"{doc.people_ahead} orang"),
        Pair(
            "Perkiraan waktu tunggu",
            "belum tersedia"
            if doc.estimated_wait_minutes is None
            else f"{format_minutes(doc.estimated_wait_minutes)}",
        ),
    ]
    if doc.qr_payload:
        # A blank line under the symbol keeps the quiet zone a scanner needs.
        blocks += [
            Feed(),
            Qr(doc.qr_payload),
            Feed(),
            Text("Pindai untuk memantau antrean", Align.CENTER),
        ]
    blocks += [Rule(), Text(doc.footer, Align.CENTER)]
    return blocks


def _status(doc: StatusSlip) -> list[Block]:
    blocks = _header(doc.office_name, "STATUS KEPESERTAAN JKN")
    blocks += [
        Feed(),
        Pair("Nama", doc.masked_name),
        Pair("NIK/No. Kartu", doc.masked_identifier),
        Pair("Status", doc.status_text, bold_value=True),
        Pair("Segmen", doc.segment),
        Pair("Kelas rawat", doc.care_class),
        Pair("FKTP", doc.fktp),
    ]
    if doc.notes:
        blocks.append(Rule())
        blocks += [Text(note) for note in doc.notes]
    blocks += [
        Rule(),
        Text(f"Dicetak {format_printed(doc.printed_at)}", Align.CENTER),
        Text("Data sesuai sistem BPJS Kesehatan saat dicetak.", Align.CENTER),
    ]
    return blocks


def _va(doc: VaSlip) -> list[Block]:
    blocks = _header(doc.office_name, "VIRTUAL ACCOUNT IURAN JKN")
    blocks += [
        Feed(),
        Pair("Peserta", doc.family_label),
        Pair("No. Kartu", doc.masked_card),
        Rule(),
        Text(doc.amount_label, Align.CENTER),
        Text(format_rupiah(doc.amount), Align.CENTER, bold=True, double=True),
        Rule(),
    ]
    for account in doc.accounts:
        blocks.append(Pair(f"VA {account.bank}", account.number, bold_value=True))
    if doc.how_to_pay:
        blocks += [Rule(), Text("Cara membayar:", bold=True)]
        blocks += _numbered(doc.how_to_pay)
    blocks += [
        Rule(),
        Text("Satu VA untuk seluruh anggota keluarga.", Align.CENTER),
        Text(f"Dicetak {format_printed(doc.printed_at)}", Align.CENTER),
    ]
    return blocks


def _complaint(doc: ComplaintReceipt) -> list[Block]:
    blocks = _header(doc.office_name, "TANDA TERIMA PENGADUAN")
    blocks += [
        Feed(),
        Text("Nomor pengaduan", Align.CENTER),
        Text(doc.reference, Align.CENTER, bold=True, double=True),
        Feed(),
    ]
    if doc.masked_name:
        blocks.append(Pair("Nama", doc.masked_name))
    blocks += [
        Pair("Diterima", format_datetime(doc.received_at)),
        Pair("Kanal", doc.channel),
        Pair("Kategori", doc.category),
        Rule(),
        Text("Jawaban paling lambat", Align.CENTER),
        Text(format_date_long(doc.sla_due), Align.CENTER, bold=True),
        Rule(),
        Text("Langkah selanjutnya:", bold=True),
    ]
    blocks += _numbered(doc.next_steps)
    blocks += [Rule(), Text("Simpan tanda terima ini untuk menanyakan pengaduan Anda.")]
    return blocks
