"""Person names as printed on Indonesian cards (KTP, KK, JKN card): upper case, one space.

Owns the name rule of every form: letters of any script (accents included), spaces,
apostrophes (``MA'RUF``), hyphens, dots and commas for titles (``H. MUHAMMAD, S.KOM``);
no digits or other symbols; at least one letter, at most `NAME_MAX_LENGTH` characters.
Also owns the masking that the kiosk shows to a person standing at the screen. It must
not guess first/last names or strip titles (a KTP name is kept as written), and must
never put the name into an error message.
"""

from __future__ import annotations

import unicodedata

from anjungan.core.errors import ValidationError

NAME_MAX_LENGTH = 100
NAME_PUNCTUATION = frozenset("'-.,")
# Phones and word processors turn ' into a typographic quote; the KTP has the plain one.
_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'"})
_MASK_KEEP = 2


def _name_error(code: str, message_id: str, message_en: str) -> ValidationError:
    return ValidationError("name", code, message_id, message_en)


def _normal_form(text: str) -> str:
    # Upper-casing can expand a letter into several (ŉ -> ʼN, ΐ -> Ϊ + accent) that NFC or
    # the apostrophe table then change again; repeat until stable so that normalising twice
    # changes nothing.
    for _ in range(4):
        step = unicodedata.normalize("NFC", text).upper()
        step = unicodedata.normalize("NFC", step).translate(_APOSTROPHES)
        step = " ".join(step.split())
        if step == text:
            break
        text = step
    return text


def normalize_name(text: str) -> str:
    """``"  h.  muhammad ma’ruf "`` -> ``"H. MUHAMMAD MA'RUF"``, or a ValidationError.

    Raises `ValidationError` with ``field="name"`` and code ``required``, ``has_digits``,
    ``bad_character``, ``no_letter`` or ``too_long``.
    """
    name = _normal_form(text)
    if not name:
        raise _name_error("required", "Nama wajib diisi.", "Please enter the name.")
    previous = " "
    for char in name:
        category = unicodedata.category(char)
        if char.isdigit() or category == "Nd":
            raise _name_error(
                "has_digits",
                "Nama tidak boleh berisi angka. Tulis nama seperti pada KTP atau KK.",
                "A name cannot contain digits. Write the name as on the KTP or KK.",
            )
        is_mark = category.startswith("M")
        # A combining mark (accent) is only meaningful on a letter, never on its own.
        attached = is_mark and (
            previous.isalpha() or unicodedata.category(previous).startswith("M")
        )
        if not (char.isalpha() or char == " " or char in NAME_PUNCTUATION or attached):
            raise _name_error(
                "bad_character",
                "Nama hanya boleh berisi huruf, spasi, tanda petik ('), tanda hubung (-), "
                "titik, dan koma. Tulis nama seperti pada KTP atau KK.",
                "A name may contain only letters, spaces, apostrophes ('), hyphens (-), dots "
                "and commas. Write the name as on the KTP or KK.",
            )
        previous = char
    if not any(c.isalpha() for c in name):
        raise _name_error(
            "no_letter",
            "Nama harus berisi setidaknya satu huruf.",
            "A name must contain at least one letter.",
        )
    if len(name) > NAME_MAX_LENGTH:
        raise _name_error(
            "too_long",
            f"Nama paling panjang {NAME_MAX_LENGTH} karakter. Singkat gelar jika perlu.",
            f"A name can be at most {NAME_MAX_LENGTH} characters. Abbreviate titles if needed.",
        )
    return name


def mask_name(name: str) -> str:
    """``"Suparman Raharjo"`` -> ``"SU****** RA*****"``: enough to recognise oneself.

    Each word keeps its first two characters and the rest become ``*``, so the word
    lengths stay (a person checks their own name by its shape). A word of one or two
    characters keeps only its first character (``"AL"`` -> ``"A*"``), otherwise it would
    be shown in full. Masks whatever it is given (upper-cased, spaces collapsed) without
    validating it, so a name from a BPJS response is never refused here.
    """
    masked = []
    for word in _normal_form(name).split(" "):
        keep = _MASK_KEEP if len(word) > _MASK_KEEP else 1
        masked.append(word[:keep] + "*" * (len(word) - keep))
    return " ".join(masked) if any(masked) else ""
