"""How the kiosk screens write money, dates, minutes and the server's two-language labels.

Owns small pure functions that pick the current language (`current_language`, as the
installed translator says) so every screen writes ``Rp150.000`` / ``10 November 2026``
the same way. Indonesian follows the printed documents (`printing.idtext`); English
writes ``Rp150,000``. No widgets, no clock: callers pass the values.
"""

from __future__ import annotations

from datetime import date, datetime

from anjungan.core.domain.money import Rupiah, format_rupiah
from anjungan.core.wire.participants import Label
from anjungan.kiosk.ui.language import current_language
from anjungan.printing import idtext

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english() -> bool:
    return current_language() == "en"


def pick(text_id: str, text_en: str) -> str:
    """The text of the current language (the server sends both)."""
    return text_en if english() else text_id


def label(value: Label) -> str:
    return pick(value.label_id, value.label_en)


def rupiah(amount: Rupiah) -> str:
    if english():
        sign = "-" if amount < 0 else ""
        return f"{sign}Rp{abs(amount):,}"
    return format_rupiah(amount)


def long_date(day: date) -> str:
    """``10 November 2026`` in either language (only the month names differ)."""
    if english():
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return idtext.format_date(day)


def month_year(year_month: str) -> str:
    """``"2026-11"`` -> ``November 2026``."""
    year, month = (int(part) for part in year_month.split("-"))
    names = MONTHS_EN if english() else idtext.MONTHS
    return f"{names[month - 1]} {year}"


def clock_time(moment: datetime) -> str:
    """``09.05`` (Indonesian) or ``09:05``."""
    return f"{moment:%H:%M}" if english() else f"{moment:%H.%M}"


def minutes(count: int) -> str:
    if not english():
        return idtext.format_minutes(count)
    hours, rest = divmod(count, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def distance(km: float) -> str:
    if km < 1:
        return f"{round(km * 1000 / 10) * 10} m"
    text = f"{km:.1f}"
    return f"{text} km" if english() else f"{text.replace('.', ',')} km"
