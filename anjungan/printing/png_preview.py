"""PNG preview of a thermal document, drawn dot for dot at the roll's width.

The same blocks as the ESC/POS stream (`layout.thermal_layout`), the same cleaned and
wrapped text (`thermal_text`), the same logo raster and QR size (`escpos_render`), drawn
with Pillow: 384 px wide for 58 mm, 576 px for 80 mm, one pixel per printer dot, black on
white. Font A (12x24 dots per character) is stood in for by DejaVu Sans Mono, one
character per 12-dot cell, so lines break and centre where the printer's do. Used on
screen (the kiosk shows the ticket when the printer fails), by the ``png://`` transport
and by the screenshot script. Must not talk to a printer.
"""

from __future__ import annotations

import io
import threading
from functools import lru_cache
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont

from anjungan import assets
from anjungan.printing.documents import ThermalDocument
from anjungan.printing.escpos_render import clean_qr_payload, logo_image, qr_geometry
from anjungan.printing.layout import (
    FONT_A_HEIGHT,
    FONT_A_WIDTH,
    LINE_HEIGHT,
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

# DejaVu Sans Mono advances 0.602 em: 20 px gives the 12-dot cell of font A.
_FONT_PX = 20
_MARGIN_TOP = 8
_MARGIN_BOTTOM = 2 * LINE_HEIGHT
# Pillow does not promise that one FreeType face can render on two threads at once.
_drawing = threading.Lock()
Run = tuple[str, bool]
"""A piece of a line and whether it is bold."""


@lru_cache(maxsize=16)
def _font(bold: bool, scale: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    return ImageFont.truetype(str(assets.path("fonts", name)), _FONT_PX * scale)


def _text_line(runs: list[Run], paper: Paper, align: Align, scale: int) -> Image.Image:
    """One printed line: characters in fixed cells of font A, magnified by ``scale``."""
    cell = FONT_A_WIDTH * scale
    height = max(LINE_HEIGHT, FONT_A_HEIGHT * scale + (LINE_HEIGHT - FONT_A_HEIGHT))
    image = Image.new("L", (paper.dots, height), 255)
    draw = ImageDraw.Draw(image)
    length = sum(len(text) for text, _ in runs)
    if align is Align.CENTER:
        x = max(0, (paper.dots - length * cell) // 2)
    elif align is Align.RIGHT:
        x = max(0, paper.dots - length * cell)
    else:
        x = 0
    for text, bold in runs:
        font = _font(bold, scale)
        for char in text:
            if char != " ":
                draw.text((x + cell // 2, 0), char, font=font, fill=0, anchor="ma")
            x += cell
    return image


def _blank(paper: Paper, height: int) -> Image.Image:
    return Image.new("L", (paper.dots, height), 255)


def _block_images(block: Block, paper: Paper, text: PrintableText) -> list[Image.Image]:
    if isinstance(block, Logo):
        logo = logo_image().convert("L")
        line = _blank(paper, logo.height)
        line.paste(logo, ((paper.dots - logo.width) // 2, 0))
        return [line]
    if isinstance(block, Text):
        cleaned = text.clean(block.text)
        scale = text_scale(block, cleaned, paper)
        lines = text_lines(block, cleaned, paper)
        return [_text_line([(line, block.bold)], paper, block.align, scale) for line in lines]
    if isinstance(block, BigNumber):
        label = text.clean(block.text)
        scale = big_scale(label, paper)
        return [
            _text_line([(line, True)], paper, Align.CENTER, scale)
            for line in wrap(label, paper.columns // scale)
        ]
    if isinstance(block, Pair):
        rows = pair_rows(text.clean(block.label), text.clean(block.value), paper.columns)
        return [
            _text_line([(plain, False), (value, block.bold_value)], paper, Align.LEFT, 1)
            for plain, value in rows
        ]
    if isinstance(block, Rule):
        return [_text_line([("-" * paper.columns, False)], paper, Align.LEFT, 1)]
    if isinstance(block, Qr):
        payload = clean_qr_payload(block.payload)
        if not payload:
            return []
        module, _ = qr_geometry(payload, paper)
        code = qrcode.QRCode(
            error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=module, border=0
        )
        code.add_data(payload.encode("utf-8"))
        code.make(fit=True)
        symbol = code.make_image().get_image().convert("L")
        line = _blank(paper, symbol.height)
        line.paste(symbol, ((paper.dots - symbol.width) // 2, 0))
        return [line]
    if isinstance(block, Feed):
        return [_blank(paper, LINE_HEIGHT * block.lines)]
    raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover


def render_preview(
    doc: ThermalDocument,
    paper: Paper = PAPER_80,
    *,
    codepage: str = DEFAULT_CODEPAGE,
    copy_number: int = 1,
) -> Image.Image:
    """The printed roll as a black-and-white image, ``paper.dots`` pixels wide."""
    text = PrintableText(codepage)
    parts = [_blank(paper, _MARGIN_TOP)]
    with _drawing:
        for block in thermal_layout(doc, copy_number=copy_number):
            parts += _block_images(block, paper, text)
    parts.append(_blank(paper, _MARGIN_BOTTOM))
    roll = Image.new("L", (paper.dots, sum(p.height for p in parts)), 255)
    y = 0
    for part in parts:
        roll.paste(part, (0, y))
        y += part.height
    # A thermal head burns a dot or not: no grey.
    return roll.point(lambda v: 255 if v >= 128 else 0).convert("1")


def preview_png(
    doc: ThermalDocument,
    paper: Paper = PAPER_80,
    *,
    codepage: str = DEFAULT_CODEPAGE,
    copy_number: int = 1,
) -> bytes:
    """`render_preview` encoded as PNG."""
    buffer = io.BytesIO()
    render_preview(doc, paper, codepage=codepage, copy_number=copy_number).save(
        buffer, format="PNG"
    )
    return buffer.getvalue()


def write_preview(
    doc: ThermalDocument,
    path: Path,
    paper: Paper = PAPER_80,
    *,
    codepage: str = DEFAULT_CODEPAGE,
    copy_number: int = 1,
) -> Path:
    """Write the preview PNG to ``path`` and return it."""
    path.write_bytes(preview_png(doc, paper, codepage=codepage, copy_number=copy_number))
    return path
