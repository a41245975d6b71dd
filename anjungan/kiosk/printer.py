"""The kiosk's receipt printer, or the honest lack of one.

Owns `KioskPrinter`: the configured `printing.service.ThermalPrinter` (3 s for a whole
job), or none when the device TOML names no printer, in which case every print answers
`NoPrinter` at once so a queue ticket goes straight to the on-screen copy. `preview`
draws the PNG a failed ticket is shown as (with its QR), at the roll's width. Printing
blocks for up to the timeout: callers run it on the worker, never on the GUI thread.
"""

from __future__ import annotations

from anjungan.printing.documents import ThermalDocument
from anjungan.printing.errors import PrinterError
from anjungan.printing.layout import PAPER_80, Paper
from anjungan.printing.png_preview import preview_png
from anjungan.printing.service import PrintOutcome, ThermalPrinter


class NoPrinter(PrinterError):
    code = "no_printer"
    retryable = False

    def __init__(self) -> None:
        super().__init__(
            "Anjungan ini tidak memiliki printer.",
            "This kiosk has no printer.",
        )


class KioskPrinter:
    def __init__(self, printer: ThermalPrinter | None) -> None:
        self._printer = printer

    @classmethod
    def from_uri(cls, uri: str, *, timeout_s: float = 3.0) -> KioskPrinter:
        """Raises `PrinterConfigError` for a wrong URI, so the kiosk fails at start-up."""
        if not uri.strip():
            return cls(None)
        return cls(ThermalPrinter.from_uri(uri, timeout_s=timeout_s))

    @property
    def available(self) -> bool:
        return self._printer is not None

    @property
    def paper(self) -> Paper:
        return self._printer.target.paper if self._printer is not None else PAPER_80

    def print(self, doc: ThermalDocument) -> PrintOutcome:
        """Never raises a `PrinterError`: it is in the outcome (as `print_document`)."""
        if self._printer is None:
            return PrintOutcome(doc.document_id, 1, NoPrinter(), 0.0)
        return self._printer.print(doc)

    def preview(self, doc: ThermalDocument) -> bytes:
        """PNG bytes of ``doc`` as it would come out of this kiosk's printer."""
        return preview_png(doc, self.paper)
