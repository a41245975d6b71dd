"""Any Unicode on any printed document: the ESC/POS stream holds only known commands and
bytes the printer's code page prints, and no printed line is wider than the paper at
the character size in force; the PNG preview and the PDF render without error.

Targets: `escpos_render.render_escpos` (through `layout.thermal_layout` and
`thermal_text.PrintableText`/`wrap`) for every thermal document on both roll widths and
several single-byte code pages, `png_preview.render_preview`, and `pdf.render_pdf`
(registration receipt, complaint receipt, status slip).
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.clock import WIB
from anjungan.printing.documents import (
    QR_PAYLOAD_MAX_BYTES,
    ComplaintReceipt,
    FamilyMember,
    QueueTicket,
    ReceiptCopy,
    RegistrationReceipt,
    StatusSlip,
    ThermalDocument,
    VaSlip,
    VirtualAccount,
)
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.layout import PAPERS, Paper
from anjungan.printing.pdf import render_pdf
from anjungan.printing.png_preview import render_preview
from anjungan.printing.thermal_text import PrintableText
from tests.fuzz.budget import fuzz, tried
from tests.fuzz.strategies import INJECTIONS, OVERSIZED_WIDE, any_text
from tests.unit.printing.escpos_stream import Token, tokens

MOMENT = datetime(2026, 11, 23, 9, 5, tzinfo=WIB)
# Single-byte tables a receipt printer may be set to (the URI's ``codepage=``).
CODEPAGES = ("CP437", "CP850", "CP852", "CP858", "CP866", "CP1250", "CP1252", "ISO_8859-15")

texts = st.one_of(any_text, st.sampled_from(INJECTIONS), st.text(max_size=300))
short = st.one_of(st.text(ANY := st.characters(exclude_categories=()), max_size=40), texts)


@st.composite
def thermal_documents(draw: st.DrawFn) -> ThermalDocument:
    t = lambda: draw(texts)  # noqa: E731 - a fresh draw per field
    kind = draw(st.sampled_from(["ticket", "status", "va", "complaint"]))
    if kind == "ticket":
        qr = draw(st.text(ANY, max_size=QR_PAYLOAD_MAX_BYTES // 4))
        return QueueTicket(
            office_name=t(),
            service_name=t(),
            label=draw(short.filter(str.strip)),
            issued_at=MOMENT,
            people_ahead=draw(st.integers(0, 10**9)),
            estimated_wait_minutes=draw(st.none() | st.integers(0, 10**6)),
            priority_label=draw(st.none() | texts),
            qr_payload=qr,
            footer=t(),
        )
    if kind == "status":
        return StatusSlip(
            office_name=t(),
            masked_name=t(),
            masked_identifier=t(),
            status_text=t(),
            segment=t(),
            care_class=t(),
            fktp=t(),
            printed_at=MOMENT,
            notes=tuple(draw(st.lists(texts, max_size=3))),
        )
    if kind == "va":
        accounts = draw(st.lists(st.builds(VirtualAccount, short, short), min_size=1, max_size=5))
        return VaSlip(
            office_name=t(),
            family_label=t(),
            masked_card=t(),
            accounts=tuple(accounts),
            amount=draw(st.integers(0, 10**15)),
            amount_label=t(),
            how_to_pay=tuple(draw(st.lists(texts, max_size=4))),
            printed_at=MOMENT,
        )
    return ComplaintReceipt(
        reference=t(),
        office_name=t(),
        channel=t(),
        category=t(),
        received_at=MOMENT,
        sla_due=MOMENT.date(),
        next_steps=tuple(draw(st.lists(texts, max_size=4))),
        masked_name=draw(st.none() | texts),
    )


def _python_codec(codepage: str) -> str:
    return codepage.lower().replace("_", "")


def printed_lines(stream: list[Token], codec: str) -> list[int]:
    """The width in columns of every printed line, at the character size in force.

    ESC ! bit 5 is double width; GS ! high nibble is the width multiplier minus one;
    whichever came last sets the size.
    """
    widths, current, scale = [], 0, 1
    for token in stream:
        if token.kind == "print_mode":
            scale = 2 if token.data[0] & 0x20 else 1
        elif token.kind == "char_size":
            scale = (token.data[0] >> 4 & 0x07) + 1
        elif token.kind == "text":
            current += len(token.data.decode(codec)) * scale
        elif token.kind in ("lf", "feed_lines", "cut"):
            widths.append(current)
            current = 0
    return [*widths, current]


def _check_stream(data: bytes, paper: Paper, codepage: str) -> None:
    codec = _python_codec(codepage)
    stream = tokens(data)  # raises on an unknown command or a control byte inside text
    for token in stream:
        if token.kind == "text":
            decoded = token.data.decode(codec)  # raises on a byte the page does not have
            assert all(ch == " " or ch.isprintable() for ch in decoded)
    assert max(printed_lines(stream, codec)) <= paper.columns
    assert stream[0].kind == "init" and stream[-1].kind == "cut"


@fuzz(200)
@given(
    doc=thermal_documents(),
    paper=st.sampled_from(list(PAPERS.values())),
    codepage=st.sampled_from(CODEPAGES),
    copy_number=st.integers(1, 1000),
)
def test_any_text_prints_as_known_commands_and_code_page_bytes_within_the_paper(
    doc: ThermalDocument, paper: Paper, codepage: str, copy_number: int
) -> None:
    tried("escpos.render_escpos")
    data = render_escpos(doc, paper, codepage=codepage, copy_number=copy_number)
    _check_stream(data, paper, codepage)


def test_a_megabyte_of_wide_text_prints_within_the_paper() -> None:
    tried("escpos.render_escpos")
    doc = StatusSlip(
        office_name=OVERSIZED_WIDE,
        masked_name="X",
        masked_identifier="Y",
        status_text="AKTIF",
        segment="PBPU",
        care_class="III",
        fktp="Z",
        printed_at=MOMENT,
    )
    for paper in PAPERS.values():
        _check_stream(render_escpos(doc, paper, codepage="CP858"), paper, "CP858")


@fuzz(40)
@given(doc=thermal_documents(), paper=st.sampled_from(list(PAPERS.values())))
def test_any_text_renders_a_preview_as_wide_as_the_roll(doc: ThermalDocument, paper: Paper) -> None:
    tried("png_preview.render_preview")
    image = render_preview(doc, paper)
    assert image.width == paper.dots and image.mode == "1"


@fuzz(200)
@given(text=any_text, codepage=st.sampled_from(CODEPAGES))
def test_any_text_cleans_to_characters_the_code_page_has(text: str, codepage: str) -> None:
    tried("thermal_text.PrintableText")
    printable = PrintableText(codepage)
    cleaned = printable.clean(text)
    assert printable.clean(cleaned) == cleaned
    decoded = printable.encode(text).decode(_python_codec(codepage))
    assert decoded == cleaned and all(c == " " or c.isprintable() for c in decoded)


@st.composite
def pdf_documents(draw: st.DrawFn) -> RegistrationReceipt | ComplaintReceipt | StatusSlip:
    t = lambda: draw(texts)  # noqa: E731 - a fresh draw per field
    kind = draw(st.sampled_from(["registration", "complaint", "status"]))
    if kind == "registration":
        members = draw(
            st.lists(st.builds(FamilyMember, texts, texts, texts), min_size=1, max_size=4)
        )
        return RegistrationReceipt(
            provisional_reference=t(),
            office_name=t(),
            officer_name=t(),
            registered_on=date(2026, 11, 23),
            members=tuple(members),
            segment=t(),
            care_class=t(),
            monthly_amount=draw(st.none() | st.integers(0, 10**12)),
            documents_checked=tuple(draw(st.lists(texts, max_size=3))),
            first_payment_from=date(2026, 12, 7),
            first_payment_until=date(2026, 12, 23),
            next_steps=tuple(draw(st.lists(texts, max_size=3))),
            copy=draw(st.sampled_from(ReceiptCopy)),
        )
    doc = draw(thermal_documents().filter(lambda d: isinstance(d, ComplaintReceipt | StatusSlip)))
    assert isinstance(doc, ComplaintReceipt | StatusSlip)
    return doc


@fuzz(30)
@given(doc=pdf_documents())
def test_any_text_renders_a_pdf(doc: RegistrationReceipt | ComplaintReceipt | StatusSlip) -> None:
    tried("pdf.render_pdf")
    assert render_pdf(doc).startswith(b"%PDF-")


def test_a_broken_character_in_a_pdf_document_prints_as_a_question_mark() -> None:
    # Regression: reportlab encodes the title to UTF-8 for the PDF's id and raised
    # UnicodeEncodeError on a lone surrogate.
    tried("pdf.render_pdf")
    slip = StatusSlip(
        office_name="MPP \ud800 Balikpapan",
        masked_name="SU\udfff****",
        masked_identifier="317101********01",
        status_text="AKTIF",
        segment="PBPU",
        care_class="III",
        fktp="Klinik",
        printed_at=MOMENT,
        notes=("Catatan \ud800",),
    )
    assert render_pdf(slip).startswith(b"%PDF-")
