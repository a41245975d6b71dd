"""Bulk loading of families, members and payments (demo data, a migration from BPJS).

Owns `load_families`: it streams any iterable of family records (the demo generator's
`server.demo.records.Family`, or anything with the same attributes: see `FamilyLike`)
into the participant tables in batches, one transaction per batch, with ids assigned
here so that the three tables can be written without a round trip per row. PostgreSQL
gets ``COPY ... FROM STDIN`` (psycopg 3) under a table lock, then the id sequences are
moved past the new rows; SQLite gets one driver-level ``executemany`` per table inside
its BEGIN IMMEDIATE. Meant for tables no one else is inserting into at the time (an
admin command); a duplicate NIK, card or KK aborts its batch with the database's error.
Writes one audit row per run, with counts only. Must not compute any rule: cover status
and bills are derived later from what is stored (``paid_through`` above all).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any, Protocol

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError

from anjungan.core.domain.billing import YearMonth
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.store.engine import writer
from anjungan.server.audit import audit
from anjungan.server.auth import Principal, Role
from anjungan.server.db import Database
from anjungan.server.models.participants import Family, Participant, Payment
from anjungan.server.settings import ServerSettings


class MemberLike(Protocol):
    @property
    def nik(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def sex(self) -> str: ...  # "L" / "P" (core.domain.nik.Sex is a StrEnum)
    @property
    def birth_date(self) -> date: ...
    @property
    def relation(self) -> str: ...  # HEAD, SPOUSE, CHILD, ...
    @property
    def card_number(self) -> str: ...
    @property
    def phone(self) -> str | None: ...


class PaymentLike(Protocol):
    @property
    def month(self) -> YearMonth: ...
    @property
    def amount(self) -> int: ...
    @property
    def paid_on(self) -> date: ...


class FamilyLike(Protocol):
    """What the loader reads of a family (the demo generator's `Family` fits)."""

    @property
    def kk(self) -> str: ...
    @property
    def members(self) -> Sequence[MemberLike]: ...
    @property
    def segment(self) -> Segment: ...
    @property
    def care_class(self) -> CareClass: ...
    @property
    def wage(self) -> int | None: ...
    @property
    def fktp_code(self) -> str: ...
    @property
    def province_code(self) -> str: ...
    @property
    def kabkota_code(self) -> str: ...
    @property
    def kecamatan_code(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def registered_on(self) -> date: ...
    @property
    def paid_through(self) -> YearMonth: ...
    @property
    def payments(self) -> Sequence[PaymentLike]: ...


@dataclass(frozen=True)
class LoadReport:
    families: int
    participants: int
    payments: int
    seconds: float

    @property
    def rows(self) -> int:
        return self.families + self.participants + self.payments

    @property
    def participants_per_second(self) -> float:
        return self.participants / self.seconds if self.seconds else float("inf")

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else float("inf")


FAMILY_COLUMNS = (
    "id", "kk", "segment", "care_class", "class_since", "wage", "umk", "tni_polri",
    "paid_through", "registered_on", "office_code", "province_code", "kabkota_code",
    "kecamatan_code", "address",
)  # fmt: skip
PARTICIPANT_COLUMNS = (
    "id", "family_id", "nik", "card_number", "name", "sex", "birth_date", "relation",
    "phone", "status", "inactive_reason", "status_since", "fktp_code", "fktp_since",
)  # fmt: skip
PAYMENT_COLUMNS = ("id", "family_id", "month", "amount", "paid_on")

SQLITE_CACHE_KIB = 512 * 1024  # page cache while loading (SQLite's default is 2 MiB)

SYSTEM_PRINCIPAL = Principal(Role.ADMIN, office_code="-", officer="bulk-loader")

_Rows = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]


def load_families(
    db: Database,
    settings: ServerSettings,
    families: Iterable[FamilyLike],
    *,
    batch_families: int = 5_000,
    with_payments: bool = True,
    office_of: Callable[[str], str | None] | None = None,
    principal: Principal = SYSTEM_PRINCIPAL,
    progress: Callable[[LoadReport], None] | None = None,
) -> LoadReport:
    """Insert every family with its members (and payments), ``batch_families`` at a time.

    ``office_of`` maps a kab/kota code to the office serving it (None: no office).
    ``progress`` is called after each committed batch with the totals so far.
    """
    if batch_families < 1:
        raise ValueError("batch_families must be at least 1")
    start = time.perf_counter()
    totals = [0, 0, 0]
    stream = iter(families)
    # One connection for the whole run, one transaction (BEGIN IMMEDIATE on SQLite) per
    # batch: SQLite's page cache then stays warm from one batch to the next.
    with writer(db.engine).connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        if not postgres:
            # Random NIKs and card numbers land all over their unique indexes: with the
            # 2 MiB default cache, inserts past a few hundred thousand rows read disk.
            _sqlite_pragma(connection, f"cache_size = -{SQLITE_CACHE_KIB}")
        try:
            while batch := list(islice(stream, batch_families)):
                with connection.begin():
                    counts = _load_batch(connection, batch, with_payments, office_of)
                totals = [total + count for total, count in zip(totals, counts, strict=True)]
                if progress is not None:
                    progress(_report(totals, start))
        finally:
            if not postgres:
                _sqlite_pragma(connection, "cache_size = -2000")
    report = _report(totals, start)
    with db.write() as session:
        audit(
            session,
            settings,
            principal,
            "participant.bulk_load",
            "family",
            "*",
            families=report.families,
            participants=report.participants,
            payments=report.payments,
        )
    return report


def _load_batch(
    connection: Connection,
    batch: list[FamilyLike],
    with_payments: bool,
    office_of: Callable[[str], str | None] | None,
) -> list[int]:
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        connection.exec_driver_sql(
            "LOCK TABLE family, participant, payment IN SHARE ROW EXCLUSIVE MODE"
        )
    ids = [_max_id(connection, model) + 1 for model in (Family, Participant, Payment)]
    rows = _rows(batch, ids, with_payments, office_of, iso_dates=not postgres)
    write = _copy if postgres else _executemany
    for table, columns, table_rows in zip(
        ("family", "participant", "payment"),
        (FAMILY_COLUMNS, PARTICIPANT_COLUMNS, PAYMENT_COLUMNS),
        rows,
        strict=True,
    ):
        if table_rows:
            write(connection, table, columns, table_rows)
            if postgres:
                _advance_sequence(connection, table)
    return [len(table_rows) for table_rows in rows]


def _sqlite_pragma(connection: Connection, pragma: str) -> None:
    # Through the driver: a SQLAlchemy execute would open a transaction (autobegin).
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA {pragma}")


def _report(totals: list[int], start: float) -> LoadReport:
    families, participants, payments = totals
    return LoadReport(families, participants, payments, time.perf_counter() - start)


def _max_id(connection: Connection, model: type[Family | Participant | Payment]) -> int:
    return int(connection.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one())


def _rows(
    batch: list[FamilyLike],
    next_ids: list[int],
    with_payments: bool,
    office_of: Callable[[str], str | None] | None,
    *,
    iso_dates: bool,
) -> _Rows:
    family_id, member_id, payment_id = next_ids
    # SQLite stores SQLAlchemy `Date` as ISO text; hand it text so the driver needs no
    # (deprecated) date adapter. psycopg's COPY adapts date objects itself. Payment
    # months and days repeat across families: convert each one once.
    dates: dict[date, Any] = {}
    months: dict[YearMonth, Any] = {}

    def day(value: date) -> Any:
        text = dates.get(value)
        if text is None:
            text = dates[value] = value.isoformat() if iso_dates else value
        return text

    def month(value: YearMonth) -> Any:
        text = months.get(value)
        if text is None:
            text = months[value] = day(value.first_day)
        return text

    families: list[tuple[Any, ...]] = []
    members: list[tuple[Any, ...]] = []
    payments: list[tuple[Any, ...]] = []
    for family in batch:
        registered = day(family.registered_on)
        families.append(
            (
                family_id, family.kk, family.segment.value, family.care_class.value,
                registered, family.wage, None, False, month(family.paid_through),
                registered, office_of(family.kabkota_code) if office_of else None,
                family.province_code, family.kabkota_code, family.kecamatan_code,
                family.address,
            )
        )  # fmt: skip
        fktp = family.fktp_code
        for member in family.members:
            members.append(
                (
                    member_id, family_id, member.nik, member.card_number, member.name,
                    str(member.sex), day(member.birth_date), str(member.relation),
                    member.phone, "ACTIVE", None, None, fktp, registered,
                )
            )  # fmt: skip
            member_id += 1
        if with_payments:
            for payment in family.payments:
                payments.append(
                    (
                        payment_id,
                        family_id,
                        month(payment.month),
                        payment.amount,
                        day(payment.paid_on),
                    )
                )
                payment_id += 1
        family_id += 1
    return families, members, payments


def _executemany(
    connection: Connection, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, rows)


def _copy(
    connection: Connection, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    raw = connection.connection.driver_connection
    dbapi = connection.dialect.dbapi
    assert raw is not None and dbapi is not None
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.IntegrityError as error:
        # The raw cursor bypasses SQLAlchemy: raise what executemany would on SQLite.
        raise IntegrityError(statement, None, error) from error


def _advance_sequence(connection: Connection, table: str) -> None:
    connection.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
    )
