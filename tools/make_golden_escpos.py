"""Write the golden ESC/POS byte files that tests/unit/printing/test_escpos_golden.py
compares against: each sample thermal document on 58 and 80 mm paper, plus a reprint.

Run it only after a deliberate change to a layout or the renderer, then LOOK at the
previews (``tools/print_screenshots.py``) and commit the new .bin files with the change:

    .venv/bin/python tools/make_golden_escpos.py
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from anjungan.printing import samples
from anjungan.printing.documents import ThermalDocument
from anjungan.printing.escpos_render import render_escpos
from anjungan.printing.layout import PAPERS

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "unit" / "printing" / "golden"

DOCUMENTS: dict[str, Callable[[], ThermalDocument]] = {
    "ticket": samples.ticket,
    "status": samples.status_slip,
    "va": samples.va_slip,
    "complaint": samples.complaint_receipt,
}
REPRINTS = {"ticket-58-reprint": ("ticket", "58", 2)}


def golden_cases() -> dict[str, bytes]:
    """File stem -> expected bytes."""
    cases = {
        f"{name}-{paper}": render_escpos(make(), PAPERS[paper])
        for name, make in DOCUMENTS.items()
        for paper in PAPERS
    }
    for stem, (name, paper, copy_number) in REPRINTS.items():
        cases[stem] = render_escpos(DOCUMENTS[name](), PAPERS[paper], copy_number=copy_number)
    return cases


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for stem, data in golden_cases().items():
        (GOLDEN / f"{stem}.bin").write_bytes(data)
        print(f"{stem}.bin: {len(data)} bytes")


if __name__ == "__main__":
    main()
