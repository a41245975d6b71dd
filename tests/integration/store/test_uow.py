"""The unit of work: a record and its outbox row commit together or not at all, the
outbox sequence stays contiguous per device, client uuids are unique, records are
append-only."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError

from anjungan.core.clock import FixedClock
from anjungan.core.errors import RuleError
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.models import (
    OutboxEntry,
    OutboxKind,
    OutboxStatus,
    Registration,
    RegistrationMember,
)
from anjungan.core.store.uow import RecordConflict, UnitOfWork
from tests.helpers import store_factories as make
from tests.helpers.store_factories import DEVICE, SequentialIds
from tests.integration.store.conftest import UowFactory


def _count(store: Store, model: type[object]) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_commit_writes_the_record_and_its_outbox_row_together(
    store: Store, make_uow: UowFactory, clock: FixedClock
) -> None:
    with make_uow() as uow:
        entry = uow.add_record(make.registration(3))
        uow.commit()

    with make_uow() as uow:
        [record] = uow.registrations.latest()
        [stored] = uow.outbox.for_record(record.uuid)
        assert stored.client_uuid == record.uuid == entry.client_uuid
        assert stored.kind == OutboxKind.REGISTRATION
        assert stored.status == OutboxStatus.PENDING
        assert stored.local_seq == 1
        assert stored.payload == record.to_payload()
        assert len(stored.payload["members"]) == 3
        assert stored.created_at == record.created_at == clock.now()


def test_leaving_the_block_without_commit_writes_nothing(
    store: Store, make_uow: UowFactory
) -> None:
    with make_uow() as uow:
        uow.add_record(make.registration())
        uow.add_record(make.complaint())
    assert _count(store, Registration) == 0
    assert _count(store, RegistrationMember) == 0
    assert _count(store, OutboxEntry) == 0


def test_an_exception_inside_the_block_rolls_back_record_outbox_and_sequence(
    store: Store, make_uow: UowFactory
) -> None:
    with pytest.raises(ZeroDivisionError), make_uow() as uow:
        uow.add_record(make.registration())
        _ = 1 / 0
    assert _count(store, Registration) == 0
    assert _count(store, OutboxEntry) == 0

    with make_uow() as uow:
        entry = uow.add_record(make.survey())
        uow.commit()
    assert entry.local_seq == 1, "the rolled-back number must be handed out again"


def test_add_record_fills_uuid_device_and_time_from_the_injected_factories(
    make_uow: UowFactory, clock: FixedClock
) -> None:
    with make_uow() as uow:
        record = make.info_request()
        uow.add_record(record)
        assert record.uuid == uuid.UUID(int=1)
        assert record.device_id == DEVICE
        assert record.created_at == clock.now()


def test_local_seq_keeps_counting_after_the_store_is_reopened(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "reopen.sqlite3"
    ids = SequentialIds()
    seqs = []
    for _ in range(3):
        with open_store(path) as store:
            for _ in range(2):
                with UnitOfWork(store, device_id=DEVICE, clock=clock, new_id=ids) as uow:
                    seqs.append(uow.add_record(make.survey()).local_seq)
                    uow.commit()
                clock.advance(timedelta(minutes=1))
    assert seqs == [1, 2, 3, 4, 5, 6]


def test_each_device_has_its_own_sequence(make_uow: UowFactory) -> None:
    with make_uow("counter-a") as uow:
        a = [uow.add_record(make.survey()).local_seq for _ in range(3)]
        uow.commit()
    with make_uow("counter-b") as uow:
        b = [uow.add_record(make.survey()).local_seq for _ in range(2)]
        uow.commit()
    assert (a, b) == ([1, 2, 3], [1, 2])


def test_sequence_survives_pruning_of_sent_rows(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        for _ in range(3):
            uow.add_record(make.survey())
        uow.commit()
    with make_uow() as uow:
        for entry in uow.outbox.with_status(OutboxStatus.PENDING):
            entry.status = OutboxStatus.SENT
        uow.flush()
        uow.session.execute(delete(OutboxEntry))
        uow.commit()
    with make_uow() as uow:
        assert uow.add_record(make.survey()).local_seq == 4


def test_a_record_uuid_saved_twice_is_refused_as_a_conflict(
    store: Store, make_uow: UowFactory
) -> None:
    same = uuid.UUID(int=99)
    with make_uow() as uow:
        uow.add_record(make.complaint(uuid=same))
        uow.commit()
    with pytest.raises(RecordConflict) as caught, make_uow() as uow:
        uow.add_record(make.complaint(uuid=same))
    assert "same code" in caught.value.message("en")
    assert _count(store, OutboxEntry) == 1


def test_the_database_itself_refuses_a_duplicate_client_uuid(
    store: Store, clock: FixedClock
) -> None:
    def row(seq: int) -> OutboxEntry:
        return OutboxEntry(
            client_uuid=uuid.UUID(int=5),
            device_id=DEVICE,
            local_seq=seq,
            kind=OutboxKind.SURVEY,
            record_uuid=uuid.UUID(int=5),
            payload={},
            created_at=clock.now(),
        )

    with store.session() as session:
        session.add(row(1))
        session.commit()
        session.add(row(2))
        with pytest.raises(IntegrityError, match="client_uuid"):
            session.commit()


def test_the_database_refuses_a_repeated_local_seq_for_one_device(
    store: Store, clock: FixedClock
) -> None:
    with store.session() as session:
        for n in (1, 2):
            session.add(
                OutboxEntry(
                    client_uuid=uuid.UUID(int=n),
                    device_id=DEVICE,
                    local_seq=7,
                    kind=OutboxKind.SURVEY,
                    record_uuid=uuid.UUID(int=n),
                    payload={},
                    created_at=clock.now(),
                )
            )
        with pytest.raises(IntegrityError, match="local_seq"):
            session.commit()


def test_a_custom_payload_is_stored_as_plain_json(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        record = make.data_change()
        entry = uow.add_record(
            record, payload={"ref": uuid.UUID(int=3), "effective": record.effective_date}
        )
        uow.commit()
    with make_uow() as uow:
        stored = uow.outbox.get(entry.client_uuid)
        assert stored is not None
        assert stored.payload == {
            "ref": "00000000-0000-0000-0000-000000000003",
            "effective": "2026-12-01",
        }


def test_enqueue_alone_makes_an_outbox_row_with_its_own_uuid(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        entry = uow.enqueue(OutboxKind.CHANGE_REQUEST, {"fktp_code": "0138B011"})
        uow.commit()
    assert entry.client_uuid == entry.record_uuid == uuid.UUID(int=1)
    assert entry.local_seq == 1


def test_a_complaint_event_payload_names_its_complaint_by_uuid(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        parent = make.complaint()
        uow.add_record(parent)
        event_entry = uow.add_record(make.complaint_event(parent, "escalated"))
        uow.commit()
    assert event_entry.kind == OutboxKind.COMPLAINT_EVENT
    assert event_entry.payload["complaint_uuid"] == str(parent.uuid)
    assert "complaint_id" not in event_entry.payload


def test_every_record_kind_round_trips_its_payload(make_uow: UowFactory) -> None:
    parent = make.complaint()
    records = [
        make.registration(2),
        parent,
        make.complaint_event(parent),
        make.data_change(),
        make.info_request(),
        make.survey([1, 2, 3, 4, 4, 3, 2, 1, 4]),
    ]
    with make_uow() as uow:
        entries = [uow.add_record(record) for record in records]
        uow.commit()
    with make_uow() as uow:
        for record, entry in zip(records, entries, strict=True):
            reloaded = uow.session.get(type(record), record.id)
            assert reloaded is not None
            assert uow.outbox.get(entry.client_uuid).payload == reloaded.to_payload()  # type: ignore[union-attr]
    assert [e.kind.value for e in entries] == [
        "registration",
        "complaint",
        "complaint_event",
        "data_change",
        "info_request",
        "survey",
    ]


def test_saved_records_cannot_be_edited(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        uow.add_record(make.registration())
        uow.commit()
    with make_uow() as uow:
        [record] = uow.registrations.latest()
        record.phone = "089999999999"
        with pytest.raises(RuleError) as caught:
            uow.commit()
    assert caught.value.code == "record_append_only"


def test_saved_records_and_members_cannot_be_deleted(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        uow.add_record(make.registration(2))
        uow.commit()
    with make_uow() as uow:
        [record] = uow.registrations.latest()
        uow.session.delete(record.members[0])
        with pytest.raises(RuleError, match="cannot be changed or deleted"):
            uow.flush()


def test_server_owned_fields_may_be_filled_in_later(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        uow.add_record(make.registration(2))
        uow.commit()
    with make_uow() as uow:
        [record] = uow.registrations.latest()
        record.server_status = "accepted"
        record.server_ref = "8888801944358911"
        record.members[0].card_number = "0001944358911"
        uow.commit()
    with make_uow() as uow:
        [record] = uow.registrations.latest()
        assert (record.server_status, record.members[0].card_number) == (
            "accepted",
            "0001944358911",
        )


def test_what_an_outbox_row_carries_cannot_be_rewritten(make_uow: UowFactory) -> None:
    with make_uow() as uow:
        entry = uow.add_record(make.survey())
        uow.commit()
    with make_uow() as uow:
        stored = uow.outbox.get(entry.client_uuid)
        assert stored is not None
        stored.payload = {"answers": [1] * 9}
        with pytest.raises(RuleError):
            uow.commit()


def test_members_without_their_registration_are_refused_by_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            conn.execute(
                text(
                    "INSERT INTO registration_member (registration_id, position, nik, name,"
                    " sex, birth_date, family_role) VALUES (404, 1, '3171011001850001',"
                    " 'A', 'L', '1985-01-10', 'head')"
                )
            )
        conn.rollback()


def test_deleting_a_registration_row_in_sql_cascades_to_its_members(
    store: Store, make_uow: UowFactory
) -> None:
    with make_uow() as uow:
        uow.add_record(make.registration(4))
        uow.commit()
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM registration"))
    assert _count(store, RegistrationMember) == 0


def test_a_record_slipped_into_the_session_without_add_record_is_refused(
    store: Store, make_uow: UowFactory
) -> None:
    with make_uow() as uow:
        uow.session.add(make.info_request())
        with pytest.raises(RuntimeError, match="without its outbox row"):
            uow.flush()
    assert _count(store, OutboxEntry) == 0


def test_a_record_pulled_from_the_server_is_kept_without_an_outbox_row(
    store: Store, make_uow: UowFactory, clock: FixedClock
) -> None:
    pulled = make.complaint(uuid=uuid.UUID(int=500), device_id="server", created_at=clock.now())
    pulled.server_status = "in_progress"
    with make_uow() as uow:
        uow.add_from_server(pulled)
        uow.commit()
    with make_uow() as uow:
        assert uow.complaints.get(uuid.UUID(int=500)) is not None
    assert _count(store, OutboxEntry) == 0


def test_complaint_events_are_listed_in_order_under_their_complaint(
    make_uow: UowFactory, clock: FixedClock
) -> None:
    with make_uow() as uow:
        parent = make.complaint()
        uow.add_record(parent)
        for step in ("answer_drafted", "escalated", "solved"):
            uow.add_record(make.complaint_event(parent, step))
            clock.advance(timedelta(hours=1))
        uow.commit()
    with make_uow() as uow:
        steps = [e.event_type for e in uow.complaints.events(parent.uuid)]
    assert steps == ["answer_drafted", "escalated", "solved"]


def test_using_the_unit_of_work_outside_its_block_is_an_error(
    store: Store, clock: FixedClock
) -> None:
    uow = UnitOfWork(store, device_id=DEVICE, clock=clock)
    with pytest.raises(RuntimeError, match="with"):
        uow.add_record(make.survey())


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("prop") / "prop.sqlite3") as store:
        yield store


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(commits=st.lists(st.tuples(st.booleans(), st.integers(1, 3)), min_size=1, max_size=12))
def test_committed_outbox_rows_are_numbered_1_to_n_whatever_rolls_back(
    shared_store: Store, commits: list[tuple[bool, int]]
) -> None:
    # A fresh device per example: its own sequence, no state shared between examples.
    device = f"prop-{uuid.uuid4()}"
    for keep, records in commits:
        with UnitOfWork(shared_store, device_id=device, clock=FixedClock()) as uow:
            for _ in range(records):
                uow.add_record(make.survey())
            if keep:
                uow.commit()
    expected = sum(records for keep, records in commits if keep)
    with shared_store.session() as session:
        seqs = session.scalars(
            select(OutboxEntry.local_seq)
            .where(OutboxEntry.device_id == device)
            .order_by(OutboxEntry.local_seq)
        ).all()
    assert list(seqs) == list(range(1, expected + 1))
