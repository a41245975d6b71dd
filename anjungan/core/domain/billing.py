"""Bills, suspension, reactivation, the service penalty and REHAB instalment plans.

Owns the calendar-month arithmetic of iuran (`YearMonth`, `add_months`) and the payment
rules built on it. Figures (due day, 24-month reactivation cap, penalty rate, months,
window and cap, REHAB bounds) come from the tariff schedule in force (`tariffs.py`); the
monthly amount comes from the caller (usually `contributions.monthly_contribution`).
Reads no clock: every function takes the day it is asked about.

Month arithmetic, decided once for every rule here: months are calendar months. The
month containing ``today`` is the *current month*. An unpaid month before the current
month is *in arrears*; the current month is never in arrears, because it can still be
paid until its last day. A family with arrears is suspended from the 1st of the month after
its oldest unpaid month. When more arrears exist than may be counted (24), the most recent
months are counted: older ones are not collected.

Sources: seed 001_68780b126929f050.txt ("Tunggakan Iuran dan Denda"); Perpres 64/2020
art. 42 (reactivation, denda pelayanan); DOMAIN.md "Payment, suspension, reactivation,
penalty".
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TypeAlias

from anjungan.core.domain.money import Rupiah, percent_of, to_rupiah
from anjungan.core.domain.segments import Payer, Segment
from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import RuleError, ValidationError


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month. Ordered; ``plus`` and ``months_since`` count whole months."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.year <= 9999:
            raise ValueError("YearMonth needs a month 1-12 and a year 1-9999")

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def day(self, number: int) -> date:
        """Day ``number`` of this month, clamped to its last day (31 -> 28 in February)."""
        return date(self.year, self.month, min(number, self.last_day.day))

    def plus(self, months: int) -> YearMonth:
        index = self.year * 12 + self.month - 1 + months
        return YearMonth(index // 12, index % 12 + 1)

    def next(self) -> YearMonth:
        return self.plus(1)

    def months_since(self, other: YearMonth) -> int:
        """``self - other`` in months (negative when ``other`` is later)."""
        return (self.year - other.year) * 12 + self.month - other.month

    def until(self, last: YearMonth) -> Iterator[YearMonth]:
        """This month through ``last``, inclusive (nothing when ``last`` is earlier)."""
        for offset in range(last.months_since(self) + 1):
            yield self.plus(offset)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


MonthlyAmount: TypeAlias = Rupiah | Callable[[YearMonth], Rupiah]
"""The iuran of one month: a fixed amount, or a price per month (tariff changes)."""


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, clamped to the month's end."""
    return YearMonth.of(day).plus(months).day(day.day)


def first_of_next_month(day: date) -> date:
    return YearMonth.of(day).next().first_day


@dataclass(frozen=True)
class Bill:
    """What a family owes on ``today`` and what its cover status is."""

    today: date
    current_month: YearMonth
    due_date: date
    """The current month's iuran is due by this day (the 10th). Paying later costs nothing
    extra: there is no late fee on the iuran itself."""
    arrears_months: tuple[YearMonth, ...]
    """Every unpaid month before the current month, oldest first."""
    counted_arrears_months: tuple[YearMonth, ...]
    """The arrears that are collected: at most 24, the most recent."""
    current_month_unpaid: bool
    arrears_amount: Rupiah
    current_amount: Rupiah
    suspended_since: date | None
    """Cover suspended since this day (1st of the month after the oldest unpaid month)."""
    suspends_on: date | None
    """Not suspended yet, but the current month is unpaid: cover stops on this day
    unless it is paid by the end of the month."""

    @property
    def months_in_arrears(self) -> int:
        return len(self.arrears_months)

    @property
    def amount_owed(self) -> Rupiah:
        return self.arrears_amount + self.current_amount

    @property
    def is_suspended(self) -> bool:
        return self.suspended_since is not None

    @property
    def past_due_date(self) -> bool:
        """The current month is unpaid after its due date (a reminder, not a fee)."""
        return self.current_month_unpaid and self.today > self.due_date

    @property
    def reactivation_amount(self) -> Rupiah | None:
        """What reactivates a suspended family (None when active): counted arrears plus the
        current month."""
        return self.amount_owed if self.is_suspended else None


def bill_for_unpaid(
    unpaid_months: Iterable[YearMonth],
    today: date,
    monthly_amount: MonthlyAmount,
    *,
    book: TariffBook | None = None,
) -> Bill:
    """The bill of a family whose unpaid months are ``unpaid_months``.

    Source: seed 001 ("Pembayaran iuran paling lambat tanggal 10 setiap bulannya; apabila
    tidak melakukan pembayaran iuran sd akhir bulan, penjaminan diberhentikan sementara
    sejak tanggal 1 bulan berikutnya"); Perpres 64/2020 art. 42 (at most 24 months).
    """
    schedule = (book or TariffBook.load()).tariffs_on(today)
    current = YearMonth.of(today)
    unpaid = sorted(set(unpaid_months))
    if unpaid and unpaid[-1] > current:
        raise ValidationError(
            "unpaid_months",
            "unpaid_month_in_future",
            "Bulan yang belum jatuh tempo tidak bisa dihitung sebagai tunggakan.",
            "A month that has not started cannot be unpaid. Remove future months.",
        )
    price = _price(monthly_amount)
    arrears = tuple(month for month in unpaid if month < current)
    counted = arrears[max(0, len(arrears) - schedule.arrears.reactivation_max_months) :]
    current_unpaid = bool(unpaid) and unpaid[-1] == current
    suspended_since = arrears[0].next().first_day if arrears else None
    return Bill(
        today=today,
        current_month=current,
        due_date=current.day(schedule.due_day),
        arrears_months=arrears,
        counted_arrears_months=counted,
        current_month_unpaid=current_unpaid,
        arrears_amount=sum(price(month) for month in counted),
        current_amount=price(current) if current_unpaid else 0,
        suspended_since=suspended_since,
        suspends_on=current.next().first_day if current_unpaid and not arrears else None,
    )


def bill_for_paid_through(
    paid_through: YearMonth,
    today: date,
    monthly_amount: MonthlyAmount,
    *,
    book: TariffBook | None = None,
) -> Bill:
    """The bill of a family that paid every month up to and including ``paid_through``.

    A family that never paid passes the month before its first iuran month. Months paid
    in advance (``paid_through`` after the current month) leave nothing owed.
    """
    unpaid = paid_through.next().until(YearMonth.of(today))
    return bill_for_unpaid(unpaid, today, monthly_amount, book=book)


def reactivation_amount(
    months_in_arrears: int,
    monthly_amount: Rupiah,
    *,
    on: date,
    book: TariffBook | None = None,
) -> Rupiah:
    """Arrears counting at most 24 months, plus the current month.

    Source: Perpres 64/2020 art. 42; seed 001 ("Membayar iuran tertunggak (paling banyak
    24 bulan), dan membayar iuran bulan berjalan").
    """
    schedule = (book or TariffBook.load()).tariffs_on(on)
    _check_non_negative("monthly_amount", monthly_amount)
    if months_in_arrears < 1:
        raise RuleError(
            "not_suspended",
            "Kepesertaan tidak dalam status nonaktif karena tunggakan; tidak perlu reaktivasi.",
            "Cover is not suspended for arrears, so no reactivation is needed.",
        )
    counted = min(months_in_arrears, schedule.arrears.reactivation_max_months)
    return (counted + 1) * monthly_amount


class CareSetting(Enum):
    INPATIENT = "INPATIENT"
    OUTPATIENT = "OUTPATIENT"


@dataclass(frozen=True)
class ServicePenalty:
    """Denda pelayanan due for one admission; ``amount`` 0 when none applies."""

    amount: Rupiah
    payer: Payer
    months_counted: int
    capped: bool


def service_penalty(
    inacbg_cost: Rupiah,
    months_in_arrears: int,
    reactivated_on: date,
    admitted_on: date,
    segment: Segment,
    *,
    care: CareSetting,
    book: TariffBook | None = None,
) -> ServicePenalty:
    """The service penalty (denda pelayanan) for care received after a reactivation.

    Only inpatient care admitted within 45 days after reactivation (day 0 to day 45
    inclusive) is penalised: 5% x INA-CBG package cost x months in arrears, counting at
    most 12 months, capped at Rp30,000,000. For PPU the employer pays, otherwise the
    participant. Figures from the schedule in force on the admission day.

    Source: Perpres 64/2020 art. 42; seed 001 ("Perhitungan Denda"). The seed's cap of
    Rp20,000,000 is superseded (DOMAIN.md "Known discrepancies").
    """
    _check_non_negative("inacbg_cost", inacbg_cost)
    _check_non_negative("months_in_arrears", months_in_arrears)
    if admitted_on < reactivated_on:
        raise ValidationError(
            "admitted_on",
            "admitted_before_reactivation",
            "Tanggal rawat inap sebelum tanggal aktif kembali. Periksa kedua tanggal.",
            "The admission date is before the reactivation date. Check both dates.",
        )
    rules = (book or TariffBook.load()).tariffs_on(admitted_on).arrears
    payer = Payer.EMPLOYER if segment.is_ppu else Payer.PARTICIPANT
    in_window = (admitted_on - reactivated_on).days <= rules.penalty_window_days
    if care is not CareSetting.INPATIENT or not in_window:
        return ServicePenalty(amount=0, payer=payer, months_counted=0, capped=False)
    months = min(months_in_arrears, rules.penalty_max_months)
    raw = to_rupiah(percent_of(inacbg_cost, rules.penalty_rate) * months)
    return ServicePenalty(
        amount=min(raw, rules.penalty_cap),
        payer=payer,
        months_counted=months,
        capped=raw > rules.penalty_cap,
    )


@dataclass(frozen=True)
class RehabInstalment:
    number: int
    month: YearMonth
    amount: Rupiah


@dataclass(frozen=True)
class RehabPlan:
    """Arrears split into monthly instalments. The current iuran of each month is paid
    as usual alongside; it is not part of the plan."""

    months_counted: int
    total: Rupiah
    instalments: tuple[RehabInstalment, ...]


def rehab_eligible(
    segment: Segment, months_in_arrears: int, *, on: date, book: TariffBook | None = None
) -> bool:
    """PBPU/BP with 4-24 counted months of arrears (arrears are counted at most 24 months,
    so a longer arrears qualifies with its 24 counted months). Source: DOMAIN.md ("REHAB")."""
    rules = (book or TariffBook.load()).tariffs_on(on).arrears
    counted = min(months_in_arrears, rules.reactivation_max_months)
    return segment.is_mandiri and rules.rehab_min_months <= counted <= rules.rehab_max_months


def rehab_plan(
    segment: Segment,
    months_in_arrears: int,
    monthly_amount: Rupiah,
    instalments: int,
    *,
    on: date,
    book: TariffBook | None = None,
) -> RehabPlan:
    """A REHAB plan starting in the month of ``on``: 2 to 12 monthly instalments.

    Instalments differ by at most 1 rupiah; the first ones carry the remainder, so the
    plan sums exactly to the arrears. Source: DOMAIN.md ("REHAB ... at most 12
    instalments"); REHAB is a Rencana Pembayaran Bertahap, hence at least 2.
    """
    book = book or TariffBook.load()
    rules = book.tariffs_on(on).arrears
    _check_non_negative("monthly_amount", monthly_amount)
    if not rehab_eligible(segment, months_in_arrears, on=on, book=book):
        raise RuleError(
            "rehab_not_eligible",
            f"REHAB hanya untuk peserta PBPU/BP dengan tunggakan {rules.rehab_min_months}-"
            f"{rules.rehab_max_months} bulan. Silakan bayar tagihan atau hubungi petugas.",
            f"REHAB is for PBPU/BP participants with {rules.rehab_min_months}-"
            f"{rules.rehab_max_months} months of arrears. Pay the bill or ask an officer.",
        )
    if not 2 <= instalments <= rules.rehab_max_instalments:
        raise ValidationError(
            "instalments",
            "rehab_instalments_range",
            f"Jumlah cicilan REHAB 2 sampai {rules.rehab_max_instalments} kali.",
            f"A REHAB plan has 2 to {rules.rehab_max_instalments} instalments.",
        )
    counted = min(months_in_arrears, rules.reactivation_max_months)
    total = counted * monthly_amount
    base, remainder = divmod(total, instalments)
    start = YearMonth.of(on)
    return RehabPlan(
        months_counted=counted,
        total=total,
        instalments=tuple(
            RehabInstalment(i + 1, start.plus(i), base + (1 if i < remainder else 0))
            for i in range(instalments)
        ),
    )


def _price(monthly_amount: MonthlyAmount) -> Callable[[YearMonth], Rupiah]:
    if callable(monthly_amount):
        return monthly_amount
    _check_non_negative("monthly_amount", monthly_amount)
    fixed = monthly_amount
    return lambda _month: fixed


def _check_non_negative(field: str, value: int) -> None:
    if value < 0:
        raise ValidationError(
            field,
            f"{field}_negative",
            "Nilai tidak boleh negatif. Periksa isian ini.",
            "The value cannot be negative. Check this entry.",
        )
