"""The printing boundary's exception family: `PrinterError` and one class per failure a
person at a kiosk or counter can do something about.

Each error carries a stable ``code`` (for logs, reports and tests), a ``retryable`` flag
(worth trying again once the person has acted: paper loaded, cover closed) and a sentence
in Bahasa Indonesia and English saying what happened and what to do. Messages name the
printer setting or the part of the machine, never the printed content (a ticket may carry
a name). Owns no other logic.
"""

from __future__ import annotations

from anjungan.core.errors import AnjunganError


class PrinterError(AnjunganError):
    """Root of every printing failure. ``code`` is stable; the messages are for people."""

    code = "printer_error"
    retryable = True

    def __init__(self, message_id: str, message_en: str) -> None:
        super().__init__(message_id, message_en)

    def __str__(self) -> str:
        return f"{self.code}: {self.message_en}"


class PrinterOffline(PrinterError):
    """The printer cannot be reached: no connection, device missing, or it reports offline."""

    code = "printer_offline"

    def __init__(self, detail_id: str = "", detail_en: str = "") -> None:
        super().__init__(
            _join(
                "Printer tidak dapat dihubungi.",
                detail_id,
                "Periksa kabel dan daya printer, lalu coba lagi. "
                "Jika masih gagal, hubungi petugas.",
            ),
            _join(
                "The printer cannot be reached.",
                detail_en,
                "Check the printer's cable and power, then try again. If it still fails, "
                "call an officer.",
            ),
        )


class PaperOut(PrinterError):
    code = "paper_out"

    def __init__(self) -> None:
        super().__init__(
            "Kertas printer habis. Isi gulungan kertas baru, tutup printer, lalu cetak ulang.",
            "The printer is out of paper. Load a new paper roll, close the cover, then "
            "print again.",
        )


class CoverOpen(PrinterError):
    code = "cover_open"

    def __init__(self) -> None:
        super().__init__(
            "Tutup printer terbuka. Tutup rapat sampai berbunyi klik, lalu cetak ulang.",
            "The printer cover is open. Close it until it clicks, then print again.",
        )


class PrinterFault(PrinterError):
    """The printer reports an error of its own (cutter jam, overheating, mechanism)."""

    code = "printer_fault"

    def __init__(self) -> None:
        super().__init__(
            "Printer melaporkan kerusakan (misalnya pemotong kertas macet). Matikan dan "
            "nyalakan printer; jika tetap gagal, hubungi petugas teknis.",
            "The printer reports a fault (for example a paper-cutter jam). Switch the "
            "printer off and on; if it still fails, call technical support.",
        )


class PrinterTimeout(PrinterError):
    """The printer did not take the data (or did not answer) within the time limit."""

    code = "printer_timeout"

    def __init__(self, seconds: float) -> None:
        shown = f"{seconds:.1f}".replace(".", ",")
        super().__init__(
            f"Printer tidak merespons dalam {shown} detik. Periksa apakah printer menyala "
            "dan kertas tidak macet, lalu cetak ulang.",
            f"The printer did not respond within {seconds:.1f} seconds. Check that it is "
            "switched on and the paper is not jammed, then print again.",
        )
        self.seconds = seconds


class PrinterConfigError(PrinterError):
    """The printer setting of this device is wrong: fixing it needs an administrator."""

    code = "printer_config"
    retryable = False

    def __init__(self, problem_id: str, problem_en: str) -> None:
        super().__init__(
            _join(
                "Pengaturan printer perangkat ini salah:",
                problem_id,
                "Minta administrator memperbaiki alamat printer (contoh: tcp://192.168.1.50:9100).",
            ),
            _join(
                "This device's printer setting is wrong:",
                problem_en,
                "Ask an administrator to fix the printer address "
                "(example: tcp://192.168.1.50:9100).",
            ),
        )
        self.problem_en = problem_en


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)
