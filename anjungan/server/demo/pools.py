"""Word pools for demo data: person names, street names, facility-name words, phone prefixes.

Owns `pools(seed)`, built once per seed and cached: first and last names from Faker's
``id_ID`` person lists (sorted, upper-cased and kept only if `normalize_name` leaves them
unchanged), street names drawn from a Faker ``id_ID`` instance seeded with ``seed``, and
small hand-written word lists. Generators pick from these tuples with their own seeded
`random.Random`, so Faker is never called per person (it is far too slow for a million
participants). Output depends on the pinned Faker version's word lists.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from faker import Faker
from faker.providers.person.id_ID import Provider as PersonProvider

from anjungan.core.domain.names import normalize_name
from anjungan.core.errors import ValidationError

_STREET_DRAWS = 4000

MOBILE_PREFIXES: tuple[str, ...] = (
    "811", "812", "813", "821", "822", "823", "851", "852", "853",  # Telkomsel
    "814", "815", "816", "855", "856", "857", "858",  # Indosat
    "817", "818", "819", "859", "877", "878",  # XL
    "831", "832", "833", "838",  # Axis
    "895", "896", "897", "898", "899",  # Tri
    "881", "882", "883", "884", "885", "886", "887", "888", "889",  # Smartfren
)  # fmt: skip
"""Indonesian mobile prefixes after the trunk 0 (``0812...``), by operator."""

FACILITY_WORDS: tuple[str, ...] = (
    "SEHAT", "SENTOSA", "MEDIKA", "HUSADA", "BUNDA", "PERMATA", "MITRA", "KELUARGA",
    "ANUGERAH", "HARAPAN", "CITRA", "SEJAHTERA", "MULIA", "ASIH", "AMANAH", "BAKTI",
    "NUSANTARA", "KASIH", "SARI", "INSAN", "CAHAYA", "UTAMA", "WARAS", "RAHAYU", "IKHLAS",
    "BERKAH", "MANDIRI", "SAHABAT", "MEKAR", "INDAH", "JAYA", "LESTARI", "FARMA", "ABADI",
    "PRIMA", "SURYA", "BINTANG", "MUTIARA", "PELITA", "SINAR", "TIRTA", "GRAHA", "MAKMUR",
    "SEJATI", "HATI", "MURNI", "PANDAWA", "DHARMA", "BHAKTI", "MELATI", "KENANGA", "DELIMA",
)  # fmt: skip
"""Words that make up synthetic clinic, pharmacy and optician names."""


@dataclass(frozen=True)
class Pools:
    male_first: tuple[str, ...]
    female_first: tuple[str, ...]
    male_last: tuple[str, ...]
    female_last: tuple[str, ...]
    streets: tuple[str, ...]


def _clean(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    kept: set[str] = set()
    for name in names:
        upper = name.upper()
        try:
            if normalize_name(upper) == upper:
                kept.add(upper)
        except ValidationError:
            continue
    return tuple(sorted(kept))


@functools.cache
def pools(seed: int) -> Pools:
    """The pools for ``seed`` (names do not depend on it; street names do)."""
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    streets = sorted({fake.street_name() for _ in range(_STREET_DRAWS)})
    return Pools(
        male_first=_clean(PersonProvider.first_names_male),
        female_first=_clean(PersonProvider.first_names_female),
        male_last=_clean(PersonProvider.last_names_male),
        female_last=_clean(PersonProvider.last_names_female),
        streets=tuple(streets),
    )
