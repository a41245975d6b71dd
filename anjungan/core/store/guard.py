"""The append-only rule of the local records, enforced at flush time.

DESIGN.md "Data flow" 4: records are append-only and the server owns status; edits to
a participant are change requests, never overwrites. Owns a `before_flush` listener
that refuses to update a record's own columns (only the server-owned ones may change)
or to delete a record or a family member, and refuses to rewrite what an outbox row
carries. Must not decide what the server-owned values are: the sync pull does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from anjungan.core.errors import RuleError
from anjungan.core.store.models import OutboxEntry, OutboxStatus, Record, RegistrationMember

# Columns that may still change after the first flush, per guarded class.
_MUTABLE: dict[type[Any], frozenset[str]] = {
    Record: frozenset({"server_status", "server_ref"}),
    RegistrationMember: frozenset({"card_number"}),
    OutboxEntry: frozenset(
        {"status", "attempts", "last_error", "rejection_reasons", "sent_at", "resubmitted_as"}
    ),
}


def _mutable_columns(obj: object) -> frozenset[str] | None:
    for cls, columns in _MUTABLE.items():
        if isinstance(obj, cls):
            return columns
    return None


def _append_only_violation() -> RuleError:
    return RuleError(
        "record_append_only",
        "Data yang sudah disimpan tidak dapat diubah atau dihapus. "
        "Buat pengajuan perubahan data sebagai gantinya.",
        "Saved records cannot be changed or deleted. Create a data change request instead.",
    )


def check_append_only(session: Session, _context: object, _instances: object) -> None:
    for obj in session.dirty:
        mutable = _mutable_columns(obj)
        if mutable is None:
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key not in mutable and state.attrs[attr.key].history.has_changes():
                raise _append_only_violation()
    for obj in session.deleted:
        if isinstance(obj, Record | RegistrationMember):
            raise _append_only_violation()
        # Pruning the outbox is allowed once the server holds the row, never before.
        if isinstance(obj, OutboxEntry) and obj.status != OutboxStatus.SENT:
            raise _append_only_violation()


def install_append_only_guard(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", check_append_only)
