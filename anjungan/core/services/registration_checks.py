"""The checks of a registration form: every field error at once, each naming its field.

Owns `validate_registration`. The rules are the domain's, applied field by field so the
officer sees every problem next to its field (``members[2].nik``, ``phone``...): NIK,
KK, name and phone parsing (DOMAIN.md "Identity"); documents per segment and the
segments a counter cannot register (seed 003 "Persyaratan"); the whole family on the KK
and the autodebit account for PBPU/BP (DOMAIN.md "New PBPU registration", seeds 003 and
004); a child is covered until 21, or 25 while studying (Perpres 82/2018 as amended,
`changes.child_covered`), and is younger than the head. Must not import Qt or the store.
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from anjungan.core.domain.changes import child_covered
from anjungan.core.domain.contact import parse_phone
from anjungan.core.domain.digit_input import strip_separators
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import NikInfo, age_on, parse_kk, parse_nik
from anjungan.core.domain.regions import kabkota, kecamatan, region_of
from anjungan.core.domain.registration import (
    check_autodebit,
    check_documents,
    check_whole_family,
    required_documents,
)
from anjungan.core.domain.segments import Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import ValidationError
from anjungan.core.services.forms import collect, must_choose, required, storable, unstorable
from anjungan.core.services.registration_form import (
    AddressEntry,
    AutodebitEntry,
    FamilyRole,
    RegistrationForm,
)

# DOMAIN.md "Faskes": a facility code (kdProvider) has 8 characters, e.g. 0138U020.
_FKTP_CODE = re.compile(r"[0-9A-Z]{8}")
# Savings account numbers of the five autodebit banks run from 10 (BCA, BNI) to 16
# digits (BTN); the bank checks the exact number, the counter only catches typos.
ACCOUNT_DIGITS = (10, 16)
STREET_MAX_LENGTH = 200


def validate_registration(
    form: RegistrationForm, today: date, *, book: TariffBook | None = None
) -> list[ValidationError]:
    """Every error of ``form``, in page order; an empty list means it can be saved."""
    errors: list[ValidationError] = []
    segment = _check_segment(form, errors)
    collect(errors, "kk_number", lambda: parse_kk(form.kk_number))
    _check_members(form, today, errors, book)
    if segment is not None and segment.is_mandiri:
        _check_whole_family(form, errors)
    _check_address(form.address, errors)
    collect(errors, "phone", lambda: parse_phone(form.phone))
    _check_fktp(form.fktp_code, errors)
    if form.care_class is None:
        errors.append(must_choose("care_class", "kelas rawat", "care class"))
    if segment is not None:
        collect(errors, "documents", lambda: check_documents(segment, form.documents))
        if segment.is_mandiri:
            _check_autodebit(segment, form.autodebit, today, errors, book)
    return errors


def _check_segment(form: RegistrationForm, errors: list[ValidationError]) -> Segment | None:
    segment = form.segment
    if segment is None:
        errors.append(must_choose("segment", "segmen kepesertaan", "participant segment"))
        return None
    # Raises for the segments registered elsewhere (PBI, Pemda, private employers' HR).
    if collect(errors, "segment", lambda: required_documents(segment)) is None:
        return None
    return segment


def _check_members(
    form: RegistrationForm, today: date, errors: list[ValidationError], book: TariffBook | None
) -> None:
    if not form.members:
        errors.append(
            ValidationError(
                "members",
                "members_empty",
                "Belum ada anggota keluarga. Isi anggota sesuai Kartu Keluarga.",
                "No family member yet. Enter the members shown on the family card.",
            )
        )
        return
    facts: list[NikInfo | None] = []
    seen: set[str] = set()
    for i, member in enumerate(form.members):
        info = collect(errors, f"members[{i}].nik", partial(parse_nik, member.nik, today))
        if info is not None and info.nik in seen:
            errors.append(_duplicate_nik(i))
        elif info is not None:
            seen.add(info.nik)
        facts.append(info)
        collect(errors, f"members[{i}].name", partial(normalize_name, member.name))
        if member.relationship is None:
            errors.append(
                must_choose(f"members[{i}].relationship", "hubungan keluarga", "relationship")
            )
    heads = [i for i, m in enumerate(form.members) if m.relationship is FamilyRole.HEAD]
    if not heads:
        errors.append(
            ValidationError(
                "members",
                "no_head",
                "Belum ada kepala keluarga. Tandai satu anggota sebagai kepala keluarga.",
                "No head of family yet. Mark one member as the head of family.",
            )
        )
    for i in heads[1:]:
        errors.append(
            ValidationError(
                f"members[{i}].relationship",
                "second_head",
                "Kepala keluarga hanya satu. Periksa hubungan keluarga sesuai KK.",
                "A family has one head. Check the relationship on the KK.",
            )
        )
    head_facts = facts[heads[0]] if heads else None
    for i, member in enumerate(form.members):
        info = facts[i]
        if member.relationship is FamilyRole.CHILD and info is not None:
            error = _child_error(i, info, head_facts, member.studying, today, book)
            if error is not None:
                errors.append(error)


def _duplicate_nik(i: int) -> ValidationError:
    return ValidationError(
        f"members[{i}].nik",
        "duplicate_nik",
        "NIK ini sudah diisi pada anggota lain. Setiap anggota punya NIK sendiri.",
        "This NIK is already entered for another member. Each member has their own NIK.",
    )


def _child_error(
    i: int,
    info: NikInfo,
    head: NikInfo | None,
    studying: bool,
    today: date,
    book: TariffBook | None,
) -> ValidationError | None:
    """A "child" the rules cannot cover: past the age limit, or older than the head."""
    field_name = f"members[{i}].relationship"
    age = age_on(info.birth_date, today)
    if not child_covered(info.birth_date, today, studying, book=book):
        family = (book or TariffBook.load()).tariffs_on(today).family
        return ValidationError(
            field_name,
            "child_too_old",
            f"Menurut NIK, anggota ini berumur {age} tahun tetapi dicatat sebagai anak. "
            f"Anak ditanggung sampai umur {family.child_max_age} tahun "
            f"({family.student_child_max_age} tahun bila masih sekolah/kuliah). "
            "Periksa NIK dan hubungan keluarga.",
            f"By the NIK this member is {age} years old but is entered as a child. "
            f"Children are covered until {family.child_max_age} "
            f"({family.student_child_max_age} while still in education). "
            "Check the NIK and the relationship.",
        )
    if head is not None and info.birth_date <= head.birth_date:
        return ValidationError(
            field_name,
            "child_older_than_head",
            "Menurut NIK, anak ini tidak lebih muda dari kepala keluarga. Periksa NIK dan "
            "hubungan keluarga.",
            "By the NIK this child is not younger than the head of family. Check the NIK "
            "and the relationship.",
        )
    return None


def _check_whole_family(form: RegistrationForm, errors: list[ValidationError]) -> None:
    """DOMAIN.md "New PBPU registration": every member on the KK registers together.

    The officer enters how many people the family card lists; the table must hold
    exactly that many. The domain rule compares keys, so the KK's rows are numbered.
    """
    count = form.kk_member_count
    if count is None or count < 1:
        errors.append(
            ValidationError(
                "kk_member_count",
                "required",
                "Isi jumlah anggota keluarga yang tercantum di Kartu Keluarga.",
                "Enter how many family members the family card lists.",
            )
        )
        return
    if not form.members:
        return  # "no member yet" already says it
    on_card = [str(n) for n in range(count)]
    entered = [str(n) for n in range(len(form.members))]
    collect(errors, "kk_member_count", lambda: check_whole_family(on_card, entered))


def _check_address(address: AddressEntry, errors: list[ValidationError]) -> None:
    prov, kab, kec = address.province_code, address.kabkota_code, address.kecamatan_code
    if not prov:
        errors.append(must_choose("province", "provinsi", "province"))
    elif region_of(prov) is None or len(prov) != 2:
        errors.append(_unknown_region("province"))
    if not kab:
        errors.append(must_choose("kabkota", "kabupaten/kota", "regency/city"))
    elif kab not in {r.code for r in kabkota(prov)}:
        errors.append(_unknown_region("kabkota"))
    if not kec:
        errors.append(must_choose("kecamatan", "kecamatan", "district (kecamatan)"))
    elif kec not in {r.code for r in kecamatan(prov, kab)}:
        errors.append(_unknown_region("kecamatan"))
    street = " ".join(address.street.split())
    if not street:
        errors.append(required("street", "Alamat jalan/RT/RW", "street address"))
    elif not storable(street):
        errors.append(unstorable("street"))
    elif len(street) > STREET_MAX_LENGTH:
        errors.append(
            ValidationError(
                "street",
                "too_long",
                f"Alamat paling panjang {STREET_MAX_LENGTH} karakter. Singkat seperlunya.",
                f"The address can be at most {STREET_MAX_LENGTH} characters. Shorten it.",
            )
        )


def _unknown_region(name: str) -> ValidationError:
    return ValidationError(
        name,
        "unknown_region",
        "Wilayah ini tidak ada di bawah wilayah yang dipilih di atasnya. Pilih ulang dari daftar.",
        "This region is not within the region chosen above it. Choose it again from the list.",
    )


def _check_fktp(code: str, errors: list[ValidationError]) -> None:
    text = code.strip().upper()
    if not text:
        errors.append(required("fktp_code", "Kode FKTP", "FKTP code"))
    elif not _FKTP_CODE.fullmatch(text):
        errors.append(
            ValidationError(
                "fktp_code",
                "bad_format",
                "Kode FKTP terdiri dari 8 huruf/angka, misalnya 0138U020. Lihat daftar faskes.",
                "An FKTP code has 8 letters or digits, for example 0138U020. See the "
                "facility list.",
            )
        )


def _check_autodebit(
    segment: Segment,
    entry: AutodebitEntry,
    today: date,
    errors: list[ValidationError],
    book: TariffBook | None,
) -> None:
    bank = entry.bank.strip() or None
    collect(errors, "autodebit_bank", lambda: check_autodebit(segment, bank, on=today, book=book))
    digits = strip_separators(entry.account_number)
    low, high = ACCOUNT_DIGITS
    if not digits:
        errors.append(required("autodebit_account", "Nomor rekening", "account number"))
    elif not (digits.isascii() and digits.isdigit()):
        errors.append(
            ValidationError(
                "autodebit_account",
                "not_digits",
                "Nomor rekening hanya berisi angka. Salin dari halaman depan buku tabungan.",
                "An account number has digits only. Copy it from the savings book's front page.",
            )
        )
    elif not low <= len(digits) <= high:
        errors.append(
            ValidationError(
                "autodebit_account",
                "wrong_length",
                f"Nomor rekening terdiri dari {low}-{high} digit. Periksa buku tabungan.",
                f"An account number has {low}-{high} digits. Check the savings book.",
            )
        )
    collect(errors, "autodebit_holder", lambda: normalize_name(entry.holder))
