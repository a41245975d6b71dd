"""Child process of the SIGKILL atomicity test: writes registrations until killed.

Run as ``python -m tests.helpers.store_sigkill_writer DB_PATH START_ID``. Prints
``ready`` once the store is open, then ``<local_seq>`` after each committed record (a
registration with 2-4 members plus its outbox row, one transaction each), forever.
The member count is derived from the record's uuid (`members_for`) so the parent can
check that no registration lost members.
"""

from __future__ import annotations

import sys

from anjungan.core.clock import SystemClock
from anjungan.core.store.engine import open_store
from anjungan.core.store.uow import UnitOfWork
from tests.helpers.store_factories import DEVICE, SequentialIds, members_for, registration


def main(db_path: str, start_id: int) -> None:
    store = open_store(db_path)
    ids = SequentialIds(start_id)
    print("ready", flush=True)
    while True:
        record_uuid = ids()
        with UnitOfWork(store, device_id=DEVICE, clock=SystemClock(), new_id=ids) as uow:
            entry = uow.add_record(registration(members_for(record_uuid), uuid=record_uuid))
            uow.commit()
        print(entry.local_seq, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
