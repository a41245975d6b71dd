"""A demo family's iuran account on ``today``: status, paid-through month, payments.

Owns `AccountBuilder`, which turns "this family is N months in arrears" into the values
`billing.py` would compute back from them: the paid-through month, ACTIVE or SUSPENDED
(a family with any unpaid month before the current month is suspended, seed 001 /
DOMAIN.md "Payment, suspension, reactivation, penalty"), the current iuran
(`contributions.monthly_contribution`, priced with the tariff schedule of each month)
and the payments of the last 12 months, paid on or before the 10th most of the time.
Months are counted as integers "back from the current month" and prices are cached per
(segment, size, class, wage, schedule): going through `YearMonth` and the domain for
every month of every family would dominate the run time of a million participants.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from anjungan.core.domain.billing import YearMonth
from anjungan.core.domain.contributions import monthly_contribution
from anjungan.core.domain.money import Rupiah
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.server.demo.records import MembershipStatus, Payment

HISTORY_MONTHS = 12
"""Payments kept per family: the current month and the 11 before it."""
_ON_TIME_SHARE = 0.85
_DUE_DAY = 10
_ON_TIME_SCALE = _DUE_DAY / _ON_TIME_SHARE


@dataclass(frozen=True, slots=True)
class Account:
    status: MembershipStatus
    paid_through: YearMonth
    months_in_arrears: int
    monthly_amount: Rupiah
    monthly_own_share: Rupiah
    payments: tuple[Payment, ...]


@dataclass(frozen=True, slots=True)
class _Month:
    month: YearMonth
    first_ordinal: int
    late_scale: float
    """Maps the late share of a draw onto days 11 to the month's last day."""
    schedule: date
    """``effective_from`` of the tariff schedule in force that month."""


class AccountBuilder:
    """Builds `Account` values for one ``today``; reuse it for every family of a run."""

    def __init__(self, today: date, book: TariffBook | None = None) -> None:
        self.today = today
        self.book = book or TariffBook.load()
        self.current = YearMonth.of(today)
        self._today_ordinal = today.toordinal()
        self._current_index = today.year * 12 + today.month
        first_priced = YearMonth.of(self.book.schedules[0].effective_from)
        self._months: list[_Month] = []
        for back in range(HISTORY_MONTHS + 40):
            month = self.current.plus(-back)
            schedule = (
                self.book.tariffs_on(month.first_day).effective_from
                if month >= first_priced
                else self.book.schedules[0].effective_from
            )
            self._months.append(
                _Month(
                    month,
                    month.first_day.toordinal(),
                    (month.last_day.day - _DUE_DAY) / (1 - _ON_TIME_SHARE),
                    schedule,
                )
            )
        # How far back the payment history may reach: 12 months, none before any tariff.
        self._history_back = min(
            HISTORY_MONTHS, max(0, self.current.months_since(first_priced) + 1)
        )
        self._payments: dict[tuple[int, Rupiah, int], Payment] = {}
        self._prices: dict[tuple[int, int, int, int | None, date], tuple[Rupiah, Rupiah]] = {}

    def month_back(self, back: int) -> YearMonth:
        """The month ``back`` months before the current one (0 = current)."""
        return self._months[back].month if back < len(self._months) else self.current.plus(-back)

    def price(
        self,
        segment: Segment,
        members: int,
        care_class: CareClass,
        wage: Rupiah | None,
        on: date,
    ) -> tuple[Rupiah, Rupiah]:
        """(whole iuran, the participant's own part) under the schedule in force on ``on``."""
        # id() of enum members: they are singletons, and hashing an Enum is slow.
        key = (id(segment), members, id(care_class), wage, on)
        cached = self._prices.get(key)
        if cached is None:
            contribution = monthly_contribution(
                segment,
                members,
                on=on,
                care_class=care_class if segment.is_mandiri else None,
                wage=wage,
                book=self.book,
            )
            cached = (contribution.total, contribution.participant)
            self._prices[key] = cached
        return cached

    def account(
        self,
        segment: Segment,
        members: int,
        care_class: CareClass,
        wage: Rupiah | None,
        *,
        arrears: int,
        current_paid: bool,
        registered_on: date,
        rng: random.Random,
    ) -> Account:
        """The account of a family ``arrears`` months behind (0 = up to date).

        With no arrears, ``current_paid`` says whether the current month is paid already
        (an unpaid current month is not yet arrears: it can be paid until its last day).
        """
        paid_back = arrears + 1 if arrears else (0 if current_paid else 1)
        registered_ordinal = registered_on.toordinal()
        registered_back = self._current_index - (registered_on.year * 12 + registered_on.month)
        today_ordinal = self._today_ordinal
        rand = rng.random
        months = self._months
        current_schedule = months[0].schedule
        total, own_share = self.price(segment, members, care_class, wage, current_schedule)
        shared = self._payments
        payments = []
        for back in range(min(self._history_back - 1, registered_back), paid_back - 1, -1):
            m = months[back]
            # One draw per month: the first 85% of [0, 1) pay by the 10th, the rest later.
            r = rand()
            if r < _ON_TIME_SHARE:
                paid_on = m.first_ordinal + int(r * _ON_TIME_SCALE)
            else:
                paid_on = m.first_ordinal + _DUE_DAY + int((r - _ON_TIME_SHARE) * m.late_scale)
            paid_on = min(paid_on, today_ordinal)
            paid_on = max(paid_on, registered_ordinal)
            amount = (
                total
                if m.schedule is current_schedule
                else self.price(segment, members, care_class, wage, m.schedule)[0]
            )
            # Payments are immutable values: families paying the same amount on the same
            # day share one object, which saves most of the allocation time.
            key = (back, amount, paid_on)
            payment = shared.get(key)
            if payment is None:
                payment = shared[key] = Payment(m.month, amount, date.fromordinal(paid_on))
            payments.append(payment)
        return Account(
            status=MembershipStatus.SUSPENDED if arrears else MembershipStatus.ACTIVE,
            paid_through=self.month_back(paid_back),
            months_in_arrears=arrears,
            monthly_amount=total,
            monthly_own_share=own_share,
            payments=tuple(payments),
        )
