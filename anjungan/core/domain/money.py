"""Money in whole rupiah.

Amounts are plain ``int`` rupiah (`Rupiah`); rates are ``Decimal``. Percentages are
rounded half-up to a whole rupiah only at the end of a calculation, never in between.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

Rupiah = int


def percent_of(amount: Rupiah | Decimal, rate: Decimal) -> Decimal:
    """``amount x rate`` kept exact (rate as a fraction: Decimal("0.05") for 5%)."""
    return Decimal(amount) * rate


def to_rupiah(value: Decimal | int) -> Rupiah:
    """Round half-up to a whole rupiah."""
    return int(Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_rupiah(amount: Rupiah) -> str:
    """Indonesian notation: ``Rp150.000`` (dot thousands), ``-Rp5.000`` for negatives."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{abs(amount):,}".replace(",", ".")
