"""The working-day calendar of a BPJS Kesehatan service point.

Owns the answer to "is this date a working day?" and the working-day arithmetic that
complaint SLAs are measured in. A working day is Monday to Friday, minus Indonesian
national holidays and cuti bersama (collective leave), as DOMAIN.md "Complaints" states.
Dates come from the ``holidays`` package (country ``ID``, categories ``public`` and
``government``; the latter carries the cuti bersama set by the joint ministerial decree,
SKB 3 Menteri, each year), corrected by a local override table, because the decree is
published year by year and sometimes amended after the package was released. Must not
read the system clock, the network or any file: callers pass dates, and the override
table is handed in by whoever loaded it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import holidays

from anjungan.core.errors import ValidationError

#: ``holidays`` language code for each user-interface language of Anjungan.
_LIBRARY_LANGUAGE = {"id": "id", "en": "en_US"}

#: Loads the holidays of one year in one ``holidays`` language: ``{date: name}``.
HolidayLoader = Callable[[int, str], Mapping[date, str]]

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5


def load_indonesian_holidays(year: int, language: str) -> Mapping[date, str]:
    """National holidays and cuti bersama of ``year`` from the ``holidays`` package.

    Source: ``holidays.country_holidays("ID", categories=("public", "government"))``;
    "government" holds the cuti bersama of the SKB 3 Menteri. Two holidays on one date
    come back as one name joined by "; ".
    """
    found = holidays.country_holidays(
        "ID",
        years=year,
        categories=(holidays.PUBLIC, holidays.GOVERNMENT),
        language=language,
    )
    return dict(found.items())


class OverrideKind(StrEnum):
    """What a local override declares a date to be."""

    HOLIDAY = "holiday"
    WORKING_DAY = "working_day"


@dataclass(frozen=True)
class CalendarOverride:
    """One locally decreed date: an extra holiday, or a declared working day.

    A declared working day wins over both the weekend and the ``holidays`` package (a
    cancelled cuti bersama, or a Saturday declared a replacement working day). ``name``
    says why, e.g. "Cuti bersama Idul Fitri (SKB 3 Menteri 2026)".
    """

    day: date
    kind: OverrideKind
    name: str

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValidationError(
                "name",
                "required",
                "Nama hari libur/hari kerja wajib diisi. Tuliskan dasar penetapannya.",
                "The override needs a name. Write down the decree or reason for it.",
            )

    @classmethod
    def holiday(cls, day: date, name: str) -> CalendarOverride:
        return cls(day, OverrideKind.HOLIDAY, name)

    @classmethod
    def working_day(cls, day: date, name: str) -> CalendarOverride:
        return cls(day, OverrideKind.WORKING_DAY, name)


class WorkingCalendar:
    """Working days: Monday-Friday, minus holidays and cuti bersama, plus local overrides.

    Holiday years are loaded lazily, once per year and language, on first use.

    Counting rules (used for complaint SLAs, seed 000 "Standar Penanganan Pengaduan"):

    * ``add_working_days(start, n)``: the n-th working day after ``start``. A complaint
      received on a day the office is closed (weekend, holiday) is deemed received on the
      next working day, so counting starts from there: received Saturday with n=1 is due
      Tuesday, not Monday, because nobody could work on it before Monday. ``n=0`` gives
      the deemed receipt day itself.
    * ``working_days_between(a, b)``: the number of working days in ``(a, b]``; negative
      (minus the count in ``(b, a]``) when ``a`` is after ``b``, so "days left" turns
      negative once a deadline has passed. For a working day ``d``,
      ``working_days_between(d, add_working_days(d, n)) == n``.
    """

    def __init__(
        self,
        overrides: Iterable[CalendarOverride] = (),
        *,
        loader: HolidayLoader = load_indonesian_holidays,
    ) -> None:
        table: dict[date, CalendarOverride] = {}
        for override in overrides:
            if override.day in table:
                raise ValidationError(
                    "day",
                    "duplicate_override",
                    "Tanggal ini sudah ada di tabel hari libur lokal. Hapus salah satunya.",
                    "This date is already in the local holiday table. Remove one of them.",
                )
            table[override.day] = override
        self._overrides = table
        self._loader = loader
        self._years: dict[tuple[int, str], Mapping[date, str]] = {}

    @property
    def overrides(self) -> tuple[CalendarOverride, ...]:
        return tuple(sorted(self._overrides.values(), key=lambda o: o.day))

    def _library(self, year: int, lang: str) -> Mapping[date, str]:
        key = (year, _LIBRARY_LANGUAGE.get(lang, "id"))
        if key not in self._years:
            self._years[key] = self._loader(*key)
        return self._years[key]

    def is_working_day(self, d: date) -> bool:
        override = self._overrides.get(d)
        if override is not None:
            return override.kind is OverrideKind.WORKING_DAY
        return d.weekday() < _SATURDAY and d not in self._library(d.year, "id")

    def holiday_name(self, d: date, lang: str = "id") -> str | None:
        """The holiday or cuti bersama on ``d``; None for an ordinary day or a weekend.

        ``lang`` is "id" or "en" for the library's names; an override's own name is
        returned as written. A date overridden as a working day has no holiday name.
        """
        override = self._overrides.get(d)
        if override is not None:
            return override.name if override.kind is OverrideKind.HOLIDAY else None
        return self._library(d.year, lang).get(d)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        day = d + _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def working_day_on_or_after(self, d: date) -> date:
        """``d`` itself if it is a working day, else the next one (the deemed receipt day)."""
        return d if self.is_working_day(d) else self.next_working_day(d)

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (see the class docstring for non-working starts)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        day = self.working_day_on_or_after(start)
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in ``(a, b]``; negative when ``a`` is after ``b``."""
        if a > b:
            return -self.working_days_between(b, a)
        return sum(1 for k in range(1, (b - a).days + 1) if self.is_working_day(a + k * _ONE_DAY))
