"""Queue services and ticket numbers: the MPP service catalogue, labels and numbering.

Owns `ServiceDef` (one queue line: its letter prefix, number range and the counter
standards), the default catalogue of the BPJS Kesehatan services at a Mal Pelayanan
Publik, the ticket label format (``A017``) and the pure numbering rule (next number,
daily reset, range exhaustion). It must not hold the live counter: the row-locked
"last issued number per service per day" lives on the server, which calls
`next_number` inside its transaction. Call order lives in `queue_policy.py`, the
ticket state machine in `queue_ticket.py`. Source: DOMAIN.md "Queue"; service list and
standards (waiting under 30 minutes, service 15 minutes per file) from seeds
003_5193c7c1d9bb5be6.txt and 004_625c8ac288ba9721.txt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from anjungan.core.errors import ConfigError, RuleError, ValidationError

_PREFIX_RE = re.compile(r"[A-Z]{1,2}")
# Nine digits at most: a longer run is no ticket, and int() refuses over 4,300 digits.
_LABEL_RE = re.compile(r"([A-Z]{1,2})([0-9]{1,9})")


@dataclass(frozen=True)
class ServiceDef:
    """One queue line at a service point (one letter prefix, one number range per day).

    The standards default to the seeds' figures (seed 004: "Waktu Tunggu < 30",
    "Waktu Layanan 15" minutes per file); an office may configure others.
    """

    code: str
    prefix: str
    name_id: str
    name_en: str
    first_number: int = 1
    last_number: int = 999
    standard_service_minutes: int = 15
    standard_waiting_minutes: int = 30

    def __post_init__(self) -> None:
        if not self.code or not self.code.isascii() or not self.code.isidentifier():
            raise ConfigError(
                "Kode layanan antrean harus berupa huruf/angka tanpa spasi.",
                "A queue service code must be letters/digits without spaces.",
            )
        if not _PREFIX_RE.fullmatch(self.prefix):
            raise ConfigError(
                f"Awalan antrean layanan {self.code} harus 1-2 huruf kapital (A-Z).",
                f"The queue prefix of service {self.code} must be 1-2 capital letters (A-Z).",
            )
        if not 1 <= self.first_number <= self.last_number:
            raise ConfigError(
                f"Rentang nomor layanan {self.code} tidak sah: nomor awal minimal 1 "
                "dan tidak lebih besar dari nomor akhir.",
                f"The number range of service {self.code} is invalid: the first number "
                "must be at least 1 and not above the last number.",
            )
        if self.standard_service_minutes < 1 or self.standard_waiting_minutes < 1:
            raise ConfigError(
                f"Standar waktu layanan {self.code} harus minimal 1 menit.",
                f"The time standards of service {self.code} must be at least 1 minute.",
            )

    @property
    def number_width(self) -> int:
        """Digits of a ticket number: the width of the range's last number (999 -> 3)."""
        return len(str(self.last_number))

    def name(self, lang: str = "id") -> str:
        """Display name in ``lang`` ("id" or "en")."""
        return self.name_en if lang == "en" else self.name_id

    def label(self, number: int) -> str:
        """The ticket label for ``number`` in this service (``A017``); number must be in range."""
        if not self.first_number <= number <= self.last_number:
            raise ValidationError(
                "number",
                "queue_number_out_of_range",
                f"Nomor antrean di luar rentang layanan {self.name_id} "
                f"({self.first_number}-{self.last_number}).",
                f"The queue number is outside the range of {self.name_en} "
                f"({self.first_number}-{self.last_number}).",
            )
        return format_ticket(self.prefix, number, width=self.number_width)


def _mpp(code: str, prefix: str, name_id: str, name_en: str) -> ServiceDef:
    return ServiceDef(code=code, prefix=prefix, name_id=name_id, name_en=name_en)


DEFAULT_SERVICES: tuple[ServiceDef, ...] = (
    _mpp("new_registration", "A", "Pendaftaran Peserta Baru", "New registration"),
    _mpp(
        "family_change",
        "B",
        "Penambahan/Pengurangan Anggota Keluarga",
        "Family member changes",
    ),
    _mpp(
        "segment_change",
        "C",
        "Peralihan Jenis Kepesertaan",
        "Participant segment change",
    ),
    _mpp("data_change", "D", "Perubahan Data Peserta", "Participant data changes"),
    _mpp("fktp_change", "E", "Perubahan FKTP", "Primary care facility (FKTP) change"),
    _mpp(
        "reactivation",
        "F",
        "Pengaktifan Kembali Kepesertaan",
        "Membership reactivation",
    ),
    _mpp("class_change", "G", "Perubahan Kelas Perawatan", "Care class change"),
    _mpp(
        "info_complaint",
        "H",
        "Informasi dan Pengaduan",
        "Information and complaints",
    ),
)
"""The MPP services of seeds 003/004 (DOMAIN.md "Queue"), one letter each, 1-999 a day.

Seed 004 lists adding and removing family members as two rows; both are one queue line
here ("family changes", as in DOMAIN.md) because the same officer handles them.
"""


def validate_catalogue(services: Iterable[ServiceDef]) -> tuple[ServiceDef, ...]:
    """Check a configured catalogue: at least one service, unique codes and prefixes."""
    result = tuple(services)
    if not result:
        raise ConfigError(
            "Daftar layanan antrean kosong: isi minimal satu layanan.",
            "The queue service list is empty: configure at least one service.",
        )
    for attribute in ("code", "prefix"):
        values = [getattr(service, attribute) for service in result]
        duplicates = sorted({value for value in values if values.count(value) > 1})
        if duplicates:
            raise ConfigError(
                f"Layanan antrean memakai {attribute} yang sama lebih dari sekali: "
                f"{', '.join(duplicates)}.",
                f"Queue services repeat the same {attribute}: {', '.join(duplicates)}.",
            )
    return result


def service_by_code(services: Iterable[ServiceDef], code: str) -> ServiceDef:
    """The service with ``code``; ValidationError when the catalogue has none."""
    for service in services:
        if service.code == code:
            return service
    raise ValidationError(
        "service",
        "queue_service_unknown",
        "Layanan antrean tidak dikenal. Pilih layanan dari daftar.",
        "Unknown queue service. Choose a service from the list.",
    )


def format_ticket(prefix: str, number: int, width: int = 3) -> str:
    """``prefix`` + ``number`` zero-padded to ``width`` digits: ("A", 17) -> ``A017``."""
    if not _PREFIX_RE.fullmatch(prefix):
        raise ValidationError(
            "prefix",
            "queue_prefix_invalid",
            "Awalan nomor antrean harus 1-2 huruf kapital (A-Z).",
            "A queue prefix must be 1-2 capital letters (A-Z).",
        )
    if number < 0 or len(str(number)) > width:
        raise ValidationError(
            "number",
            "queue_number_too_wide",
            f"Nomor antrean harus 0 sampai {10**width - 1}.",
            f"A queue number must be 0 to {10**width - 1}.",
        )
    return f"{prefix}{number:0{width}d}"


def parse_ticket(label: str) -> tuple[str, int]:
    """Split a ticket label into (prefix, number): ``A017`` -> ("A", 17)."""
    match = _LABEL_RE.fullmatch(label.strip().upper())
    if match is None:
        raise ValidationError(
            "ticket",
            "queue_ticket_label_invalid",
            "Nomor antrean tidak dikenali. Contoh yang benar: A017.",
            "Queue number not recognised. A valid example: A017.",
        )
    return match.group(1), int(match.group(2))


class NumberingKey(NamedTuple):
    """Numbers restart every day: one counter per (service, service date)."""

    service_code: str
    service_date: date


def numbering_key(service: ServiceDef, service_date: date) -> NumberingKey:
    return NumberingKey(service.code, service_date)


def next_number(last_issued: int | None, service: ServiceDef) -> int:
    """The number after ``last_issued`` (None: nothing issued yet today -> the first).

    Raises RuleError ``queue_range_full`` when the day's range is used up: the office
    must stop handing out tickets for this service, not wrap around to duplicates.
    """
    if last_issued is None:
        return service.first_number
    if last_issued < service.first_number:
        raise ValidationError(
            "last_issued",
            "queue_last_issued_below_range",
            "Nomor terakhir yang tercatat berada di bawah rentang layanan. Hubungi admin.",
            "The recorded last number is below the service's range. Contact the admin.",
        )
    if last_issued >= service.last_number:
        raise RuleError(
            "queue_range_full",
            f"Nomor antrean {service.name_id} untuk hari ini sudah habis "
            f"({service.label(service.first_number)}-{service.label(service.last_number)}). "
            "Silakan kembali besok atau tanyakan petugas.",
            f"The queue numbers for {service.name_en} are used up for today "
            f"({service.label(service.first_number)}-{service.label(service.last_number)}). "
            "Please come back tomorrow or ask an officer.",
        )
    return last_issued + 1


def issue_number(
    last_issued_by_key: Mapping[NumberingKey, int],
    service: ServiceDef,
    service_date: date,
) -> tuple[NumberingKey, int]:
    """The key and number to store for the next ticket of ``service`` on ``service_date``.

    The daily reset is the key: a new date has no entry, so it starts at the first number.
    """
    key = numbering_key(service, service_date)
    return key, next_number(last_issued_by_key.get(key), service)
