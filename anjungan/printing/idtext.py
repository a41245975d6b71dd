"""Dates, times and counts written the Indonesian way for printed documents.

``23 November 2026``, ``Senin, 23 November 2026``, ``09.00 WIB`` (PUEBI writes the time
with a period). Pure functions over their arguments: nothing here reads the clock.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# The three Indonesian time zones by their UTC offset.
_ZONES = {
    timedelta(hours=7): "WIB",
    timedelta(hours=8): "WITA",
    timedelta(hours=9): "WIT",
}


def format_date(day: date) -> str:
    """``23 November 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_date_long(day: date) -> str:
    """``Senin, 23 November 2026``."""
    return f"{DAYS[day.weekday()]}, {format_date(day)}"


def format_time(moment: datetime) -> str:
    """``09.00 WIB``; the zone is left out for a naive time or an offset outside Indonesia."""
    offset = moment.utcoffset()
    zone = _ZONES.get(offset) if offset is not None else None
    clock = f"{moment:%H.%M}"
    return f"{clock} {zone}" if zone else clock


def format_datetime(moment: datetime) -> str:
    """``23 November 2026, 09.00 WIB``."""
    return f"{format_date(moment.date())}, {format_time(moment)}"


def format_count(value: int) -> str:
    """``1.234``: dot as thousands separator."""
    return f"{value:,}".replace(",", ".")


def format_minutes(minutes: int) -> str:
    """``45 menit``, ``1 jam 20 menit``, ``2 jam``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} menit"
    return f"{hours} jam {rest} menit" if rest else f"{hours} jam"
