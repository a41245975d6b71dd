"""Dates and times as the officer reads them, in the interface language.

Owns the one place that turns a `date` or `datetime` into text for the counter screens
(Qt's locale data: "Rabu, 25 Maret 2026" / "Wednesday, 25 March 2026"). No rules here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def format_date(day: date, lang: str, *, long: bool = True, year: bool = True) -> str:
    """``Rabu, 25 Maret 2026`` (long), ``25 Mar 2026`` (short) or ``25 Mar`` (no year)."""
    pattern = "dddd, d MMMM yyyy" if long else "d MMM yyyy" if year else "d MMM"
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), pattern)


def format_time(moment: datetime, lang: str) -> str:
    """``09.15`` in Indonesian, ``09:15`` in English."""
    text = locale_for(lang).toString(QTime(moment.hour, moment.minute), "HH:mm")
    return text.replace(":", ".") if lang == "id" else text
