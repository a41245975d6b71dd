"""Registering a family at the counter: every rule of the form, and all-or-nothing saving."""

from __future__ import annotations

import re
import uuid
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.domain.registration import Document
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.services.forms import Desk, FormInvalid
from anjungan.core.services.registration import (
    AddressEntry,
    AutodebitEntry,
    FamilyRole,
    MemberEntry,
    RegistrationForm,
    provisional_reference,
    register_participant,
    registration_receipt,
    validate_registration,
)
from anjungan.core.store.models import OutboxKind
from tests.integration.services.conftest import (
    DAUGHTER,
    HEAD,
    PBPU_FAMILY,
    SON,
    SPOUSE,
    UowFactory,
)

TODAY = date(2026, 11, 23)


def _codes(form: RegistrationForm) -> dict[str, str]:
    return {e.field: e.code for e in validate_registration(form, TODAY)}


def _with_member(form: RegistrationForm, index: int, **changes: object) -> RegistrationForm:
    members = list(form.members)
    members[index] = replace(members[index], **changes)  # type: ignore[arg-type]
    return replace(form, members=tuple(members))


def test_the_sample_pbpu_family_is_valid() -> None:
    assert validate_registration(PBPU_FAMILY, TODAY) == []


def test_pbpu_family_of_four_is_saved_with_its_members_and_one_outbox_row(
    make_uow: UowFactory, desk: Desk
) -> None:
    saved = register_participant(make_uow(), PBPU_FAMILY, today=TODAY, desk=desk)

    with make_uow() as uow:
        [record] = uow.registrations.latest()
        [entry] = uow.outbox.for_record(record.uuid)
        assert record.uuid == saved.uuid
        assert [m.family_role for m in record.members] == ["head", "spouse", "child", "child"]
        assert record.segment == "PBPU" and record.care_class == 3
        assert record.phone == "+6281234567890"
        assert record.bank_account_number == "002301000123567"
        assert record.bank_account_holder == "BUDI SANTOSO"
        assert record.address == (
            "Jl. Merdeka No. 1 RT 01/RW 02, Gambir, Kota Jakarta Pusat, DKI Jakarta"
        )
        assert (record.officer_id, record.office_code) == (desk.officer_id, desk.office_code)
        assert entry.kind is OutboxKind.REGISTRATION
        assert len(entry.payload["members"]) == 4
        assert entry.payload["form_extra"]["region_code"] == "317101"
        assert entry.payload["form_extra"]["documents"] == sorted(
            d.value for d in PBPU_FAMILY.documents
        )


def test_members_get_birth_date_and_sex_from_their_nik(make_uow: UowFactory, desk: Desk) -> None:
    register_participant(make_uow(), PBPU_FAMILY, today=TODAY, desk=desk)
    with make_uow() as uow:
        [record] = uow.registrations.latest()
        facts = [(m.name, m.birth_date, m.sex) for m in record.members]
    assert facts == [
        ("BUDI SANTOSO", date(1980, 5, 12), "L"),
        ("SITI AMINAH", date(1983, 8, 3), "P"),
        ("ANDI SANTOSO", date(2010, 1, 15), "L"),
        ("RINA SANTOSO", date(2015, 6, 20), "P"),
    ]


def test_an_invalid_form_raises_every_error_and_writes_nothing(
    make_uow: UowFactory, desk: Desk
) -> None:
    bad = replace(
        _with_member(PBPU_FAMILY, 2, nik="3171011513100003"),  # month 13
        phone="0812-ABC-7890",
        fktp_code="",
    )
    with pytest.raises(FormInvalid) as raised:
        register_participant(make_uow(), bad, today=TODAY, desk=desk)
    assert set(raised.value.fields) == {"members[2].nik", "phone", "fktp_code"}
    with make_uow() as uow:
        assert uow.registrations.count() == 0
        assert sum(uow.outbox.counts().values()) == 0


def test_a_bad_nik_is_reported_on_its_own_row() -> None:
    errors = validate_registration(_with_member(PBPU_FAMILY, 1, nik="31710143088300"), TODAY)
    assert [(e.field, e.code) for e in errors] == [("members[1].nik", "wrong_length")]
    assert "16 digit" in errors[0].message("id")


def test_a_seventy_year_old_child_is_refused_with_the_age_in_the_message() -> None:
    old = _with_member(PBPU_FAMILY, 2, nik="3171010101560005")
    [error] = validate_registration(old, TODAY)
    assert (error.field, error.code) == ("members[2].relationship", "child_too_old")
    assert "70 tahun" in error.message("id")
    assert "70 years old" in error.message("en")


def test_a_child_of_22_is_covered_only_while_studying() -> None:
    grown = _with_member(PBPU_FAMILY, 2, nik="3171011501040003")  # born 15 Jan 2004
    assert _codes(grown) == {"members[2].relationship": "child_too_old"}
    assert _codes(_with_member(grown, 2, studying=True)) == {}


def test_a_child_older_than_the_head_is_refused() -> None:
    young_head = _with_member(PBPU_FAMILY, 0, nik="3171010101070001")  # born 2007
    older_child = _with_member(young_head, 2, nik="3171010101060003")  # born 2006, age 20
    assert _codes(older_child) == {"members[2].relationship": "child_older_than_head"}


def test_a_family_needs_exactly_one_head() -> None:
    no_head = _with_member(PBPU_FAMILY, 0, relationship=FamilyRole.OTHER)
    assert _codes(no_head) == {"members": "no_head"}
    two_heads = _with_member(PBPU_FAMILY, 1, relationship=FamilyRole.HEAD)
    assert _codes(two_heads) == {"members[1].relationship": "second_head"}


def test_the_same_nik_twice_is_refused_on_the_second_row() -> None:
    twice = _with_member(PBPU_FAMILY, 3, nik=SON.nik)
    assert _codes(twice) == {"members[3].nik": "duplicate_nik"}


def test_every_member_needs_a_name_and_a_relationship() -> None:
    blank = _with_member(PBPU_FAMILY, 1, name="  ", relationship=None)
    assert _codes(blank) == {"members[1].name": "required", "members[1].relationship": "required"}
    assert _codes(replace(PBPU_FAMILY, members=())) == {"members": "members_empty"}


def test_pbpu_registers_every_member_on_the_kk() -> None:
    three = replace(PBPU_FAMILY, members=(HEAD, SPOUSE, SON))
    [error] = validate_registration(three, TODAY)
    assert (error.field, error.code) == ("kk_member_count", "whole_family_required")
    assert error.message("id").startswith("1 anggota keluarga di KK belum ikut didaftarkan")
    extra = replace(PBPU_FAMILY, kk_member_count=3)
    assert _codes(extra) == {"kk_member_count": "member_not_on_kk"}
    assert _codes(replace(PBPU_FAMILY, kk_member_count=None)) == {"kk_member_count": "required"}


def _state_employee(**changes: object) -> RegistrationForm:
    form = replace(
        PBPU_FAMILY,
        segment=Segment.PPU_PN,
        kk_member_count=None,
        members=(HEAD, SPOUSE),
        documents=frozenset({Document.KK, Document.SK_PEGAWAI, Document.SALARY_LIST}),
        autodebit=AutodebitEntry(),
        care_class=CareClass.I,
    )
    return replace(form, **changes)  # type: ignore[arg-type]


def test_state_employees_need_no_whole_family_and_no_autodebit(
    make_uow: UowFactory, desk: Desk
) -> None:
    form = _state_employee()
    assert validate_registration(form, TODAY) == []
    record = register_participant(make_uow(), form, today=TODAY, desk=desk)
    assert record.bank_code is None and record.bank_account_number is None
    receipt = registration_receipt(record, registered_on=TODAY)
    assert receipt.first_payment is None  # wage earners pay through payroll


def test_documents_are_checked_per_segment() -> None:
    no_materai = replace(PBPU_FAMILY, documents=PBPU_FAMILY.documents - {Document.MATERAI})
    [error] = validate_registration(no_materai, TODAY)
    assert (error.field, error.code) == ("documents", "documents_missing")
    assert error.message("id") == "Dokumen belum lengkap: Meterai."
    # A state employee brings the SK and salary list, not a savings book.
    assert _codes(_state_employee(documents=PBPU_FAMILY.documents)) == {
        "documents": "documents_missing"
    }


def test_segments_registered_elsewhere_are_refused_at_the_counter() -> None:
    for segment in (Segment.PBI_JK, Segment.PPU_BU, Segment.PBPU_PEMDA):
        assert _codes(replace(PBPU_FAMILY, segment=segment)) == {
            "segment": "registration_not_at_counter"
        }
    assert _codes(replace(PBPU_FAMILY, segment=None)) == {"segment": "required"}


@pytest.mark.parametrize(
    ("autodebit", "field", "code"),
    [
        (AutodebitEntry("", "002301000123567", "Budi"), "autodebit_bank", "autodebit_required"),
        (AutodebitEntry("BSI", "002301000123567", "Budi"), "autodebit_bank", "bank_not_accepted"),
        (AutodebitEntry("BRI", "", "Budi"), "autodebit_account", "required"),
        (AutodebitEntry("BRI", "0023O1000123567", "Budi"), "autodebit_account", "not_digits"),
        (AutodebitEntry("BRI", "123456789", "Budi"), "autodebit_account", "wrong_length"),
        (AutodebitEntry("BRI", "002301000123567", ""), "autodebit_holder", "required"),
    ],
)
def test_pbpu_needs_an_autodebit_account_at_an_accepted_bank(
    autodebit: AutodebitEntry, field: str, code: str
) -> None:
    assert _codes(replace(PBPU_FAMILY, autodebit=autodebit)) == {field: code}


def test_a_phone_with_letters_is_refused() -> None:
    [error] = validate_registration(replace(PBPU_FAMILY, phone="0812 34S6 7890"), TODAY)
    assert (error.field, error.code) == ("phone", "has_letters")
    assert _codes(replace(PBPU_FAMILY, phone="")) == {"phone": "required"}


def test_the_address_regions_must_nest() -> None:
    # 3273 is Kota Bandung, in Jawa Barat, not in DKI Jakarta.
    wrong_kab = replace(PBPU_FAMILY, address=replace(PBPU_FAMILY.address, kabkota_code="3273"))
    assert _codes(wrong_kab) == {"kabkota": "unknown_region", "kecamatan": "unknown_region"}
    empty = replace(PBPU_FAMILY, address=AddressEntry())
    assert _codes(empty) == {
        "province": "required",
        "kabkota": "required",
        "kecamatan": "required",
        "street": "required",
    }


def test_the_fktp_code_has_eight_letters_or_digits() -> None:
    assert _codes(replace(PBPU_FAMILY, fktp_code="0138u020")) == {}
    assert _codes(replace(PBPU_FAMILY, fktp_code="0138-U20")) == {"fktp_code": "bad_format"}
    assert _codes(replace(PBPU_FAMILY, care_class=None)) == {"care_class": "required"}


def test_the_receipt_gives_the_reference_and_first_payment_14_to_30_days_later(
    make_uow: UowFactory, desk: Desk
) -> None:
    record = register_participant(make_uow(), PBPU_FAMILY, today=TODAY, desk=desk)
    receipt = registration_receipt(record, registered_on=TODAY)
    assert receipt.reference == provisional_reference(record.uuid)
    assert receipt.first_payment == (date(2026, 12, 7), date(2026, 12, 23))
    assert receipt.member_count == 4 and receipt.segment is Segment.PBPU


@given(st.uuids())
def test_the_provisional_reference_is_short_and_comes_from_the_uuid(value: uuid.UUID) -> None:
    reference = provisional_reference(value)
    assert re.fullmatch(r"REG-[0-9A-F]{4}-[0-9A-F]{4}", reference)
    assert reference.replace("-", "")[3:] == value.hex[:8].upper()


KNOWN_FIELDS = re.compile(
    r"segment|kk_number|kk_member_count|members(\[\d+\]\.(nik|name|relationship))?|province"
    r"|kabkota|kecamatan|street|phone|fktp_code|care_class|documents|autodebit_\w+"
)


@settings(deadline=None)
@given(nik=st.text(max_size=20), phone=st.text(max_size=16), name=st.text(max_size=12))
def test_any_typed_text_gives_field_errors_never_a_crash(nik: str, phone: str, name: str) -> None:
    form = replace(_with_member(PBPU_FAMILY, 1, nik=nik, name=name), phone=phone)
    for error in validate_registration(form, TODAY):
        assert KNOWN_FIELDS.fullmatch(error.field), error.field
        assert error.message("id") and error.message("en")


def test_the_daughter_sample_is_a_girl_by_the_plus_40_day() -> None:
    facts = DAUGHTER.facts(TODAY)
    assert facts is not None and facts.birth_date == date(2015, 6, 20)
    assert MemberEntry(nik="123").facts(TODAY) is None
