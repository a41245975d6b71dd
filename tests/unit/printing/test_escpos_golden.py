"""The ESC/POS bytes of every thermal document, against golden files and, independently,
against the command reference: the golden files are not allowed to be self-fulfilling.

Golden files (tests/unit/printing/golden/*.bin) come from tools/make_golden_escpos.py;
regenerate them only for a deliberate layout change, after looking at the previews.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from anjungan.printing import samples
from anjungan.printing.documents import ThermalDocument
from anjungan.printing.escpos_render import logo_image, render_escpos
from anjungan.printing.layout import PAPER_58, PAPER_80, PAPERS
from anjungan.printing.status import DLE_EOT
from tests.unit.printing.escpos_stream import text_of, tokens

GOLDEN = Path(__file__).parent / "golden"
MAKERS: dict[str, Callable[[], ThermalDocument]] = {
    "ticket": samples.ticket,
    "status": samples.status_slip,
    "va": samples.va_slip,
    "complaint": samples.complaint_receipt,
}
CASES = [(name, paper) for name in MAKERS for paper in PAPERS]


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_rendering_matches_the_golden_bytes(name: str, paper: str) -> None:
    expected = (GOLDEN / f"{name}-{paper}.bin").read_bytes()
    assert render_escpos(MAKERS[name](), PAPERS[paper]) == expected


def test_reprint_matches_its_golden_bytes_and_differs_from_the_original() -> None:
    expected = (GOLDEN / "ticket-58-reprint.bin").read_bytes()
    reprint = render_escpos(samples.ticket(), PAPER_58, copy_number=2)
    assert reprint == expected
    assert reprint != render_escpos(samples.ticket(), PAPER_58)
    assert b"CETAK ULANG ke-1" in reprint


def test_every_golden_file_belongs_to_a_case() -> None:
    stems = {path.stem for path in GOLDEN.glob("*.bin")}
    assert stems == {f"{n}-{p}" for n, p in CASES} | {"ticket-58-reprint"}


def test_ticket_starts_with_init_and_code_page_and_ends_with_feed_and_full_cut() -> None:
    data = render_escpos(samples.ticket(), PAPER_58)
    assert data.startswith(b"\x1b@" + b"\x1bt\x00")  # ESC @, ESC t 0 (CP437)
    assert data.endswith(b"\x1bd\x06" + b"\x1dV\x00")  # ESC d 6, GS V 0


def _size_before_and_after(data: bytes, label: str) -> tuple[bytes, bytes]:
    """The GS ! argument in force when ``label`` prints, and the next one after it."""
    stream = tokens(data)
    at = next(i for i, t in enumerate(stream) if t.kind == "text" and t.data == label.encode())
    before = [t.data for t in stream[:at] if t.kind == "char_size"][-1]
    after = next(t for t in stream[at:] if t.kind in ("char_size", "text") and t is not stream[at])
    return before, after.data if after.kind == "char_size" else b"(text came first)"


def test_ticket_number_is_magnified_five_times_on_58mm_and_seven_on_80mm() -> None:
    # GS ! n: high nibble = width - 1, low nibble = height - 1.
    before, after = _size_before_and_after(render_escpos(samples.ticket(), PAPER_58), "A017")
    assert (before, after) == (b"\x44", b"\x00")  # 5x5, then back to 1x1 before more text
    before, after = _size_before_and_after(render_escpos(samples.ticket(), PAPER_80), "A017")
    assert (before, after) == (b"\x66", b"\x00")  # 7x7


def test_ticket_qr_is_stored_natively_with_its_exact_payload() -> None:
    doc = samples.ticket()
    data = render_escpos(doc, PAPER_58)
    payload = doc.qr_payload.encode()
    length = len(payload) + 3
    # GS ( k pL pH cn=49 fn=80 m=48 d...: store the symbol data
    store = b"\x1d(k" + bytes((length % 256, length // 256)) + b"1P0" + payload
    assert store in data
    # GS ( k 3 0 49 81 48: print the stored symbol, after the store command
    assert data.index(b"\x1d(k\x03\x001Q0") > data.index(store)
    # model 2 and error correction level M (49)
    assert b"\x1d(k\x04\x001A2\x00" in data
    assert b"\x1d(k\x03\x001E1" in data


def test_logo_is_a_full_width_raster_image_at_the_top() -> None:
    for paper in (PAPER_58, PAPER_80):
        data = render_escpos(samples.ticket(), paper)
        height = logo_image().height
        header = b"\x1dv0\x00" + bytes((paper.dots // 8, 0, height % 256, height // 256))
        assert data.index(header) < data.index(b"BPJS Kesehatan")
        stream = tokens(data)
        raster = next(t for t in stream if t.kind == "raster")
        assert len(raster.data) == 5 + paper.dots // 8 * height


@pytest.mark.parametrize(("name", "paper"), CASES)
def test_stream_holds_only_known_commands_and_no_status_request(name: str, paper: str) -> None:
    data = render_escpos(MAKERS[name](), PAPERS[paper])
    stream = tokens(data)  # raises on an unknown command or a stray control byte
    assert [t.kind for t in stream].count("init") == 1
    assert [t.kind for t in stream].count("codepage") == 1
    # A DLE EOT inside a job would make the printer answer mid-job and confuse the
    # delivery confirmation of the network transport.
    assert DLE_EOT not in data


def test_text_lines_fit_the_paper_width() -> None:
    for maker in MAKERS.values():
        for paper in (PAPER_58, PAPER_80):
            stream = tokens(render_escpos(maker(), paper))
            for line in text_of(stream).split("\n"):
                assert len(line) <= paper.columns, line


def test_va_slip_prints_every_bank_account_and_the_amount() -> None:
    text = text_of(tokens(render_escpos(samples.va_slip(), PAPER_58)))
    assert "8888801944358911" in text
    assert "8988801944358911" in text  # Mandiri's prefix 89888
    assert "Rp300.000" in text
    assert sum(line.startswith("VA ") for line in text.splitlines()) == 5


def test_complaint_receipt_prints_the_due_date_three_working_days_later() -> None:
    text = text_of(tokens(render_escpos(samples.complaint_receipt(), PAPER_80)))
    assert "PGD-BKS-20261123-0042" in text
    assert "Kamis, 26 November 2026" in text  # received Monday 23 Nov, written channel: 3 days
