"""Synthetic coordinates and landline area codes for demo regions.

Owns the reading of ``anjungan/assets/geo/provinces.csv`` (an approximate hand-written
centre, scatter radius and area code for each of the 38 provinces) and
``kabkota.csv`` (a few kab/kota of the demo set placed where they really are), and
`region_point`, which derives a point for any kab/kota or kecamatan code by a
deterministic scatter (a hash of the code, not a random generator) around its parent.
The points are SYNTHETIC: roughly inside the province, good for maps and "nearest
facility" demos, never for navigation. Everything stays inside `INDONESIA_BBOX`.
Nothing here goes online.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import math
from dataclasses import dataclass

from anjungan import assets
from anjungan.core.domain.regions import region_of

INDONESIA_BBOX = (-11.5, 6.5, 94.5, 141.5)
"""(south, north, west, east) in degrees: every demo point lies inside."""

# A kab/kota without its own row scatters its kecamatan over this share of the
# province radius; a kecamatan is then a small step from the kab/kota centre.
_KABKOTA_SPREAD_SHARE = 0.3


@dataclass(frozen=True)
class GeoPoint:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class _Place:
    point: GeoPoint
    spread_deg: float
    area_code: str


def _read_places(name: str) -> dict[str, _Place]:
    text = assets.path("geo", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    places: dict[str, _Place] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        places[row["code"]] = _Place(
            GeoPoint(float(row["lat"]), float(row["lon"])),
            float(row["spread_deg"]),
            row["area_code"],
        )
    return places


@functools.cache
def _provinces() -> dict[str, _Place]:
    return _read_places("provinces.csv")


@functools.cache
def _kabkota_overrides() -> dict[str, _Place]:
    return _read_places("kabkota.csv")


def province_codes_with_centres() -> frozenset[str]:
    """Province codes that ``provinces.csv`` places (a test checks all 38 are there)."""
    return frozenset(_provinces())


def clamp_to_indonesia(lat: float, lon: float) -> GeoPoint:
    south, north, west, east = INDONESIA_BBOX
    return GeoPoint(round(min(max(lat, south), north), 6), round(min(max(lon, west), east), 6))


def scatter(centre: GeoPoint, radius_deg: float, u1: float, u2: float) -> GeoPoint:
    """The point at fractions ``u1`` (radius, area-uniform) and ``u2`` (angle) of a disc."""
    r = radius_deg * math.sqrt(u1)
    angle = 2 * math.pi * u2
    return clamp_to_indonesia(
        centre.latitude + r * math.sin(angle), centre.longitude + r * math.cos(angle)
    )


def _unit_pair(code: str) -> tuple[float, float]:
    # Python's hash() is salted per process; blake2b gives the same point in every run.
    digest = hashlib.blake2b(code.encode("ascii"), digest_size=8).digest()
    return int.from_bytes(digest[:4], "big") / 2**32, int.from_bytes(digest[4:], "big") / 2**32


@functools.cache
def _place(code: str) -> _Place:
    if len(code) not in (2, 4, 6) or region_of(code) is None:
        raise ValueError(f"not a known province, kab/kota or kecamatan code: {code!r}")
    if len(code) == 2:
        try:
            return _provinces()[code]
        except KeyError:
            raise ValueError(f"no centre for province {code!r} in provinces.csv") from None
    if len(code) == 4 and code in _kabkota_overrides():
        return _kabkota_overrides()[code]
    parent = _place(code[:-2])
    if len(code) == 4:
        spread = parent.spread_deg * _KABKOTA_SPREAD_SHARE
        point = scatter(parent.point, parent.spread_deg * 0.8, *_unit_pair(code))
        return _Place(point, spread, parent.area_code)
    point = scatter(parent.point, parent.spread_deg, *_unit_pair(code))
    return _Place(point, parent.spread_deg / 4, parent.area_code)


def region_point(code: str) -> GeoPoint:
    """A synthetic but stable point for a province (2), kab/kota (4) or kecamatan (6) code."""
    return _place(code).point


def region_spread(code: str) -> float:
    """The radius (degrees) within which points of this region's children are scattered."""
    return _place(code).spread_deg


def area_code(code: str) -> str:
    """The landline area code (no trunk 0) used for demo phones in this region."""
    return _place(code[:4] if len(code) >= 4 else code).area_code
