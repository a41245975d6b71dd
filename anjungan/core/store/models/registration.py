"""New-participant registrations taken at the counter, with their family members.

Owns `Registration` (one family, one KK) and `RegistrationMember`. DOMAIN.md
"New PBPU registration": the whole family on the KK registers together with an
autodebit account, so the members live and die with their registration (FK cascade)
and travel in the same payload. Must not validate NIKs or pick classes: the
registration use case does that before it builds these rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anjungan.core.store.models.base import (
    Base,
    OutboxKind,
    Record,
    ServerTracked,
    Staffed,
    column_payload,
)


class Registration(Staffed, ServerTracked, Record):
    """A family registration. `server_ref` holds the VA once the server assigns it."""

    __tablename__ = "registration"
    outbox_kind: ClassVar[OutboxKind] = OutboxKind.REGISTRATION

    kk_number: Mapped[str] = mapped_column(String(16))
    segment: Mapped[str] = mapped_column(String(16))
    care_class: Mapped[int | None] = mapped_column(SmallInteger)
    fktp_code: Mapped[str | None] = mapped_column(String(16))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    bank_code: Mapped[str | None] = mapped_column(String(16))
    bank_account_number: Mapped[str | None] = mapped_column(String(34))
    bank_account_holder: Mapped[str | None] = mapped_column(String(128))

    members: Mapped[list[RegistrationMember]] = relationship(
        back_populates="registration",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RegistrationMember.position",
        lazy="selectin",
    )

    def to_payload(self) -> dict[str, Any]:
        payload = super().to_payload()
        payload["members"] = [member.to_payload() for member in self.members]
        return payload


class RegistrationMember(Base):
    """One person on the KK (`family_role`: head, spouse, child, ...).

    `card_number` (13 digits) arrives later from the server.
    """

    __tablename__ = "registration_member"
    __table_args__ = (UniqueConstraint("registration_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    nik: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date]
    family_role: Mapped[str] = mapped_column(String(16))
    fktp_code: Mapped[str | None] = mapped_column(String(16))
    card_number: Mapped[str | None] = mapped_column(String(13))

    registration: Mapped[Registration] = relationship(back_populates="members")

    def to_payload(self) -> dict[str, Any]:
        # Card numbers are server-assigned, like a record's server_ref.
        return column_payload(self, frozenset({"id", "card_number"}))
