"""Rules of the data changes beyond FKTP and class: children, newborns, deaths and
divorces, citizens abroad, segment changes, reactivation payers, ranks, e-mail, and the
documents each change needs."""

from __future__ import annotations

from datetime import date

import pytest

from anjungan.core.domain.billing import YearMonth
from anjungan.core.domain.change_types import ChangeDocument, ChangeType, documents_for
from anjungan.core.domain.changes import FamilyChangeKind, FktpChangeReason
from anjungan.core.domain.contact import normalize_email
from anjungan.core.domain.member_changes import (
    SegmentChangeCause,
    abroad_departure_eligibility,
    abroad_return_pay_by,
    check_family_event,
    check_new_child,
    check_reactivation_payer,
    check_segment_change,
    newborn_registration,
    normalize_rank,
)
from anjungan.core.domain.segments import Segment
from anjungan.core.errors import RuleError, ValidationError

TODAY = date(2026, 11, 23)


def test_a_child_under_21_or_a_student_under_25_may_join_the_family() -> None:
    check_new_child(date(2006, 11, 24), TODAY)  # 19
    check_new_child(date(2002, 11, 24), TODAY, studying=True)  # 23, studying


def test_a_seventy_year_old_child_is_refused_naming_the_age_not_the_birth_date() -> None:
    with pytest.raises(RuleError) as caught:
        check_new_child(date(1956, 6, 1), TODAY)
    assert caught.value.code == "child_too_old"
    assert "70 tahun" in caught.value.message_id and "70 years" in caught.value.message_en
    assert "1956" not in caught.value.message_id + caught.value.message_en


def test_a_child_born_before_the_parent_is_refused() -> None:
    with pytest.raises(RuleError) as caught:
        check_new_child(date(2010, 1, 1), TODAY, parent_birth_date=date(2010, 1, 1))
    assert caught.value.code == "child_older_than_parent"


def test_a_newborn_is_registered_within_28_days_of_birth() -> None:
    on_time = newborn_registration(date(2026, 10, 26), TODAY)
    assert (on_time.deadline, on_time.late) == (date(2026, 11, 23), False)
    late = newborn_registration(date(2026, 10, 25), TODAY)
    assert late.late and late.iuran_from == YearMonth(2026, 10)
    with pytest.raises(ValidationError):
        newborn_registration(date(2026, 11, 24), TODAY)


def test_a_death_or_divorce_date_is_not_in_the_future_nor_before_birth() -> None:
    check_family_event(TODAY, TODAY, member_birth_date=date(1980, 1, 1))
    with pytest.raises(ValidationError) as future:
        check_family_event(date(2026, 11, 24), TODAY, member_birth_date=None)
    assert (future.value.field, future.value.code) == ("event_on", "date_in_future")
    with pytest.raises(ValidationError) as before:
        check_family_event(date(1979, 12, 31), TODAY, member_birth_date=date(1980, 1, 1))
    assert before.value.code == "before_birth"


def test_cover_stops_abroad_from_the_month_after_departure_for_6_months_or_more() -> None:
    allowed = abroad_departure_eligibility(Segment.PBPU, date(2027, 2, 14), 6, TODAY)
    assert allowed.allowed and allowed.effective_on == date(2027, 3, 1)
    past = abroad_departure_eligibility(Segment.BP, date(2026, 9, 1), 12, TODAY)
    assert past.effective_on == date(2026, 12, 1)  # months already due stay due
    short = abroad_departure_eligibility(Segment.PBPU, date(2027, 2, 14), 5, TODAY)
    assert not short.allowed and short.code == "abroad_too_short"


def test_a_wage_earner_still_paid_in_indonesia_cannot_stop_cover_abroad() -> None:
    for segment in (Segment.PPU_PN, Segment.PPU_BU):
        refused = abroad_departure_eligibility(segment, TODAY, 24, TODAY)
        assert refused.code == "abroad_ppu_still_paid"
    with pytest.raises(ValidationError):
        abroad_departure_eligibility(Segment.PBPU, TODAY, 0, TODAY)


def test_back_from_abroad_the_iuran_is_paid_within_one_month() -> None:
    assert abroad_return_pay_by(date(2026, 10, 31), TODAY) == date(2026, 11, 30)
    with pytest.raises(ValidationError) as caught:
        abroad_return_pay_by(date(2026, 11, 24), TODAY)
    assert caught.value.field == "return_on"


def test_a_segment_change_at_the_counter_goes_to_pbpu_or_bp_only() -> None:
    check_segment_change(Segment.PPU_BU, Segment.PBPU)
    check_segment_change(Segment.PBI_JK, Segment.BP)
    with pytest.raises(RuleError, match="segment_target_mandiri_only"):
        check_segment_change(Segment.PBPU, Segment.PPU_BU)
    with pytest.raises(RuleError, match="segment_unchanged"):
        check_segment_change(Segment.BP, Segment.BP)
    assert SegmentChangeCause.STOPPED_WORKING.label("en").startswith("Stopped working")


def test_only_self_paying_families_are_priced_for_reactivation_at_the_counter() -> None:
    check_reactivation_payer(Segment.PBPU)
    check_reactivation_payer(Segment.BP)
    for segment in (Segment.PBI_JK, Segment.PBPU_PEMDA, Segment.PPU_PN, Segment.PPU_BU):
        with pytest.raises(RuleError, match="reactivation_not_self_paid"):
            check_reactivation_payer(segment)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("iii/a", "III/a"),
        ("IV / e", "IV/e"),
        (" ix ", "IX"),
        ("letnan  dua", "LETNAN DUA"),
        ("Brigadir Polisi Dua", "BRIGADIR POLISI DUA"),
    ],
)
def test_a_rank_is_kept_as_on_the_decree(typed: str, kept: str) -> None:
    assert normalize_rank(typed) == kept


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "required"),
        ("III/e", "unknown_grade"),
        ("IV/f", "unknown_grade"),
        ("III#a", "bad_rank"),
    ],
)
def test_a_rank_that_cannot_exist_is_refused(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_rank(typed)
    assert (caught.value.field, caught.value.code) == ("rank", code)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (" Siti.Aminah@Mail.CO.ID ", "Siti.Aminah@mail.co.id"),
        ("budi+jkn@contoh.id", "budi+jkn@contoh.id"),
    ],
)
def test_an_email_keeps_its_local_part_and_lowercases_its_domain(typed: str, stored: str) -> None:
    assert normalize_email(typed) == stored


@pytest.mark.parametrize(
    "typed", ["budi", "budi@mail", "budi..s@mail.id", "budi @mail.id", "budi@-mail.id", "b@m.1d"]
)
def test_an_email_that_cannot_be_delivered_is_refused_without_echoing_it(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_email(typed)
    assert (caught.value.field, caught.value.code) == ("email", "bad_email")
    assert typed.strip() not in caught.value.message_id + caught.value.message_en


def test_documents_follow_the_family_kind_and_the_fktp_reason() -> None:
    newborn = documents_for(ChangeType.FAMILY_ADD, family_kind=FamilyChangeKind.ADD_NEWBORN)
    assert newborn == (ChangeDocument.KK, ChangeDocument.BIRTH_CERTIFICATE)
    death = documents_for(ChangeType.FAMILY_REMOVE, family_kind=FamilyChangeKind.REMOVE_DEATH)
    assert death == (ChangeDocument.DEATH_CERTIFICATE,)
    assert documents_for(ChangeType.FAMILY_ADD) == ()
    moved = documents_for(ChangeType.FKTP, fktp_reason=FktpChangeReason.MOVED_DOMICILE)
    assert moved == (ChangeDocument.MOVE_LETTER,)
    assert documents_for(ChangeType.FKTP, fktp_reason=FktpChangeReason.REGULAR) == ()
    for change in ChangeType:
        assert change.label("id") != change.label("en")
    for document in ChangeDocument:
        assert document.label("id") and document.label("en")
