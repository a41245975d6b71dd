"""FKTP change, class change, family change kinds and child cover (DOMAIN.md "Data changes")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.changes import (
    Eligibility,
    FamilyChangeKind,
    FktpChangeReason,
    ServiceChannel,
    child_covered,
    class_change_eligibility,
    fktp_change_eligibility,
)
from anjungan.core.domain.nik import age_on
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.errors import RuleError, ValidationError

TODAY = date(2026, 11, 23)
NEXT_MONTH = date(2026, 12, 1)

days = st.dates(min_value=date(2021, 1, 1), max_value=date(2040, 12, 31))


# --- FKTP change --------------------------------------------------------------------------


def test_fktp_change_after_2_months_is_refused_with_the_earliest_date() -> None:
    result = fktp_change_eligibility(Segment.PBPU, date(2026, 9, 23), TODAY)
    assert not result.allowed
    assert result.code == "fktp_change_too_soon"
    assert result.earliest_on == date(2026, 12, 23)
    assert result.effective_on is None
    assert "3" in (result.message("id") or "")
    assert "3 months" in (result.message("en") or "")


def test_fktp_change_after_3_months_is_allowed_from_the_1st_of_next_month() -> None:
    result = fktp_change_eligibility(Segment.PBPU, date(2026, 8, 23), TODAY)
    assert result.allowed
    assert result.effective_on == NEXT_MONTH
    assert result.code is None


def test_fktp_change_counts_calendar_months_to_the_day() -> None:
    assert not fktp_change_eligibility(Segment.PBPU, date(2026, 8, 24), TODAY).allowed
    assert fktp_change_eligibility(Segment.PBPU, date(2026, 8, 31), date(2026, 11, 30)).allowed


def test_moved_domicile_may_change_fktp_before_3_months() -> None:
    result = fktp_change_eligibility(
        Segment.PBPU, date(2026, 11, 1), TODAY, reason=FktpChangeReason.MOVED_DOMICILE
    )
    assert result.allowed
    assert result.effective_on == NEXT_MONTH


def test_tni_polri_job_transfer_may_change_fktp_before_3_months() -> None:
    result = fktp_change_eligibility(
        Segment.PPU_PN,
        date(2026, 11, 1),
        TODAY,
        reason=FktpChangeReason.JOB_TRANSFER,
        tni_polri=True,
    )
    assert result.allowed


def test_job_transfer_is_no_reason_for_a_non_worker() -> None:
    result = fktp_change_eligibility(
        Segment.PBPU, date(2026, 11, 1), TODAY, reason=FktpChangeReason.JOB_TRANSFER
    )
    assert not result.allowed
    assert result.code == "job_transfer_ppu_only"


def test_an_exception_asked_at_the_kiosk_is_sent_to_the_counter() -> None:
    result = fktp_change_eligibility(
        Segment.PBPU,
        date(2026, 11, 1),
        TODAY,
        reason=FktpChangeReason.MOVED_DOMICILE,
        channel=ServiceChannel.KIOSK,
    )
    assert not result.allowed
    assert result.code == "counter_only"


def test_pbi_cannot_change_fktp_at_the_kiosk_but_can_at_the_counter() -> None:
    last = date(2026, 1, 5)
    kiosk = fktp_change_eligibility(Segment.PBI_JK, last, TODAY, channel=ServiceChannel.KIOSK)
    counter = fktp_change_eligibility(Segment.PBI_JK, last, TODAY, channel=ServiceChannel.COUNTER)
    assert (kiosk.allowed, kiosk.code) == (False, "counter_only")
    assert counter.allowed


def test_tni_polri_are_not_self_service_but_other_asn_are() -> None:
    last = date(2026, 1, 5)
    tni = fktp_change_eligibility(
        Segment.PPU_PN, last, TODAY, channel=ServiceChannel.KIOSK, tni_polri=True
    )
    asn = fktp_change_eligibility(Segment.PPU_PN, last, TODAY, channel=ServiceChannel.KIOSK)
    assert tni.code == "counter_only"
    assert asn.allowed


def test_tni_polri_flag_needs_the_state_wage_earner_segment() -> None:
    with pytest.raises(ValidationError) as caught:
        fktp_change_eligibility(Segment.PBPU, None, TODAY, tni_polri=True)
    assert caught.value.field == "tni_polri"


def test_fktp_never_changed_is_allowed() -> None:
    assert fktp_change_eligibility(Segment.BP, None, TODAY).effective_on == NEXT_MONTH


def test_last_fktp_change_in_the_future_is_rejected() -> None:
    with pytest.raises(ValidationError):
        fktp_change_eligibility(Segment.PBPU, TODAY + timedelta(days=1), TODAY)


# --- class change -----------------------------------------------------------------------


def class_change(
    *,
    segment: Segment = Segment.PBPU,
    current: CareClass = CareClass.III,
    requested: CareClass = CareClass.II,
    since: date = date(2025, 11, 23),
    arrears: int = 0,
    requested_members: int = 3,
    family: int = 3,
    first_payment_made: bool = True,
) -> Eligibility:
    return class_change_eligibility(
        segment,
        current,
        requested,
        since,
        TODAY,
        months_in_arrears=arrears,
        members_requested=requested_members,
        family_members=family,
        first_payment_made=first_payment_made,
    )


def test_class_change_after_12_months_without_arrears_is_allowed_next_month() -> None:
    result = class_change()
    assert result.allowed
    assert result.effective_on == NEXT_MONTH


def test_class_change_with_arrears_is_refused() -> None:
    result = class_change(arrears=1)
    assert not result.allowed
    assert result.code == "class_change_arrears"


def test_class_change_before_12_months_is_refused_with_the_earliest_date() -> None:
    result = class_change(since=date(2025, 11, 24))
    assert result.code == "class_change_too_soon"
    assert result.earliest_on == date(2026, 11, 24)


def test_class_change_before_the_first_payment_ignores_the_12_months() -> None:
    assert class_change(since=date(2026, 11, 1), first_payment_made=False).allowed


def test_class_change_applies_to_every_family_member() -> None:
    result = class_change(requested_members=2, family=3)
    assert result.code == "class_change_whole_family"


def test_class_change_is_for_pbpu_and_bp_only() -> None:
    assert class_change(segment=Segment.BP).allowed
    for segment in (Segment.PBI_JK, Segment.PBPU_PEMDA, Segment.PPU_PN, Segment.PPU_BU):
        assert class_change(segment=segment).code == "class_change_mandiri_only"


def test_class_change_to_the_same_class_is_refused() -> None:
    assert class_change(requested=CareClass.III).code == "class_unchanged"


def test_class_change_with_more_members_than_the_family_is_rejected() -> None:
    with pytest.raises(ValidationError):
        class_change(requested_members=4, family=3)


def test_refused_eligibility_raises_a_rule_error_with_its_code() -> None:
    with pytest.raises(RuleError) as caught:
        class_change(arrears=2).raise_if_refused()
    assert caught.value.code == "class_change_arrears"
    class_change().raise_if_refused()  # allowed: must not raise


@given(
    segment=st.sampled_from(list(Segment)),
    months_ago=st.integers(0, 60),
    today=days,
    reason=st.sampled_from(list(FktpChangeReason)),
    current=st.sampled_from(list(CareClass)),
    requested=st.sampled_from(list(CareClass)),
    paid=st.booleans(),
)
def test_property_effective_dates_are_always_the_1st_of_a_month_after_today(
    segment: Segment,
    months_ago: int,
    today: date,
    reason: FktpChangeReason,
    current: CareClass,
    requested: CareClass,
    paid: bool,
) -> None:
    since = max(date(2021, 1, 1), today - timedelta(days=30 * months_ago))
    fktp = fktp_change_eligibility(segment, since, today, reason=reason)
    klass = class_change_eligibility(
        segment,
        current,
        requested,
        since,
        today,
        months_in_arrears=0,
        members_requested=2,
        family_members=2,
        first_payment_made=paid,
    )
    for result in (fktp, klass):
        if result.allowed:
            assert result.effective_on is not None
            assert result.effective_on.day == 1
            assert today < result.effective_on <= today + timedelta(days=31)
        else:
            assert result.effective_on is None
            assert result.code and result.message_id and result.message_en
        if result.earliest_on is not None:
            assert result.earliest_on > today


# --- family changes and child cover ------------------------------------------------------------


def test_family_change_kinds_cover_every_change_at_the_counter() -> None:
    assert {kind.name for kind in FamilyChangeKind} == {
        "ADD_NEWBORN",
        "ADD_MARRIAGE",
        "REMOVE_DEATH",
        "REMOVE_DIVORCE",
        "KK_RENEWAL",
        "WNI_ABROAD_OUT",
        "WNI_ABROAD_IN",
        "SEGMENT_CHANGE_TO_PBPU_BP",
        "REACTIVATION",
        "RE_REGISTRATION",
    }
    for kind in FamilyChangeKind:
        assert kind.label("id") != kind.label("en")


def test_child_leaves_family_cover_at_21() -> None:
    birth = date(2005, 11, 23)
    assert child_covered(birth, date(2026, 11, 22), studying=False)
    assert not child_covered(birth, date(2026, 11, 23), studying=False)


def test_studying_child_stays_covered_until_25() -> None:
    birth = date(2001, 11, 24)
    assert child_covered(birth, TODAY, studying=True)
    assert not child_covered(birth, TODAY, studying=False)
    assert not child_covered(birth, date(2026, 11, 24), studying=True)


def test_a_29_february_birthday_is_counted_on_1_march() -> None:
    birth = date(2004, 2, 29)
    assert age_on(birth, date(2025, 2, 28)) == 20
    assert age_on(birth, date(2025, 3, 1)) == 21


def test_birth_date_in_the_future_is_rejected() -> None:
    with pytest.raises(ValidationError):
        child_covered(TODAY + timedelta(days=1), TODAY, studying=False)


@given(
    birth=st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 1, 1)),
    first=st.integers(0, 15_000),
    later=st.integers(0, 5_000),
    studying=st.booleans(),
)
def test_property_a_child_who_left_cover_never_comes_back_with_age(
    birth: date, first: int, later: int, studying: bool
) -> None:
    # Tariff data (and so the age limits) start in 2021.
    day = max(birth + timedelta(days=first), date(2021, 1, 1))
    if not child_covered(birth, day, studying):
        assert not child_covered(birth, day + timedelta(days=later), studying)
    if child_covered(birth, day, studying=False):
        assert child_covered(birth, day, studying=True)
