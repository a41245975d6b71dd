"""Indonesian phone numbers: accept what people type, store E.164 (``+6281234567890``).

Owns the phone rule of the registration and complaint forms. Accepted input: national
form with the trunk 0 (``0812-3456-7890``, ``(0542) 8512311``, ``021-5551234``) or
international form with country code 62, with or without ``+`` (``+62 812 3456 7890``,
``62812...``; a stray trunk 0 after 62, as in ``+62 (0)21 ...``, is dropped). Spaces,
dashes, dots and parentheses are ignored. What remains after 62 / 0 (the national
significant number, NSN) must be one of:

* mobile: ``8`` then ``1``-``9`` then 7-10 digits, so 10-13 digits as ``08...``. ``080x``
  is refused: those are toll-free/premium service numbers, not a person's phone.
* landline: an area code starting ``2``-``7`` or ``9`` and a subscriber number, 8-11
  digits in all (``21 5551234``, ``542 8512311``). The area code is required, because a
  bare local number cannot be called from the central server or by SMS gateways.

Sources: ITU-T E.164 (country code 62) and the Indonesian numbering plan (trunk prefix 0,
mobile ranges 08xx). It must not decide whether a number belongs to the participant, and
must never put the number into an error message.

Also owns the e-mail address rule of the data-change form (`normalize_email`): the
``local@domain`` shape of RFC 5321/5322 (dot-atom local part, at most 64 characters;
host names of RFC 1035 with a top-level domain of letters; 254 characters in all). The
domain is lower-cased, the local part kept as typed. Seed 001 lists e-mail among the
data a participant reports ("alamat domisili/email dan No. HP").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from anjungan.core.errors import ValidationError

COUNTRY_CODE = "62"
TRUNK_PREFIX = "0"
_MOBILE_NSN = re.compile(r"8[1-9][0-9]{7,10}")
_LANDLINE_NSN = re.compile(r"[2-79][0-9]{7,10}")
_IGNORED = frozenset(" -.()")


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"


@dataclass(frozen=True)
class PhoneNumber:
    e164: str
    kind: PhoneKind

    @property
    def national(self) -> str:
        """The number as dialled inside Indonesia: ``081234567890``."""
        return TRUNK_PREFIX + self.e164.removeprefix("+" + COUNTRY_CODE)


def _phone_error(code: str, message_id: str, message_en: str) -> ValidationError:
    return ValidationError("phone", code, message_id, message_en)


def _digits_of(text: str) -> tuple[bool, str]:
    """(had a leading ``+``, the digits) or a ValidationError for other characters."""
    body = "".join(c for c in text if not c.isspace() and c not in _IGNORED)
    if not body:
        raise _phone_error(
            "required",
            "Nomor telepon wajib diisi.",
            "Please enter a phone number.",
        )
    plus = body.startswith("+")
    digits = body[1:] if plus else body
    if any(c.isalpha() for c in digits):
        raise _phone_error(
            "has_letters",
            "Nomor telepon tidak boleh berisi huruf. Ketik angkanya saja, misalnya 0812 3456 7890.",
            "A phone number cannot contain letters. Type the digits only, "
            "for example 0812 3456 7890.",
        )
    if not (digits.isascii() and digits.isdigit()):
        raise _phone_error(
            "bad_character",
            "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, kurung, dan + di depan.",
            "A phone number may contain only digits, spaces, dashes, brackets and a leading +.",
        )
    return plus, digits


def parse_phone(text: str) -> PhoneNumber:
    """Check an Indonesian phone number and return it in E.164 with its kind.

    Raises `ValidationError` with ``field="phone"``.
    """
    plus, digits = _digits_of(text)
    if digits.startswith(COUNTRY_CODE):
        nsn = digits[len(COUNTRY_CODE) :]
        # "+62 (0)21 ..." is a common way to write a number; the 0 is not dialled.
        nsn = nsn.removeprefix(TRUNK_PREFIX)
    elif plus:
        raise _phone_error(
            "not_indonesian",
            "Hanya nomor telepon Indonesia (+62) yang dapat digunakan.",
            "Only Indonesian phone numbers (+62) can be used.",
        )
    elif digits.startswith(TRUNK_PREFIX):
        nsn = digits[len(TRUNK_PREFIX) :]
    else:
        raise _phone_error(
            "bad_prefix",
            "Nomor telepon harus diawali 08, kode wilayah (misalnya 021), atau +62.",
            "A phone number must start with 08, an area code (for example 021), or +62.",
        )
    if _MOBILE_NSN.fullmatch(nsn):
        kind = PhoneKind.MOBILE
    elif _LANDLINE_NSN.fullmatch(nsn):
        kind = PhoneKind.LANDLINE
    else:
        raise _phone_error(
            "bad_number",
            "Nomor telepon tidak lengkap atau tidak dikenal. Nomor HP 10-13 digit diawali 08; "
            "telepon rumah memakai kode wilayah, misalnya 021-5551234.",
            "The phone number is incomplete or not recognised. A mobile number has 10-13 "
            "digits starting 08; a landline needs its area code, for example 021-5551234.",
        )
    return PhoneNumber(e164=f"+{COUNTRY_CODE}{nsn}", kind=kind)


def normalize_phone(text: str) -> str:
    """The E.164 form (``+6281234567890``) of an Indonesian phone number; see `parse_phone`."""
    return parse_phone(text).e164


EMAIL_MAX_LENGTH = 254
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_EMAIL_TLD = re.compile(r"[A-Za-z]{2,63}")


def normalize_email(text: str) -> str:
    """``" Siti.Aminah@Mail.CO.ID "`` -> ``"Siti.Aminah@mail.co.id"``, or a ValidationError.

    Raises `ValidationError` with ``field="email"`` and code ``required``, ``bad_email``
    or ``too_long``. Never puts the address into the message.
    """
    address = text.strip()
    if not address:
        raise ValidationError(
            "email", "required", "Alamat email wajib diisi.", "Please enter the e-mail address."
        )
    if len(address) > EMAIL_MAX_LENGTH:
        raise ValidationError(
            "email",
            "too_long",
            f"Alamat email paling panjang {EMAIL_MAX_LENGTH} karakter.",
            f"An e-mail address has at most {EMAIL_MAX_LENGTH} characters.",
        )
    local, at, domain = address.rpartition("@")
    labels = domain.split(".")
    if not (
        at
        and len(local) <= 64
        and _EMAIL_LOCAL.fullmatch(local)
        and len(labels) >= 2
        and all(_EMAIL_LABEL.fullmatch(label) for label in labels)
        and _EMAIL_TLD.fullmatch(labels[-1])
    ):
        raise ValidationError(
            "email",
            "bad_email",
            "Alamat email tidak sah. Tulis lengkap seperti nama@contoh.co.id, tanpa spasi.",
            "The e-mail address is not valid. Write it in full like name@example.co.id, "
            "without spaces.",
        )
    return f"{local}@{domain.lower()}"
