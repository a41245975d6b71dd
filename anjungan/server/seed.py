"""Seeding a demo server database: `seed_demo`, behind `anjungan admin seed-demo`.

Owns putting the deterministic demo data of `anjungan.server.demo` into an EMPTY server
database, in this order: BPJS offices and MPP booths (with their queue lines from
`core.domain.queue.DEFAULT_SERVICES` and their counters, DOMAIN.md "Queue"), health
facilities, officer accounts, enrolled devices (their tokens returned once, in the
`SeedReport`), and last the families with their members and payments (fixed personas
first, bulk-loaded by `participant_loader`). Every demo officer, the ``admin`` account
included, has the documented password `DEMO_PASSWORD` (``demo1234``): a demo secret, never
one for real data. A database that already holds participants is refused
(``database_not_empty``) instead of being topped up or wiped: the same seed would
collide on the same NIKs, and a demo must not be mixed into real data; a failed run is
repeated on a fresh database. Offices, facilities, officers and devices are upserts,
so nothing else needs cleaning. Progress reports counts and rates, never personal data.
Computes no JKN rule: the generator and the loader own those.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from anjungan.core.errors import RuleError, ValidationError
from anjungan.core.wire.queue import CounterSetup
from anjungan.server.audit import audit
from anjungan.server.auth import Principal, Role, hash_password, new_token, token_hash
from anjungan.server.db import Database
from anjungan.server.demo import generate_facilities, generate_families, generate_offices
from anjungan.server.demo.identifiers import ScopeTooSmall
from anjungan.server.demo.offices import Office, OfficeKind, office_code
from anjungan.server.demo.personas import PERSONA_KABKOTA, PERSONA_PARTICIPANTS
from anjungan.server.demo.scope import Regions, resolve_scope
from anjungan.server.models import Device, Officer
from anjungan.server.models.participants import Participant
from anjungan.server.services.faskes_loader import load_facilities, load_offices
from anjungan.server.services.participant_loader import LoadReport, load_families
from anjungan.server.services.queue_setup import configure_counter, ensure_office
from anjungan.server.settings import ServerSettings

DEMO_PASSWORD = "demo1234"
"""The password of every demo officer account (documented in the README tour)."""
ADMIN_USERNAME = "admin"
SEEDER = "seed-demo"
"""How the audit log names this tool."""


@dataclass(frozen=True)
class SeedProgress:
    """One progress line: a step, how far it got, and its rate. Counts only."""

    step: str
    done: int
    total: int | None
    seconds: float
    rows: int = 0
    """Rows written so far (participants step: families + members + payments)."""

    @property
    def per_second(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        of = f"/{self.total:,}" if self.total is not None else ""
        text = f"{self.step}: {self.done:,}{of} in {self.seconds:.1f} s ({self.per_second:,.0f}/s"
        if self.rows:
            text += f", {self.rows / self.seconds if self.seconds else 0:,.0f} rows/s"
        return text + ")"


@dataclass(frozen=True)
class DemoOfficer:
    username: str
    role: str
    office_code: str
    counter_number: int | None


@dataclass(frozen=True)
class DemoDevice:
    device_id: str
    kind: str  # kiosk | counter | board
    office_code: str
    counter_number: int | None
    token: str = field(repr=False)


@dataclass(frozen=True)
class SeedReport:
    offices: int
    counters: int
    facilities: int
    families: int
    participants: int
    payments: int
    officers: tuple[DemoOfficer, ...]
    devices: tuple[DemoDevice, ...]
    participant_seconds: float
    """Wall time of the participant step (generation and loading)."""
    seconds: float

    @property
    def participants_per_second(self) -> float:
        return self.participants / self.participant_seconds if self.participant_seconds else 0.0


Progress = Callable[[SeedProgress], None]


def seed_demo(
    db: Database,
    settings: ServerSettings,
    *,
    participants: int,
    seed: int = 1,
    regions: Regions = None,
    progress: Progress | None = None,
) -> SeedReport:
    """Fill an empty database with ``participants`` demo participants and everything around.

    ``regions``: `demo.scope.Regions` (None = the five demo kab/kota). The personas are
    included when Kota Jakarta Pusat (3171) is in scope. Raises `ValidationError` for a
    bad count or region and `RuleError` ``database_not_empty`` if participants exist.
    """
    start = time.perf_counter()
    scope_codes = _scope_codes(regions)
    personas = PERSONA_KABKOTA in scope_codes
    _check_count(participants, personas)
    _refuse_if_seeded(db)
    report = progress or (lambda _p: None)

    begun = time.perf_counter()
    offices = list(generate_offices(scope_codes, seed=seed))
    load_offices(db, settings, offices)
    counters = _seed_queues(db, settings, offices)
    report(SeedProgress("offices", len(offices), None, time.perf_counter() - begun))

    begun = time.perf_counter()
    loaded_facilities = load_facilities(db, settings, generate_facilities(scope_codes, seed=seed))
    facility_count = (
        loaded_facilities.inserted + loaded_facilities.updated + loaded_facilities.unchanged
    )
    report(SeedProgress("facilities", facility_count, None, time.perf_counter() - begun))

    begun = time.perf_counter()
    officers = _seed_officers(db, offices)
    devices = _enroll_devices(db, offices, settings.clock.now())
    accounts = len(officers) + len(devices)
    report(SeedProgress("accounts", accounts, None, time.perf_counter() - begun))

    loaded = _load_participants(db, settings, participants, seed, scope_codes, personas, report)
    with db.write() as session:
        audit(
            session,
            settings,
            Principal(Role.ADMIN, office_code="*", officer=SEEDER),
            "demo.seed",
            "database",
            "*",
            seed=seed,
            offices=len(offices),
            counters=counters,
            facilities=facility_count,
            officers=len(officers),
            devices=len(devices),
            participants=loaded.participants,
        )
    return SeedReport(
        offices=len(offices),
        counters=counters,
        facilities=facility_count,
        families=loaded.families,
        participants=loaded.participants,
        payments=loaded.payments,
        officers=officers,
        devices=devices,
        participant_seconds=loaded.seconds,
        seconds=time.perf_counter() - start,
    )


def _scope_codes(regions: Regions) -> tuple[str, ...]:
    if regions is not None and not isinstance(regions, str):
        regions = tuple(regions)  # read twice below
    try:
        return tuple(scope.code for scope in resolve_scope(regions))
    except ValueError:
        pass
    bad = ""
    if regions is not None and not isinstance(regions, str):
        for code in regions:
            try:
                resolve_scope([code])
            except ValueError:
                bad = f" {code.strip()[:8]!r}"  # a region code is public, not personal data
                break
    raise ValidationError(
        "regions",
        "unknown_region",
        f"Kode wilayah{bad} tidak dikenal. Pakai kode provinsi (2 angka) atau kab/kota "
        "(4 angka) Kemendagri, dipisah koma, atau 'all'.",
        f"Unknown region code{bad}. Use Kemendagri province (2-digit) or kab/kota (4-digit) "
        "codes separated by commas, or 'all'.",
    )


def _check_count(participants: int, personas: bool) -> None:
    least = PERSONA_PARTICIPANTS if personas else 1
    if participants < least:
        raise ValidationError(
            "participants",
            "too_few",
            f"Jumlah peserta minimal {least} (termasuk keluarga persona demo).",
            f"The participant count must be at least {least} (the demo personas included).",
        )


def _refuse_if_seeded(db: Database) -> None:
    with db.read() as session:
        if session.scalar(select(Participant.id).limit(1)) is not None:
            raise RuleError(
                "database_not_empty",
                "Basis data ini sudah berisi peserta. Data demo hanya dimuat ke basis data "
                "kosong: pakai berkas atau database baru.",
                "This database already holds participants. Demo data only goes into an "
                "empty database: use a new file or database.",
            )


def _seed_queues(db: Database, settings: ServerSettings, offices: Sequence[Office]) -> int:
    """Each office's default lines, then its counters as the generator describes them."""
    count = 0
    with db.write() as session:
        for office in offices:
            principal = Principal(Role.ADMIN, office_code=office.code, officer=SEEDER)
            ensure_office(session, settings, principal)
            for counter in office.counters:
                body = CounterSetup(name=counter.name, services=list(counter.service_codes))
                configure_counter(session, settings, principal, counter.number, body)
                count += 1
    return count


def _seed_officers(db: Database, offices: Sequence[Office]) -> tuple[DemoOfficer, ...]:
    """Every generated officer plus ``admin``, all with `DEMO_PASSWORD` (upserted)."""
    # One argon2 hash for all: the password is public anyway, and hashing per account at
    # production cost (~0.2 s) would take minutes for every kab/kota.
    password_hash = hash_password(DEMO_PASSWORD)
    home = office_code(OfficeKind.KANTOR_CABANG, offices[0].kabkota_code)
    wanted = [DemoOfficer(ADMIN_USERNAME, "admin", home, None)]
    names = {ADMIN_USERNAME: "Admin Demo"}
    for office in offices:
        for o in office.officers:
            wanted.append(DemoOfficer(o.username, o.role.value, o.office_code, o.counter_number))
            names[o.username] = o.display_name
    with db.write() as session:
        existing = {
            row.username: row
            for row in session.scalars(
                select(Officer).where(Officer.username.in_([w.username for w in wanted]))
            )
        }
        for w in wanted:
            row = existing.get(w.username)
            if row is None:
                row = Officer(username=w.username)
                session.add(row)
            row.display_name = names[w.username]
            row.role, row.office_code = w.role, w.office_code
            row.password_hash, row.active = password_hash, True
            row.failed_logins, row.locked_until = 0, None
    return tuple(wanted)


def _enroll_devices(
    db: Database, offices: Sequence[Office], now: datetime
) -> tuple[DemoDevice, ...]:
    """Enrol (or re-enrol, replacing the token) every generated device in one transaction."""
    devices = tuple(
        DemoDevice(d.device_id, d.kind.value, d.office_code, d.counter_number, new_token())
        for office in offices
        for d in office.devices
    )
    with db.write() as session:
        existing = {
            row.device_id: row
            for row in session.scalars(
                select(Device).where(Device.device_id.in_([d.device_id for d in devices]))
            )
        }
        for d in devices:
            row = existing.get(d.device_id)
            if row is None:
                row = Device(device_id=d.device_id)
                session.add(row)
            row.kind, row.office_code = d.kind, d.office_code
            row.token_hash, row.enrolled_at, row.revoked_at = token_hash(d.token), now, None
    return devices


def _load_participants(
    db: Database,
    settings: ServerSettings,
    participants: int,
    seed: int,
    scope_codes: tuple[str, ...],
    personas: bool,
    report: Progress,
) -> LoadReport:
    families = generate_families(
        participants,
        seed=seed,
        today=settings.clock.today(),
        regions=scope_codes,
        personas=personas,
    )

    def office_of(kabkota: str) -> str:
        return office_code(OfficeKind.KANTOR_CABANG, kabkota)

    def batch_done(so_far: LoadReport) -> None:
        report(
            SeedProgress(
                "participants", so_far.participants, participants, so_far.seconds, so_far.rows
            )
        )

    try:
        return load_families(db, settings, families, office_of=office_of, progress=batch_done)
    except ScopeTooSmall:
        raise ValidationError(
            "participants",
            "scope_too_small",
            "Wilayah yang dipilih terlalu kecil untuk jumlah peserta ini. Tambah wilayah "
            "atau kurangi jumlahnya, lalu ulangi di basis data baru.",
            "The regions chosen are too small for this many participants. Add regions or "
            "lower the count, then run again on a new database.",
        ) from None


def tokens_toml(report: SeedReport, server_url: str | None = None) -> str:
    """The demo's device tokens (and officer usernames) as TOML, for configuring devices.

    One ``[[device]]`` table per device with the keys a device's own TOML file uses
    (``device_id``, ``role``, ``office``, ``token``) plus ``counter`` for counter desks.
    """

    def s(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string

    lines = [
        "# Written by `anjungan admin seed-demo`: bearer tokens of the demo devices.",
        "# Keep this file private; anyone holding a token can act as that device.",
        f"# Every demo officer's password is {s(DEMO_PASSWORD)}.",
        "",
    ]
    if server_url:
        lines += [f"server_url = {s(server_url)}", ""]
    for d in report.devices:
        lines += ["[[device]]", f"device_id = {s(d.device_id)}", f"role = {s(d.kind)}"]
        lines += [f"office = {s(d.office_code)}"]
        if d.counter_number is not None:
            lines.append(f"counter = {d.counter_number}")
        lines += [f"token = {s(d.token)}", ""]
    for o in report.officers:
        lines += ["[[officer]]", f"username = {s(o.username)}", f"role = {s(o.role)}"]
        lines += [f"office = {s(o.office_code)}"]
        if o.counter_number is not None:
            lines.append(f"counter = {o.counter_number}")
        lines.append("")
    return "\n".join(lines)
