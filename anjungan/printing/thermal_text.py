"""Text a receipt printer can print: code-page transliteration and fixed-column wrapping.

A thermal printer prints one byte per column from a single-byte code page (CP437 after
power-on on almost every model). `PrintableText` turns any Unicode string into a string
whose every character is printable ASCII or has a glyph in that code page: typographic
quotes and dashes become ASCII, accented letters keep their accent when the code page has
it and lose it otherwise (``Ś`` -> ``S``), anything else becomes ``?``. Control characters
are dropped or become spaces, so that data (a name typed at a kiosk) can never smuggle a
printer command into the byte stream. `wrap` cuts text to the paper's columns; the ESC/POS
renderer and the PNG preview both use it, so the preview breaks lines where the paper does.
Must not talk to a printer.
"""

from __future__ import annotations

import textwrap
import unicodedata
from functools import lru_cache

from escpos.capabilities import get_profile
from escpos.magicencode import Encoder

from anjungan.printing.errors import PrinterConfigError

DEFAULT_CODEPAGE = "CP437"
"""Selected by ESC @ on every ESC/POS printer; safe when the model is unknown."""

# Characters worth a readable ASCII stand-in rather than "?" (or a lost accent).
_REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": ",",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2022": "*",
    "\u00b7": ".",
    "\u2192": "->",
    "\u2190": "<-",
    "\u00d7": "x",
    "\u20ac": "EUR",
    "\u2122": "TM",
    "\u00a9": "(c)",
    "\u00ae": "(R)",
    "\u00df": "ss",
    "\u00c6": "AE",
    "\u00e6": "ae",
    "\u0152": "OE",
    "\u0153": "oe",
    "\u00d8": "O",
    "\u00f8": "o",
    "\u0141": "L",
    "\u0142": "l",
    "\u0110": "D",
    "\u0111": "d",
}

_MISSING = "?"


@lru_cache(maxsize=1)
def _encoder() -> Encoder:
    # The "default" profile lists every code page python-escpos knows, with its ESC t slot.
    return Encoder(get_profile("default").get_code_pages())


def codepage_slot(codepage: str) -> int:
    """The ESC t number of ``codepage`` (``CP437`` -> 0, ``CP858`` -> 19)."""
    return int(_encoder().get_sequence(_canonical(codepage)))


def _canonical(codepage: str) -> str:
    encoder = _encoder()
    try:
        return str(encoder.get_encoding_name(codepage.upper()))
    except (ValueError, KeyError):
        raise PrinterConfigError(
            f"code page {codepage!r} tidak dikenal (contoh: CP437, CP858).",
            f"code page {codepage!r} is unknown (for example CP437, CP858).",
        ) from None


class PrintableText:
    """Converts text for one code page. Immutable; safe to share between threads."""

    def __init__(self, codepage: str = DEFAULT_CODEPAGE) -> None:
        self.codepage = _canonical(codepage)
        self.slot = codepage_slot(self.codepage)

    def _has_glyph(self, char: str) -> bool:
        if " " <= char <= "~":
            return True
        if ord(char) < 0xA0 or unicodedata.category(char)[0] in "CZ":
            return False
        return bool(_encoder().can_encode(self.codepage, char))

    def clean(self, text: str) -> str:
        """``text`` with every character printable in this code page (see module doc)."""
        out: list[str] = []
        for char in unicodedata.normalize("NFC", text):
            out.append(self._char(char))
        return "".join(out)

    def _char(self, char: str) -> str:
        category = unicodedata.category(char)
        if category[0] == "Z" or char in "\t\n\r\v\f\x1c\x1d\x1e\x1f\x85":
            return " "
        if category[0] == "C" or category in ("Mn", "Me"):
            return ""  # controls, format marks, stray combining marks: nothing to print
        if self._has_glyph(char):
            return char
        if char in _REPLACEMENTS:
            return _REPLACEMENTS[char]
        stripped = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if stripped and all(self._has_glyph(c) for c in stripped):
            return stripped
        return _MISSING

    def encode(self, text: str) -> bytes:
        """The bytes a printer set to this code page prints as ``clean(text)``."""
        return bytes(_encoder().encode(self.clean(text), self.codepage))


def wrap(text: str, columns: int, *, hanging: int = 0) -> list[str]:
    """Lines of at most ``columns`` characters, broken at spaces where possible; lines
    after the first start with ``hanging`` spaces (kept below half the width).

    Paragraph breaks are the caller's business: the text is one paragraph. Empty or blank
    text gives no line.
    """
    if columns < 1:
        raise ValueError("columns must be at least 1")
    return textwrap.wrap(
        " ".join(text.split()),
        width=columns,
        subsequent_indent=" " * min(hanging, columns // 2),
        break_long_words=True,
        break_on_hyphens=False,
    )
