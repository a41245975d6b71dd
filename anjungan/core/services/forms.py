"""What every counter use case shares: the desk it runs at and how a form's errors travel.

Owns `Desk` (the officer and office every counter record is audited to), `FormInvalid`
(all of a form's field errors at once, raised before anything is written) and the small
helpers that re-label a domain error with the form field it belongs to. Must not hold
any rule of its own: the rules are in `core.domain`, the forms in their service modules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from anjungan.core.errors import AnjunganError, RuleError, ValidationError

T = TypeVar("T")


@dataclass(frozen=True)
class Desk:
    """Who records at this counter and where (the `Staffed` columns of every record).

    Until the counter has its login screen, the composition root supplies a stand-in
    officer id; the login will replace it with the authenticated officer.
    """

    officer_id: str
    office_code: str


class FormInvalid(AnjunganError):
    """A form was submitted with errors; nothing was saved. ``errors`` holds every one."""

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        super().__init__(
            "Formulir belum benar dan belum disimpan. Perbaiki isian yang ditandai, lalu "
            "simpan lagi.",
            "The form has errors and was not saved. Fix the marked fields, then save again.",
        )
        self.errors = tuple(errors)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(error.field for error in self.errors)


def on_field(error: AnjunganError, field: str) -> ValidationError:
    """The same sentence and code, reported on the form field ``field``.

    Domain parsers name their own field ("nik", "phone"); a form has several NIKs
    ("members[2].nik"), and rules (`RuleError`) have no field at all.
    """
    code = getattr(error, "code", "invalid")
    return ValidationError(field, code, error.message_id, error.message_en)


def collect(errors: list[ValidationError], field: str, check: Callable[[], T]) -> T | None:
    """Run ``check``; on a domain error append it (as ``field``) and return None."""
    try:
        return check()
    except (ValidationError, RuleError) as error:
        errors.append(on_field(error, field))
        return None


def required(field: str, what_id: str, what_en: str) -> ValidationError:
    """The error of an empty required field, worded like the domain's own."""
    return ValidationError(
        field, "required", f"{what_id} wajib diisi.", f"Please enter the {what_en}."
    )


def must_choose(field: str, what_id: str, what_en: str) -> ValidationError:
    """The error of a choice left unmade (a combo box, a set of radio buttons)."""
    return ValidationError(field, "required", f"Pilih {what_id}.", f"Choose the {what_en}.")


def storable(text: str) -> bool:
    """False for text no store can keep: a lone surrogate (a broken paste) is not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def unstorable(field: str) -> ValidationError:
    return ValidationError(
        field,
        "bad_character",
        "Isian ini berisi karakter rusak yang tidak dapat disimpan. Hapus lalu ketik ulang.",
        "This field holds a broken character that cannot be saved. Delete it and type again.",
    )


def raise_if_any(errors: Iterable[ValidationError]) -> None:
    found = list(errors)
    if found:
        raise FormInvalid(found)
