"""Any Unicode text becomes printable code-page text; lines fit the paper; no input can
inject a printer command."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.clock import WIB
from anjungan.printing.documents import (
    ComplaintReceipt,
    QueueTicket,
    ThermalDocument,
    VaSlip,
    VirtualAccount,
)
from anjungan.printing.errors import PrinterConfigError
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.layout import PAPER_58, PAPER_80
from anjungan.printing.status import DLE_EOT
from anjungan.printing.thermal_text import PrintableText, codepage_slot, wrap
from tests.unit.printing.escpos_stream import tokens

CODEPAGES = ("CP437", "CP858")


def _printable_in(data: bytes, codepage: str) -> bool:
    """Every byte shows a glyph: printable ASCII or a printable character of the page."""
    return all(ch == " " or ch.isprintable() for ch in data.decode(codepage.lower()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cSiti\u201d \u2013 ok\u2026", '"Siti" - ok...'),
        ("\u015aWI\u0118TY", "SWIETY"),  # accents CP437 lacks are dropped, letters kept
        ("Jos\u00e9", "Jos\u00e9"),  # CP437 has e-acute (0x82): kept
        ("\u0141\u00f3d\u017a", "L\u00f3dz"),  # stand-in for L-stroke, o-acute kept
        ("Stra\u00dfe", "Stra\u00dfe"),  # CP437 0xE1 doubles as sharp s
        ("\u0410\u043d\u044f", "???"),  # Cyrillic has no stand-in
        ("a\tb\nc", "a b c"),
        ("\x1b@\x1dV\x00ok", "@ Vok"),  # ESC and NUL dropped; GS is a separator: space
        ("\uff21\uff22", "AB"),  # full-width letters
        ("caf\u0065\u0301", "caf\u00e9"),  # combining accent joined first (NFC)
    ],
)
def test_clean_transliterates_for_cp437(text: str, expected: str) -> None:
    assert PrintableText("CP437").clean(text) == expected


def test_code_page_slots_follow_the_esc_t_table() -> None:
    assert codepage_slot("CP437") == 0
    assert codepage_slot("cp858") == 19


def test_unknown_code_page_is_a_configuration_error() -> None:
    with pytest.raises(PrinterConfigError):
        PrintableText("KLINGON")


@settings(max_examples=300)
@given(text=st.text(), codepage=st.sampled_from(CODEPAGES))
def test_any_text_encodes_to_printable_bytes_of_the_code_page(text: str, codepage: str) -> None:
    data = PrintableText(codepage).encode(text)
    assert _printable_in(data, codepage)
    assert not any(b < 0x20 or b == 0x7F for b in data)


@given(text=st.text())
def test_printable_text_is_left_unchanged(text: str) -> None:
    cleaner = PrintableText("CP437")
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)))
def test_plain_ascii_passes_through(text: str) -> None:
    assert PrintableText("CP437").clean(text) == text


@given(
    text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)),
    columns=st.integers(min_value=4, max_value=48),
    hanging=st.integers(min_value=0, max_value=6),
)
def test_wrap_keeps_every_word_and_no_line_is_longer_than_the_paper(
    text: str, columns: int, hanging: int
) -> None:
    lines = wrap(text, columns, hanging=hanging)
    assert all(len(line) <= columns for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_wrap_indents_continuation_lines() -> None:
    assert wrap("1. Pilih menu Bayar di ATM atau teller", 16, hanging=3) == [
        "1. Pilih menu",
        "   Bayar di ATM",
        "   atau teller",
    ]


MOMENT = datetime(2026, 11, 23, 9, 5, tzinfo=WIB)


@settings(max_examples=60, deadline=None)
@given(
    office=st.text(max_size=80),
    name=st.text(max_size=80),
    label=st.text(min_size=1, max_size=8).filter(str.strip),
    qr=st.text(max_size=60),
    codepage=st.sampled_from(CODEPAGES),
    wide=st.booleans(),
)
def test_any_document_text_renders_to_a_clean_stream(
    office: str, name: str, label: str, qr: str, codepage: str, wide: bool
) -> None:
    paper = PAPER_80 if wide else PAPER_58
    docs: list[ThermalDocument] = [
        QueueTicket(
            office_name=office,
            service_name=name,
            label=label,
            issued_at=MOMENT,
            people_ahead=3,
            estimated_wait_minutes=None,
            priority_label=name or None,
            qr_payload=qr,
            footer=name,
        ),
        VaSlip(
            office_name=office,
            family_label=name,
            masked_card=name,
            accounts=(VirtualAccount(name, office),),
            amount=150_000,
            how_to_pay=(name, office),
            printed_at=MOMENT,
        ),
        ComplaintReceipt(
            reference=name,
            office_name=office,
            channel=name,
            category=office,
            received_at=MOMENT,
            sla_due=MOMENT.date(),
            next_steps=(name,),
            masked_name=name,
        ),
    ]
    for doc in docs:
        data = render_escpos(doc, paper, codepage=codepage)
        stream = tokens(data)  # only known commands, no stray control byte
        for token in stream:
            if token.kind == "text":
                assert _printable_in(token.data, codepage)
        assert DLE_EOT not in data
