"""Deterministic demo participants: families streamed one at a time, fixed personas first.

Owns `generate_families`. Each family gets a KK, 1-7 members (`households.py`), a
segment drawn so that the share of *participants* follows the national mix of seed
001_68780b126929f050.txt (participants on 1 July 2024, `SEGMENT_PARTICIPANTS`), a care
class (PPU from the wage by `contributions.ppu_class`; PBPU/BP class I/II/III; others
III), an FKTP among the generated facilities of its kab/kota (`facilities.py`), and an
account (`accounts.py`): PBPU/BP families may be 0-30 months in arrears and suspended.
Identifiers come from `identifiers.py` (unique NIK, KK and card numbers). Everything
comes from one `random.Random(seed)` and the pools of `pools.py`: the same seed, count,
today and regions give the same families in the same order. Only per-kecamatan counters
are kept, so a million participants stream in constant memory.
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from collections.abc import Iterator, Mapping
from datetime import date
from itertools import accumulate
from types import MappingProxyType

from anjungan.core.domain.contributions import ppu_class
from anjungan.core.domain.nik import Sex
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.server.demo.accounts import AccountBuilder
from anjungan.server.demo.facilities import puskesmas_code, registrable_fktp_codes
from anjungan.server.demo.households import HouseholdDrawer
from anjungan.server.demo.identifiers import IdentifierAllocator
from anjungan.server.demo.personas import (
    PERSONA_KABKOTA,
    PERSONA_PARTICIPANTS,
    persona_families,
    persona_niks,
)
from anjungan.server.demo.pools import MOBILE_PREFIXES, pools
from anjungan.server.demo.records import Family, Member, Relation
from anjungan.server.demo.scope import KabkotaScope, Regions, resolve_scope, short_name

SEGMENT_PARTICIPANTS: Mapping[Segment, int] = MappingProxyType(
    {
        Segment.PBI_JK: 96_739_958,
        Segment.PPU_PN: 18_477_452,
        Segment.PPU_BU: 36_396_255,
        Segment.PBPU_PEMDA: 44_305_762,
        Segment.PBPU: 73_078_401,
        Segment.BP: 5_145_793,
    }
)
"""Participants per segment on 1 July 2024 (seed 001, "Capaian Peserta"): the target mix."""

FAMILY_SIZES: tuple[float, ...] = (0.12, 0.15, 0.22, 0.24, 0.15, 0.08, 0.04)
"""Share of families with 1..7 members."""
BP_FAMILY_SIZES: tuple[float, ...] = (0.45, 0.45, 0.10)
"""Non-workers (mostly pensioners) live in small households."""

_CLASS_SHARES: dict[Segment, tuple[float, float, float]] = {
    # Shares of class I, II, III among self-paying families.
    Segment.PBPU: (0.18, 0.22, 0.60),
    Segment.BP: (0.40, 0.30, 0.30),
}
# Months in arrears of self-paying families: (upper bound of the draw, lowest, highest).
_ARREARS_BANDS: tuple[tuple[float, int, int], ...] = (
    (0.55, 0, 0),
    (0.73, 1, 3),
    (0.86, 4, 12),
    (0.95, 13, 24),
    (1.00, 25, 30),
)
_WAGE_RANGE: dict[Segment, tuple[int, int]] = {
    Segment.PPU_PN: (3_000_000, 14_000_000),
    Segment.PPU_BU: (2_500_000, 25_000_000),
}
_JKN_START = date(2014, 1, 1).toordinal()


def _cumulative(weights: tuple[float, ...]) -> list[float]:
    total = sum(weights)
    return [w / total for w in accumulate(weights)]


def _mean_size(weights: tuple[float, ...]) -> float:
    return sum((i + 1) * w for i, w in enumerate(weights)) / sum(weights)


def _segment_table() -> tuple[list[Segment], list[float]]:
    # Draw families so that *participants* follow the mix: weight = share / mean size.
    segments = list(SEGMENT_PARTICIPANTS)
    weights = tuple(
        SEGMENT_PARTICIPANTS[s] / _mean_size(BP_FAMILY_SIZES if s is Segment.BP else FAMILY_SIZES)
        for s in segments
    )
    return segments, _cumulative(weights)


def generate_families(
    count_participants: int,
    *,
    seed: int,
    today: date,
    regions: Regions = None,
    personas: bool = True,
) -> Iterator[Family]:
    """Families totalling exactly ``count_participants`` members, personas first.

    ``regions``: see `scope.Regions` (default: the demo kab/kota). With ``personas`` the
    scope must include Kota Jakarta Pusat (3171) and the count at least
    `PERSONA_PARTICIPANTS`. Raises ValueError for a bad count or scope, and
    `identifiers.ScopeTooSmall` if the regions are too few for the count.
    """
    if count_participants < 0:
        raise ValueError("count_participants cannot be negative")
    scopes = resolve_scope(regions)
    if personas:
        if PERSONA_KABKOTA not in {s.code for s in scopes}:
            raise ValueError("personas live in kab/kota 3171: include it or pass personas=False")
        if count_participants < PERSONA_PARTICIPANTS:
            raise ValueError(f"count_participants must be at least {PERSONA_PARTICIPANTS}")
    # Checked above, streamed below: a bad argument fails at the call, not at first next().
    return _stream(count_participants, seed, today, scopes, personas)


def _stream(
    count: int, seed: int, today: date, scopes: tuple[KabkotaScope, ...], personas: bool
) -> Iterator[Family]:
    kec_codes = [k.code for s in scopes for k in s.kecamatan]
    ids = IdentifierAllocator(kec_codes, seed)
    builder = AccountBuilder(today)
    puskesmas = {k.code: puskesmas_code(k.code, s) for s in scopes for k in s.kecamatan}
    remaining = count
    if personas:
        for nik in persona_niks():
            ids.reserve_nik(nik)
        for family in persona_families(builder, puskesmas.__getitem__):
            ids.reserve_kk(family.kk)
            remaining -= len(family.members)
            yield family
    yield from _random_families(remaining, seed, today, scopes, ids, builder, puskesmas)


def _random_families(
    remaining: int,
    seed: int,
    today: date,
    scopes: tuple[KabkotaScope, ...],
    ids: IdentifierAllocator,
    builder: AccountBuilder,
    puskesmas: dict[str, str],
) -> Iterator[Family]:
    rng = random.Random(seed)
    rand = rng.random
    words = pools(seed)
    drawer = HouseholdDrawer(words, today.toordinal())
    today_ord = today.toordinal()
    # Per kecamatan (by allocator index): codes of its kab/kota and the FKTP to choose.
    kec_info = []
    for scope in scopes:
        others = registrable_fktp_codes(scope)
        for kec in scope.kecamatan:
            # The address ends the same for everyone in a kecamatan: build that part once.
            place = f"Kec. {short_name(kec.name)}, {short_name(scope.kabkota.name)}"
            kec_info.append((scope, kec, puskesmas[kec.code], others, place))
    n_kec = len(kec_info)
    segments, segment_cum = _segment_table()
    size_cum = _cumulative(FAMILY_SIZES)
    bp_size_cum = _cumulative(BP_FAMILY_SIZES)
    class_cum = {s: _cumulative(v) for s, v in _CLASS_SHARES.items()}
    classes = (CareClass.I, CareClass.II, CareClass.III)
    arrears_bounds = [band[0] for band in _ARREARS_BANDS]
    log_wages = {s: (math.log(lo), math.log(hi)) for s, (lo, hi) in _WAGE_RANGE.items()}
    n_prefixes = len(MOBILE_PREFIXES)
    streets, n_streets = words.streets, len(words.streets)
    male, female = Sex.MALE, Sex.FEMALE
    head_rel, child_rel = Relation.HEAD, Relation.CHILD
    from_ordinal = date.fromordinal
    adult_days = 17 * 365
    ppu_classes: dict[int, CareClass] = {}

    while remaining > 0:
        segment = segments[bisect(segment_cum, rand())]
        is_bp = segment is Segment.BP
        size = 1 + bisect(bp_size_cum if is_bp else size_cum, rand())
        size = min(size, remaining)
        kec_index = int(rand() * n_kec)
        scope, kec, own_puskesmas, other_fktp, place = kec_info[kec_index]
        people = drawer.draw(size, is_bp, rng)

        members = []
        youngest = today_ord
        for person in people:
            birth = from_ordinal(person.birth_ordinal)
            youngest = min(youngest, person.birth_ordinal)
            issued_at = kec_index
            # Movers: a spouse's (and now and then a head's) NIK was issued elsewhere.
            if person.relation is not child_rel and rand() < (
                0.05 if person.relation is head_rel else 0.15
            ):
                issued_at = int(rand() * n_kec)
            nik = ids.nik(issued_at, birth, person.female)
            adult = today_ord - person.birth_ordinal >= adult_days
            if person.relation is head_rel or (adult and rand() < 0.5):
                prefix = MOBILE_PREFIXES[int(rand() * n_prefixes)]
                phone: str | None = f"+62{prefix}{int(rand() * 100_000_000):08d}"
            else:
                phone = None
            members.append(
                Member(
                    nik,
                    person.name,
                    female if person.female else male,
                    birth,
                    person.relation,
                    ids.card(),
                    phone,
                )
            )

        wage = None
        if segment.is_ppu:
            lo, hi = log_wages[segment]
            wage = round(math.exp(lo + rand() * (hi - lo)) / 100_000) * 100_000
            care_class = ppu_classes.get(wage) or ppu_classes.setdefault(
                wage, ppu_class(wage, on=today, book=builder.book)
            )
        elif segment.is_mandiri:
            care_class = classes[bisect(class_cum[segment], rand())]
        else:
            care_class = CareClass.III

        arrears = 0
        if segment.is_mandiri:
            band = _ARREARS_BANDS[bisect(arrears_bounds, rand())]
            arrears = band[1] + int(rand() * (band[2] - band[1] + 1))
        latest = today_ord - max(400, (arrears + 2) * 31)
        earliest = max(_JKN_START, today_ord - 11 * 365)
        registered_on = from_ordinal(
            earliest + int(rand() * (latest - earliest)) if latest > earliest else latest
        )
        kk_from = max(youngest, today_ord - 20 * 365)
        kk_issued = from_ordinal(kk_from + int(rand() * max(1, today_ord - kk_from - 1)))
        puskesmas_share = 0.75 if segment is Segment.PBI_JK else 0.5
        fktp = (
            own_puskesmas if rand() < puskesmas_share else other_fktp[int(rand() * len(other_fktp))]
        )
        account = builder.account(
            segment,
            size,
            care_class,
            wage,
            arrears=arrears,
            current_paid=rand() < 0.75,
            registered_on=registered_on,
            rng=rng,
        )
        remaining -= size
        yield Family(
            kk=ids.kk(kec_index, kk_issued),
            members=tuple(members),
            segment=segment,
            care_class=care_class,
            wage=wage,
            fktp_code=fktp,
            province_code=scope.province.code,
            kabkota_code=scope.code,
            kecamatan_code=kec.code,
            address=f"{streets[int(rand() * n_streets)]} No. {1 + int(rand() * 199)}, {place}",
            registered_on=registered_on,
            status=account.status,
            paid_through=account.paid_through,
            months_in_arrears=account.months_in_arrears,
            monthly_amount=account.monthly_amount,
            monthly_own_share=account.monthly_own_share,
            payments=account.payments,
        )
