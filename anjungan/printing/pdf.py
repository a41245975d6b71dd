"""PDF documents on A4/A5 with reportlab: registration receipt, complaint receipt, status
slip and the generic report.

`render_pdf(doc)` returns the bytes, `write_pdf(doc, path)` writes them. The page size
defaults per document (receipts that a participant takes home on A5, the registration
receipt with its family table and signatures and reports on A4) and can be chosen. Every
value from a document is escaped before it reaches reportlab's paragraph markup, so a
name like "Siti & Co <x>" prints as typed. The shared frame (fonts embedded, header with
the office, "Halaman X dari Y") is `pdf_base`; the charts under report tables are
`pdf_charts`. Must not open a printer.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from anjungan.core.domain.money import format_rupiah
from anjungan.printing.documents import (
    ComplaintReceipt,
    PdfDocument,
    RegistrationReceipt,
    Report,
    ReportSection,
    StatusSlip,
)
from anjungan.printing.idtext import (
    format_count,
    format_date,
    format_date_long,
    format_datetime,
)
from anjungan.printing.pdf_base import (
    BRAND,
    FONT,
    GRID,
    LIGHT,
    PageSize,
    build_pdf,
    styles,
)
from anjungan.printing.pdf_charts import chart

DEFAULT_PAGE: dict[type, PageSize] = {
    RegistrationReceipt: PageSize.A4,
    Report: PageSize.A4,
    ComplaintReceipt: PageSize.A5,
    StatusSlip: PageSize.A5,
}


def render_pdf(doc: PdfDocument, page: PageSize | None = None) -> bytes:
    """The PDF of ``doc`` on ``page`` (default: A4 for registration and reports, else A5).

    Safe to call from several threads: calls are serialised, because reportlab keeps
    process-wide state (font registry, caches) that it does not promise to guard.
    """
    with _building:
        return _render(_encodable(doc), page)


def _encodable(value: Any) -> Any:
    """``value`` (a document, its parts, its texts) with every lone surrogate (a broken
    paste, which UTF-8 cannot encode and reportlab fails on) printed as ``?``."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, tuple):
        return tuple(_encodable(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [f for f in dataclasses.fields(value) if f.init]
        return dataclasses.replace(
            value, **{f.name: _encodable(getattr(value, f.name)) for f in fields}
        )
    return value


_building = threading.Lock()


def _render(doc: PdfDocument, page: PageSize | None) -> bytes:
    size = page or DEFAULT_PAGE[type(doc)]
    st = styles(size)
    width = size.points[0] - 2 * (15 * mm if size is PageSize.A4 else 10 * mm)
    if isinstance(doc, RegistrationReceipt):
        story, title = _registration(doc, st, width), "Tanda Terima Pendaftaran"
        footer = f"Ref. {doc.provisional_reference} - {doc.copy.value}"
    elif isinstance(doc, ComplaintReceipt):
        story, title = _complaint(doc, st, width), "Tanda Terima Pengaduan"
        footer = f"Pengaduan {doc.reference}"
    elif isinstance(doc, StatusSlip):
        story, title = _status(doc, st, width), "Status Kepesertaan JKN"
        footer = f"Dicetak {format_datetime(doc.printed_at)}"
    else:
        period = f"{format_date(doc.period_start)} \u2013 {format_date(doc.period_end)}"
        story, title = _report(doc, st, width), f"{doc.title}, {period}"
        footer = f"Dibuat {format_datetime(doc.generated_at)}"
    return build_pdf(story, page=size, office=doc.office_name, title=title, footer=footer)


def write_pdf(doc: PdfDocument, path: Path, page: PageSize | None = None) -> Path:
    path.write_bytes(render_pdf(doc, page))
    return path


Sheet = dict[str, ParagraphStyle]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _fields(rows: Iterable[tuple[str, str]], st: Sheet, width: float) -> Table:
    data = [[_p(label, st["body"]), _p(value, st["cell_bold"])] for label, value in rows]
    table = Table(data, colWidths=[width * 0.36, width * 0.64])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    st: Sheet,
    widths: Sequence[float],
    numeric: Sequence[int] = (),
) -> Table:
    def style(col: int, head: bool) -> ParagraphStyle:
        if col in numeric:
            return st["head_right"] if head else st["cell_right"]
        return st["cell_bold"] if head else st["cell"]

    data = [[_p(h, style(col, True)) for col, h in enumerate(header)]]
    data += [[_p(cell, style(col, False)) for col, cell in enumerate(row)] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _box(text: str, st: Sheet, width: float) -> Table:
    table = Table([[_p(text, st["cell_bold"])]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("BOX", (0, 0), (-1, -1), 1, BRAND),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _numbered(steps: Sequence[str], st: Sheet) -> list[Flowable]:
    return [_p(f"{n}. {step}", st["body"]) for n, step in enumerate(steps, start=1)]


def _registration(doc: RegistrationReceipt, st: Sheet, width: float) -> list[Flowable]:
    people = len(doc.members)
    fields = [
        ("Nomor referensi sementara", doc.provisional_reference),
        ("Tanggal pendaftaran", format_date_long(doc.registered_on)),
        ("Kantor", doc.office_name),
        ("Petugas", doc.officer_name),
        ("Segmen peserta", doc.segment),
        ("Kelas rawat", doc.care_class),
    ]
    if doc.monthly_amount is not None:
        fields.append(("Iuran per bulan", f"{format_rupiah(doc.monthly_amount)} ({people} orang)"))
    members = [
        (str(n), m.name, m.identifier, m.relationship) for n, m in enumerate(doc.members, start=1)
    ]
    story: list[Flowable] = [
        _p("TANDA TERIMA PENDAFTARAN PESERTA JKN", st["title"]),
        _p(doc.copy.value, st["subtitle"]),
        Spacer(1, 4 * mm),
        _fields(fields, st, width),
        _p("Anggota keluarga yang didaftarkan", st["heading"]),
        _grid(
            ("No", "Nama", "NIK", "Hubungan keluarga"),
            members,
            st,
            (width * 0.07, width * 0.38, width * 0.30, width * 0.25),
        ),
        _p("Dokumen yang diperiksa", st["heading"]),
        *[_p(f"\u2713 {item}", st["body"]) for item in doc.documents_checked],
    ]
    if doc.first_payment_from is not None and doc.first_payment_until is not None:
        story += [
            _p("Pembayaran iuran pertama", st["heading"]),
            _box(
                f"Paling cepat {format_date_long(doc.first_payment_from)}, paling lambat "
                f"{format_date_long(doc.first_payment_until)}.",
                st,
                width,
            ),
        ]
    story += [
        _p("Langkah selanjutnya", st["heading"]),
        *_numbered(doc.next_steps, st),
        Spacer(1, 10 * mm),
    ]
    signatures = Table(
        [
            [_p("Petugas,", st["body"]), _p("Peserta / kepala keluarga,", st["body"])],
            [Spacer(1, 16 * mm), Spacer(1, 16 * mm)],
            [
                _p(doc.officer_name, st["cell_bold"]),
                _p("(....................................)", st["body"]),
            ],
        ],
        colWidths=[width / 2, width / 2],
        style=TableStyle([("FONT", (0, 0), (-1, -1), FONT)]),
    )
    story.append(KeepTogether([signatures]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        _p(
            "Nomor referensi ini sementara. Nomor kartu JKN diberikan setelah data "
            "diverifikasi. Layanan pendaftaran tidak dipungut biaya.",
            st["small"],
        )
    )
    return story


def _complaint(doc: ComplaintReceipt, st: Sheet, width: float) -> list[Flowable]:
    fields = [("Nama", doc.masked_name)] if doc.masked_name else []
    fields += [
        ("Diterima", format_datetime(doc.received_at)),
        ("Kanal", doc.channel),
        ("Kategori", doc.category),
        ("Kantor", doc.office_name),
    ]
    return [
        _p("TANDA TERIMA PENGADUAN", st["title"]),
        _p("Nomor pengaduan", st["subtitle"]),
        _p(doc.reference, st["big"]),
        Spacer(1, 4 * mm),
        _fields(fields, st, width),
        Spacer(1, 4 * mm),
        _box(f"Jawaban paling lambat: {format_date_long(doc.sla_due)}", st, width),
        _p("Langkah selanjutnya", st["heading"]),
        *_numbered(doc.next_steps, st),
        Spacer(1, 4 * mm),
        _p(
            "Simpan tanda terima ini. Sebutkan nomor pengaduan saat menanyakan "
            "perkembangannya di kantor atau melalui Care Center 165.",
            st["small"],
        ),
    ]


def _status(doc: StatusSlip, st: Sheet, width: float) -> list[Flowable]:
    fields = [
        ("Nama", doc.masked_name),
        ("NIK / Nomor kartu", doc.masked_identifier),
        ("Status", doc.status_text),
        ("Segmen", doc.segment),
        ("Kelas rawat", doc.care_class),
        ("FKTP", doc.fktp),
    ]
    story: list[Flowable] = [
        _p("STATUS KEPESERTAAN JKN", st["title"]),
        _p(f"Dicetak {format_datetime(doc.printed_at)}", st["subtitle"]),
        Spacer(1, 4 * mm),
        _fields(fields, st, width),
    ]
    if doc.notes:
        story.append(Spacer(1, 3 * mm))
        story += [_p(note, st["body"]) for note in doc.notes]
    story += [
        Spacer(1, 4 * mm),
        _p("Data sesuai sistem BPJS Kesehatan pada saat dicetak.", st["small"]),
    ]
    return story


def _cell(value: str | int) -> str:
    return format_count(value) if isinstance(value, int) else value


def _report(doc: Report, st: Sheet, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        _p(doc.title.upper(), st["title"]),
        _p(
            f"Periode {format_date(doc.period_start)} \u2013 {format_date(doc.period_end)}",
            st["subtitle"],
        ),
        _p(doc.office_name, st["subtitle"]),
    ]
    for section in doc.sections:
        story += _section(section, st, width)
    return story


def _section(section: ReportSection, st: Sheet, width: float) -> list[Flowable]:
    numeric = [
        col
        for col in range(len(section.columns))
        if section.rows and all(isinstance(row[col], int) for row in section.rows)
    ]
    # Many numeric columns need the room more than the label column does.
    share = 0.45 if len(section.columns) <= 3 else 0.28
    first = width * share if len(section.columns) > 1 else width
    rest = (width - first) / max(1, len(section.columns) - 1)
    widths = [first] + [rest] * (len(section.columns) - 1)
    rows = [[_cell(value) for value in row] for row in section.rows]
    parts: list[Flowable] = [
        _p(section.heading, st["heading"]),
        _grid(section.columns, rows, st, widths, numeric),
    ]
    if section.note:
        parts += [Spacer(1, 2 * mm), _p(section.note, st["small"])]
    if section.chart is not None:
        parts += [Spacer(1, 4 * mm), chart(section.chart, width)]
    return [KeepTogether(parts)]
