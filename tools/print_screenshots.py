"""Render every printed document to PNG in docs/screenshots/, as a person would see it.

Thermal documents (ticket, status slip, VA slip, complaint receipt) on 58 and 80 mm
rolls: ``print-<name>-<58|80>.png``, the PNG preview (one pixel per printer dot) on a
grey table so the paper's edge shows. PDF documents (registration receipt, both copies,
complaint receipt, status slip, report): ``print-<name>-pdf.png``, page 1 rendered by
pdftoppm (poppler-utils) when it is installed. Look at every picture after a change to a
layout: nothing cut off, nothing overlapping, the number readable from a step away.

    .venv/bin/python tools/print_screenshots.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from anjungan.printing import samples
from anjungan.printing.documents import PdfDocument, ReceiptCopy, ThermalDocument
from anjungan.printing.layout import PAPERS
from anjungan.printing.pdf import write_pdf
from anjungan.printing.png_preview import render_preview

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TABLE_GREY = 205
MARGIN = 24
PDF_DPI = 80

THERMAL: dict[str, Callable[[], ThermalDocument]] = {
    "ticket": samples.ticket,
    "status": samples.status_slip,
    "va": samples.va_slip,
    "complaint": samples.complaint_receipt,
}
PDFS: dict[str, Callable[[], PdfDocument]] = {
    "registration": samples.registration_receipt,
    "registration-officer": lambda: samples.registration_receipt(ReceiptCopy.OFFICER),
    "complaint": samples.complaint_receipt,
    "status": samples.status_slip,
    "report": samples.report,
}


def write_thermal(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in THERMAL.items():
        for paper_name, paper in PAPERS.items():
            roll = render_preview(make(), paper).convert("L")
            table = Image.new("L", (roll.width + 2 * MARGIN, roll.height + 2 * MARGIN), TABLE_GREY)
            table.paste(roll, (MARGIN, MARGIN))
            path = out / f"print-{name}-{paper_name}.png"
            table.save(path, optimize=True)
            written.append(path)
    return written


def write_pdf_pages(out: Path) -> list[Path]:
    """Page 1 of each PDF as PNG; nothing when pdftoppm is not installed."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (apt-get install poppler-utils): PDF pictures skipped")
        return []
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in PDFS.items():
            pdf = write_pdf(make(), Path(scratch) / f"{name}.pdf")
            stem = out / f"print-{name}-pdf"
            subprocess.run(
                [
                    pdftoppm,
                    "-png",
                    "-r",
                    str(PDF_DPI),
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    *[str(pdf), str(stem)],
                ],
                check=True,
                timeout=60,
            )
            written.append(stem.with_suffix(".png"))
    return written


def main(out: Path = OUT) -> None:
    for path in write_thermal(out) + write_pdf_pages(out):
        print(path.relative_to(out.parent.parent) if out == OUT else path)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
