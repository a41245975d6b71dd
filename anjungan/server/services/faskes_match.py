"""Pure helpers of directory search: text normalisation, great-circle distance, bounding box.

Owns how a name or a typed query becomes searchable words (lower case, accents and
punctuation dropped: ``"KLINIK PRATAMA SEHAT, Jl. Ahmad Yani"`` -> ``klinik pratama sehat
jl ahmad yani``) and the haversine distance on a spherical Earth (mean radius
6,371.0088 km, IUGG), with the bounding box used to prefilter candidates in SQL before
exact distances are computed here. No I/O and no database: kiosks may reuse these for
their offline search so that both answer alike.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088
"""IUGG mean Earth radius; the haversine error against the ellipsoid stays under 0.5 %."""

MAX_QUERY_WORDS = 8
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """Lower-case ASCII words separated by single spaces (``"Dr. Siti Ña"`` -> ``dr siti na``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", ascii_only.casefold()).strip()


def search_text(*parts: str | None) -> str:
    """The searchable form of a record: its words framed by spaces, so that
    ``LIKE '% seh%'`` finds a word starting with ``seh`` anywhere, the first one included."""
    words = " ".join(normalize(p) for p in parts if p)
    return f" {words} "


def query_words(query: str) -> list[str]:
    """The words of a typed query, each matched as the prefix of some word (as you type)."""
    return normalize(query).split()[:MAX_QUERY_WORDS]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Box:
    """Latitude range and longitude ranges (two when the box crosses the antimeridian)."""

    south: float
    north: float
    lon_ranges: tuple[tuple[float, float], ...]
    """Empty = every longitude (the circle reaches a pole)."""


def bounding_box(lat: float, lon: float, radius_km: float) -> Box | None:
    """A box holding every point within ``radius_km`` of (lat, lon); None = the whole Earth.

    The longitude half-width is asin(sin(r/R) / cos(lat)) (J. P. Matuschek, "Finding
    points within a distance of a latitude/longitude using bounding coordinates"), which
    is exact for a sphere, so the prefilter never drops a point that is within range.
    """
    angular = radius_km / EARTH_RADIUS_KM
    if angular >= math.pi:
        return None
    lat_r = math.radians(lat)
    south = math.degrees(lat_r - angular)
    north = math.degrees(lat_r + angular)
    if south <= -90.0 or north >= 90.0:
        return Box(max(south, -90.0), min(north, 90.0), ())
    half = math.degrees(math.asin(min(1.0, math.sin(angular) / math.cos(lat_r))))
    west, east = lon - half, lon + half
    if west < -180.0:
        return Box(south, north, ((west + 360.0, 180.0), (-180.0, east)))
    if east > 180.0:
        return Box(south, north, ((west, 180.0), (-180.0, east - 360.0)))
    return Box(south, north, ((west, east),))
