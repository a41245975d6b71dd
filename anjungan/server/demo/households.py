"""Who lives in a demo family: relations, sexes, plausible birth dates and names.

Owns `HouseholdDrawer`: a head (18-80, BP heads 56-85), usually a spouse a few years
apart, and children aged 0-24 born when their mother was at least 18 (children are
covered until 21, or 25 while studying: tariffs data "family"). Everyone is younger than
100, so the two-digit year of a NIK resolves to the right century. Names are picked
from the pools in `pools.py`, upper case as on a KK. Draws come from the caller's
`random.Random`, so a run is reproducible; no Faker call happens here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from anjungan.server.demo.pools import Pools
from anjungan.server.demo.records import Relation

_DAYS_PER_YEAR = 365.2425
_MAX_CHILD_AGE = 24
_MIN_MOTHER_AGE = 18


@dataclass(frozen=True, slots=True)
class Person:
    """A drawn family member before identifiers are assigned."""

    relation: Relation
    female: bool
    birth_ordinal: int
    name: str


class HouseholdDrawer:
    def __init__(self, words: Pools, today_ordinal: int) -> None:
        self._male_first = words.male_first
        self._female_first = words.female_first
        self._male_last = words.male_last
        self._female_last = words.female_last
        self._today = today_ordinal

    def _pick(self, pool: tuple[str, ...], r: float) -> str:
        return pool[int(r * len(pool))]

    def name(self, female: bool, rng: random.Random, family_name: str | None = None) -> str:
        """``FIRST LAST`` mostly; sometimes one name or two given names."""
        rand = rng.random
        first = self._female_first if female else self._male_first
        last = self._female_last if female else self._male_last
        shape = rand()
        given = first[int(rand() * len(first))]
        if family_name is not None and shape < 0.3:
            return f"{given} {family_name}"
        if shape < 0.08:
            return given
        if shape < 0.18:
            return f"{given} {first[int(rand() * len(first))]} {last[int(rand() * len(last))]}"
        return f"{given} {last[int(rand() * len(last))]}"

    def _birth(self, age: int, rng: random.Random) -> int:
        # At least one day before today: a NIK's birth date is never today or later.
        return self._today - int((age + rng.random()) * _DAYS_PER_YEAR) - 1

    def draw(self, size: int, pensioner: bool, rng: random.Random) -> list[Person]:
        """``size`` people, the head first, then the spouse (if any), then children."""
        rand = rng.random
        has_spouse = size >= 2 and rand() < 0.88
        children = size - 1 - has_spouse
        if pensioner:
            head_age = 56 + int(rand() * 30)
        elif children:
            head_age = 24 + int(rand() * 37)
        elif has_spouse:
            head_age = 21 + int(rand() * 55)
        else:
            head_age = 18 + int(rand() * 63)
        # Single parents are mostly mothers; a married couple's head is mostly the husband.
        female_head_share = 0.05 if has_spouse else (0.6 if children else 0.45)
        head_female = rand() < female_head_share
        head_name = self.name(head_female, rng)
        people = [Person(Relation.HEAD, head_female, self._birth(head_age, rng), head_name)]
        mother_age = head_age if head_female else head_age - 3
        if has_spouse:
            gap = int(rand() * 12) - 3
            spouse_age = head_age + gap if head_female else head_age - gap
            spouse_age = min(max(spouse_age, 18), 90)
            if not head_female:
                mother_age = spouse_age
            spouse = Person(
                Relation.SPOUSE,
                not head_female,
                self._birth(spouse_age, rng),
                self.name(not head_female, rng),
            )
            people.append(spouse)
        oldest = max(0, min(_MAX_CHILD_AGE, mother_age - _MIN_MOTHER_AGE))
        parts = head_name.split(" ")
        family_name = parts[-1] if len(parts) > 1 and not head_female else None
        for _ in range(children):
            female = rand() < 0.5
            age = int(rand() * (oldest + 1))
            child_family = family_name if not female else None
            people.append(
                Person(
                    Relation.CHILD,
                    female,
                    self._birth(age, rng),
                    self.name(female, rng, child_family),
                )
            )
        return people
