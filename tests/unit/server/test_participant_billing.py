"""The server's family bill and cover status from stored rows, checked against figures
written out by hand from DOMAIN.md (no database: the rows are plain objects)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.billing import YearMonth
from anjungan.server.errors import TooManyRequests
from anjungan.server.models.participants import Family, Participant
from anjungan.server.services.billing import cover_status, family_account, family_bill
from anjungan.server.services.ratelimit import TokenBucketLimiter
from anjungan.server.settings import RateLimit

TODAY = date(2026, 11, 23)


def family(segment: str, care_class: str, paid_through: YearMonth, **kw: object) -> Family:
    values: dict[str, object] = {
        "kk": "3171010203000001",
        "segment": segment,
        "care_class": care_class,
        "class_since": date(2018, 1, 1),
        "tni_polri": False,
        "paid_through": paid_through.first_day,
        "registered_on": date(2018, 1, 1),
        "province_code": "31",
        "kabkota_code": "3171",
        "kecamatan_code": "317101",
        "address": "Jl. Contoh No. 1",
    }
    return Family(**(values | kw))


def member(number: int, relation: str = "HEAD", **kw: object) -> Participant:
    values: dict[str, object] = {
        "id": number,
        "family_id": 1,
        "nik": f"317101120380{number:04d}",
        "card_number": f"00019{number:08d}",
        "name": "SUPARMAN RAHARJO",
        "sex": "L",
        "birth_date": date(1980, 3, 12),
        "relation": relation,
        "status": "ACTIVE",
        "fktp_code": "0901P001",
        "fktp_since": date(2018, 1, 1),
    }
    return Participant(**(values | kw))


def members(n: int) -> list[Participant]:
    return [member(i + 1, "HEAD" if i == 0 else "CHILD") for i in range(n)]


@settings(deadline=None)
@given(people=st.integers(1, 7), arrears=st.integers(0, 40))
def test_pbpu_class_three_bill_matches_the_hand_formula(people: int, arrears: int) -> None:
    paid_through = YearMonth(2026, 10).plus(-arrears)  # October paid when arrears is 0
    bill = family_bill(family("PBPU", "III", paid_through), members(people), TODAY)
    own = 35_000 * people  # the participant's part of Rp42,000 (DOMAIN.md)
    assert bill.monthly_payable == own
    assert bill.months_in_arrears == arrears
    assert bill.arrears_amount == min(arrears, 24) * own
    assert bill.amount_owed == (min(arrears, 24) + 1) * own  # November is unpaid too
    if arrears:
        assert bill.reactivation_amount == bill.amount_owed
        assert bill.suspended_since == YearMonth(2026, 11).plus(-arrears).next().first_day
    else:
        assert bill.reactivation_amount is None
        assert bill.suspends_on == date(2026, 12, 1)
    assert bill.penalty.months_that_would_count == min(arrears, 12)


def test_government_paid_families_are_never_in_arrears() -> None:
    for segment in ("PBI_JK", "PBPU_PEMDA"):
        account = family_account(family(segment, "III", YearMonth(2020, 1)), members(2), TODAY)
        assert account.bill.months_in_arrears == 0
        assert cover_status(members(1)[0], account).active is True


def test_ppu_arrears_are_the_employers() -> None:
    account = family_account(
        family("PPU_PN", "II", YearMonth(2026, 8), wage=3_000_000, umk=3_500_000),
        members(3),
        TODAY,
    )
    status = cover_status(members(1)[0], account)
    assert (status.active, status.reason, status.months_in_arrears) == (
        False,
        "EMPLOYER_ARREARS",
        2,
    )
    # The UMK floor raises the base to Rp3,500,000: 5% is Rp175,000.
    assert account.contribution.total == 175_000


def test_ppu_parents_are_additional_members_at_one_percent() -> None:
    rows = [*members(2), member(9, "PARENT"), member(10, "PARENT_IN_LAW")]
    account = family_account(
        family("PPU_BU", "I", YearMonth(2026, 11), wage=10_000_000), rows, TODAY
    )
    # 5% of Rp10,000,000 plus 1% for each of the two parents.
    assert account.contribution.total == 500_000 + 2 * 100_000


def test_members_inactive_for_a_stored_reason_are_not_billed() -> None:
    rows = [*members(3), member(4, "CHILD", status="INACTIVE", inactive_reason="DECEASED")]
    bill = family_bill(family("PBPU", "I", YearMonth(2026, 11)), rows, TODAY)
    assert bill.people == 3 and bill.monthly_payable == 3 * 150_000


@pytest.mark.parametrize(
    ("reason", "words_id", "words_en"),
    [("DECEASED", "meninggal", "deceased"), ("MOVED_ABROAD", "luar negeri", "abroad"),
     ("SOMETHING_NEW", "tanyakan", "ask an officer")],
)  # fmt: skip
def test_stored_inactive_reasons_are_told_in_both_languages(
    reason: str, words_id: str, words_en: str
) -> None:
    account = family_account(family("PBPU", "I", YearMonth(2026, 11)), members(1), TODAY)
    gone = member(1, status="INACTIVE", inactive_reason=reason, status_since=date(2026, 2, 3))
    status = cover_status(gone, account)
    assert (status.active, status.reason, status.since) == (False, reason, date(2026, 2, 3))
    assert words_id in status.message_id and "3 Februari 2026" in status.message_id
    assert words_en in status.message_en and "3 February 2026" in status.message_en


def test_token_bucket_refuses_with_the_seconds_until_the_next_token() -> None:
    clock = FixedClock()
    limiter = TokenBucketLimiter(RateLimit(2, timedelta(minutes=1)), clock)
    limiter.acquire("K1")
    limiter.acquire("K1")
    with pytest.raises(TooManyRequests) as refused:
        limiter.acquire("K1")
    assert refused.value.retry_after_s == 30
    limiter.acquire("K2")  # another device
    clock.advance(timedelta(seconds=30))
    limiter.acquire("K1")


@settings(deadline=None)
@given(steps=st.lists(st.tuples(st.floats(0, 30), st.integers(1, 3)), max_size=60))
def test_token_bucket_never_grants_more_than_capacity_plus_refill(
    steps: list[tuple[float, int]],
) -> None:
    clock = FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIB))
    limiter = TokenBucketLimiter(RateLimit(5, timedelta(minutes=1)), clock)
    granted, elapsed = 0, 0.0
    for wait, tries in steps:
        clock.advance(timedelta(seconds=wait))
        elapsed += wait
        for _ in range(tries):
            try:
                limiter.acquire("K1")
                granted += 1
            except TooManyRequests as error:
                assert error.retry_after_s >= 1
    assert granted <= 5 + elapsed * 5 / 60 + 1e-9
