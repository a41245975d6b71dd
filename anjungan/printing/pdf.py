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
import math
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
    padding: float = 6,
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
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
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


_PADDING, _TIGHT_PADDING = 6.0, 4.0
"""Left and right padding of a report table's cells; tables of many columns are set
tighter, so that their headers need not break inside a word."""
_TIGHT_FROM = 5
_LIST_COLUMNS = 4
_LIST_MIN_ROWS = 12


def _column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    st: Sheet,
    width: float,
    padding: float = _PADDING,
) -> list[float]:
    """Widths that share ``width`` among the columns like a browser's automatic table
    layout: each column gets at least its longest word (header or cell), so no word is
    broken in the middle ("Dilaya|ni"). When every column fits on one line, the room
    left is shared equally; otherwise the columns that would wrap share it in proportion
    to what they lack."""
    head, cell = st["cell_bold"], st["cell"]

    def wide(text: str, style: ParagraphStyle) -> float:
        # Both paddings, and a point so that a word that just fits is not broken.
        return stringWidth(text, style.fontName, style.fontSize) + 2 * padding + 1

    least, most = [], []
    for col, title in enumerate(header):
        cells = [row[col] for row in rows]
        words = [(w, head) for w in title.split()] + [(w, cell) for c in cells for w in c.split()]
        least.append(max((wide(w, style) for w, style in words), default=2 * padding))
        most.append(max([wide(title, head), *(wide(c, cell) for c in cells)]))
    small, large = sum(least), sum(most)
    if large <= width:
        return [m + (width - large) / len(most) for m in most]
    if small >= width:  # cannot fit without breaking words: shrink every column alike
        return [w * width / small for w in least]
    share = (width - small) / (large - small)
    return [lo + (hi - lo) * share for lo, hi in zip(least, most, strict=True)]


def _as_list_columns(
    header: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[tuple[str, ...], list[list[str]]]:
    """A long one-column list (overdue complaint numbers) set in `_LIST_COLUMNS` columns,
    read downwards, so it does not fill pages with one short entry a line."""
    per = math.ceil(len(rows) / _LIST_COLUMNS)
    columns = [rows[start : start + per] for start in range(0, len(rows), per)]
    grid = [[column[i][0] if i < len(column) else "" for column in columns] for i in range(per)]
    return tuple(header) * len(columns), grid


_NUMBER = re.compile(r"-|-?\d{1,3}(\.\d{3})*(,\d+)?")
"""A number as the report writes it (3.000; 28,6; 3,22) or "-" for none."""


def _is_number(value: str | int) -> bool:
    return isinstance(value, int) or _NUMBER.fullmatch(value) is not None


def _section(section: ReportSection, st: Sheet, width: float) -> list[Flowable]:
    rows = [[_cell(value) for value in row] for row in section.rows]
    header: Sequence[str] = section.columns
    # Numbers are set flush right so that their digits line up; the first column names
    # the row (an hour "08" too) unless it is a count.
    numeric = [
        col
        for col in range(len(section.columns))
        if section.rows
        and all(
            isinstance(v, int) if col == 0 else _is_number(v)
            for v in (row[col] for row in section.rows)
        )
    ]
    padding = _TIGHT_PADDING if len(header) >= _TIGHT_FROM else _PADDING
    if len(header) == 1 and len(rows) >= _LIST_MIN_ROWS:
        header, rows = _as_list_columns(header, rows)
        numeric = list(range(len(header))) if numeric else []
        widths = [width / len(header)] * len(header)
    else:
        widths = _column_widths(header, rows, st, width, padding)
    parts: list[Flowable] = [
        _p(section.heading, st["heading"]),
        _grid(header, rows, st, widths, numeric, padding),
    ]
    if section.note:
        parts += [Spacer(1, 2 * mm), _p(section.note, st["small"])]
    if section.chart is not None:
        parts += [Spacer(1, 4 * mm), chart(section.chart, width)]
    return [KeepTogether(parts)]
