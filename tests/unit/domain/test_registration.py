"""Registration requirements (seeds 003/004, DOMAIN.md "Registration requirements")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.registration import (
    Document,
    check_autodebit,
    check_documents,
    check_first_payment,
    check_new_registration,
    check_whole_family,
    first_payment_window,
    missing_documents,
    registration_requirements,
    required_documents,
)
from anjungan.core.domain.segments import Segment
from anjungan.core.errors import RuleError, ValidationError

TODAY = date(2026, 11, 23)
KK = ["3171014101900001", "3171010101880002", "3171015505150003"]
MANDIRI_DOCS = [
    Document.KK,
    Document.SAVINGS_BOOK_FRONT_PAGE,
    Document.ACCOUNT_OWNER_KTP,
    Document.MATERAI,
]


def test_pbpu_needs_kk_savings_book_account_owner_ktp_and_materai() -> None:
    assert list(required_documents(Segment.PBPU)) == MANDIRI_DOCS
    assert list(required_documents(Segment.BP)) == MANDIRI_DOCS


def test_asn_tni_polri_need_kk_sk_pegawai_and_latest_salary_list() -> None:
    assert required_documents(Segment.PPU_PN) == (
        Document.KK,
        Document.SK_PEGAWAI,
        Document.SALARY_LIST,
    )


def test_private_employees_cannot_be_registered_at_the_counter() -> None:
    with pytest.raises(RuleError) as caught:
        required_documents(Segment.PPU_BU)
    assert caught.value.code == "registration_not_at_counter"
    assert "HR" in caught.value.message("en")
    assert "Edabu" in caught.value.message("id")
    assert "perubahan data" in caught.value.message("id")


def test_pbi_and_pemda_participants_are_not_registered_at_the_counter() -> None:
    for segment in (Segment.PBI_JK, Segment.PBPU_PEMDA):
        with pytest.raises(RuleError):
            required_documents(segment)


def test_missing_documents_are_listed_in_both_languages() -> None:
    assert missing_documents(Segment.PBPU, [Document.KK]) == tuple(MANDIRI_DOCS[1:])
    with pytest.raises(RuleError) as caught:
        check_documents(Segment.PPU_PN, [Document.KK])
    assert "SK pegawai" in caught.value.message("id")
    assert "Latest salary list" in caught.value.message("en")
    check_documents(Segment.PBPU, MANDIRI_DOCS)  # complete: must not raise


def test_whole_family_rule_refuses_a_partial_family_with_a_count_and_no_nik() -> None:
    with pytest.raises(RuleError) as caught:
        check_whole_family(KK, KK[:1])
    error = caught.value
    assert error.code == "whole_family_required"
    assert error.message("id").startswith("2 anggota")
    assert error.message("en").startswith("2 family member")
    for nik in KK:
        assert nik not in str(error)
        assert nik not in error.message("id")


def test_whole_family_rule_refuses_someone_not_on_the_kk() -> None:
    with pytest.raises(RuleError) as caught:
        check_whole_family(KK, [*KK, "3171010101700009"])
    assert caught.value.code == "member_not_on_kk"
    assert "3171010101700009" not in caught.value.message("en")


def test_whole_family_rule_passes_the_complete_family_in_any_order() -> None:
    check_whole_family(KK, list(reversed(KK)))


def test_whole_family_rule_needs_the_kk_members() -> None:
    with pytest.raises(ValidationError):
        check_whole_family([], KK)


def test_first_payment_window_is_14_to_30_days_after_registration() -> None:
    assert first_payment_window(TODAY) == (date(2026, 12, 7), date(2026, 12, 23))


def test_first_payment_outside_the_window_is_refused() -> None:
    with pytest.raises(RuleError):
        check_first_payment(TODAY, TODAY + timedelta(days=13))
    with pytest.raises(RuleError):
        check_first_payment(TODAY, TODAY + timedelta(days=31))
    check_first_payment(TODAY, TODAY + timedelta(days=14))
    check_first_payment(TODAY, TODAY + timedelta(days=30))


def test_pbpu_needs_an_autodebit_account() -> None:
    with pytest.raises(ValidationError) as caught:
        check_autodebit(Segment.PBPU, None, on=TODAY)
    assert (caught.value.field, caught.value.code) == ("autodebit_bank", "autodebit_required")


def test_autodebit_accepts_the_five_banks_in_any_case() -> None:
    for bank in ("Mandiri", "bni", "BCA", "BRI", " btn "):
        check_autodebit(Segment.PBPU, bank, on=TODAY)


def test_autodebit_at_another_bank_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_autodebit(Segment.BP, "BSI", on=TODAY)
    assert caught.value.code == "bank_not_accepted"


def test_state_employees_need_no_autodebit() -> None:
    check_autodebit(Segment.PPU_PN, None, on=TODAY)


def test_pbpu_requirements_show_the_materai_of_10000_and_the_banks() -> None:
    req = registration_requirements(Segment.PBPU, on=TODAY)
    assert req.materai == 10_000
    assert req.accepted_banks == ("MANDIRI", "BNI", "BCA", "BRI", "BTN")
    assert req.autodebit_required
    assert req.whole_family
    asn = registration_requirements(Segment.PPU_PN, on=TODAY)
    assert (asn.materai, asn.autodebit_required, asn.whole_family) == (0, False, False)


def test_complete_pbpu_registration_passes_and_a_partial_family_does_not() -> None:
    check_new_registration(
        Segment.PBPU,
        documents=MANDIRI_DOCS,
        kk_members=KK,
        registering=KK,
        autodebit_bank="BRI",
        on=TODAY,
    )
    with pytest.raises(RuleError):
        check_new_registration(
            Segment.PBPU,
            documents=MANDIRI_DOCS,
            kk_members=KK,
            registering=KK[:2],
            autodebit_bank="BRI",
            on=TODAY,
        )


@given(
    kk=st.sets(st.from_regex(r"[0-9]{16}", fullmatch=True), min_size=1, max_size=8),
    registering=st.sets(st.from_regex(r"[0-9]{16}", fullmatch=True), max_size=8),
    keep=st.integers(0, 8),
)
def test_property_whole_family_passes_exactly_when_the_kk_and_the_list_match(
    kk: set[str], registering: set[str], keep: int
) -> None:
    chosen = set(sorted(kk)[:keep]) | registering
    if chosen == kk:
        check_whole_family(kk, chosen)
    else:
        with pytest.raises(RuleError) as caught:
            check_whole_family(kk, chosen)
        assert not any(nik in str(caught.value) for nik in kk | chosen)


@given(st.dates(min_value=date(2021, 1, 1), max_value=date(2040, 12, 31)))
def test_property_first_payment_window_is_16_days_from_day_14(registered: date) -> None:
    earliest, latest = first_payment_window(registered)
    assert (earliest - registered).days == 14
    assert (latest - earliest).days == 16
