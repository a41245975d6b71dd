"""Data changes at the counter: every change type checked by the domain's rules, every
wrong field named at once, and a valid change saved as one record with one outbox row."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from anjungan.core.domain.change_types import ChangeDocument as Doc
from anjungan.core.domain.change_types import ChangeType
from anjungan.core.domain.changes import FamilyChangeKind, FktpChangeReason
from anjungan.core.domain.member_changes import SegmentChangeCause
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.services.data_change_payload import form_from_payload, recheck_payload
from anjungan.core.services.data_changes import (
    AbroadDeparture,
    AbroadReturn,
    ChangeForm,
    ClassChange,
    ContactChange,
    FamilyAddition,
    FamilyRemoval,
    FktpChange,
    IdentityChange,
    RankSalaryChange,
    Reactivation,
    SegmentChange,
    Subject,
    change_reference,
    check_change,
    record_data_change,
)
from anjungan.core.services.forms import Desk, FormInvalid
from anjungan.core.store.models import OutboxKind, OutboxStatus
from tests.integration.services.conftest import UowFactory

TODAY = date(2026, 11, 23)
HOLDER = Subject(card_number="0001-9443-5891-1", nik="3171011205800001")  # born 12 May 1980
WIFE = "3171014308830002"  # born 3 Aug 1983
NEWBORN = "3171011011260005"  # born 10 Nov 2026
SEVENTY = "3171010106560006"  # born 1 Jun 1956: 70 years old

IDENTITY = IdentityChange(
    HOLDER,
    new_name="budi  santosa",
    note="Nama salah ketik saat pendaftaran.",
    documents=frozenset({Doc.KK, Doc.KTP}),
)

CONTACT = ContactChange(HOLDER, phone="0812-3456-7890", email="Budi@Mail.CO.ID")

RANK_SALARY = RankSalaryChange(HOLDER, rank="iii/c", salary="Rp5.250.000", documents=frozenset(Doc))

FAMILY_ADD = FamilyAddition(
    HOLDER,
    FamilyChangeKind.ADD_NEWBORN,
    NEWBORN,
    "Bayi Santoso",
    frozenset({Doc.KK, Doc.BIRTH_CERTIFICATE}),
)

FAMILY_REMOVE = FamilyRemoval(
    HOLDER,
    FamilyChangeKind.REMOVE_DEATH,
    WIFE,
    "02-11-2026",
    frozenset({Doc.DEATH_CERTIFICATE}),
)

FKTP = FktpChange(
    HOLDER,
    Segment.PBPU,
    FktpChangeReason.MOVED_DOMICILE,
    "0138b011",
    "01-10-2026",
    documents=frozenset({Doc.MOVE_LETTER}),
)

CARE_CLASS = ClassChange(
    HOLDER, Segment.PBPU, CareClass.III, CareClass.II, "01-01-2025", "0", "3", "3"
)

REACTIVATION = Reactivation(HOLDER, Segment.PBPU, CareClass.III, "3", "30", "")

ABROAD_OUT = AbroadDeparture(
    HOLDER, Segment.PBPU, "15-12-2026", "12", frozenset({Doc.PASSPORT, Doc.STAY_ABROAD_PROOF})
)

ABROAD_IN = AbroadReturn(HOLDER, "2026-11-01", frozenset({Doc.PASSPORT}))

SEGMENT = SegmentChange(
    HOLDER,
    Segment.PPU_BU,
    Segment.PBPU,
    SegmentChangeCause.STOPPED_WORKING,
    CareClass.III,
    "3",
    "bri",
    "0023 0100 0123 567",
    frozenset({Doc.KK, Doc.SAVINGS_BOOK_FRONT_PAGE, Doc.ACCOUNT_OWNER_KTP}),
)

VALID: dict[ChangeType, ChangeForm] = {
    ChangeType.IDENTITY: IDENTITY,
    ChangeType.CONTACT: CONTACT,
    ChangeType.RANK_SALARY: RANK_SALARY,
    ChangeType.FAMILY_ADD: FAMILY_ADD,
    ChangeType.FAMILY_REMOVE: FAMILY_REMOVE,
    ChangeType.FKTP: FKTP,
    ChangeType.CARE_CLASS: CARE_CLASS,
    ChangeType.REACTIVATION: REACTIVATION,
    ChangeType.ABROAD_OUT: ABROAD_OUT,
    ChangeType.ABROAD_IN: ABROAD_IN,
    ChangeType.SEGMENT: SEGMENT,
}


def _codes(form: ChangeForm, today: date = TODAY) -> dict[str, str]:
    return {e.field: e.code for e in check_change(form, today).errors}


@pytest.mark.parametrize("change", list(ChangeType))
def test_the_sample_of_every_change_type_is_valid_and_decided(change: ChangeType) -> None:
    checked = check_change(VALID[change], TODAY)
    assert checked.errors == []
    assert checked.decision is not None
    assert checked.decision.change_type is change
    assert checked.decision.card_number == "0001944358911"
    assert checked.decision.new_values


def test_an_empty_form_of_every_type_names_the_participant_fields() -> None:
    for change, form in VALID.items():
        codes = _codes(replace(form, subject=Subject()))
        assert codes["card_number"] == "required", change
        assert codes["nik"] == "required", change


@pytest.mark.parametrize("change", list(ChangeType))
def test_every_type_saves_one_record_and_one_outbox_row_with_its_values(
    change: ChangeType, make_uow: UowFactory, desk: Desk
) -> None:
    saved = record_data_change(make_uow(), VALID[change], today=TODAY, desk=desk)
    assert saved.reference == change_reference(saved.record_uuid)
    with make_uow() as uow:
        [record] = uow.data_changes.latest()
        [entry] = uow.outbox.for_record(record.uuid)
        assert record.change_type == change.value
        assert (record.officer_id, record.office_code) == (desk.officer_id, desk.office_code)
        assert record.new_values == saved.decision.new_values
        assert entry.kind == OutboxKind.DATA_CHANGE
        assert entry.payload["change_type"] == change.value
        assert entry.payload["card_number"] == "0001944358911"
        assert entry.payload["nik"] == "3171011205800001"
        assert entry.payload["new_values"] == saved.decision.new_values


@pytest.mark.parametrize("change", list(ChangeType))
def test_a_saved_payload_reads_back_as_its_form_and_passes_the_server_recheck(
    change: ChangeType, make_uow: UowFactory, desk: Desk
) -> None:
    record_data_change(make_uow(), VALID[change], today=TODAY, desk=desk)
    with make_uow() as uow:
        [entry] = uow.outbox.with_status(OutboxStatus.PENDING)
        payload = dict(entry.payload)
    form, errors = form_from_payload(payload)
    assert errors == [] and form is not None
    assert check_change(form, TODAY).decision == check_change(VALID[change], TODAY).decision
    assert recheck_payload(payload, TODAY) == []


def test_an_invalid_form_writes_nothing_and_reports_every_wrong_field(
    make_uow: UowFactory, desk: Desk
) -> None:
    form = FamilyAddition(
        Subject("0001944358911", "3171015213870002"),  # month 13
        FamilyChangeKind.ADD_NEWBORN,
        SEVENTY,
        "B4YI",
        frozenset(),
    )
    with pytest.raises(FormInvalid) as caught:
        record_data_change(make_uow(), form, today=TODAY, desk=desk)
    assert set(caught.value.fields) == {"nik", "member_nik", "member_name", "documents"}
    with make_uow() as uow:
        assert uow.data_changes.count() == 0
        assert sum(uow.outbox.counts().values()) == 0


def test_a_seventy_year_old_child_is_refused_with_its_age_and_the_limits() -> None:
    form = replace(FAMILY_ADD, member_nik=SEVENTY)
    [error] = check_change(form, TODAY).errors
    assert (error.field, error.code) == ("member_nik", "child_too_old")
    assert "70 tahun" in error.message_id and "21" in error.message_id
    assert SEVENTY not in error.message_id + error.message_en


def test_a_child_older_than_the_card_holder_is_refused() -> None:
    young = Subject("0001944358911", "3171010101080001")  # an 18-year-old card holder
    form = replace(FAMILY_ADD, subject=young, member_nik="3171010101060007")
    assert _codes(form) == {"member_nik": "child_older_than_parent"}


def test_a_newborn_registered_after_28_days_is_accepted_but_marked_late() -> None:
    form = replace(FAMILY_ADD, member_nik="3171010110260008")  # 1 Oct
    decision = check_change(form, TODAY).decision
    assert decision is not None and decision.late
    assert decision.pay_by == date(2026, 10, 29)


def test_a_spouse_added_by_marriage_needs_the_marriage_certificate() -> None:
    form = FamilyAddition(HOLDER, FamilyChangeKind.ADD_MARRIAGE, WIFE, "Siti Aminah")
    codes = _codes(form)
    assert codes == {"documents": "documents_missing"}
    [error] = check_change(form, TODAY).errors
    assert "Buku nikah" in error.message_id
    assert _codes(replace(form, member_nik=HOLDER.nik, documents=frozenset(Doc))) == {
        "member_nik": "same_person"
    }


def test_a_removal_needs_its_cause_and_a_past_date_after_the_members_birth() -> None:
    empty = FamilyRemoval(HOLDER, None, WIFE, "", frozenset())
    assert _codes(empty) == {"cause": "required", "event_on": "required"}
    death = FAMILY_REMOVE
    assert _codes(replace(death, event_on="24-11-2026")) == {"event_on": "date_in_future"}
    assert _codes(replace(death, event_on="01-01-1980")) == {"event_on": "before_birth"}
    assert _codes(replace(death, event_on="31-02-2026")) == {"event_on": "invalid_date"}
    assert _codes(replace(death, event_on="kemarin")) == {"event_on": "bad_date"}
    divorce = replace(
        death,
        cause=FamilyChangeKind.REMOVE_DIVORCE,
        member_nik=HOLDER.nik,
        documents=frozenset({Doc.DIVORCE_CERTIFICATE}),
    )
    assert _codes(divorce) == {"member_nik": "same_person", "documents": "documents_missing"}


def test_a_death_takes_effect_on_the_day_of_death() -> None:
    decision = check_change(FAMILY_REMOVE, TODAY).decision
    assert decision is not None
    assert decision.effective_on == date(2026, 11, 2)
    assert decision.new_values["status"] == "DECEASED"


def test_a_phone_with_letters_and_a_bad_email_are_named_separately() -> None:
    form = ContactChange(HOLDER, phone="0812 abc 7890", email="budi@mail")
    assert _codes(form) == {"phone": "has_letters", "email": "bad_email"}
    assert _codes(ContactChange(HOLDER)) == {"phone": "nothing_to_change"}


def test_contact_values_are_stored_normalised() -> None:
    decision = check_change(CONTACT, TODAY).decision
    assert decision is not None
    assert decision.new_values == {"phone": "+6281234567890", "email": "Budi@mail.co.id"}


def test_an_identity_correction_needs_something_to_change_a_reason_and_its_documents() -> None:
    form = IdentityChange(HOLDER)
    assert _codes(form) == {
        "new_nik": "nothing_to_change",
        "note": "required",
        "documents": "documents_missing",
    }
    same = replace(IDENTITY, new_nik=HOLDER.nik)
    assert _codes(same) == {"new_nik": "same_as_current"}
    corrected = replace(IDENTITY, new_nik="3171011205810001")
    decision = check_change(corrected, TODAY).decision
    assert decision is not None
    assert decision.new_values["birth_date"] == "1981-05-12"


def test_rank_and_salary_give_the_class_and_the_employer_and_worker_shares() -> None:
    decision = check_change(RANK_SALARY, TODAY).decision
    assert decision is not None and decision.contribution is not None
    assert decision.new_values["rank"] == "III/c"
    assert decision.care_class is CareClass.I  # above Rp4,000,000
    assert decision.contribution.employer == 210_000  # 4% of 5,250,000
    assert decision.contribution.participant == 52_500  # 1%
    bad = replace(RANK_SALARY, rank="IV/f", salary="lima juta")
    assert _codes(bad) == {"rank": "unknown_grade", "salary": "not_rupiah"}


def test_an_fktp_change_within_3_months_needs_a_reason_with_proof() -> None:
    regular = replace(FKTP, reason=FktpChangeReason.REGULAR, documents=frozenset())
    [error] = check_change(regular, TODAY).errors
    assert (error.field, error.code) == ("last_change_on", "fktp_change_too_soon")
    assert "mulai 01-01-2027." in error.message_id  # the day as the form writes dates
    no_proof = replace(FKTP, documents=frozenset())
    assert _codes(no_proof) == {"documents": "documents_missing"}
    decision = check_change(FKTP, TODAY).decision
    assert decision is not None and decision.effective_on == date(2026, 12, 1)
    assert decision.new_values["fktp_code"] == "0138B011"


def test_the_new_fktp_code_has_eight_letters_or_digits() -> None:
    # DOMAIN.md "Faskes": a facility code (kdProvider) has 8 characters, e.g. 0138U020.
    for typed in ("0138B01", "0138B0111", "0138-B01"):
        assert _codes(replace(FKTP, fktp_code=typed)) == {"fktp_code": "bad_format"}
    assert _codes(replace(FKTP, fktp_code="")) == {"fktp_code": "required"}
    decision = check_change(replace(FKTP, fktp_code=" 0138u020 "), TODAY).decision
    assert decision is not None and decision.new_values["fktp_code"] == "0138U020"


def test_a_job_transfer_is_for_wage_earners_only() -> None:
    form = replace(
        FKTP,
        reason=FktpChangeReason.JOB_TRANSFER,
        documents=frozenset({Doc.ASSIGNMENT_LETTER}),
    )
    assert _codes(form) == {"reason": "job_transfer_ppu_only"}
    assert _codes(replace(form, segment=Segment.PPU_PN)) == {}


def test_a_class_change_with_arrears_or_for_part_of_the_family_is_refused() -> None:
    form = CARE_CLASS
    assert _codes(replace(form, months_in_arrears="2")) == {
        "months_in_arrears": "class_change_arrears"
    }
    assert _codes(replace(form, members_requested="2")) == {
        "members_requested": "class_change_whole_family"
    }
    assert _codes(replace(form, segment=Segment.PPU_PN)) == {"segment": "class_change_mandiri_only"}
    assert _codes(replace(form, class_since="01-06-2026")) == {
        "class_since": "class_change_too_soon"
    }
    decision = check_change(form, TODAY).decision
    assert decision is not None
    assert decision.monthly_payable == 300_000  # 3 x Rp100,000 in class II
    assert decision.effective_on == date(2026, 12, 1)


def test_reactivation_counts_at_most_24_months_plus_the_current_one() -> None:
    decision = check_change(REACTIVATION, TODAY).decision
    assert decision is not None
    # Class III: the family pays Rp35,000 per person; (24 + 1) x 3 x 35,000.
    assert decision.monthly_payable == 105_000
    assert decision.months_counted == 24
    assert decision.amount_to_pay == 25 * 105_000
    assert decision.penalty_if_inpatient is None


def test_reactivation_prices_the_inpatient_penalty_at_12_months_and_its_cap() -> None:
    form = replace(REACTIVATION, inacbg_cost="Rp10.000.000")
    decision = check_change(form, TODAY).decision
    assert decision is not None
    assert decision.penalty_if_inpatient == 6_000_000  # 5% x 10,000,000 x 12
    huge = replace(form, inacbg_cost="100.000.000,00")
    decision = check_change(huge, TODAY).decision
    assert decision is not None and decision.penalty_if_inpatient == 30_000_000


def test_reactivation_needs_arrears_and_a_self_paying_family() -> None:
    form = REACTIVATION
    assert _codes(replace(form, months_in_arrears="0")) == {"months_in_arrears": "not_suspended"}
    assert _codes(replace(form, months_in_arrears="3x")) == {"months_in_arrears": "not_digits"}
    assert _codes(replace(form, segment=Segment.PPU_BU)) == {
        "segment": "reactivation_not_self_paid"
    }


def test_a_stay_abroad_under_6_months_or_of_a_wage_earner_is_refused() -> None:
    form = ABROAD_OUT
    assert _codes(replace(form, months_abroad="5")) == {"months_abroad": "abroad_too_short"}
    assert _codes(replace(form, segment=Segment.PPU_PN)) == {"segment": "abroad_ppu_still_paid"}
    decision = check_change(form, TODAY).decision
    assert decision is not None and decision.effective_on == date(2027, 1, 1)


def test_back_from_abroad_the_iuran_is_due_within_a_month_of_the_return() -> None:
    decision = check_change(ABROAD_IN, TODAY).decision
    assert decision is not None and decision.pay_by == date(2026, 12, 1)
    future = replace(ABROAD_IN, return_on="30-11-2026")
    assert _codes(future) == {"return_on": "date_in_future"}


def test_a_segment_change_goes_to_pbpu_or_bp_with_an_autodebit_account() -> None:
    form = SEGMENT
    assert _codes(replace(form, target_segment=Segment.PPU_BU)) == {
        "target_segment": "segment_target_mandiri_only"
    }
    assert _codes(replace(form, segment=Segment.PBPU)) == {"target_segment": "segment_unchanged"}
    assert _codes(replace(form, cause=None, bank="Bank Jago", account_number="12ab")) == {
        "cause": "required",
        "bank": "bank_not_accepted",
        "account_number": "not_digits",
    }
    decision = check_change(form, TODAY).decision
    assert decision is not None
    assert decision.monthly_payable == 105_000
    assert decision.new_values["account_number"] == "002301000123567"


def test_the_reference_is_read_from_the_record_uuid() -> None:
    assert change_reference(uuid.UUID("3f2a91c0-0000-4000-8000-000000000000")) == "UBH-3F2A-91C0"
