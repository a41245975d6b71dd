"""The unit of work: one session, one transaction, records and their outbox rows together.

Owns `UnitOfWork`. `add_record` writes a record and its outbox row (with the device's
next `local_seq`) in the same transaction, so a power cut or a crash leaves either
both or neither; nothing is written until `commit()`, and leaving the `with` block
without it rolls everything back (the cosmicpython rule). Time and ids come from the
injected `Clock` and id factory. Must not hold business rules: use cases in
`core.services` decide what to write and call this.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self
from uuid import UUID, uuid4

from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from anjungan.core.clock import Clock
from anjungan.core.errors import StoreError
from anjungan.core.store.engine import Store
from anjungan.core.store.models import OutboxEntry, OutboxKind, OutboxStatus, Record
from anjungan.core.store.repositories import (
    CalendarOverrideRepository,
    ComplaintRepository,
    DataChangeRepository,
    InfoRequestRepository,
    OutboxRepository,
    ReferenceDataRepository,
    RegistrationRepository,
    SurveyResponseRepository,
    SyncStateRepository,
)
from anjungan.core.store.sequence import next_local_seq
from anjungan.core.store.types import json_value

IdFactory = Callable[[], UUID]


class RecordConflict(StoreError):
    """A record or outbox row with the same client uuid (or sequence) already exists."""

    def __init__(self) -> None:
        super().__init__(
            "Data tidak disimpan karena sudah ada data dengan kode yang sama "
            "(mungkin tersimpan dua kali). Periksa daftar data, lalu coba lagi.",
            "The record was not saved because one with the same code already exists "
            "(it may have been saved twice). Check the list of records, then try again.",
        )


def _database_failed() -> StoreError:
    return StoreError(
        "Basis data lokal gagal menyimpan (penuh, terkunci, atau rusak). Data belum "
        "tersimpan: coba lagi, dan hubungi dukungan teknis bila terulang.",
        "The local database failed to save (full, locked or damaged). Nothing was saved: "
        "try again, and contact technical support if it happens again.",
    )


class UnitOfWork:
    """``with UnitOfWork(store, device_id=..., clock=...) as uow: ...; uow.commit()``."""

    def __init__(
        self,
        store: Store,
        *,
        device_id: str,
        clock: Clock,
        new_id: IdFactory = uuid4,
    ) -> None:
        self.store = store
        self.device_id = device_id
        self.clock = clock
        self.new_id = new_id
        self._session: Session | None = None
        # Records allowed into the session: each went through add_record or
        # add_from_server. Keyed by id(): records are unhashable until they have a uuid.
        self._admitted: set[int] = set()

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("this unit of work is already open")
        session = self.store.write_session()
        event.listen(session, "before_flush", self._refuse_records_without_outbox)
        self._session = session
        self._admitted.clear()
        self.registrations = RegistrationRepository(session)
        self.complaints = ComplaintRepository(session)
        self.data_changes = DataChangeRepository(session)
        self.info_requests = InfoRequestRepository(session)
        self.surveys = SurveyResponseRepository(session)
        self.outbox = OutboxRepository(session)
        self.sync_state = SyncStateRepository(session, self.clock)
        self.calendar = CalendarOverrideRepository(session, self.clock)
        self.reference = ReferenceDataRepository(session, self.clock)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is not None:
            # A no-op after commit(); otherwise it discards everything uncommitted.
            session.rollback()
            session.close()

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside a `with` block")
        return self._session

    def add_record(
        self,
        record: Record,
        *,
        kind: OutboxKind | None = None,
        payload: Mapping[str, Any] | None = None,
    ) -> OutboxEntry:
        """Add `record` and its outbox row; both are written by the next `commit()`.

        Fills `uuid`, `device_id` and `created_at` when unset. The outbox row's
        `client_uuid` is the record's uuid; its payload defaults to `record.to_payload()`.
        """
        # Unset mapped attributes read as None before the first flush.
        if getattr(record, "uuid", None) is None:
            record.uuid = self.new_id()
        if getattr(record, "device_id", None) is None:
            record.device_id = self.device_id
        if getattr(record, "created_at", None) is None:
            record.created_at = self.clock.now()
        self._admitted.add(id(record))
        self.session.add(record)
        self._flush()
        body = record.to_payload() if payload is None else payload
        return self.enqueue(
            kind or record.outbox_kind, body, record_uuid=record.uuid, client_uuid=record.uuid
        )

    def enqueue(
        self,
        kind: OutboxKind,
        payload: Mapping[str, Any],
        *,
        record_uuid: UUID | None = None,
        client_uuid: UUID | None = None,
    ) -> OutboxEntry:
        """Add an outbox row alone (a kiosk request with no local record, a resubmission)."""
        client = client_uuid or self.new_id()
        entry = OutboxEntry(
            client_uuid=client,
            device_id=self.device_id,
            local_seq=next_local_seq(self.session, self.device_id),
            kind=kind,
            record_uuid=record_uuid or client,
            payload=json_value(dict(payload)),
            created_at=self.clock.now(),
            status=OutboxStatus.PENDING,
            attempts=0,
        )
        self.session.add(entry)
        self._flush()
        return entry

    def add_from_server(self, record: Record) -> None:
        """Keep a record the server sent (sync pull): it is already there, so no outbox row."""
        self._admitted.add(id(record))
        self.session.add(record)

    def flush(self) -> None:
        self._flush()

    def commit(self) -> None:
        try:
            self.session.commit()
        except IntegrityError as error:
            raise RecordConflict() from error
        except OperationalError as error:
            raise _database_failed() from error

    def rollback(self) -> None:
        self.session.rollback()

    def _refuse_records_without_outbox(self, session: Session, *_: object) -> None:
        for obj in session.new:
            if isinstance(obj, Record) and id(obj) not in self._admitted:
                raise RuntimeError(
                    f"a {type(obj).__name__} entered the session without add_record: "
                    "it would be saved without its outbox row"
                )

    def _flush(self) -> None:
        try:
            self.session.flush()
        except IntegrityError as error:
            raise RecordConflict() from error
        except OperationalError as error:
            raise _database_failed() from error
