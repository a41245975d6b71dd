"""ESC/POS rendering: draws a thermal document onto a python-escpos printer object.

`render_onto(printer, doc, paper)` writes the blocks of `layout.thermal_layout` as ESC/POS
commands through python-escpos's API (any `Escpos` subclass; `Dummy` captures bytes);
`render_escpos(doc, paper)` returns those bytes, which is what the print service sends.
The stream always starts with ESC @ (forget the previous job's styles) and ESC t (the
code page every text byte was encoded for) and ends with a feed and a full cut. The
ticket number is magnified with GS ! (5x on 58 mm, up to 7x on 80 mm); the QR code is the
printer's own (GS ( k), sized so that it spans about half the roll. Text goes through
`PrintableText`, so no input string can add a control byte. Must not open a device.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import qrcode
from escpos.constants import QR_ECLEVEL_M
from escpos.escpos import Escpos
from escpos.printer import Dummy
from PIL import Image, ImageChops

from anjungan import assets
from anjungan.printing.documents import ThermalDocument
from anjungan.printing.layout import (
    PAPER_80,
    Align,
    BigNumber,
    Block,
    Feed,
    Logo,
    Pair,
    Paper,
    Qr,
    Rule,
    Text,
    big_scale,
    pair_rows,
    text_lines,
    text_scale,
    thermal_layout,
)
from anjungan.printing.thermal_text import DEFAULT_CODEPAGE, PrintableText, wrap

ESC_INIT = b"\x1b@"
RASTER = b"\x1dv0\x00"
"""GS v 0, normal density: the bit-image command every ESC/POS printer supports."""

_QR_MODULE_MIN = 2
_QR_MODULE_MAX = 8
_QR_SHARE_OF_WIDTH = 0.55


@lru_cache(maxsize=1)
def logo_image() -> Image.Image:
    """The one-bit receipt logo shipped in ``assets/printing/logo.png``."""
    with Image.open(assets.path("printing", "logo.png")) as image:
        return image.convert("1")


def clean_qr_payload(payload: str) -> str:
    """The payload without control, format or surrogate characters (UTF-8 safe)."""
    return "".join(c for c in payload if unicodedata.category(c)[0] != "C")


def qr_geometry(payload: str, paper: Paper) -> tuple[int, int]:
    """``(module size in dots, modules per side)`` for ``payload`` at error level M.

    The printer picks the same smallest QR version as the `qrcode` package for the same
    bytes and level, so the preview and the paper agree on the size.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    modules = code.modules_count
    module = int(paper.dots * _QR_SHARE_OF_WIDTH) // modules
    return max(_QR_MODULE_MIN, min(_QR_MODULE_MAX, module)), modules


def raster_bytes(image: Image.Image, width: int) -> bytes:
    """GS v 0 for ``image`` centred on a ``width``-dot line (``width`` a multiple of 8)."""
    if width % 8:
        raise ValueError("raster width must be a multiple of 8 dots")
    mono = image.convert("1")
    if mono.width > width:
        mono = mono.resize((width, mono.height * width // mono.width))
    canvas = Image.new("1", (width, mono.height), 1)
    canvas.paste(mono, ((width - mono.width) // 2, 0))
    # In Pillow a set bit is white; on the printer a set bit burns a dot.
    data = ImageChops.invert(canvas.convert("L")).convert("1").tobytes()
    header = bytes((width // 8 % 256, width // 8 // 256, mono.height % 256, mono.height // 256))
    return RASTER + header + data


def render_onto(
    printer: Escpos,
    doc: ThermalDocument,
    paper: Paper = PAPER_80,
    *,
    codepage: str = DEFAULT_CODEPAGE,
    copy_number: int = 1,
) -> None:
    """Write ``doc`` to ``printer`` as ESC/POS commands, ending with a cut."""
    text = PrintableText(codepage)
    printer._raw(ESC_INIT)
    # ESC @ put the printer back on its power-on code page; make python-escpos say which
    # one we use, once, and never switch in the middle of the job.
    printer.magic.encoding = None
    printer.magic.force_encoding(text.codepage)
    for block in thermal_layout(doc, copy_number=copy_number):
        _draw(printer, block, paper, text)
    printer.cut()


def render_escpos(
    doc: ThermalDocument,
    paper: Paper = PAPER_80,
    *,
    codepage: str = DEFAULT_CODEPAGE,
    copy_number: int = 1,
) -> bytes:
    """The complete ESC/POS byte stream of ``doc``."""
    printer = Dummy()
    render_onto(printer, doc, paper, codepage=codepage, copy_number=copy_number)
    return bytes(printer.output)


def _align(printer: Escpos, align: Align) -> None:
    printer.set(align=align.value)


def _draw(printer: Escpos, block: Block, paper: Paper, text: PrintableText) -> None:
    if isinstance(block, Logo):
        _align(printer, Align.LEFT)
        printer._raw(raster_bytes(logo_image(), paper.dots))
    elif isinstance(block, Text):
        cleaned = text.clean(block.text)
        double = text_scale(block, cleaned, paper) == 2
        printer.set(
            align=block.align.value,
            bold=block.bold,
            normal_textsize=not double,
            double_width=double,
            double_height=double,
        )
        for line in text_lines(block, cleaned, paper):
            printer.text(line + "\n")
        if double:
            printer.set(normal_textsize=True)
    elif isinstance(block, BigNumber):
        label = text.clean(block.text)
        scale = big_scale(label, paper)
        printer.set(align="center", bold=True, custom_size=True, width=scale, height=scale)
        for line in wrap(label, paper.columns // scale):
            printer.text(line + "\n")
        # GS ! 0: ESC ! alone does not undo a GS ! magnification on every model.
        printer.set(bold=False, custom_size=True, width=1, height=1)
    elif isinstance(block, Pair):
        printer.set(align="left", bold=False, normal_textsize=True)
        for plain, value in pair_rows(
            text.clean(block.label), text.clean(block.value), paper.columns
        ):
            printer.text(plain)
            if value:
                printer.set(bold=block.bold_value)
                printer.text(value)
                printer.set(bold=False)
            printer.text("\n")
    elif isinstance(block, Rule):
        printer.set(align="left", bold=False, normal_textsize=True)
        printer.text("-" * paper.columns + "\n")
    elif isinstance(block, Qr):
        payload = clean_qr_payload(block.payload)
        if payload:
            module, _ = qr_geometry(payload, paper)
            _align(printer, Align.CENTER)
            printer.qr(payload, ec=QR_ECLEVEL_M, size=module, native=True)
    elif isinstance(block, Feed):
        printer.ln(block.lines)
