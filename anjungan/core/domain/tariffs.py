"""Tariffs as data: the JKN amounts, rates, caps and day counts in force on a date.

Owns the reading of ``data/tariffs.toml`` (packaged, loaded with `importlib.resources`
and `tomllib`) into immutable `TariffSchedule` values, and the choice of the schedule in
force on a given day (`TariffBook.tariffs_on`). It holds no rule logic and no figure of
its own: every number comes from the data file, so a new decree is a new ``[[schedule]]``
there, not a code change. Sources of the figures are cited in the data file (Perpres
82/2018 as amended by Perpres 75/2019 and 64/2020; Perpres 64/2020 art. 42 for the penalty).
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from anjungan.core.domain.money import Rupiah
from anjungan.core.errors import ConfigError, RuleError

_DATA_PACKAGE = "anjungan.core.domain.data"
_DATA_FILE = "tariffs.toml"

_T = TypeVar("_T")


class NoScheduleInForce(RuleError):
    """Asked for the tariffs on a day before the first schedule of the book."""


@dataclass(frozen=True)
class SubsidisedSplit:
    """A per-person iuran split between the participant's part and two subsidies."""

    participant_part: Rupiah
    pemda_subsidy: Rupiah
    central_subsidy: Rupiah

    @property
    def total(self) -> Rupiah:
        return self.participant_part + self.pemda_subsidy + self.central_subsidy


@dataclass(frozen=True)
class PpuRates:
    rate: Decimal
    employer_rate: Decimal
    worker_rate: Decimal
    wage_cap: Rupiah
    class_i_threshold: Rupiah
    family_size_covered: int
    extra_member_rate: Decimal


@dataclass(frozen=True)
class PbpuRates:
    class_i: Rupiah
    class_ii: Rupiah
    class_iii: SubsidisedSplit


@dataclass(frozen=True)
class ArrearsRules:
    reactivation_max_months: int
    penalty_rate: Decimal
    penalty_max_months: int
    penalty_window_days: int
    penalty_cap: Rupiah
    rehab_min_months: int
    rehab_max_months: int
    rehab_max_instalments: int


@dataclass(frozen=True)
class RegistrationRules:
    first_payment_min_days: int
    first_payment_max_days: int
    autodebit_banks: tuple[str, ...]
    materai: Rupiah


@dataclass(frozen=True)
class ChangeRules:
    fktp_change_min_months: int
    class_change_min_months: int
    newborn_registration_days: int
    abroad_min_months: int
    abroad_return_payment_months: int


@dataclass(frozen=True)
class FamilyRules:
    child_max_age: int
    student_child_max_age: int


@dataclass(frozen=True)
class TariffSchedule:
    """Every decree-set figure in force from ``effective_from`` until the next schedule."""

    effective_from: date
    source: str
    pbi_per_person: Rupiah
    pemda: SubsidisedSplit
    ppu: PpuRates
    pbpu: PbpuRates
    due_day: int
    arrears: ArrearsRules
    registration: RegistrationRules
    changes: ChangeRules
    family: FamilyRules


@dataclass(frozen=True)
class TariffBook:
    """Schedules ordered by ``effective_from``; pick one with `tariffs_on`."""

    schedules: tuple[TariffSchedule, ...]

    def __post_init__(self) -> None:
        if not self.schedules:
            raise ConfigError("Data tarif kosong.", "The tariff data holds no schedule.")
        starts = [s.effective_from for s in self.schedules]
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            # Sorting silently would hide a typo in a date; two schedules on one day is a typo.
            raise ConfigError(
                "Jadwal tarif harus berurutan dan tanggal berlakunya berbeda.",
                "Tariff schedules must be in date order, each with its own effective date.",
            )

    @classmethod
    def load(cls, path: Path | None = None) -> TariffBook:
        """The packaged tariff data, or the TOML file at ``path`` (a local override)."""
        if path is not None:
            return cls.from_toml(path.read_text(encoding="utf-8"))
        return _packaged_book()

    @classmethod
    def from_toml(cls, text: str) -> TariffBook:
        try:
            raw = tomllib.loads(text, parse_float=Decimal)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(
                f"Data tarif tidak dapat dibaca: {exc}.", f"Tariff data cannot be read: {exc}."
            ) from exc
        entries = raw.get("schedule")
        if not isinstance(entries, list):
            raise ConfigError("Data tarif tanpa [[schedule]].", "Tariff data has no [[schedule]].")
        return cls(tuple(_schedule(entry) for entry in entries))

    def tariffs_on(self, day: date) -> TariffSchedule:
        """The schedule in force on ``day``; raises `NoScheduleInForce` before the first one."""
        index = bisect_right([s.effective_from for s in self.schedules], day)
        if index == 0:
            first = self.schedules[0].effective_from.isoformat()
            raise NoScheduleInForce(
                "no_schedule_in_force",
                f"Tidak ada tarif yang berlaku pada tanggal tersebut; data tarif mulai {first}.",
                f"No tariff is in force on that date; the tariff data starts on {first}.",
            )
        return self.schedules[index - 1]


def tariffs_on(day: date, book: TariffBook | None = None) -> TariffSchedule:
    """The schedule in force on ``day`` in ``book`` (default: the packaged data)."""
    return (book or TariffBook.load()).tariffs_on(day)


@lru_cache(maxsize=1)
def _packaged_book() -> TariffBook:
    # Immutable data read once per process: caching cannot leak state between callers.
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    return TariffBook.from_toml(text)


def _schedule(entry: Any) -> TariffSchedule:
    top = _table(entry, "schedule")
    pbi = _table(top.get("pbi"), "pbi")
    pemda = _table(top.get("pemda"), "pemda")
    ppu = _table(top.get("ppu"), "ppu")
    pbpu = _table(top.get("pbpu"), "pbpu")
    payment = _table(top.get("payment"), "payment")
    arrears = _table(top.get("arrears"), "arrears")
    reg = _table(top.get("registration"), "registration")
    changes = _table(top.get("changes"), "changes")
    family = _table(top.get("family"), "family")
    schedule = TariffSchedule(
        effective_from=_date(top, "effective_from"),
        source=_get(top, "source", str),
        pbi_per_person=_amount(pbi, "per_person"),
        pemda=SubsidisedSplit(
            participant_part=_amount(pemda, "participant_part"),
            pemda_subsidy=_amount(pemda, "pemda_subsidy"),
            central_subsidy=_amount(pemda, "central_subsidy"),
        ),
        ppu=PpuRates(
            rate=_rate(ppu, "rate"),
            employer_rate=_rate(ppu, "employer_rate"),
            worker_rate=_rate(ppu, "worker_rate"),
            wage_cap=_amount(ppu, "wage_cap"),
            class_i_threshold=_amount(ppu, "class_i_threshold"),
            family_size_covered=_count(ppu, "family_size_covered"),
            extra_member_rate=_rate(ppu, "extra_member_rate"),
        ),
        pbpu=PbpuRates(
            class_i=_amount(pbpu, "class_i"),
            class_ii=_amount(pbpu, "class_ii"),
            class_iii=SubsidisedSplit(
                participant_part=_amount(pbpu, "class_iii_participant"),
                pemda_subsidy=_amount(pbpu, "class_iii_pemda"),
                central_subsidy=_amount(pbpu, "class_iii_central"),
            ),
        ),
        due_day=_count(payment, "due_day"),
        arrears=ArrearsRules(
            reactivation_max_months=_count(arrears, "reactivation_max_months"),
            penalty_rate=_rate(arrears, "penalty_rate"),
            penalty_max_months=_count(arrears, "penalty_max_months"),
            penalty_window_days=_count(arrears, "penalty_window_days"),
            penalty_cap=_amount(arrears, "penalty_cap"),
            rehab_min_months=_count(arrears, "rehab_min_months"),
            rehab_max_months=_count(arrears, "rehab_max_months"),
            rehab_max_instalments=_count(arrears, "rehab_max_instalments"),
        ),
        registration=RegistrationRules(
            first_payment_min_days=_count(reg, "first_payment_min_days"),
            first_payment_max_days=_count(reg, "first_payment_max_days"),
            autodebit_banks=tuple(_str_list(reg, "autodebit_banks")),
            materai=_amount(reg, "materai"),
        ),
        changes=ChangeRules(
            fktp_change_min_months=_count(changes, "fktp_change_min_months"),
            class_change_min_months=_count(changes, "class_change_min_months"),
            newborn_registration_days=_count(changes, "newborn_registration_days"),
            abroad_min_months=_count(changes, "abroad_min_months"),
            abroad_return_payment_months=_count(changes, "abroad_return_payment_months"),
        ),
        family=FamilyRules(
            child_max_age=_count(family, "child_max_age"),
            student_child_max_age=_count(family, "student_child_max_age"),
        ),
    )
    _check_consistent(schedule, class_iii_total=_amount(pbpu, "class_iii"))
    return schedule


def _check_consistent(s: TariffSchedule, class_iii_total: Rupiah) -> None:
    """Reject a schedule whose parts do not add up: a typo must not reach a bill."""
    problems: list[str] = []
    if class_iii_total != s.pbpu.class_iii.total:
        problems.append("pbpu.class_iii != participant + pemda + central")
    if s.ppu.employer_rate + s.ppu.worker_rate != s.ppu.rate:
        problems.append("ppu.employer_rate + ppu.worker_rate != ppu.rate")
    if not 1 <= s.due_day <= 28:
        problems.append("payment.due_day outside 1-28")
    if s.registration.first_payment_min_days > s.registration.first_payment_max_days:
        problems.append("registration first payment window reversed")
    if s.arrears.rehab_min_months > s.arrears.rehab_max_months:
        problems.append("arrears rehab months reversed")
    if s.family.child_max_age > s.family.student_child_max_age:
        problems.append("family child ages reversed")
    if problems:
        where = f"{s.effective_from.isoformat()}: {'; '.join(problems)}"
        raise ConfigError(
            f"Data tarif tidak konsisten ({where}).", f"Inconsistent tariff ({where})."
        )


def _table(value: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(
            f"Data tarif: tabel [{name}] tidak ada.", f"Tariff data: table [{name}] is missing."
        )
    return value


def _get(table: Mapping[str, Any], key: str, kind: type[_T]) -> _T:
    value = table.get(key)
    # bool is an int subclass: a `true` where a count belongs is a typo, not 1.
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ConfigError(
            f"Data tarif: '{key}' tidak ada atau jenisnya salah ({kind.__name__}).",
            f"Tariff data: '{key}' is missing or not a {kind.__name__}.",
        )
    return value


def _date(table: Mapping[str, Any], key: str) -> date:
    value = _get(table, key, date)
    if isinstance(value, datetime):
        # A schedule starts on a day, not at an instant; a time here is a typo.
        raise ConfigError(
            f"Data tarif: '{key}' harus tanggal tanpa jam.", f"Tariff data: '{key}' must be a date."
        )
    return value


def _amount(table: Mapping[str, Any], key: str) -> Rupiah:
    value = _get(table, key, int)
    if value < 0:
        raise ConfigError(f"Data tarif: '{key}' negatif.", f"Tariff data: '{key}' is negative.")
    return value


def _count(table: Mapping[str, Any], key: str) -> int:
    value = _get(table, key, int)
    if value <= 0:
        raise ConfigError(
            f"Data tarif: '{key}' harus lebih dari nol.", f"Tariff data: '{key}' must be positive."
        )
    return value


def _rate(table: Mapping[str, Any], key: str) -> Decimal:
    value = _get(table, key, Decimal)
    if not Decimal(0) <= value <= Decimal(1):
        raise ConfigError(
            f"Data tarif: '{key}' harus antara 0 dan 1.", f"Tariff data: '{key}' must be 0 to 1."
        )
    return value


def _str_list(table: Mapping[str, Any], key: str) -> Iterable[str]:
    value = _get(table, key, list)
    if not value or not all(isinstance(item, str) for item in value):
        raise ConfigError(
            f"Data tarif: '{key}' harus daftar teks.", f"Tariff data: '{key}' must list strings."
        )
    return value
