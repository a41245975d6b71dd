"""PDFs read back with pypdf: the text a person must find is there, the fonts are
embedded, pages are numbered and sized, and data cannot break the markup."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from anjungan.printing import samples
from anjungan.printing.documents import (
    FamilyMember,
    PdfDocument,
    ReceiptCopy,
    ReportSection,
)
from anjungan.printing.pdf import render_pdf, write_pdf
from anjungan.printing.pdf_base import PageSize

A4_WIDTH, A5_WIDTH = 595.27, 419.53


def _read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _text(reader: PdfReader) -> str:
    # Normalise whitespace: extraction may break lines where the layout wrapped them.
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _fonts(reader: PdfReader) -> list[Any]:
    fonts = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            fonts.append(ref.get_object())
    return fonts


DOCS: dict[str, PdfDocument] = {
    "registration": samples.registration_receipt(),
    "complaint": samples.complaint_receipt(),
    "status": samples.status_slip(),
    "report": samples.report(),
}


@pytest.mark.parametrize("name", list(DOCS))
def test_every_font_is_embedded_dejavu_and_no_standard_font_is_used(name: str) -> None:
    fonts = _fonts(_read(render_pdf(DOCS[name])))
    assert fonts
    for font in fonts:
        assert "DejaVuSans" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"]  # the TrueType program itself


@pytest.mark.parametrize(
    ("name", "size", "width"),
    [
        ("registration", PageSize.A4, A4_WIDTH),
        ("report", PageSize.A4, A4_WIDTH),
        ("complaint", PageSize.A5, A5_WIDTH),
        ("status", PageSize.A5, A5_WIDTH),
    ],
)
def test_default_page_sizes(name: str, size: PageSize, width: float) -> None:
    page = _read(render_pdf(DOCS[name])).pages[0]
    assert float(page.mediabox.width) == pytest.approx(width, abs=0.5)
    assert size.points[0] == pytest.approx(width, abs=0.5)


def test_page_size_can_be_chosen() -> None:
    page = _read(render_pdf(samples.complaint_receipt(), PageSize.A4)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(A4_WIDTH, abs=0.5)


def test_complaint_receipt_has_reference_due_date_channel_and_office() -> None:
    text = _text(_read(render_pdf(samples.complaint_receipt())))
    assert "PGD-BKS-20261123-0042" in text
    assert "Jawaban paling lambat: Kamis, 26 November 2026" in text
    assert "Anjungan mandiri (AMAN JKN)" in text
    assert "Mal Pelayanan Publik Kota Bekasi" in text
    assert "Halaman 1 dari 1" in text


def test_participant_copy_shows_masked_family_and_officer_copy_full_names() -> None:
    participant = _text(_read(render_pdf(samples.registration_receipt(ReceiptCopy.PARTICIPANT))))
    officer = _text(_read(render_pdf(samples.registration_receipt(ReceiptCopy.OFFICER))))
    assert "SU****** RA*****" in participant
    assert "Suparman Raharjo" not in participant
    assert "3275011203800007" not in participant
    assert "Suparman Raharjo" in officer
    assert "3275011203800007" in officer
    assert "Lembar untuk petugas (arsip)" in officer
    for text in (participant, officer):
        assert "REG-BKS-20261123-0007" in text
        assert "Rina Kusumawati" in text  # the officer
        assert "Senin, 7 Desember 2026" in text  # first payment: 14 days after 23 Nov
        assert "Rabu, 23 Desember 2026" in text  # ... at the latest 30 days after
        assert "Rp300.000 (3 orang)" in text


def test_status_slip_pdf_lists_status_segment_class_and_fktp() -> None:
    text = _text(_read(render_pdf(samples.status_slip())))
    for expected in ("AKTIF", "PBPU / Peserta Mandiri", "Kelas II", "0138U020", "327501********07"):
        assert expected in text


def test_long_report_numbers_every_page_out_of_the_total() -> None:
    rows = tuple((f"Loket {n}", n * 10) for n in range(1, 121))
    section = ReportSection("Tiket per loket", ("Loket", "Jumlah"), rows)
    report = replace(samples.report(), sections=(*samples.report().sections, section))
    reader = _read(render_pdf(report))
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        assert f"Halaman {number} dari {total}" in (page.extract_text() or "")
        assert "Mal Pelayanan Publik Kota Bekasi" in (page.extract_text() or "")
    text = _text(reader)
    assert "Loket 120" in text
    assert "1.200" in text  # counts with a thousands dot


def test_report_shows_period_and_section_figures() -> None:
    text = _text(_read(render_pdf(samples.report())))
    assert "Periode 1 November 2026 \u2013 30 November 2026" in text
    assert "Pendaftaran peserta baru" in text
    assert "655" in text
    assert "Tiket per layanan" in text  # the chart's title


def test_markup_characters_in_data_print_as_typed() -> None:
    receipt = replace(
        samples.registration_receipt(ReceiptCopy.OFFICER),
        officer_name="Ani <b>&amp; Budi",
        members=(FamilyMember("Siti & Sons <i>", "3275015507840003", "Istri"),),
    )
    text = _text(_read(render_pdf(receipt)))
    assert "Ani <b>&amp; Budi" in text
    assert "Siti & Sons <i>" in text


def test_same_document_gives_the_same_bytes(tmp_path: Path) -> None:
    path = write_pdf(samples.complaint_receipt(), tmp_path / "pengaduan.pdf")
    assert path.read_bytes() == render_pdf(samples.complaint_receipt())
    other = replace(samples.complaint_receipt(), sla_due=date(2026, 11, 27))
    assert render_pdf(other) != path.read_bytes()


def _report_with(section: ReportSection) -> PdfDocument:
    return replace(samples.report(), sections=(section,))


def test_a_wide_report_table_breaks_its_headers_between_words_only() -> None:
    columns = (
        "Layanan",
        "Tiket",
        "Dilayani",
        "Tidak hadir",
        "Median tunggu",
        "P90 tunggu",
        "Median layanan",
        "P90 layanan",
    )
    row = ("Penambahan/Pengurangan Anggota Keluarga", 762, 686, 54, "30,6", "54,5", "14,6", "22,9")
    reader = _read(render_pdf(_report_with(ReportSection("Tiket per layanan", columns, (row,)))))
    # Extraction puts a wrapped cell's lines apart; a word cut in two ("Dilaya" / "ni")
    # is then missing whole.
    words = set(" ".join(page.extract_text() or "" for page in reader.pages).split())
    for column in columns:
        assert set(column.split()) <= words, column
    assert "Penambahan/Pengurangan" in words


def test_a_long_one_column_list_is_set_in_columns_on_one_page() -> None:
    references = tuple((f"PGD-{n:08d}",) for n in range(1, 61))
    section = ReportSection("Pengaduan lewat batas waktu", ("Nomor pengaduan",), references)
    reader = _read(render_pdf(_report_with(section)))
    assert len(reader.pages) == 1  # 60 rows, one a line, would need three A4 pages
    text = _text(reader)
    assert all(ref in text for (ref,) in references)
