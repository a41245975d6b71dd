"""The PNG preview is the roll as the printer draws it: dot width, black and white,
same lines, logo on top, QR of the same size."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pytest
import qrcode
from PIL import Image, ImageChops

from anjungan.printing import samples
from anjungan.printing.documents import ThermalDocument
from anjungan.printing.escpos_render import logo_image, qr_geometry, render_escpos
from anjungan.printing.layout import LINE_HEIGHT, PAPER_58, PAPER_80, Paper
from anjungan.printing.png_preview import preview_png, render_preview
from tests.unit.printing.escpos_stream import text_of, tokens

DOCS: dict[str, Callable[[], ThermalDocument]] = {
    "ticket": samples.ticket,
    "status": samples.status_slip,
    "va": samples.va_slip,
    "complaint": samples.complaint_receipt,
}


def _ink_rows(image: Image.Image) -> list[int]:
    """Indices of rows with at least one black dot."""
    gray = image.convert("L")
    return [
        y for y in range(gray.height) if gray.crop((0, y, gray.width, y + 1)).getextrema()[0] == 0
    ]


@pytest.mark.parametrize("paper", [PAPER_58, PAPER_80], ids=lambda p: p.name)
@pytest.mark.parametrize("name", list(DOCS))
def test_preview_is_one_pixel_per_dot_and_black_and_white(name: str, paper: Paper) -> None:
    image = render_preview(DOCS[name](), paper)
    assert image.width == paper.dots
    assert image.mode == "1"
    histogram = image.convert("L").histogram()
    assert [level for level, count in enumerate(histogram) if count] == [0, 255]


def test_logo_is_drawn_centred_at_the_top() -> None:
    image = render_preview(samples.ticket(), PAPER_58).convert("L")
    logo = logo_image().convert("L")
    left = (PAPER_58.dots - logo.width) // 2
    top = _ink_rows(image)[0] - _ink_rows(logo)[0]  # the logo may start with blank rows
    crop = image.crop((left, top, left + logo.width, top + logo.height))
    assert ImageChops.difference(crop, logo).getbbox() is None


def test_qr_symbol_has_the_module_size_the_printer_is_told() -> None:
    doc = samples.ticket()
    module, modules = qr_geometry(doc.qr_payload, PAPER_58)
    image = render_preview(doc, PAPER_58).convert("L")
    side = module * modules
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=module, border=0
    )
    code.add_data(doc.qr_payload.encode())
    code.make(fit=True)
    symbol = code.make_image().get_image().convert("L")
    assert symbol.size == (side, side)
    left = (PAPER_58.dots - side) // 2
    # find the symbol: the first row whose ink starts exactly at the symbol's left edge
    for top in range(image.height - side):
        crop = image.crop((left, top, left + side, top + side))
        if ImageChops.difference(crop, symbol).getbbox() is None:
            break
    else:
        pytest.fail("QR symbol not found in the preview")


def test_preview_has_as_many_text_lines_as_the_printed_stream() -> None:
    # Every text line on paper is a band of ink in the preview (plus logo, number, QR).
    doc = replace(samples.status_slip(), notes=("Catatan " * 30,))
    short = render_preview(replace(doc, notes=("Catatan",)), PAPER_58)
    long = render_preview(doc, PAPER_58)
    extra_lines = len(text_of(tokens(render_escpos(doc, PAPER_58))).splitlines()) - len(
        text_of(tokens(render_escpos(replace(doc, notes=("Catatan",)), PAPER_58))).splitlines()
    )
    assert extra_lines > 0
    assert long.height - short.height == extra_lines * LINE_HEIGHT


def test_preview_png_bytes_decode_to_the_same_picture() -> None:
    data = preview_png(samples.complaint_receipt(), PAPER_80)
    assert data.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == render_preview(samples.complaint_receipt(), PAPER_80).size
