"""Tables every area needs: devices, officers, sessions, the audit log and change log.

The change log is what clients pull by cursor (DESIGN.md data flow 3); the audit log
records every write (who, which device, when, what). Neither holds personal data
beyond ids: the audit `detail` is written by callers who must keep NIKs and names out.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from anjungan.core.store.types import UtcDateTime
from anjungan.server.db import ServerBase

BigId = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements INTEGER only


class Device(ServerBase):
    """An enrolled kiosk, counter or board with its own bearer token (stored hashed)."""

    __tablename__ = "device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # kiosk | counter | board
    office_code: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class Officer(ServerBase):
    __tablename__ = "officer"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))  # officer | supervisor | admin
    office_code: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OfficerSession(ServerBase):
    __tablename__ = "officer_session"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id", ondelete="CASCADE"))
    device_id: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class AuditLog(ServerBase):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    role: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str | None] = mapped_column(String(64))
    officer: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))  # e.g. "queue.issue", "complaint.escalate"
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ChangeLog(ServerBase):
    """Everything a client may pull, in commit order; ``id`` is the cursor."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(32))  # registration_result, complaint, reference
    entity_id: Mapped[str] = mapped_column(String(64))
    office_code: Mapped[str | None] = mapped_column(String(16))  # None = for every office
    device_id: Mapped[str | None] = mapped_column(String(64))  # None = for every device
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_change_log_office_id", "office_code", "id"),)
