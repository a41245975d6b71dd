"""Reading what an officer types into a data-change form: dates, counts, rupiah, documents.

Owns the small parsers the data-change checks share, each adding a `ValidationError`
named after the form field to the list it is given and returning None when the entry
is not usable, so a form reports every wrong field at once; and `apply_rule`, which runs
a domain rule and files its error (or an `Eligibility` refusal) under the form field the
officer must correct. Holds no JKN rule. Must not import Qt or the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from datetime import date
from typing import TypeVar

from anjungan.core.domain.change_types import ChangeDocument
from anjungan.core.domain.changes import Eligibility
from anjungan.core.domain.money import Rupiah
from anjungan.core.errors import RuleError, ValidationError
from anjungan.core.services.forms import required

T = TypeVar("T")

_DAY_FIRST = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})")
_DAY_PACKED = re.compile(r"(\d{2})(\d{2})(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RUPIAH_TAIL = re.compile(r"(,00|,-|\.-)$")
MAX_COUNT = 999


def read_day(errors: list[ValidationError], field: str, text: str, *, needed: bool) -> date | None:
    """``23-11-2026``, ``23/11/2026``, ``23.11.2026``, ``23112026`` or ISO ``2026-11-23``."""
    typed = text.strip()
    if not typed:
        if needed:
            errors.append(
                ValidationError(field, "required", "Tanggal wajib diisi.", "Please enter the date.")
            )
        return None
    match = _DAY_FIRST.fullmatch(typed) or _DAY_PACKED.fullmatch(typed)
    parts = (match.group(3), match.group(2), match.group(1)) if match else None
    if parts is None and (iso := _ISO.fullmatch(typed)) is not None:
        parts = (iso.group(1), iso.group(2), iso.group(3))
    if parts is None:
        errors.append(
            ValidationError(
                field,
                "bad_date",
                "Tulis tanggal sebagai tanggal-bulan-tahun, misalnya 23-11-2026.",
                "Write the date as day-month-year, for example 23-11-2026.",
            )
        )
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        errors.append(
            ValidationError(
                field,
                "invalid_date",
                "Tanggal ini tidak ada di kalender. Periksa tanggal dan bulannya.",
                "This date does not exist in the calendar. Check the day and the month.",
            )
        )
        return None


def read_count(
    errors: list[ValidationError],
    field: str,
    text: str,
    *,
    what_id: str,
    what_en: str,
    minimum: int = 0,
) -> int | None:
    """A whole number typed in digits, at least ``minimum`` and at most `MAX_COUNT`."""
    typed = text.strip()
    if not typed:
        errors.append(required(field, what_id, what_en))
        return None
    if not (typed.isascii() and typed.isdigit()):
        errors.append(
            ValidationError(
                field,
                "not_digits",
                f"{what_id} diisi angka saja.",
                f"Enter the {what_en} in digits only.",
            )
        )
        return None
    value = int(typed)
    if not minimum <= value <= MAX_COUNT:
        errors.append(
            ValidationError(
                field,
                "out_of_range",
                f"{what_id} harus antara {minimum} dan {MAX_COUNT}.",
                f"The {what_en} must be between {minimum} and {MAX_COUNT}.",
            )
        )
        return None
    return value


def read_rupiah(
    errors: list[ValidationError], field: str, text: str, *, what_id: str, what_en: str
) -> Rupiah | None:
    """Whole rupiah as people write them: ``Rp5.250.000``, ``5 250 000``, ``5.250.000,00``."""
    typed = text.strip()
    if typed[:2].casefold() == "rp":
        typed = typed[2:]
    digits = "".join(c for c in _RUPIAH_TAIL.sub("", typed.strip()) if c not in " .,")
    if not digits:
        errors.append(required(field, what_id, what_en))
        return None
    if not (digits.isascii() and digits.isdigit()):
        errors.append(
            ValidationError(
                field,
                "not_rupiah",
                f"{what_id} diisi angka rupiah, misalnya 5.250.000.",
                f"Enter the {what_en} in rupiah digits, for example 5.250.000.",
            )
        )
        return None
    amount = int(digits)
    if amount <= 0:
        errors.append(
            ValidationError(
                field,
                "not_positive",
                f"{what_id} harus lebih dari nol.",
                f"The {what_en} must be more than zero.",
            )
        )
        return None
    return amount


def check_documents(
    errors: list[ValidationError],
    needed: Collection[ChangeDocument],
    provided: Collection[ChangeDocument],
) -> None:
    missing = [doc for doc in needed if doc not in provided]
    if missing:
        errors.append(
            ValidationError(
                "documents",
                "documents_missing",
                "Dokumen belum diperiksa: "
                + ", ".join(doc.label("id") for doc in missing)
                + ". Periksa aslinya lalu centang.",
                "Documents not checked yet: "
                + ", ".join(doc.label("en") for doc in missing)
                + ". Check the originals, then tick them.",
            )
        )


def text_limit(errors: list[ValidationError], field: str, text: str, limit: int) -> str:
    """``text`` with its spaces collapsed; an error if longer than ``limit``."""
    value = " ".join(text.split())
    if len(value) > limit:
        errors.append(
            ValidationError(
                field,
                "too_long",
                f"Paling panjang {limit} karakter. Ringkas isinya.",
                f"At most {limit} characters. Shorten it.",
            )
        )
    return value


def apply_rule(
    errors: list[ValidationError],
    check: Callable[[], T],
    fields: Mapping[str, str],
    default: str,
) -> T | None:
    """Run a domain rule; file its error under the form field the officer must correct.

    ``fields`` maps a domain error's field name or code to a form field; anything else
    goes to ``default``. A refused `Eligibility` is filed the same way by its code, and
    then None is returned.
    """
    try:
        result = check()
    except (ValidationError, RuleError) as error:
        name = error.field if isinstance(error, ValidationError) else error.code
        errors.append(
            ValidationError(
                fields.get(name, fields.get(error.code, default)),
                error.code,
                error.message_id,
                error.message_en,
            )
        )
        return None
    if isinstance(result, Eligibility) and not result.allowed:
        code = result.code or "refused"
        errors.append(
            ValidationError(
                fields.get(code, default), code, result.message_id or "", result.message_en or ""
            )
        )
        return None
    return result
