"""The frame every Anjungan PDF shares: embedded fonts, paragraph styles, the page header
(office and document title), the footer ("Halaman 2 dari 3") and the build call.

Fonts: DejaVu Sans regular and bold from ``assets/fonts``, registered with reportlab as
TrueType, which always embeds them (subset): the PDF shows the same letters on any
computer, Indonesian text included, and no base-14 font is referenced (the canvas starts
on our font). Output is reproducible (reportlab's invariant mode: no creation time or
random id), so the same document gives the same bytes. Must not know about any document.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from enum import Enum
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from anjungan import assets

FONT = "AnjunganSans"
FONT_BOLD = "AnjunganSans-Bold"
BRAND = colors.HexColor("#00753a")
"""A green close to the JKN colours, for rules and headings only (text stays black)."""
LIGHT = colors.HexColor("#e8f3ec")
GRID = colors.HexColor("#9aa5a0")

_registering = threading.Lock()


class PageSize(Enum):
    A4 = "A4"
    A5 = "A5"

    @property
    def points(self) -> tuple[float, float]:
        return A4 if self is PageSize.A4 else A5


def register_fonts() -> None:
    """Register DejaVu Sans with reportlab once per process (thread-safe)."""
    with _registering:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        pdfmetrics.registerFont(TTFont(FONT, str(assets.path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(assets.path("fonts", "DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )


def styles(page: PageSize) -> dict[str, ParagraphStyle]:
    """Paragraph styles sized for ``page`` (A5 a notch smaller). Registers the fonts."""
    register_fonts()
    base = 10.0 if page is PageSize.A4 else 8.5
    body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.35)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=base - 1.5, leading=base * 1.2),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base + 5,
            leading=(base + 5) * 1.25,
            alignment=TA_CENTER,
            spaceAfter=2 * mm,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, alignment=TA_CENTER, textColor=colors.HexColor("#333333")
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base + 1.5,
            leading=(base + 1.5) * 1.3,
            textColor=BRAND,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        "big": ParagraphStyle(
            "big",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=base + 8,
            leading=(base + 8) * 1.2,
            alignment=TA_CENTER,
        ),
        "cell": ParagraphStyle("cell", parent=body, leading=base * 1.25),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD),
        "cell_right": ParagraphStyle("cell_right", parent=body, alignment=TA_RIGHT),
        "head_right": ParagraphStyle(
            "head_right", parent=body, fontName=FONT_BOLD, alignment=TA_RIGHT
        ),
    }


class _NumberedCanvas(Canvas):
    """Draws header and footer after the last page, when the page count is known."""

    def __init__(self, *args: Any, header: tuple[str, str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header = header
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_frame(total)
            super().showPage()
        super().save()

    def _draw_frame(self, total: int) -> None:
        office, title, footer_left = self._header
        width, height = self._pagesize
        margin = 15 * mm if width > 450 else 10 * mm
        self.saveState()
        self.setStrokeColor(BRAND)
        self.setLineWidth(1.2)
        self.line(margin, height - 15 * mm, width - margin, height - 15 * mm)
        self.setFillColor(BRAND)
        self.setFont(FONT_BOLD, 10)
        self.drawString(margin, height - 10 * mm, "BPJS Kesehatan")
        self.setFillColor(colors.black)
        self.setFont(FONT, 8)
        self.drawString(margin, height - 13 * mm + 0.5, office)
        self.drawRightString(width - margin, height - 10 * mm, title)
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(margin, 12 * mm, width - margin, 12 * mm)
        self.setFont(FONT, 7.5)
        self.drawString(margin, 8 * mm, footer_left)
        self.drawRightString(width - margin, 8 * mm, f"Halaman {self._pageNumber} dari {total}")
        self.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    *,
    page: PageSize,
    office: str,
    title: str,
    footer: str,
    author: str = "Anjungan BPJS Kesehatan",
) -> bytes:
    """Lay out ``story`` on ``page`` with the shared header and footer; the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    width, _ = page.points
    margin = 15 * mm if width > 450 else 10 * mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page.points,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=20 * mm,
        bottomMargin=17 * mm,
        title=title,
        author=author,
        subject=office,
        lang="id-ID",
        initialFontName=FONT,
        invariant=1,
    )

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, header=(office, title, footer), **kwargs)

    doc.build(list(story), canvasmaker=canvas_maker)
    return buffer.getvalue()
