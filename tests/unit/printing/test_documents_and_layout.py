"""Documents refuse data no renderer can print; layouts say what each slip must say."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from anjungan.core.clock import WIB
from anjungan.printing import samples
from anjungan.printing.documents import (
    QR_PAYLOAD_MAX_BYTES,
    ChartData,
    ReceiptCopy,
    Report,
    ReportSection,
    VaSlip,
)
from anjungan.printing.idtext import (
    format_count,
    format_date,
    format_date_long,
    format_minutes,
    format_time,
)
from anjungan.printing.layout import (
    PAPER_58,
    PAPER_80,
    BigNumber,
    Pair,
    Qr,
    Text,
    big_scale,
    pair_rows,
    text_scale,
    thermal_layout,
)


def _texts(blocks: tuple[object, ...]) -> list[str]:
    out = []
    for block in blocks:
        if isinstance(block, Text | BigNumber):
            out.append(block.text)
        elif isinstance(block, Pair):
            out.append(f"{block.label}: {block.value}")
    return out


def test_ticket_rejects_an_empty_label_and_negative_counts() -> None:
    ticket = samples.ticket()
    with pytest.raises(ValueError, match="label"):
        replace(ticket, label="  ")
    with pytest.raises(ValueError, match="people_ahead"):
        replace(ticket, people_ahead=-1)
    with pytest.raises(ValueError, match="estimated_wait"):
        replace(ticket, estimated_wait_minutes=-5)


def test_ticket_qr_payload_is_limited_in_bytes_not_characters() -> None:
    ticket = samples.ticket()
    assert replace(ticket, qr_payload="x" * QR_PAYLOAD_MAX_BYTES).qr_payload
    with pytest.raises(ValueError, match="qr_payload"):
        # 101 three-byte characters are 303 bytes
        replace(ticket, qr_payload="\u20ac" * 101)


def test_va_slip_needs_an_account_and_a_non_negative_amount() -> None:
    slip = samples.va_slip()
    with pytest.raises(ValueError):
        replace(slip, accounts=())
    with pytest.raises(ValueError):
        replace(slip, amount=-1)


def test_registration_window_and_members_are_checked() -> None:
    receipt = samples.registration_receipt()
    with pytest.raises(ValueError):
        replace(receipt, members=())
    with pytest.raises(ValueError):
        replace(receipt, first_payment_until=receipt.first_payment_from.replace(day=1))


def test_registration_first_payment_window_is_14_to_30_days() -> None:
    receipt = samples.registration_receipt(registered_on=date(2026, 11, 23))
    assert receipt.first_payment_from == date(2026, 12, 7)
    assert receipt.first_payment_until == date(2026, 12, 23)


def test_participant_copy_masks_names_and_officer_copy_does_not() -> None:
    participant = samples.registration_receipt(ReceiptCopy.PARTICIPANT)
    officer = samples.registration_receipt(ReceiptCopy.OFFICER)
    assert participant.members[0].name == "SU****** RA*****"
    assert participant.members[0].identifier == "327501********07"
    assert officer.members[0].name == "Suparman Raharjo"
    assert participant.document_id != officer.document_id


def test_report_rows_must_match_the_columns() -> None:
    with pytest.raises(ValueError):
        ReportSection("x", ("a", "b"), (("1",),))
    with pytest.raises(ValueError):
        ChartData("x", ("a",), (1.0, 2.0))
    with pytest.raises(ValueError):
        Report(
            title="t",
            office_name="o",
            period_start=date(2026, 12, 1),
            period_end=date(2026, 11, 1),
            generated_at=datetime(2026, 12, 1, tzinfo=WIB),
            sections=(),
        )


def test_document_ids_identify_the_document() -> None:
    assert samples.ticket().document_id == "antrean/2026-11-23/A017"
    assert samples.complaint_receipt().document_id == "pengaduan/PGD-BKS-20261123-0042"


def test_indonesian_dates_times_and_counts() -> None:
    assert format_date(date(2026, 8, 17)) == "17 Agustus 2026"
    assert format_date_long(date(2026, 11, 23)) == "Senin, 23 November 2026"
    assert format_time(datetime(2026, 1, 1, 7, 5, tzinfo=WIB)) == "07.05 WIB"
    assert format_time(datetime(2026, 1, 1, 7, 5)) == "07.05"
    assert format_count(1234567) == "1.234.567"
    assert format_minutes(45) == "45 menit"
    assert format_minutes(80) == "1 jam 20 menit"
    assert format_minutes(120) == "2 jam"


def test_ticket_layout_says_number_service_priority_wait_and_qr() -> None:
    blocks = thermal_layout(samples.ticket())
    texts = _texts(blocks)
    assert "A017" in texts
    assert "Pendaftaran Peserta Baru" in texts
    assert "Prioritas: Lanjut usia" in texts
    assert "Antrean di depan Anda: 5 orang" in texts
    assert "Perkiraan waktu tunggu: 25 menit" in texts
    assert any(isinstance(b, Qr) for b in blocks)


def test_ticket_without_priority_estimate_or_qr_says_so_plainly() -> None:
    plain = replace(
        samples.ticket(), priority_label=None, estimated_wait_minutes=None, qr_payload=""
    )
    blocks = thermal_layout(plain)
    texts = _texts(blocks)
    assert not any(t.startswith("Prioritas") for t in texts)
    assert "Perkiraan waktu tunggu: belum tersedia" in texts
    assert not any(isinstance(b, Qr) for b in blocks)


def test_reprint_is_marked_and_original_is_not() -> None:
    assert not any("CETAK ULANG" in t for t in _texts(thermal_layout(samples.ticket())))
    third = _texts(thermal_layout(samples.ticket(), copy_number=3))
    assert "*** CETAK ULANG ke-2 ***" in third


def test_big_number_is_as_large_as_fits() -> None:
    assert big_scale("A017", PAPER_58) == 5
    assert big_scale("A017", PAPER_80) == 7
    assert big_scale("PRIO-1234", PAPER_58) == 3  # 9 characters x 3 = 27 of 32 columns
    assert big_scale("X" * 40, PAPER_58) == 1


def test_pair_is_one_line_when_it_fits_else_value_below_indented() -> None:
    assert pair_rows("Status", "AKTIF", 20) == [("Status         ", "AKTIF")]
    rows = pair_rows("Peserta", "Keluarga SU****** RA*****", 20)
    assert rows[0] == ("Peserta", "")
    assert all(plain == "  " for plain, _ in rows[1:])
    assert " ".join(v for _, v in rows[1:]) == "Keluarga SU****** RA*****"


def test_double_size_falls_back_to_normal_when_it_would_break_the_line() -> None:
    block = Text("PGD-BKS-20261123-0042", double=True)
    assert text_scale(block, block.text, PAPER_58) == 1  # 21 > 16 double columns
    assert text_scale(block, block.text, PAPER_80) == 2  # 21 <= 24


def test_va_slip_numbers_each_payment_step() -> None:
    slip: VaSlip = samples.va_slip()
    texts = _texts(thermal_layout(slip))
    assert texts[texts.index("Cara membayar:") + 1].startswith("1. ")
    assert "VA MANDIRI: 8988801944358911" in texts
